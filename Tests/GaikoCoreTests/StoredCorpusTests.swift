import Foundation
import Testing
@testable import GaikoCore

/// The corpus the cache gives before any record file is looked at (the browser's first screen),
/// and the check that tells whether the files still say the same.
@Suite struct StoredCorpusTests {
    typealias Setup = CorpusCacheTests.Setup

    @Test func theStoredCorpusIsWhatALoadGives() throws {
        let s = try Setup()
        #expect(s.cache().storedCorpus(paths: [s.records.path]) == nil, "nothing cached yet")
        _ = try s.cached()
        let cache = s.cache()
        let stored = try #require(cache.storedCorpus(paths: [s.records.path]))
        CorpusCacheTests.expectSame(stored.corpus, try s.fresh())
        #expect(stored.corpus.problems.count == 2)
        let current = cache.isCurrent(stored)
        #expect(current)
        #expect(cache.notes.isEmpty)
        // Bodies come from the cache file, as they do after a checked load.
        #expect(stored.corpus.meetings.allSatisfy { !$0.sections.isEmpty || !$0.lead.isEmpty })
    }

    /// The first screen's outline: its first meetings are the stored corpus's, whole; every
    /// other one has the day, kind and format of the meeting in its place and nothing else;
    /// the count, the skipped files, the title and the order's mark are the corpus's.
    @Test(arguments: [0, 1, 7, 1_000])
    func anOutlineHoldsTheFirstMeetingsWholeAndTheRestInOutline(shown: Int) throws {
        let s = try Setup()
        _ = try s.cached()
        let collection = try #require(s.cache().storedCollection(paths: [s.records.path]))
        let outline = try #require(collection.outline(shown: shown))
        let whole = try #require(collection.corpus()).corpus
        CorpusCacheTests.expectSame(whole, try s.fresh())
        #expect(collection.count == whole.meetings.count)
        #expect(outline.meetings.count == whole.meetings.count)
        #expect(outline.problems == whole.problems)
        #expect(outline.title == whole.title)
        #expect(outline.isNewestFirst && whole.isNewestFirst)
        for (i, (o, w)) in zip(outline.meetings, whole.meetings).enumerated() {
            #expect(o.date == w.date && o.kind == w.kind && o.format == w.format)
            if i < shown {
                #expect(o == w)
            } else {
                #expect(o.id.isEmpty && o.source.isEmpty && o.title.isEmpty && o.counterpart == Principal()
                    && o.lead.isEmpty && o.warnings.isEmpty)
            }
        }
    }

    /// A damaged head spoils the outline as it spoils the whole corpus: neither is given.
    @Test func aDamagedHeadGivesNoOutline() throws {
        let s = try Setup()
        _ = try s.cached()
        let cache = s.cache()
        let collection = try #require(cache.storedCollection(paths: [s.records.path]))
        let file = try #require(collection.file.heads.last)
        let path = collection.generation.folder + "/meetings"
        // One byte inside the last head's meeting flipped: its checksum no longer matches.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64(file.end - 2))
        let byte = try #require(try handle.read(upToCount: 1)?.first)
        try handle.seek(toOffset: UInt64(file.end - 2))
        try handle.write(contentsOf: Data([byte ^ 0x20]))
        try handle.close()
        let damaged = try #require(s.cache().storedCollection(paths: [s.records.path]))
        #expect(damaged.outline(shown: 3) == nil)
        #expect(damaged.corpus() == nil)
    }

    @Test func pathsSpeltAnotherWayGiveTheirOwnSources() throws {
        let s = try Setup()
        _ = try s.cached()
        let spelt = s.records.path + "/./"
        let stored = try #require(s.cache().storedCorpus(paths: [spelt]))
        CorpusCacheTests.expectSame(stored.corpus, try s.fresh([spelt]))
        let file = s.records.path + "/part1/r001.txt"
        let single = try s.cached([file])
        #expect(single.corpus.meetings.count == 1)
        let storedFile = try #require(s.cache().storedCorpus(paths: [file]))
        CorpusCacheTests.expectSame(storedFile.corpus, try s.fresh([file]))
    }

    @Test(arguments: ["edit", "add", "remove", "rename", "same size, old time", "replace a problem"])
    func anyChangeToTheFilesIsFoundByTheCheck(change: String) throws {
        let s = try Setup()
        _ = try s.cached()
        let cache = s.cache()
        let stored = try #require(cache.storedCorpus(paths: [s.records.path]))
        let path = s.records.path + "/part0/r000.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        switch change {
        case "edit":
            try s.records.write("part0/r000.txt", text: text.replacingOccurrences(of: "Peru", with: "Chile"))
        case "add":
            try s.records.write("part2/zz.txt", text: text)
        case "remove":
            try FileManager.default.removeItem(atPath: path)
        case "rename":
            try FileManager.default.moveItem(atPath: path, toPath: s.records.path + "/part0/r000-renamed.txt")
        case "same size, old time":
            var before = stat()
            stat(path, &before)
            let changed = text.replacingOccurrences(of: "Peru", with: "Pery")
            try s.records.write("part0/r000.txt", text: changed)
            var times = [before.st_atim, before.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        default:
            try s.records.write("bad/empty.txt", text: text)
        }
        let current = cache.isCurrent(stored)
        #expect(!current)
        // What the browser then shows is a checked load's corpus.
        CorpusCacheTests.expectSame(try CorpusLoader.load(paths: [s.records.path], cache: cache), try s.fresh())
    }

    @Test func aRacyEntryIsCheckedByItsText() throws {
        // Written just now, every entry is racy: the check reads the files and compares hashes.
        let s = try Setup()
        _ = try s.cached()
        let stored = try #require(s.cache().storedCorpus(paths: [s.records.path]))
        let racy = stored.file.heads.contains { $0.racy }
        #expect(racy)
        let current = s.cache().isCurrent(stored)
        #expect(current)
    }

    @Test(arguments: ["flip head", "truncate", "foreign", "other settings"])
    func aCacheItCannotTrustGivesNothingAndSaysNothing(damage: String) throws {
        let s = try Setup()
        _ = try s.cached()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.meetingsFile)))
        switch damage {
        case "flip head":
            bytes[CorpusCacheTests.regions(bytes).heads.lowerBound + 20] ^= 0x40
        case "truncate":
            bytes.removeLast(bytes.count / 3)
        case "foreign":
            bytes = Array("not a gaiko cache at all, but long enough to have a header's worth of bytes in it".utf8)
        default:
            break
        }
        try Data(bytes).write(to: URL(fileURLWithPath: s.meetingsFile))
        let cache = damage == "other settings" ? CorpusCache(folder: s.cacheFolder, settings: "limit=1") : s.cache()
        #expect(cache.storedCorpus(paths: [s.records.path]) == nil)
        #expect(cache.notes.isEmpty)
    }

    @Test func theIndexAndConnectionsStoredWithItAreItsOwn() throws {
        let s = try Setup()
        let first = try s.cached()
        _ = first.cache.index(for: first.corpus.meetings)
        _ = first.cache.connections(for: first.corpus.meetings)
        let cache = s.cache()
        let stored = try #require(cache.storedCorpus(paths: [s.records.path]))
        let index = cache.index(for: stored.corpus.meetings, of: stored.generation)
        let query = try SearchQuery.parse("peru")
        #expect(index.matches(query) == SearchIndex(meetings: stored.corpus.meetings).matches(query))
        #expect(!index.matches(query).isEmpty)
        let connections = cache.connections(for: stored.corpus.meetings, of: stored.generation)
        #expect(connections == Connections.build(stored.corpus.meetings))
        #expect(cache.notes.isEmpty)
    }
}

/// Stamps taken through a folder's descriptor are the stamps `stat` gives.
@Suite struct FolderStatsTests {
    @Test func stampsMatchStatAcrossFoldersLinksAndMissingFiles() throws {
        let s = try CorpusCacheTests.Setup()
        let base = s.records.path
        try FileManager.default.createSymbolicLink(atPath: base + "/part0/link.txt", withDestinationPath: base + "/part1/r001.txt")
        try FileManager.default.createDirectory(atPath: base + "/part0/folder.txt", withIntermediateDirectories: true)
        let paths = [base + "/part0/r000.txt", base + "/part0/r003.txt", base + "/part1/r001.txt", base + "/part0/link.txt",
                     base + "/part0/missing.txt", base + "/part0/folder.txt", base + "/gone/r.txt", base + "/part2/r002.txt", "relative-name.txt"]
        let stats = FolderStats()
        for path in paths + paths.reversed() {
            #expect(stats.stamp(of: path) == FileStamp(path: path), "\(path)")
        }
        #expect(stats.stamp(of: base + "/part0/link.txt") != nil)
        #expect(stats.stamp(of: base + "/part0/missing.txt") == nil)
    }
}

/// A body's texts visited as bytes are the reading order's texts, from the cache or from memory.
@Suite struct BodyTextsTests {
    static func visited(_ meeting: Meeting, stopAfter limit: Int = .max) -> [String] {
        var texts: [String] = []
        meeting.body.forEachText { bytes in
            texts.append(String(decoding: bytes, as: UTF8.self))
            return texts.count < limit
        }
        return texts
    }

    @Test func theTextsComeInReadingOrderWhereverTheBodyIs() throws {
        let s = try CorpusCacheTests.Setup()
        _ = try s.cached()
        let cached = try s.cached().corpus
        let fresh = try s.fresh()
        #expect(cached.meetings.contains { $0.body.isStored })
        for (a, b) in zip(cached.meetings, fresh.meetings) {
            let order = Array(IndexedText.readingOrder(of: b).dropFirst())
            #expect(Self.visited(a) == order)
            #expect(Self.visited(b) == order)
            #expect(Self.visited(a, stopAfter: 2) == Array(order.prefix(2)))
        }
    }
}
