/// Indexes one contiguous run of meetings on one thread. Terms are interned in an
/// open-addressing table keyed by their folded bytes, so no `String` is made per word; the
/// occurrences are then grouped by term with a counting sort and encoded as varints.
final class ShardBuilder {
    private var cache = FoldCache()

    // Interned terms, in first-seen order.
    private var arena: [UInt8] = []
    private var termStarts: [UInt32] = [0]
    private var termHashes: [UInt64] = []
    private var occurrences: [UInt32] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)

    // Occurrences in reading order.
    private var tokenTerms: [UInt32] = []
    private var tokenPositions: [UInt32] = []
    private var meetingTokenStarts: [Int] = [0]
    private(set) var meetingLengths: [UInt32] = []

    // The term being read: at most a tag byte plus `Folding.maxTermBytes`.
    private var term: [UInt8] = Array(repeating: 0, count: Folding.maxTermBytes + 1)
    private var termLength = 0
    private var termHash: UInt64 = 0
    private var tag: UInt8 = 0
    private var position: UInt32 = 0
    private var plainCount: UInt32 = 0

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// Adds a meeting; meetings must be added in index order.
    func add(_ meeting: Meeting) {
        position = 0
        plainCount = 0
        IndexedText.forEachPiece(of: meeting) { text, space in
            tag = space.rawValue
            scan(text)
            position &+= 1  // a gap, so phrases stay inside one piece
        }
        meetingLengths.append(plainCount)
        meetingTokenStarts.append(tokenTerms.count)
    }

    private func scan(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 {
                        push(b)
                    } else if b >= 0x41 && b <= 0x5A {
                        push(b | 0x20)
                    } else {
                        finishTerm()
                    }
                    continue
                }
                let (scalar, length) = Self.decode(bytes, at: i)
                i += length
                switch cache.fold(scalar) {
                case .separator: finishTerm()
                case .mark: break
                case .letters(let folded): for f in folded { push(f) }
                case .ideograph:
                    finishTerm()
                    for j in (i - length)..<i { push(bytes[j]) }
                    finishTerm()
                }
            }
            finishTerm()
        }
    }

    /// Decodes the scalar starting at `i` in valid UTF-8 (Swift strings always are).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = UInt32(bytes[i])
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = b & (0xFF >> (length + 1))
        for j in 1..<length { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    private func push(_ byte: UInt8) {
        if termLength == 0 {
            termHash = Self.fnvOffset
            if tag != 0 { append(tag) }
        }
        if termLength < Folding.maxTermBytes + (tag == 0 ? 0 : 1) { append(byte) }
    }

    @inline(__always)
    private func append(_ byte: UInt8) {
        term[termLength] = byte
        termLength += 1
        termHash = (termHash ^ UInt64(byte)) &* Self.fnvPrime
    }

    private func finishTerm() {
        guard termLength > 0 else { return }
        let id = intern()
        occurrences[Int(id)] += 1
        tokenTerms.append(id)
        tokenPositions.append(position)
        position &+= 1
        if tag == 0 { plainCount += 1 }
        termLength = 0
    }

    private func intern() -> UInt32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: termHash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if termHashes[Int(id)] == termHash && matchesTerm(Int(id)) { return UInt32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(termHashes.count)
        slots[slot] = id
        termHashes.append(termHash)
        arena.append(contentsOf: term[0..<termLength])
        termStarts.append(UInt32(arena.count))
        occurrences.append(0)
        if termHashes.count * 2 > slots.count { grow() }
        return UInt32(id)
    }

    private func matchesTerm(_ id: Int) -> Bool {
        let start = Int(termStarts[id]), end = Int(termStarts[id + 1])
        guard end - start == termLength else { return false }
        for k in 0..<termLength where arena[start + k] != term[k] { return false }
        return true
    }

    private func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in termHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// The shard's postings; `firstMeeting` is the index of the first meeting added, so the
    /// table holds corpus-wide meeting indices.
    func finish(firstMeeting: Int) -> PostingTable {
        let termCount = termHashes.count
        // Terms in byte order.
        var sorted = Array(0..<termCount)
        arena.withUnsafeBufferPointer { bytes in
            sorted.sort { a, b in
                ByteOrder.compare(bytes, Int(termStarts[a])..<Int(termStarts[a + 1]), bytes, Int(termStarts[b])..<Int(termStarts[b + 1])) < 0
            }
        }
        var rank = [Int](repeating: 0, count: termCount)
        for (r, id) in sorted.enumerated() { rank[id] = r }

        // Counting sort of the occurrences by term rank, keeping reading order within a term.
        var starts = [Int](repeating: 0, count: termCount + 1)
        for (r, id) in sorted.enumerated() { starts[r + 1] = starts[r] + Int(occurrences[id]) }
        var cursor = starts
        var grouped = [UInt64](repeating: 0, count: tokenTerms.count)
        for m in 0..<(meetingTokenStarts.count - 1) {
            let meeting = UInt64(firstMeeting + m) << 32
            for k in meetingTokenStarts[m]..<meetingTokenStarts[m + 1] {
                let r = rank[Int(tokenTerms[k])]
                grouped[cursor[r]] = meeting | UInt64(tokenPositions[k])
                cursor[r] += 1
            }
        }
        tokenTerms = []
        tokenPositions = []

        var table = PostingTable()
        table.termBytes.reserveCapacity(arena.count)
        table.docs.reserveCapacity(grouped.count)
        table.positions.reserveCapacity(grouped.count * 2)
        for (r, id) in sorted.enumerated() {
            table.termBytes.append(contentsOf: arena[Int(termStarts[id])..<Int(termStarts[id + 1])])
            table.termStarts.append(UInt32(table.termBytes.count))
            var k = starts[r]
            let end = starts[r + 1]
            var previous: UInt32 = 0
            var df: UInt32 = 0
            while k < end {
                let meeting = UInt32(grouped[k] >> 32)
                var run = k + 1
                while run < end && UInt32(grouped[run] >> 32) == meeting { run += 1 }
                Varint.append(df == 0 ? meeting : meeting - previous, to: &table.docs)
                Varint.append(UInt32(run - k), to: &table.positions)
                var lastPosition: UInt32 = 0
                for j in k..<run {
                    let p = UInt32(truncatingIfNeeded: grouped[j])
                    Varint.append(p - lastPosition, to: &table.positions)
                    lastPosition = p
                }
                previous = meeting
                df += 1
                k = run
            }
            table.docStarts.append(table.docs.count)
            table.positionStarts.append(table.positions.count)
            table.documentFrequency.append(df)
            table.lastDoc.append(previous)
        }
        return table
    }
}
