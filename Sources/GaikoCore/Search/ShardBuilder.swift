/// Indexes one contiguous run of meetings on one thread. Terms are interned in an
/// open-addressing table keyed by their folded bytes, so no `String` is made per word; the
/// occurrences are then grouped by term with a counting sort and encoded as varints.
/// A struct, not a class: its hot loops then pay no dynamic exclusivity checks.
struct ShardBuilder {
    private var cache = FoldCache()

    // Interned terms, in first-seen order.
    private var arena: [UInt8] = []
    private var termStarts: [UInt32] = [0]
    private var termHashes: [UInt64] = []
    private var occurrences: [UInt32] = []
    /// Open-addressing slots, two words each: the term's first eight bytes, then (from the top)
    /// 24 bits of its hash, its length and its id plus one (0 = empty). Terms of up to eight
    /// bytes, most of them, are recognised without touching the arena, a cache miss saved.
    private var slots: [UInt64] = Array(repeating: 0, count: 2 << 12)

    // Occurrences in reading order.
    /// Term id in the high half, position in the low: one append per word, not two.
    private var tokens: [UInt64] = []
    private var meetingTokenStarts: [Int] = [0]
    private(set) var meetingLengths: [UInt32] = []

    private var position: UInt32 = 0
    private var plainCount: UInt32 = 0

    /// Adds a meeting; meetings must be added in index order.
    mutating func add(_ meeting: Meeting) {
        position = 0
        plainCount = 0
        IndexedText.forEachPiece(of: meeting) { text, space in
            scan(text, tag: space.rawValue)
            position &+= 1  // a gap, so phrases stay inside one piece
        }
        meetingLengths.append(plainCount)
        meetingTokenStarts.append(tokens.count)
    }

    private mutating func scan(_ text: String, tag: UInt8) {
        var text = text
        if text.utf8.withContiguousStorageIfAvailable({ _ in () }) == nil { text.makeContiguousUTF8() }
        // The term being read: a tag byte (field terms) then at most `maxTermBytes` folded bytes.
        let limit = Folding.maxTermBytes + (tag == 0 ? 0 : 1)
        let asciiFold = Self.asciiFold
        // Eight spare bytes let `head` read a short term as one zero-padded word.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit + 8) { term in
            var length = 0
            // No hashing per byte: a multiply per byte is a chain the CPU cannot overlap, and it
            // was most of the time spent reading text. The term is hashed once, when complete.
            @inline(__always) func push(_ byte: UInt8) {
                if length == 0, tag != 0 {
                    term[0] = tag
                    length = 1
                }
                if length < limit {
                    term[length] = byte
                    length += 1
                }
            }
            @inline(__always) func finish() {
                if length > 0 {
                    let head = Self.head(padding: term, count: length)
                    add(term: UnsafeBufferPointer(rebasing: term[0..<length]), head: head, plain: tag == 0)
                    length = 0
                }
            }
            _ = text.utf8.withContiguousStorageIfAvailable { bytes in
                var i = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        var folded = asciiFold[Int(b)]
                        guard folded != 0 else {
                            finish()
                            i += 1
                            continue
                        }
                        // A run of ASCII letters and digits, copied folded in one tight loop; a
                        // word may go on past it with an accented letter (`González`).
                        if length == 0, tag != 0 {
                            term[0] = tag
                            length = 1
                        }
                        repeat {
                            if length < limit {
                                term[length] = folded
                                length += 1
                            }
                            i += 1
                            folded = i < n && bytes[i] < 0x80 ? asciiFold[Int(bytes[i])] : 0
                        } while folded != 0
                        continue
                    }
                    let (scalar, size) = Self.decode(bytes, at: i)
                    i += size
                    switch cache.fold(scalar) {
                    case .separator: finish()
                    case .mark: break
                    case .letters(let folded): for f in folded { push(f) }
                    case .ideograph:
                        finish()
                        for j in (i - size)..<i { push(bytes[j]) }
                        finish()
                    }
                }
                finish()
            }
        }
    }

    /// For each ASCII byte, its folded form if words are made of it (letters in lower case,
    /// digits), else 0. A table look-up costs less than three range tests per byte.
    private static let asciiFold: [UInt8] = (0..<128).map { b -> UInt8 in
        switch UInt8(b) {
        case 0x41...0x5A: UInt8(b) | 0x20
        case 0x61...0x7A, 0x30...0x39: UInt8(b)
        default: 0
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

    private mutating func add(term: UnsafeBufferPointer<UInt8>, head: UInt64, plain: Bool) {
        let id = intern(term, head: head, hash: Self.hash(term, head: head))
        occurrences[Int(id)] += 1
        tokens.append(UInt64(id) << 32 | UInt64(position))
        position &+= 1
        if plain { plainCount += 1 }
    }

    private mutating func intern(_ term: UnsafeBufferPointer<UInt8>, head: UInt64, hash: UInt64) -> UInt32 {
        let mask = slots.count / 2 - 1
        let meta = hash & 0xFFFF_FF00_0000_0000 | UInt64(term.count) << 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[2 * slot + 1]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == meta && slots[2 * slot] == head {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if term.count <= 8 || isTerm(id, term) { return UInt32(id) }
            }
            slot = (slot + 1) & mask
        }
        let id = termHashes.count
        slots[2 * slot] = head
        slots[2 * slot + 1] = meta | UInt64(id + 1)
        termHashes.append(hash)
        arena.append(contentsOf: term)
        termStarts.append(UInt32(arena.count))
        occurrences.append(0)
        if termHashes.count * 2 > mask + 1 { grow() }
        return UInt32(id)
    }

    /// Mixes the head, the length and any bytes past the eighth (few words are that long), then
    /// scrambles all bits (MurmurHash3's finaliser): the table uses both the low bits (the slot)
    /// and the high ones (a check before comparing bytes).
    @inline(__always)
    static func hash(_ term: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        var h = head ^ (UInt64(term.count) &* 0x9E37_79B9_7F4A_7C15)
        var k = 8
        while k < term.count {
            h = (h ^ UInt64(term[k])) &* 0x100_0000_01b3
            k += 1
        }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The first eight bytes as a big-endian number, zero-padded. Terms hold no zero bytes,
    /// so comparing heads orders terms as their bytes do, up to the eighth.
    @inline(__always)
    static func head(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for k in 0..<8 { head = head << 8 | UInt64(k < term.count ? term[k] : 0) }
        return head
    }

    /// The same for a term in a buffer with at least eight writable bytes past its end: pads
    /// with zeros and reads one word instead of looping byte by byte.
    @inline(__always)
    static func head(padding term: UnsafeMutableBufferPointer<UInt8>, count: Int) -> UInt64 {
        let base = term.baseAddress!
        for k in count..<max(count, 8) { base[k] = 0 }
        return UInt64(bigEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
    }

    /// Whether interned term `id` is `term`. Terms are short, so an inline loop beats a
    /// `memcmp` call.
    private func isTerm(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(termStarts[id]), end = Int(termStarts[id + 1])
        guard end - start == term.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            var k = 0
            while k < term.count {
                if a[start + k] != term[k] { return false }
                k += 1
            }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count / 2 - 1
        for old in 0..<(slots.count / 2) where slots[2 * old + 1] != 0 {
            let id = Int(slots[2 * old + 1] & 0xFFFF_FFFF) - 1
            var slot = Int(truncatingIfNeeded: termHashes[id]) & mask
            while bigger[2 * slot + 1] != 0 { slot = (slot + 1) & mask }
            bigger[2 * slot] = slots[2 * old]
            bigger[2 * slot + 1] = slots[2 * old + 1]
        }
        slots = bigger
    }

    /// The shard's postings; `firstMeeting` is the index of the first meeting added, so the
    /// table holds corpus-wide meeting indices.
    mutating func finish(firstMeeting: Int) -> PostingTable {
        let termCount = termHashes.count
        // Terms in byte order.
        var sorted = Array(0..<termCount)
        arena.withUnsafeBufferPointer { bytes in
            // Most comparisons are settled by the heads.
            let heads = (0..<termCount).map { id in
                Self.head(UnsafeBufferPointer(rebasing: bytes[Int(termStarts[id])..<Int(termStarts[id + 1])]))
            }
            sorted.sort { a, b in
                if heads[a] != heads[b] { return heads[a] < heads[b] }
                return ByteOrder.compare(bytes, Int(termStarts[a])..<Int(termStarts[a + 1]), bytes, Int(termStarts[b])..<Int(termStarts[b + 1])) < 0
            }
        }
        var rank = [Int](repeating: 0, count: termCount)
        for (r, id) in sorted.enumerated() { rank[id] = r }

        // Counting sort of the occurrences by term rank, keeping reading order within a term.
        var starts = [Int](repeating: 0, count: termCount + 1)
        for (r, id) in sorted.enumerated() { starts[r + 1] = starts[r] + Int(occurrences[id]) }
        var cursor = starts
        // Every slot is written exactly once below (the starts add up to the token count), so
        // the array need not be zeroed first.
        let grouped = [UInt64](unsafeUninitializedCapacity: tokens.count) { out, initialized in
            tokens.withUnsafeBufferPointer { tokens in
                for m in 0..<(meetingTokenStarts.count - 1) {
                    let meeting = UInt64(firstMeeting + m) << 32
                    for k in meetingTokenStarts[m]..<meetingTokenStarts[m + 1] {
                        let r = rank[Int(tokens[k] >> 32)]
                        out[cursor[r]] = meeting | (tokens[k] & 0xFFFF_FFFF)
                        cursor[r] += 1
                    }
                }
            }
            initialized = tokens.count
        }
        tokens = []

        var table = PostingTable()
        table.termBytes.reserveCapacity(arena.count)
        table.termStarts.reserveCapacity(termCount + 1)
        table.docStarts.reserveCapacity(termCount + 1)
        table.positionStarts.reserveCapacity(termCount + 1)
        table.documentFrequency.reserveCapacity(termCount)
        table.lastDoc.reserveCapacity(termCount)
        // Varints go into buffers sized for the worst case (five bytes a value; at most one
        // meeting and one count per occurrence), then are copied once: appending byte by byte
        // to arrays was a fifth of the build.
        let occurrenceCount = grouped.count
        let docBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 5 * occurrenceCount + 1)
        let positionBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 10 * occurrenceCount + 1)
        defer {
            docBuffer.deallocate()
            positionBuffer.deallocate()
        }
        var docEnd = 0, positionEnd = 0
        grouped.withUnsafeBufferPointer { grouped in
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
                    Varint.write(df == 0 ? meeting : meeting - previous, to: docBuffer, at: &docEnd)
                    Varint.write(UInt32(run - k), to: positionBuffer, at: &positionEnd)
                    var lastPosition: UInt32 = 0
                    for j in k..<run {
                        let p = UInt32(truncatingIfNeeded: grouped[j])
                        Varint.write(p - lastPosition, to: positionBuffer, at: &positionEnd)
                        lastPosition = p
                    }
                    previous = meeting
                    df += 1
                    k = run
                }
                table.docStarts.append(docEnd)
                table.positionStarts.append(positionEnd)
                table.documentFrequency.append(df)
                table.lastDoc.append(previous)
            }
        }
        table.docs = Array(UnsafeBufferPointer(start: docBuffer, count: docEnd))
        table.positions = Array(UnsafeBufferPointer(start: positionBuffer, count: positionEnd))
        return table
    }
}
