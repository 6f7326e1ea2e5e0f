import Foundation
import GaikoSynth
@testable import GaikoCore
import Testing

/// An index read back from its cache file is searched where it lies in the mapping, and answers
/// every query as the index it was written from.
@Suite struct IndexFileTests {
    static let meetings = SearchBuildTests.meetings
    static let queries = [
        "tpp", "m", "p", "peru", "copper", "\"prime minister\"", "\"copy6 marker0\"", "marker1 -copy2", "kind:summit",
        "with:abe", "country:peru", "title:meeting", "peru OR chile", "minister year:2010..2020", "zzzz", "",
    ]
    static let header = CacheHeader(magic: IndexFile.magic, schema: IndexFile.schema, build: 1, collection: 2, generation: 3,
                                    count: UInt64(meetings.count), bodyLength: 0)

    final class TemporaryFile {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gaiko-index-\(UUID().uuidString)").path
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func theMappedIndexEqualsTheBuiltOne() throws {
        let built = SearchIndex(meetings: Self.meetings)
        let file = TemporaryFile()
        try IndexFile.write(built, to: file.path, header: Self.header)
        let read = try #require(try IndexFile.read(file.path, expect: Self.header, meetings: Self.meetings))
        guard case .mapped = read.postings else {
            Issue.record("the index was copied out of its file")
            return
        }
        #expect(read.postings.withBuffers { a in built.postings.withBuffers { b in a.hasSameContents(as: b) } })
        #expect(read.lengths == built.lengths)
        #expect(read.termCount == built.termCount)
        for text in Self.queries {
            let query = try SearchQuery.parse(text)
            #expect(read.matches(query) == built.matches(query), "\(text)")
            let (a, b) = (read.ranked(query), built.ranked(query))
            #expect(a.map(\.index) == b.map(\.index) && a.map(\.score) == b.map(\.score), "\(text)")
        }
        // Prepared in the background, giving its pages back letter by letter, it still answers
        // the same: the pages come back from the file when read.
        var prepared = read
        prepared.prefixUnions = PrefixUnions(minimumTerms: 2, minimumPostings: 1)
        prepared.prepareShortPrefixes()
        #expect(prepared.prefixUnions.count > 5)
        for text in Self.queries + ["m", "p", "t"] {
            let query = try SearchQuery.parse(text)
            #expect(prepared.matches(query) == built.matches(query), "\(text), after the pages were given back")
        }
        // Written again from the mapping, the file is the same.
        let again = TemporaryFile()
        try IndexFile.write(read, to: again.path, header: Self.header)
        let bytes = { (path: String) in try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(CacheHeader.byteCount) }
        #expect(try bytes(file.path) == bytes(again.path))
    }

    @Test func theMappingLivesAsLongAsTheIndex() throws {
        let query = try SearchQuery.parse("peru")
        let expected = SearchIndex(meetings: Self.meetings).matches(query)
        var index: SearchIndex?
        do {
            let file = TemporaryFile()
            try IndexFile.write(SearchIndex(meetings: Self.meetings), to: file.path, header: Self.header)
            index = try IndexFile.read(file.path, expect: Self.header, meetings: Self.meetings)
        }
        // The file is gone; the mapping is the index's own.
        let copy = try #require(index)
        index = nil
        #expect(copy.matches(query) == expected)
    }

    @Test func aDamagedOrTruncatedFileIsRefused() throws {
        let file = TemporaryFile()
        try IndexFile.write(SearchIndex(meetings: Self.meetings), to: file.path, header: Self.header)
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        var damaged: [[UInt8]] = []
        for cut in stride(from: CacheHeader.byteCount, to: whole.count, by: max(1, whole.count / 40)) { damaged.append(Array(whole[..<cut])) }
        for at in stride(from: CacheHeader.byteCount, to: whole.count, by: max(1, whole.count / 40)) {
            var bytes = whole
            bytes[at] ^= 0x10
            damaged.append(bytes)
        }
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: file.path))
            #expect(throws: (any Error).self) { try IndexFile.read(file.path, expect: Self.header, meetings: Self.meetings) }
        }
    }

    @Test func theReleasingHashIsTheCacheHash() throws {
        var rng = SplitMix64(seed: 3)
        for size in Array(0...100) + [4 << 20, (4 << 20) + 31, (9 << 20) + 13] {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            bytes.withUnsafeBytes { #expect(IndexFile.hash($0, releasingPagesOf: nil) == CacheHash.hash($0), "\(size)") }
        }
        // Through a mapping whose pages are given back as they are hashed, and read again after.
        let file = TemporaryFile()
        let bytes = (0..<((9 << 20) + 5)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        try Data(bytes).write(to: URL(fileURLWithPath: file.path))
        let mapped = try #require(try MappedFile.open(file.path))
        let body = UnsafeRawBufferPointer(rebasing: mapped.bytes[7...])
        #expect(IndexFile.hash(body, releasingPagesOf: mapped) == bytes.withUnsafeBytes { CacheHash.hash(UnsafeRawBufferPointer(rebasing: $0[7...])) })
        #expect(IndexFile.hash(body, releasingPagesOf: mapped) == IndexFile.hash(body, releasingPagesOf: nil))
    }

    @Test func offsetsOutsideTheirArraysAreCaught() {
        var table = SearchIndex(meetings: Self.meetings).postingTableCopy
        #expect(table.withBuffers(IndexFile.isConsistent))
        table.docStarts[table.docStarts.count - 1] = table.docs.count + 1
        #expect(!table.withBuffers(IndexFile.isConsistent))
        table = SearchIndex(meetings: Self.meetings).postingTableCopy
        table.positionStarts[1] = table.positionStarts[2] + 1
        #expect(!table.withBuffers(IndexFile.isConsistent))
        table = SearchIndex(meetings: Self.meetings).postingTableCopy
        table.lastDoc.removeLast()
        #expect(!table.withBuffers(IndexFile.isConsistent))
    }
}

extension SearchIndex {
    /// The built table, for tests that damage it.
    var postingTableCopy: PostingTable {
        guard case .built(let table) = postings else { fatalError("not a built index") }
        return table
    }
}

/// Kept unions of common prefixes give the same matches as walking the postings.
@Suite struct PrefixUnionTests {
    @Test func keptPrefixUnionsAnswerAsTheWalkDoes() throws {
        let meetings = SearchBuildTests.meetings
        let walked = SearchIndex(meetings: meetings)
        var kept = SearchIndex(meetings: meetings)
        kept.prefixUnions = PrefixUnions(minimumTerms: 2)
        kept.prepareShortPrefixes()
        let prepared = kept.prefixUnions.count
        #expect(prepared > 5)
        for text in ["m", "p", "c", "co", "\"prime m", "with:a", "country:p", "m -p", "a OR b", "1", "zz", "marker"] {
            let query = try SearchQuery.parse(text)
            #expect(kept.matches(query) == walked.matches(query), "\(text)")
            #expect(kept.matches(query) == walked.matches(query), "\(text), kept")
        }
        #expect(kept.prefixUnions.count > prepared)
        // Never for a prefix of few terms.
        #expect(walked.prefixUnions.count == 0)
    }

    /// A prefix of few terms whose lists are long (`t`: `the`, `to`, in every meeting) is kept
    /// too, and answers as the walk does.
    @Test func aPrefixOfFewButCommonTermsIsKept() throws {
        let meetings = SearchBuildTests.meetings
        let walked = SearchIndex(meetings: meetings)
        var kept = SearchIndex(meetings: meetings)
        kept.prefixUnions = PrefixUnions(minimumTerms: 100_000, minimumPostings: meetings.count)
        for text in ["t", "th", "m", "zz"] {
            let query = try SearchQuery.parse(text)
            #expect(kept.matches(query) == walked.matches(query), "\(text)")
        }
        // `t`, `th` and `m` name every meeting between them; `zz` names none.
        #expect(kept.prefixUnions.count == 3)
        #expect(kept.matches(try SearchQuery.parse("t")).count == meetings.count)
    }
}
