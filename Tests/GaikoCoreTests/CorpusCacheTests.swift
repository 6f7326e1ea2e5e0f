import Foundation
import Testing
@testable import GaikoCore

/// The record cache gives the corpus a fresh load gives, whatever happened to the records or to
/// the cache in between.
@Suite struct CorpusCacheTests {
    /// A collection of records (more than the loader's parallel threshold) and a cache folder.
    final class Setup: @unchecked Sendable {
        let records: CorpusTestFolder
        let cacheRoot: CorpusTestFolder
        var cacheFolder: String { cacheRoot.path + "/gaiko" }

        init(count: Int = CorpusLoader.parallelThreshold + 8) throws {
            records = try CorpusTestFolder()
            cacheRoot = try CorpusTestFolder()
            for i in 0..<count {
                try records.write(String(format: "part%d/r%03d.txt", i % 3, i), CorpusTestFolder.record(i))
            }
            try records.write("bad/empty.txt", Data())
            try records.write("bad/binary.txt", Data([0x41, 0x00, 0x42]))
        }

        func cache() -> CorpusCache { CorpusCache(folder: cacheFolder) }

        /// Loads through a new cache object, as a new process would.
        func cached(_ paths: [String]? = nil) throws -> (corpus: Corpus, cache: CorpusCache) {
            let cache = cache()
            let corpus = try CorpusLoader.load(paths: paths ?? [records.path], cache: cache)
            return (corpus, cache)
        }

        func fresh(_ paths: [String]? = nil) throws -> Corpus {
            try CorpusLoader.load(paths: paths ?? [records.path])
        }

        var meetingsFile: String {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []
            return cacheFolder + "/" + names[0] + "/meetings"
        }

        var indexFile: String { (meetingsFile as NSString).deletingLastPathComponent + "/index" }
    }

    static func expectSame(_ a: Corpus, _ b: Corpus, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.meetings == b.meetings, sourceLocation: sourceLocation)
        #expect(a.problems == b.problems, sourceLocation: sourceLocation)
        #expect(a.title == b.title, sourceLocation: sourceLocation)
    }

    @Test func aSecondLoadComesFromTheCacheAndEqualsAFreshLoad() throws {
        let s = try Setup()
        let first = try s.cached()
        #expect(first.cache.lastParsedCount == first.corpus.meetings.count + 2)
        #expect(first.cache.notes.isEmpty)
        let second = try s.cached()
        #expect(second.cache.lastParsedCount == 0)
        #expect(second.cache.notes.isEmpty)
        #expect(second.cache.lastLoadCameWhole)
        Self.expectSame(second.corpus, try s.fresh())
        #expect(second.corpus.problems.count == 2)
    }

    @Test func meetingsCarryThePathAsTypedThisTime() throws {
        let s = try Setup()
        _ = try s.cached()
        // The same folder spelt another way shares the cache, but sources follow the spelling.
        let spelt = s.records.path + "/./"
        let again = try s.cached([spelt])
        #expect(again.cache.lastParsedCount == 0)
        Self.expectSame(again.corpus, try s.fresh([spelt]))
        #expect(again.corpus.meetings.allSatisfy { $0.source.hasPrefix(spelt) })
    }

    @Test func editedAddedRemovedAndRenamedRecordsShowAtOnce() throws {
        let s = try Setup()
        _ = try s.cached()
        let edited = s.records.path + "/part0/r000.txt"
        let text = try String(contentsOfFile: edited, encoding: .utf8)
        try s.records.write("part0/r000.txt", text: text.replacingOccurrences(of: "Peru", with: "Chile"))
        try s.records.write("part1/added.txt", CorpusTestFolder.record(2))
        try FileManager.default.removeItem(atPath: s.records.path + "/part1/r001.txt")
        try FileManager.default.moveItem(atPath: s.records.path + "/part2/r002.txt", toPath: s.records.path + "/part2/zz-renamed.txt")

        let after = try s.cached()
        Self.expectSame(after.corpus, try s.fresh())
        #expect(after.corpus.meetings.contains { $0.source.hasSuffix("/added.txt") })
        #expect(after.corpus.meetings.contains { $0.source.hasSuffix("/zz-renamed.txt") })
        #expect(!after.corpus.meetings.contains { $0.source.hasSuffix("/r001.txt") || $0.source.hasSuffix("/r002.txt") })
        // Only what changed was read: the edit, the addition, the renamed file, and the two
        // bad files (a problem is always checked again while its stamp is this recent).
        #expect(after.cache.lastParsedCount <= 5)
        let third = try s.cached()
        Self.expectSame(third.corpus, after.corpus)
    }

    @Test func anEditOfTheSameSizeWithItsOldTimeRestoredIsStillRead() throws {
        let s = try Setup()
        let path = s.records.path + "/part0/r000.txt"
        var before = stat()
        stat(path, &before)
        _ = try s.cached()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "Peru", with: "Pery")
        #expect(changed.utf8.count == text.utf8.count && changed != text)
        try s.records.write("part0/r000.txt", text: changed)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        stat(path, &after)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
            && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        let corpus = try s.cached().corpus
        Self.expectSame(corpus, try s.fresh())
        let meeting = try #require(corpus.meetings.first { $0.source == path })
        #expect(meeting.lead.joined().contains("Pery") || meeting.title.contains("Pery")
            || meeting.sections.contains { $0.paragraphs.contains { $0.text.contains("Pery") } })
    }

    @Test func aStampAloneIsTrustedOnceTheFileIsOlderThanTheCache() {
        let old = FileStamp(device: 1, inode: 2, size: 3, modifiedSeconds: 1_000, modifiedNanoseconds: 5,
                            changedSeconds: 1_000, changedNanoseconds: 5)
        #expect(!old.isRacy(comparedWith: (seconds: 2_000, nanoseconds: 0)))
        #expect(old.isRacy(comparedWith: (seconds: 1_001, nanoseconds: 0)))
        var changedLater = old
        changedLater.changedSeconds = 1_999
        #expect(changedLater.isRacy(comparedWith: (seconds: 2_000, nanoseconds: 0)))
    }

    /// Where the heads and the bodies are in a meetings file (after the header, the directory).
    static func regions(_ bytes: [UInt8]) -> (heads: Range<Int>, bodies: Range<Int>) {
        func word(_ at: Int) -> Int { bytes[at..<at + 8].reversed().reduce(0) { $0 << 8 | Int($1) } }
        let headsStart = CacheHeader.byteCount + MeetingsFile.directoryLength
        let headsEnd = headsStart + word(CacheHeader.byteCount)
        return (headsStart..<headsEnd, headsEnd..<headsEnd + word(CacheHeader.byteCount + 8))
    }

    @Test(arguments: ["flip head", "flip header", "truncate", "foreign", "empty", "flip a head of many"])
    func aDamagedMeetingsFileGivesTheRightAnswerAndSaysSo(damage: String) throws {
        // Many: the whole-corpus load splits the heads into chunks, some done before the damage.
        let s = try Setup(count: damage.hasSuffix("many") ? 1_200 : CorpusLoader.parallelThreshold + 8)
        _ = try s.cached()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.meetingsFile)))
        switch damage {
        case "flip head", "flip a head of many":
            let heads = Self.regions(bytes).heads
            bytes[(heads.lowerBound + heads.upperBound) / 2] ^= 0x20
        case "flip header": bytes[20] ^= 0x01
        case "truncate": bytes.removeLast(bytes.count / 3)
        case "foreign": bytes = Array("not a cache at all, just some text\n".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: s.meetingsFile))

        let damaged = try s.cached()
        #expect(!damaged.cache.lastLoadCameWhole)
        Self.expectSame(damaged.corpus, try s.fresh())
        #expect(damaged.cache.notes.count == 1)
        #expect(damaged.cache.notes.first?.contains(s.meetingsFile) == true)
        #expect(damaged.cache.lastParsedCount > 0)
        // Rebuilt: the next load is quiet and reads nothing.
        let next = try s.cached()
        #expect(next.cache.notes.isEmpty)
        #expect(next.cache.lastParsedCount == 0)
    }

    /// A body is checked when it is read, not at start: a damaged one is read from its record
    /// instead, said once, and the file rebuilt by the next load.
    @Test func aDamagedBodyIsReadFromItsRecordAndTheFileRebuilt() throws {
        let s = try Setup()
        _ = try s.cached()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.meetingsFile)))
        let bodies = Self.regions(bytes).bodies
        bytes[(bodies.lowerBound + bodies.upperBound) / 2] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: s.meetingsFile))

        let damaged = try s.cached()
        #expect(damaged.cache.notes.isEmpty)
        #expect(damaged.cache.lastParsedCount == 0)
        Self.expectSame(damaged.corpus, try s.fresh())
        #expect(damaged.cache.notes.count == 1)
        #expect(damaged.cache.notes.first?.contains(s.meetingsFile) == true)
        #expect(damaged.cache.lastParsedCount > 0)
        let rebuilt = try s.cached()
        #expect(rebuilt.cache.notes.isEmpty)
        #expect(rebuilt.cache.lastParsedCount == rebuilt.corpus.meetings.count + 2)
        let next = try s.cached()
        #expect(next.cache.lastParsedCount == 0)
        Self.expectSame(next.corpus, try s.fresh())
    }

    /// The real records of the fixtures: a cached meeting leaves its body in the file until
    /// asked, and what it then decodes is what the parser made.
    @Test(arguments: ["dev", "collected"])
    func aStoredBodyDecodesToTheParsedOne(set: String) throws {
        let folder = try #require(RealRecordTests.folder).appendingPathComponent(set).path
        let cacheRoot = try CorpusTestFolder()
        let cache = { CorpusCache(folder: cacheRoot.path + "/gaiko") }
        let parsed = try CorpusLoader.load(paths: [folder])
        _ = try CorpusLoader.load(paths: [folder], cache: cache())
        let second = cache()
        let cached = try CorpusLoader.load(paths: [folder], cache: second)
        #expect(second.lastParsedCount == 0)
        #expect(cached.meetings.count == parsed.meetings.count && parsed.meetings.count > 40)
        #expect(cached.meetings.allSatisfy { $0.body.isStored })
        for (a, b) in zip(cached.meetings, parsed.meetings) {
            #expect(a.lead == b.lead, "\(a.source)")
            #expect(a.sections == b.sections, "\(a.source)")
            #expect(a.references == b.references, "\(a.source)")
            #expect(a == b, "\(a.source)")
            #expect(a.hashValue == b.hashValue, "\(a.source)")
        }
        // Changing a stored body brings it into memory, and leaves the others where they are.
        var changed = cached.meetings[0]
        changed.sections.append(Section(title: "Added", paragraphs: []))
        #expect(!changed.body.isStored && changed.sections.count == parsed.meetings[0].sections.count + 1)
        #expect(changed.lead == parsed.meetings[0].lead)
        #expect(cached.meetings[0].body.isStored && cached.meetings[0] == parsed.meetings[0])
    }

    /// A body of a megabyte or more is decoded once and kept; smaller ones never are.
    @Test func aLargeStoredBodyIsKeptOnceDecoded() throws {
        let records = try CorpusTestFolder()
        let cacheRoot = try CorpusTestFolder()
        let base = String(decoding: CorpusTestFolder.record(0), as: UTF8.self)
        let paragraphs = (1...16_000).map { "(\($0)) The two leaders discussed point \($0) of a long agenda at length." }
        // Points under the record's first heading, so they are body paragraphs.
        let heading = try #require(base.range(of: "1. Opening remarks\n"))
        try records.write("big.txt", text: base.replacingCharacters(
            in: heading, with: "1. Opening remarks\n\n" + paragraphs.joined(separator: "\n") + "\n"))
        try records.write("small.txt", CorpusTestFolder.record(1))
        let parsed = try CorpusLoader.load(paths: [records.path])
        _ = try CorpusLoader.load(paths: [records.path], cache: CorpusCache(folder: cacheRoot.path))
        let cached = try CorpusLoader.load(paths: [records.path], cache: CorpusCache(folder: cacheRoot.path))
        let big = try #require(cached.meetings.first { $0.source.hasSuffix("big.txt") })
        let small = try #require(cached.meetings.first { $0.source.hasSuffix("small.txt") })
        #expect(big.body.isStored && !big.body.isKeptDecoded)
        #expect(big.paragraphCount > 15_000)
        #expect(big.body.isKeptDecoded)
        #expect(small.paragraphCount > 0 && !small.body.isKeptDecoded)
        #expect(cached.meetings == parsed.meetings)
    }

    /// Duplicate ids and the sort are stored with the meetings; an unchanged collection takes
    /// them from there, a changed one works them out again, and both equal a fresh assemble.
    @Test func theStoredArrangementEqualsAFreshOne() throws {
        let s = try Setup(count: 60)  // twelve copies of each bundled record: ids collide
        let first = try s.cached()
        #expect(!first.cache.lastLoadUsedStoredArrangement)
        #expect(first.corpus.meetings.contains { $0.id.hasSuffix("-12") })
        let second = try s.cached()
        #expect(second.cache.lastLoadUsedStoredArrangement)
        Self.expectSame(second.corpus, try s.fresh())
        #expect(second.corpus.meetings.map(\.id) == (try s.fresh()).meetings.map(\.id))

        try FileManager.default.removeItem(atPath: s.records.path + "/part0/r000.txt")
        let changed = try s.cached()
        #expect(!changed.cache.lastLoadUsedStoredArrangement)
        Self.expectSame(changed.corpus, try s.fresh())
        let again = try s.cached()
        #expect(again.cache.lastLoadUsedStoredArrangement)
        Self.expectSame(again.corpus, try s.fresh())
    }

    /// Adding, removing or renaming a file in a folder keeps the folder's size, and its old
    /// times can be put back: each is still seen.
    @Test(arguments: ["add", "remove", "rename"])
    func aChangeInAFolderWhoseSizeAndTimeStayIsSeen(change: String) throws {
        let s = try Setup()
        let folder = s.records.path + "/part1"
        var before = stat()
        stat(folder, &before)
        _ = try s.cached()
        switch change {
        case "add": try s.records.write("part1/r900.txt", CorpusTestFolder.record(1))
        case "remove": try FileManager.default.removeItem(atPath: folder + "/r001.txt")
        default: try FileManager.default.moveItem(atPath: folder + "/r001.txt", toPath: folder + "/r001b.txt")
        }
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, folder, &times, 0) == 0)
        var after = stat()
        stat(folder, &after)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        let loaded = try s.cached()
        Self.expectSame(loaded.corpus, try s.fresh())
        let sources = Set(loaded.corpus.meetings.map(\.source))
        switch change {
        case "add": #expect(sources.contains(folder + "/r900.txt"))
        case "remove": #expect(!sources.contains(folder + "/r001.txt"))
        default: #expect(sources.contains(folder + "/r001b.txt") && !sources.contains(folder + "/r001.txt"))
        }
    }

    @Test(arguments: ["flip", "truncate"])
    func aDamagedIndexGivesTheRightMatches(damage: String) throws {
        let s = try Setup()
        let query = try SearchQuery.parse("peru")
        let first = try s.cached()
        let expected = SearchIndex(meetings: first.corpus.meetings).matches(query)
        #expect(first.cache.index(for: first.corpus.meetings).matches(query) == expected)
        let second = try s.cached()
        #expect(second.cache.index(for: second.corpus.meetings).matches(query) == expected)
        #expect(second.cache.notes.isEmpty)

        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.indexFile)))
        if damage == "flip" { bytes[bytes.count - 100] ^= 0x04 } else { bytes.removeLast(64) }
        try Data(bytes).write(to: URL(fileURLWithPath: s.indexFile))
        let third = try s.cached()
        #expect(third.cache.index(for: third.corpus.meetings).matches(query) == expected)
        #expect(third.cache.notes.count == 1)
    }

    @Test func anIndexIsNotReusedForAChangedCorpus() throws {
        let s = try Setup()
        let first = try s.cached()
        _ = first.cache.index(for: first.corpus.meetings)
        try s.records.write("part0/new.txt", text: "Japan-Chile Summit Meeting\nOn May 1, 2020, Prime Minister Abe held a meeting with President Pinera of Chile. Copper.\n")
        let second = try s.cached()
        let query = try SearchQuery.parse("copper")
        #expect(second.cache.index(for: second.corpus.meetings).matches(query)
            == SearchIndex(meetings: second.corpus.meetings).matches(query))
    }

    @Test func twoBuildersAtOnceBothGetTheRightCorpus() async throws {
        let s = try Setup(count: 120)
        let expected = try s.fresh()
        for _ in 0..<3 {
            try? FileManager.default.removeItem(atPath: s.cacheFolder)
            async let a = Task.detached { try s.cached().corpus }.value
            async let b = Task.detached { try s.cached().corpus }.value
            let (ca, cb) = try await (a, b)
            Self.expectSame(ca, expected)
            Self.expectSame(cb, expected)
        }
        let after = try s.cached()
        Self.expectSame(after.corpus, expected)
        #expect(after.cache.notes.isEmpty)
    }

    @Test func aCacheFolderThatCannotBeWrittenStillWorks() throws {
        let s = try Setup()
        // A regular file where the cache folder's parent should be: nothing can be made there,
        // even as root.
        let blocker = try s.cacheRoot.write("blocker", text: "x")
        let cache = CorpusCache(folder: blocker + "/gaiko")
        let corpus = try CorpusLoader.load(paths: [s.records.path], cache: cache)
        Self.expectSame(corpus, try s.fresh())
        #expect(cache.notes.count == 1)
        #expect(cache.notes.first?.contains("cannot write") == true)
        let query = try SearchQuery.parse("peru")
        #expect(cache.index(for: corpus.meetings).matches(query) == SearchIndex(meetings: corpus.meetings).matches(query))
    }

    @Test func aKilledWritersTemporaryFileIsNeverReadAndIsCleanedUp() throws {
        let s = try Setup()
        _ = try s.cached()
        let folder = (s.meetingsFile as NSString).deletingLastPathComponent
        // What a writer killed before its rename leaves behind (pid 0x7FFFFFF0 is not running).
        let leftover = folder + "/meetings.tmp-2147483632-1"
        try Data(repeating: 0x55, count: 1000).write(to: URL(fileURLWithPath: leftover))
        try s.records.write("part0/another.txt", CorpusTestFolder.record(3))
        let after = try s.cached()
        Self.expectSame(after.corpus, try s.fresh())
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func aDeferredSaveWritesNothingUntilAskedAndTheIndexAsksFirst() throws {
        let s = try Setup()
        let cache = s.cache()
        let corpus = try CorpusLoader.load(paths: [s.records.path], cache: cache, deferSaving: true)
        Self.expectSame(corpus, try s.fresh())
        #expect(!FileManager.default.fileExists(atPath: s.cacheFolder + "/" + ((try? FileManager.default.contentsOfDirectory(atPath: s.cacheFolder).first) ?? "none") + "/meetings"))
        let query = try SearchQuery.parse("peru")
        #expect(cache.index(for: corpus.meetings).matches(query) == SearchIndex(meetings: corpus.meetings).matches(query))
        #expect(FileManager.default.fileExists(atPath: s.meetingsFile))
        #expect(FileManager.default.fileExists(atPath: s.indexFile))
        let next = try s.cached()
        #expect(next.cache.lastParsedCount == 0)
    }

    @Test func otherSettingsAreAnotherCache() throws {
        let s = try Setup()
        _ = try s.cached()
        let other = CorpusCache(folder: s.cacheFolder, settings: "limit=1")
        let corpus = try CorpusLoader.load(paths: [s.records.path], cache: other)
        #expect(other.lastParsedCount == corpus.meetings.count + 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.cacheFolder).count == 2)
    }

    /// A file skipped for its size is reported with the limit in force, and that report comes
    /// back from the cache unchanged, not as damage; a device is never cached.
    @Test func aTooLargeFileAndADeviceComeBackAsTheyWereReported() throws {
        let s = try Setup(count: 4)
        try s.records.write("big.txt", Data(repeating: 0x41, count: 4096))
        func load() throws -> (Corpus, CorpusCache) {
            let cache = CorpusCache(folder: s.cacheFolder, settings: "limit=1024")
            return (try CorpusLoader.load(paths: [s.records.path, "/dev/zero"], sizeLimit: 1024, cache: cache), cache)
        }
        let (first, _) = try load()
        let (second, cache) = try load()
        #expect(cache.notes.isEmpty)
        #expect(second.problems == first.problems)
        #expect(second.problems.contains { $0.path.hasSuffix("big.txt") && $0.reason.hasPrefix("larger than 1 KB") })
        #expect(second.problems.contains { $0.path == "/dev/zero" })
        // Only /dev/zero was read again.
        #expect(cache.lastParsedCount == 1)
    }

    @Test func theCodecWritesEveryFieldOfTheModel() {
        // Fails when Meeting (or a type in it) gains a field MeetingCodec does not write: add it
        // to `schema`, `encode` and `decode` in Cache/MeetingCodec.swift.
        #expect(MeetingCodec.schema == MeetingCodec.modelSchema)
    }

    @Test func everyBundledMeetingSurvivesTheCodec() throws {
        for meeting in CorpusLoader.bundled().meetings {
            var w = CacheWriter()
            MeetingCodec.encode(meeting, into: &w)
            let decoded = try w.bytes.withUnsafeBytes { raw in
                var r = CacheReader(raw)
                let m = try MeetingCodec.decode(&r, source: meeting.source)
                #expect(r.isAtEnd)
                return m
            }
            #expect(decoded == meeting)
        }
        var full = Meeting(id: "x", source: "s", title: "t", date: Day(year: -5, month: 2, day: 3), kind: .telephone,
                           japan: Principal(name: "a", familyName: "b", title: "c", country: "d"),
                           venue: "v", venueCountry: "vc", occasion: "o", startLocal: TimeOfDay(hour: 1, minute: 2),
                           endLocal: TimeOfDay(hour: 3, minute: 4),
                           startJST: JSTDateTime(day: Day(year: 2020, month: 1, day: 1), time: TimeOfDay(hour: 5, minute: 6)),
                           durationMinutes: 90, lead: ["l1", "l2"],
                           sections: [Section(title: nil, paragraphs: [Paragraph(marker: "1.", text: "p")])],
                           references: [Reference(title: "r", text: "rt")], warnings: ["w"])
        full.counterpart = Principal(name: "日本", country: "Perú")
        var w = CacheWriter()
        MeetingCodec.encode(full, into: &w)
        let back = try w.bytes.withUnsafeBytes { raw in
            var r = CacheReader(raw)
            return try MeetingCodec.decode(&r, source: "s")
        }
        #expect(back == full)
    }
}
