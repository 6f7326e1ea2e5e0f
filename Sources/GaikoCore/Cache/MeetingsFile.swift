/// The file of parsed records for one collection: a `CacheHeader`, then one entry per record
/// file in load order.
///
/// ```
/// entry   length      4 bytes: bytes after this field
///         checksum    8 bytes: CacheHash of the bytes after this field
///         argument    varint: which command-line path the file was found under
///         relative    string: its path below that path ("" for a file named itself)
///         stamp       7 words: FileStamp
///         textHash    word: CacheHash of the record's text (0 for a problem)
///         flags       byte: 1 = racy, check textHash before trusting the stamp
///         outcome     byte: 0 = a meeting (MeetingCodec follows), 1 = a problem (its reason)
/// ```
///
/// Entry heads are read when the file is opened; a body is checked and decoded only when its
/// record is asked for, on whichever thread loads that record.
struct MeetingsFile: @unchecked Sendable {
    static let magic = CacheHeader.magic("GAIKOMTG")
    /// Bump when the entry layout above changes; the codec's fields are versioned by themselves.
    static let formatVersion = 1
    static let schema: UInt64 = CacheHash.hash("meetings v\(formatVersion) \(MeetingCodec.schema)")

    struct Head {
        var start: Int  // the length field
        var end: Int
        var argument: Int
        var relative: Range<Int>
        var stamp: FileStamp
        var textHash: UInt64
        var racy: Bool
        var body: Int  // the outcome byte
    }

    let file: MappedFile
    let header: CacheHeader
    let heads: [Head]

    /// Reads the header and every entry head. A damaged head damages the whole file.
    init(file: MappedFile, expect: CacheHeader) throws {
        let bytes = file.bytes
        header = try CacheHeader.read(bytes, expect: expect)
        var heads: [Head] = []
        heads.reserveCapacity(Int(min(header.count, UInt64(bytes.count / 64))))
        var r = CacheReader(bytes, offset: CacheHeader.byteCount)
        for _ in 0..<header.count {
            let start = r.offset
            let length = Int(try r.u32())
            guard length >= 8, length <= bytes.count - r.offset else { throw CacheDamage() }
            let end = r.offset + length
            _ = try r.word()  // checksum, checked with the body
            let argument = Int(try r.varint())
            let relativeCount = try r.count()
            let relative = r.offset..<r.offset + relativeCount
            _ = try r.raw(relativeCount)
            var fields: [Int64] = []
            for _ in 0..<7 { fields.append(Int64(bitPattern: try r.word())) }
            let textHash = try r.word()
            let flags = try r.byte()
            guard r.offset < end else { throw CacheDamage() }
            heads.append(Head(start: start, end: end, argument: argument, relative: relative,
                              stamp: FileStamp(fields: fields), textHash: textHash, racy: flags & 1 != 0, body: r.offset))
            r.offset = end
        }
        guard r.isAtEnd else { throw CacheDamage() }
        self.file = file
        self.heads = heads
    }

    /// The relative path bytes of entry `i`.
    func relative(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file.bytes[heads[i].relative])
    }

    /// The whole entry, to copy unchanged into a new file.
    func entryBytes(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file.bytes[heads[i].start..<heads[i].end])
    }

    /// Entry `i`'s outcome, after checking its checksum. Throws `CacheDamage` when the bytes
    /// are not what was written.
    func outcome(_ i: Int, source: String) throws -> Result<Meeting, LoadProblem> {
        let head = heads[i]
        guard isIntact(i) else { throw CacheDamage() }
        var r = CacheReader(UnsafeRawBufferPointer(rebasing: file.bytes[..<head.end]), offset: head.body)
        let result: Result<Meeting, LoadProblem>
        switch try r.byte() {
        case 0: result = .success(try MeetingCodec.decode(&r, source: source))
        case 1:
            // The reason as it was reported (`larger than 16 MB, too large …` carries its limit).
            result = .failure(LoadProblem(path: source, reason: try r.string()))
        default: throw CacheDamage()
        }
        guard r.isAtEnd else { throw CacheDamage() }
        return result
    }

    /// Whether entry `i` still has the bytes it was written with.
    func isIntact(_ i: Int) -> Bool {
        let head = heads[i]
        let checked = UnsafeRawBufferPointer(rebasing: file.bytes[(head.start + 12)..<head.end])
        let stored = file.bytes.loadUnaligned(fromByteOffset: head.start + 4, as: UInt64.self)
        return CacheHash.hash(checked) == UInt64(littleEndian: stored)
    }

    /// One entry, encoded.
    static func encode(argument: Int, relative: Substring.UTF8View, stamp: FileStamp, textHash: UInt64, racy: Bool,
                       outcome: Result<Meeting, LoadProblem>, into w: inout CacheWriter) {
        let start = w.bytes.count
        w.u32(0)
        w.word(0)
        w.varint(UInt64(argument))
        w.varint(UInt64(relative.count))
        w.bytes.append(contentsOf: relative)
        for field in stamp.fields { w.word(UInt64(bitPattern: field)) }
        w.word(textHash)
        w.byte(racy ? 1 : 0)
        switch outcome {
        case .success(let meeting):
            w.byte(0)
            MeetingCodec.encode(meeting, into: &w)
        case .failure(let problem):
            w.byte(1)
            w.string(problem.reason)
        }
        w.patch(UInt32(w.bytes.count - start - 4), at: start)
        let checksum = w.bytes.withUnsafeBytes { CacheHash.hash(UnsafeRawBufferPointer(rebasing: $0[(start + 12)...])) }
        w.patch(checksum, at: start + 4)
    }
}
