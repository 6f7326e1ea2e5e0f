import Foundation
import Testing
@testable import GaikoCore

/// A search through the cache (`CollectionSearch`) gives what a load without the cache and an
/// index built over it give, whether it is answered from the stored index and heads alone or
/// the collection changed and it loads.
@Suite struct StoredSearchTests {
    typealias Setup = CorpusCacheTests.Setup

    static let queries = ["peru", "\"prime minister\"", "kind:summit", "year:2010..2019 peru", "-peru", "with:abe",
                          "machu OR lima", "zzqx", "p"]

    /// Each match as the command sees it: the meeting, its score, best first.
    static func answer(_ m: SearchMatches) -> [String] {
        m.ranked.map { hit in
            let meeting = m.meetings[hit.index]
            return "\(meeting.id) \(meeting.source) \(hit.score) \(meeting.title) \(meeting.lead.joined())"
        }
    }

    /// A load without the cache, and the index built over it.
    static func expected(_ query: SearchQuery, _ s: Setup) throws -> SearchMatches {
        let corpus = try s.fresh()
        return SearchMatches(query, in: corpus, index: SearchIndex(meetings: corpus.meetings))
    }

    /// `CollectionSearch.run` through a new cache object, as a new process would; and what
    /// `loaded` was told.
    static func search(_ query: SearchQuery, _ s: Setup) throws -> (matches: SearchMatches, cache: CorpusCache, told: [Int]) {
        let cache = s.cache()
        var told: [Int] = []
        let matches = try CollectionSearch.run(query, paths: [s.records.path], cache: cache) { problems, count in
            told = [problems.count, count]
        }
        return (matches, cache, told)
    }

    static func expectSame(_ a: SearchMatches, _ b: SearchMatches, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(answer(a) == answer(b), sourceLocation: sourceLocation)
        #expect(a.problems == b.problems, sourceLocation: sourceLocation)
        #expect(a.corpusCount == b.corpusCount, sourceLocation: sourceLocation)
    }

    @Test func anUnchangedCollectionIsSearchedFromTheStoredIndexAlone() throws {
        let s = try Setup()
        // The first search loads and stores the index; every later one needs nothing else.
        let first = try Self.search(try SearchQuery.parse("peru"), s)
        #expect(!first.cache.lastSearchWasStored)
        for text in Self.queries {
            let query = try SearchQuery.parse(text)
            let (matches, cache, told) = try Self.search(query, s)
            #expect(cache.lastSearchWasStored, "\(text)")
            #expect(cache.notes.isEmpty)
            let expected = try Self.expected(query, s)
            Self.expectSame(matches, expected)
            #expect(told == [2, expected.corpusCount])
            // Only the matches are decoded, in corpus order.
            #expect(matches.meetings.count == matches.ranked.count)
            // Every record here is about Peru: `-peru` and `zzqx` match nothing.
            #expect(matches.ranked.isEmpty == ["-peru", "zzqx"].contains(text), "\(text)")
        }
    }

    @Test func renamedDuplicatesKeepTheirNewIds() throws {
        // Every bundled record comes back several times, so most ids are renamed.
        let s = try Setup()
        _ = try Self.search(try SearchQuery.parse("peru"), s)
        let query = try SearchQuery.parse("japan")
        let stored = try Self.search(query, s)
        #expect(stored.cache.lastSearchWasStored)
        #expect(stored.matches.meetings.contains { $0.id.hasSuffix("-2") })
        Self.expectSame(stored.matches, try Self.expected(query, s))
    }

    @Test(arguments: ["edit", "add", "remove", "sameSizeOldTime"])
    func aChangedCollectionIsLoadedAndSearchedRight(change: String) throws {
        let s = try Setup()
        let query = try SearchQuery.parse("copper OR peru")
        _ = try Self.search(query, s)
        #expect(try Self.search(query, s).cache.lastSearchWasStored)
        let path = s.records.path + "/part0/r000.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        switch change {
        case "edit":
            try s.records.write("part0/r000.txt", text: text + "\nCopper was discussed.\n")
        case "add":
            try s.records.write("part1/new.txt", text: "Japan-Chile Summit Meeting\nOn May 1, 2020, Prime Minister Abe held a meeting with President Pinera of Chile. Copper.\n")
        case "remove":
            try FileManager.default.removeItem(atPath: path)
        default:
            var before = stat()
            stat(path, &before)
            let changed = text.replacingOccurrences(of: "Peru", with: "Pery")
            #expect(changed.utf8.count == text.utf8.count && changed != text)
            try s.records.write("part0/r000.txt", text: changed)
            var times = [before.st_atim, before.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        let after = try Self.search(query, s)
        #expect(!after.cache.lastSearchWasStored)
        Self.expectSame(after.matches, try Self.expected(query, s))
        // The load stored the new collection and its index: the next search needs nothing else.
        let again = try Self.search(query, s)
        #expect(again.cache.lastSearchWasStored)
        Self.expectSame(again.matches, try Self.expected(query, s))
    }

    @Test(arguments: ["flip", "truncate", "remove"])
    func aDamagedOrMissingIndexIsRebuiltAndTheAnswerStaysRight(damage: String) throws {
        let s = try Setup()
        let query = try SearchQuery.parse("kind:summit peru")
        _ = try Self.search(query, s)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.indexFile)))
        switch damage {
        case "flip": bytes[bytes.count - 100] ^= 0x04
        case "truncate": bytes.removeLast(64)
        default: bytes = []
        }
        if bytes.isEmpty {
            try FileManager.default.removeItem(atPath: s.indexFile)
        } else {
            try Data(bytes).write(to: URL(fileURLWithPath: s.indexFile))
        }
        let damaged = try Self.search(query, s)
        #expect(!damaged.cache.lastSearchWasStored)
        #expect(damaged.cache.notes.count == (damage == "remove" ? 0 : 1))
        Self.expectSame(damaged.matches, try Self.expected(query, s))
        #expect(try Self.search(query, s).cache.lastSearchWasStored)
    }

    @Test func aDamagedHeadOfAMatchIsNeverShown() throws {
        let s = try Setup()
        let query = try SearchQuery.parse("peru")
        _ = try Self.search(query, s)
        // The last byte of the third head (the first two are the bad files'), inside its
        // meeting's fields, which a stored search decodes only when the meeting matches: every
        // record here mentions Peru.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.meetingsFile)))
        func length(at offset: Int) -> Int {
            (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        var head = CorpusCacheTests.regions(bytes).heads.lowerBound
        for _ in 0..<2 { head += 4 + length(at: head) }
        bytes[head + 4 + length(at: head) - 1] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: s.meetingsFile))
        let damaged = try Self.search(query, s)
        #expect(!damaged.cache.lastSearchWasStored)
        Self.expectSame(damaged.matches, try Self.expected(query, s))
    }

    /// Runs of meetings on all cores, each sharing its `FoldCache`, give the snippets made one
    /// by one.
    @Test(arguments: ["peru", "minister", "\"prime minister\"", "kind:summit", "ab OR lim"])
    func snippetsOnAllCoresAreTheOnesMadeOneByOne(text: String) throws {
        let meetings = CorpusLoader.bundled().meetings
        let query = try SearchQuery.parse(text)
        let rows = (0..<600).map { ($0 * 7) % meetings.count }
        for width in [20, 76, 160] {
            #expect(query.snippets(of: meetings, at: rows, width: width) == rows.map { query.snippet(of: meetings[$0], width: width) })
        }
    }

    @Test func theLoadIsToldOfAnEmptyCollectionBeforeAnyIndexIsMade() throws {
        let s = try Setup(count: 0)
        struct Empty: Error {}
        #expect(throws: Empty.self) {
            _ = try CollectionSearch.run(try SearchQuery.parse("peru"), paths: [s.records.path], cache: s.cache()) { _, count in
                if count == 0 { throw Empty() }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: s.indexFile))
    }
}
