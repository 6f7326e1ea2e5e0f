import Foundation

/// The search index of one collection, stored beside its meetings file: a `CacheHeader` whose
/// generation names the meetings file the index was built from, then the index's flat arrays,
/// each as its count and its raw little-endian elements padded to eight bytes.
///
/// The index is searched where it lies in the mapping (`MappedPostings`), not copied out: every
/// process that opens the same collection shares the file's pages in the page cache, and a
/// process keeps only the pages its searches touch. The arrays are checked once here (the
/// checksum, their sizes and alignment, offsets that stay inside their arrays); then this
/// process's copies of the pages are dropped again (`MappedFile.release`).
enum IndexFile {
    static let magic = CacheHeader.magic("GAIKOIDX")
    static let formatVersion = 2
    /// The index's layout is the arrays below; anything about how they are built is covered by
    /// the build identity.
    static let schema: UInt64 = CacheHash.hash(
        "index v\(formatVersion) termBytes:u8 termStarts:u32 docStarts:i64 positionStarts:i64 documentFrequency:u32 "
            + "lastDoc:u32 docs:u8 positions:u8 lengths:u32 kinds:u8 years:i16 \(isLittleEndian ? "le" : "be") \(MemoryLayout<Int>.size)")

    static var isLittleEndian: Bool { 1.littleEndian == 1 }

    /// The stored index for `meetings`, or nil when there is none for this generation.
    static func read(_ path: String, expect: CacheHeader, meetings: [Meeting]) throws -> SearchIndex? {
        try read(path, expect: expect, count: meetings.count, meetings: meetings)
    }

    /// The stored index of a corpus of `count` meetings, or nil when there is none for this
    /// generation. `meetings` are the corpus's meetings, for snippets; a search straight from
    /// the cache gives none, and matches with the kinds and years stored here.
    static func read(_ path: String, expect: CacheHeader, count: Int, meetings: [Meeting]) throws -> SearchIndex? {
        guard let file = try MappedFile.open(path) else { return nil }
        let header = try CacheHeader.read(file.bytes, expect: expect)
        guard header.generation == expect.generation, header.count == UInt64(count) else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: file.bytes[CacheHeader.byteCount...])
        var r = CacheReader(body)
        var checksum = CacheHash.seed
        func array<T>(_: T.Type) throws -> UnsafeBufferPointer<T> {
            let count = Int(try r.word())
            guard count <= body.count / MemoryLayout<T>.stride else { throw CacheDamage() }
            let bytes = try r.raw(count * MemoryLayout<T>.stride)
            _ = try r.raw(padding(bytes.count))
            checksum = CacheHash.mix(checksum ^ hash(bytes, releasingPagesOf: file))
            guard count > 0, let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
            // The header and every array take a multiple of eight bytes, so this holds for any
            // file this gaiko wrote; anything else is not one.
            guard Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 else { throw CacheDamage() }
            return UnsafeBufferPointer(start: base.assumingMemoryBound(to: T.self), count: count)
        }
        let postings = PostingBuffers(
            termBytes: try array(UInt8.self), termStarts: try array(UInt32.self), docStarts: try array(Int.self),
            positionStarts: try array(Int.self), documentFrequency: try array(UInt32.self), lastDoc: try array(UInt32.self),
            docs: try array(UInt8.self), positions: try array(UInt8.self))
        let lengths = Array(try array(UInt32.self))
        let kinds = Array(try array(UInt8.self))
        let years = Array(try array(Int16.self))
        guard r.isAtEnd, checksum == header.bodyChecksum, lengths.count == count, kinds.count == count, years.count == count,
              isConsistent(postings)
        else {
            throw CacheDamage()
        }
        file.release(0..<file.bytes.count)
        return SearchIndex(postings: .mapped(MappedPostings(file: file, buffers: postings)), meetings: meetings,
                           kinds: kinds, years: years, lengths: lengths)
    }

    /// `CacheHash.hash(bytes)`, giving back this process's copy of
    /// each stretch of the mapping once it is hashed: all of a 120 MB index resident at once
    /// only to be checked would count against the process's peak memory.
    static func hash(_ bytes: UnsafeRawBufferPointer, releasingPagesOf file: MappedFile?) -> UInt64 {
        let stretch = 4 << 20
        return CacheHash.hash(bytes, stretch: stretch) { hashed in
            guard let file, let base = bytes.baseAddress, let start = file.bytes.baseAddress else { return }
            let offset = base - start
            file.release(offset + hashed - min(hashed, stretch)..<offset + hashed)
        }
    }

    /// Array sizes that agree and offsets that stay inside their arrays, so matching can never
    /// read out of bounds even if a damaged file passed its checksum.
    static func isConsistent(_ p: PostingBuffers) -> Bool {
        func ascending<T: BinaryInteger>(_ starts: UnsafeBufferPointer<T>, within limit: Int) -> Bool {
            var previous: T = 0
            for s in starts {
                if s < previous { return false }
                previous = s
            }
            return (starts.first ?? 0) == 0 && Int(previous) <= limit
        }
        let terms = p.termCount
        return p.termStarts.count == terms + 1 && p.docStarts.count == terms + 1 && p.positionStarts.count == terms + 1
            && p.lastDoc.count == terms
            && ascending(p.termStarts, within: p.termBytes.count) && ascending(p.docStarts, within: p.docs.count)
            && ascending(p.positionStarts, within: p.positions.count)
    }

    static func write(_ index: SearchIndex, to path: String, header: CacheHeader) throws {
        // The arrays are borrowed for the whole write; nothing is copied into a second buffer.
        try index.postings.withBuffers { p in
            try index.lengths.withUnsafeBytes { lengths in
                try index.kinds.withUnsafeBytes { kinds in
                    try index.years.withUnsafeBytes { years in
                        let perMeeting = [(index.lengths.count, lengths), (index.kinds.count, kinds), (index.years.count, years)]
                        try write(p.parts + perMeeting, to: path, header: header)
                    }
                }
            }
        }
    }

    /// Each array as its count, its bytes and the padding to eight bytes, after the header.
    private static func write(_ parts: [(count: Int, bytes: UnsafeRawBufferPointer)], to path: String, header: CacheHeader) throws {
        var checksum = CacheHash.seed
        var length = 0
        for part in parts {
            checksum = CacheHash.mix(checksum ^ CacheHash.hash(part.bytes))
            length += 8 + part.bytes.count + padding(part.bytes.count)
        }
        var h = header
        h.bodyChecksum = checksum
        h.bodyLength = UInt64(length)
        let zeros = [UInt8](repeating: 0, count: 8)
        try CacheFileWriter.replace(path) { emit in
            h.bytes.withUnsafeBytes { emit($0) }
            for part in parts {
                var count = UInt64(part.count).littleEndian
                withUnsafeBytes(of: &count) { emit($0) }
                emit(part.bytes)
                zeros.withUnsafeBytes { emit(UnsafeRawBufferPointer(rebasing: $0[..<padding(part.bytes.count)])) }
            }
        }
    }

    private static func padding(_ n: Int) -> Int { (8 - n % 8) % 8 }
}

extension CorpusCache {
    /// The search index for `meetings`, the corpus the last load through this cache produced:
    /// read from the cache when it holds one for exactly that corpus, else built (and stored
    /// for next time).
    public func index(for meetings: [Meeting]) -> SearchIndex {
        save()
        guard let load = lastLoad, let generation = load.generation else { return SearchIndex(meetings: meetings) }
        return index(for: meetings, of: CachedGeneration(collection: load.collection, folder: load.folder, generation: generation))
    }

    /// The search index for `meetings`, which are exactly the meetings file `stored` names (a
    /// corpus shown from the cache before its files were checked, `storedCorpus`).
    public func index(for meetings: [Meeting], of stored: CachedGeneration) -> SearchIndex {
        guard let build = BuildIdentity.current else { return SearchIndex(meetings: meetings) }
        let path = stored.folder + "/index"
        var expect = CacheHeader(magic: IndexFile.magic, schema: IndexFile.schema, build: build,
                                 collection: stored.collection, generation: stored.generation, count: UInt64(meetings.count),
                                 bodyLength: 0)
        do {
            if let index = try IndexFile.read(path, expect: expect, meetings: meetings) { return index }
        } catch CacheHeader.Refusal.stale {
        } catch {
            note("\(path) is damaged; rebuilding it")
        }
        let index = SearchIndex(meetings: meetings)
        do {
            _ = try CacheFileWriter.withWriteLock(in: stored.folder) {
                expect.count = UInt64(meetings.count)
                try IndexFile.write(index, to: path, header: expect)
            }
        } catch {
            note("cannot write \(path) (\(error)); the index is not kept")
        }
        return index
    }
}
