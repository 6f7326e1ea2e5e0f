/// The file of parsed records for one collection: a `CacheHeader`, a directory, then every
/// entry's head, every body, and the corpus's arrangement.
///
/// ```
/// directory   headsLength, bodiesLength, arrangementLength: 3 words; then a CacheHash of them
/// heads       one per record file, in load order:
///   length      4 bytes: bytes after this field
///   checksum    8 bytes: CacheHash of the bytes after this field
///   argument    varint: which command-line path the file was found under
///   relative    string: its path below that path ("" for a file named itself)
///   stamp       7 words: FileStamp
///   textHash    word: CacheHash of the record's text (0 for a problem)
///   flags       byte: 1 = racy, check textHash before trusting the stamp
///   bodyLength  varint: bytes of this entry's body in the bodies region
///   bodyHash    word: CacheHash of those bytes
///   outcome     byte: 0 = a meeting (MeetingCodec.encodeHead follows), 1 = a problem (its reason)
/// bodies      each meeting's MeetingCodec.encodeBody, in the order of the heads (nothing for a problem)
/// arrangement empty, or: checksum word of what follows; the meetings' count; per list position
///             the entry (u32) in the corpus's order; renamed ids: count, then (position u32, id)
/// ```
///
/// The heads are a tenth of the file and hold all a list needs; they are read at start. A body
/// is checked and decoded only when its meeting is shown (`StoredBody`), so a warm start maps
/// the file and touches the heads alone. The arrangement (duplicate ids resolved, the sorted
/// order) is stored when every entry is one record file, and spares an unchanged collection
/// the sort.
struct MeetingsFile: @unchecked Sendable {
    static let magic = CacheHeader.magic("GAIKOMTG")
    /// Bump when the layout above changes; the codec's fields are versioned by themselves.
    static let formatVersion = 2
    static let schema: UInt64 = CacheHash.hash("meetings v\(formatVersion) \(MeetingCodec.schema)")
    static let directoryLength = 32

    struct Head {
        var start: Int  // the length field
        var end: Int
        var argument: Int
        var relative: Range<Int>
        var stamp: FileStamp
        var textHash: UInt64
        var racy: Bool
        var outcome: Int  // the outcome byte
        var bodyStart: Int
        var bodyLength: Int
        var bodyHash: UInt64
    }

    let file: MappedFile
    let header: CacheHeader
    let heads: [Head]
    private let arrangementRange: Range<Int>

    /// Reads the header, the directory and every entry head. A damaged head damages the file.
    init(file: MappedFile, expect: CacheHeader) throws {
        let bytes = file.bytes
        header = try CacheHeader.read(bytes, expect: expect)
        var r = CacheReader(bytes, offset: CacheHeader.byteCount)
        let headsLength = try r.word(), bodiesLength = try r.word(), arrangementLength = try r.word()
        let directoryHash = try r.word()
        var directory = CacheWriter()
        for v in [headsLength, bodiesLength, arrangementLength] { directory.word(v) }
        let available = UInt64(bytes.count - r.offset)
        guard CacheHash.hash(directory.bytes) == directoryHash, headsLength <= available, bodiesLength <= available,
              arrangementLength <= available, headsLength + bodiesLength + arrangementLength == available
        else { throw CacheDamage() }
        let headsEnd = r.offset + Int(headsLength)
        let bodiesEnd = headsEnd + Int(bodiesLength)
        var heads: [Head] = []
        heads.reserveCapacity(Int(min(header.count, headsLength / 64)))
        var nextBody = headsEnd
        let inHeads = UnsafeRawBufferPointer(rebasing: bytes[..<headsEnd])
        r = CacheReader(inHeads, offset: r.offset)
        for _ in 0..<header.count {
            let start = r.offset
            let length = Int(try r.u32())
            guard length >= 8, length <= inHeads.count - r.offset else { throw CacheDamage() }
            let end = r.offset + length
            _ = try r.word()  // checksum, checked when the head is decoded
            let argument = Int(try r.varint())
            let relativeCount = try r.count()
            let relative = r.offset..<r.offset + relativeCount
            _ = try r.raw(relativeCount)
            let stamp = FileStamp(device: try r.word(), inode: try r.word(), size: try r.signedWord(),
                                  modifiedSeconds: try r.signedWord(), modifiedNanoseconds: try r.signedWord(),
                                  changedSeconds: try r.signedWord(), changedNanoseconds: try r.signedWord())
            let textHash = try r.word()
            let flags = try r.byte()
            let bodyLength = Int(try r.varint())
            let bodyHash = try r.word()
            guard r.offset < end, bodyLength <= bodiesEnd - nextBody else { throw CacheDamage() }
            heads.append(Head(start: start, end: end, argument: argument, relative: relative, stamp: stamp,
                              textHash: textHash, racy: flags & 1 != 0, outcome: r.offset, bodyStart: nextBody,
                              bodyLength: bodyLength, bodyHash: bodyHash))
            nextBody += bodyLength
            r.offset = end
        }
        guard r.isAtEnd, nextBody == bodiesEnd else { throw CacheDamage() }
        self.file = file
        self.heads = heads
        arrangementRange = bodiesEnd..<bytes.count
    }

    /// The relative path bytes of entry `i`.
    func relative(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file.bytes[heads[i].relative])
    }

    /// The whole head of entry `i`, to copy unchanged into a new file.
    func headBytes(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file.bytes[heads[i].start..<heads[i].end])
    }

    /// The body of entry `i` as stored (checked when decoded, in the file it is copied into too).
    func bodyBytes(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file.bytes[heads[i].bodyStart..<heads[i].bodyStart + heads[i].bodyLength])
    }

    /// Entry `i`'s outcome, after checking its head's checksum; a meeting's body stays in the
    /// file (`bodies` decodes it when asked). Throws `CacheDamage` when the head is not what
    /// was written.
    func outcome(_ i: Int, source: String, bodies: StoredBodies) throws -> Result<Meeting, LoadProblem> {
        var pool = StringPool()
        return try outcome(i, source: source, bodies: bodies, pool: &pool)
    }

    /// The same, with the head's recurring strings shared through `pool` (one per thread).
    func outcome(_ i: Int, source: String, bodies: StoredBodies, pool: inout StringPool) throws -> Result<Meeting, LoadProblem> {
        let head = heads[i]
        var r = try checkedOutcome(i)
        let result: Result<Meeting, LoadProblem>
        switch try r.byte() {
        case 0:
            let body = StoredBody(bodies: bodies, start: head.bodyStart, length: head.bodyLength, hash: head.bodyHash,
                                  source: source)
            result = .success(try MeetingCodec.decodeHead(&r, source: source, body: BodyStorage(stored: body), pool: &pool))
        case 1:
            // The reason as it was reported (`larger than 16 MB, too large …` carries its limit).
            guard head.bodyLength == 0 else { throw CacheDamage() }
            result = .failure(LoadProblem(path: source, reason: try r.string()))
        default: throw CacheDamage()
        }
        guard r.isAtEnd else { throw CacheDamage() }
        return result
    }

    /// Entry `i`, which must be a meeting, decoded straight into `slot` (uninitialized): no
    /// `Result` to copy it out of, which cost a retain and a release of each of its strings.
    /// Throws, leaving `slot` as it was, for damage or a problem's entry.
    func decodeMeeting(_ i: Int, source: consuming String, bodies: StoredBodies, pool: inout StringPool,
                       into slot: UnsafeMutablePointer<Meeting>) throws {
        let head = heads[i]
        var r = try checkedOutcome(i)
        guard try r.byte() == 0 else { throw CacheDamage() }
        let body = StoredBody(bodies: bodies, start: head.bodyStart, length: head.bodyLength, hash: head.bodyHash, source: copy source)
        slot.initialize(to: try MeetingCodec.decodeHead(&r, source: source, body: BodyStorage(stored: body), pool: &pool))
        guard r.isAtEnd else {
            slot.deinitialize(count: 1)
            throw CacheDamage()
        }
    }

    /// Entry `i`'s outline (`StoredCollection.outline`) into `slot` (uninitialized): its day,
    /// kind and format, after the same check of the head; every other field empty.
    func decodeOutline(_ i: Int, into slot: UnsafeMutablePointer<Meeting>) throws {
        var r = try checkedOutcome(i)
        guard try r.byte() == 0 else { throw CacheDamage() }
        let (date, kind, format) = try MeetingCodec.decodeOutline(&r)
        slot.initialize(to: Meeting(
            id: "", source: "", title: "", date: date, kind: kind, format: format, japan: Principal(), counterpart: Principal(),
            venue: nil, venueCountry: nil, occasion: nil, startLocal: nil, endLocal: nil, startJST: nil, durationMinutes: nil,
            warnings: [], body: BodyStorage(MeetingBody())))
    }

    /// A reader at entry `i`'s outcome byte, once the head is found to have the bytes it was
    /// written with; throws `CacheDamage` when it has not.
    private func checkedOutcome(_ i: Int) throws -> CacheReader {
        guard isIntact(i) else { throw CacheDamage() }
        return CacheReader(UnsafeRawBufferPointer(rebasing: file.bytes[..<heads[i].end]), offset: heads[i].outcome)
    }

    /// Gives back this process's copies of the mapped pages of entries `range`' heads, once they
    /// are decoded (they stay in the page cache).
    func releaseHeads(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        file.release(heads[range.lowerBound].start..<heads[range.upperBound - 1].end)
    }

    /// Whether entry `i`'s head still has the bytes it was written with.
    func isIntact(_ i: Int) -> Bool {
        let head = heads[i]
        let checked = UnsafeRawBufferPointer(rebasing: file.bytes[(head.start + 12)..<head.end])
        let stored = file.bytes.loadUnaligned(fromByteOffset: head.start + 4, as: UInt64.self)
        return CacheHash.hash(checked) == UInt64(littleEndian: stored)
    }

    /// The stored arrangement, in entry indices; nil when none was stored or it is damaged.
    func arrangement() -> CorpusArrangement? {
        guard !arrangementRange.isEmpty else { return nil }
        var r = CacheReader(UnsafeRawBufferPointer(rebasing: file.bytes[arrangementRange]))
        do {
            let checksum = try r.word()
            let rest = UnsafeRawBufferPointer(rebasing: r.buffer[r.offset...])
            guard CacheHash.hash(rest) == checksum else { return nil }
            let count = try r.count()
            var order: [Int] = []
            order.reserveCapacity(count)
            for _ in 0..<count { order.append(Int(try r.u32())) }
            let renamedCount = try r.count()
            var renamed: [(position: Int, id: String)] = []
            for _ in 0..<renamedCount { renamed.append((Int(try r.u32()), try r.string())) }
            guard r.isAtEnd else { return nil }
            return CorpusArrangement(order: order, renamed: renamed)
        } catch {
            return nil
        }
    }

    /// One entry's head, encoded; `body` is its body's bytes as they will be stored.
    static func encodeHead(argument: Int, relative: Substring.UTF8View, stamp: FileStamp, textHash: UInt64, racy: Bool,
                           outcome: Result<Meeting, LoadProblem>, body: UnsafeRawBufferPointer, into w: inout CacheWriter) {
        let start = w.bytes.count
        w.u32(0)
        w.word(0)
        w.varint(UInt64(argument))
        w.varint(UInt64(relative.count))
        w.bytes.append(contentsOf: relative)
        for field in stamp.fields { w.word(UInt64(bitPattern: field)) }
        w.word(textHash)
        w.byte(racy ? 1 : 0)
        w.varint(UInt64(body.count))
        w.word(CacheHash.hash(body))
        switch outcome {
        case .success(let meeting):
            w.byte(0)
            MeetingCodec.encodeHead(meeting, into: &w)
        case .failure(let problem):
            w.byte(1)
            w.string(problem.reason)
        }
        w.patch(UInt32(w.bytes.count - start - 4), at: start)
        let checksum = w.bytes.withUnsafeBytes { CacheHash.hash(UnsafeRawBufferPointer(rebasing: $0[(start + 12)...])) }
        w.patch(checksum, at: start + 4)
    }

    /// The directory for regions of these lengths.
    static func directory(heads: Int, bodies: Int, arrangement: Int) -> [UInt8] {
        var w = CacheWriter(capacity: directoryLength)
        for v in [heads, bodies, arrangement] { w.word(UInt64(v)) }
        w.word(CacheHash.hash(w.bytes))
        return w.bytes
    }

    /// The arrangement region for `arrangement` (in entry indices).
    static func encode(_ arrangement: CorpusArrangement) -> [UInt8] {
        var w = CacheWriter(capacity: 8 + 5 + arrangement.order.count * 4)
        w.word(0)
        w.varint(UInt64(arrangement.order.count))
        for entry in arrangement.order { w.u32(UInt32(entry)) }
        w.varint(UInt64(arrangement.renamed.count))
        for r in arrangement.renamed {
            w.u32(UInt32(r.position))
            w.string(r.id)
        }
        let checksum = w.bytes.withUnsafeBytes { CacheHash.hash(UnsafeRawBufferPointer(rebasing: $0[8...])) }
        w.patch(checksum, at: 0)
        return w.bytes
    }
}

extension CacheReader {
    mutating func signedWord() throws -> Int64 { Int64(bitPattern: try word()) }
}
