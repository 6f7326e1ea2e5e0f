import Foundation
import Testing
@testable import GaikoCore

/// The connections kept in the record cache are the ones `Connections.build` gives, whatever
/// happened to the cache file.
@Suite struct ConnectionsCacheTests {
    typealias Setup = CorpusCacheTests.Setup

    static func connectionsFile(_ s: Setup) -> String {
        (s.meetingsFile as NSString).deletingLastPathComponent + "/connections"
    }

    @Test func theStoredConnectionsEqualBuiltOnesAndAreReadNextTime() throws {
        let s = try Setup()
        let first = try s.cached()
        let built = Connections.build(first.corpus.meetings)
        #expect(first.cache.connections(for: first.corpus.meetings) == built)
        #expect(FileManager.default.fileExists(atPath: Self.connectionsFile(s)))
        let second = try s.cached()
        #expect(second.cache.connections(for: second.corpus.meetings) == built)
        #expect(second.cache.notes.isEmpty)
    }

    @Test(arguments: ["flip", "truncate", "foreign"])
    func aDamagedFileGivesTheBuiltConnectionsAndSaysSo(damage: String) throws {
        let s = try Setup()
        let first = try s.cached()
        let built = Connections.build(first.corpus.meetings)
        _ = first.cache.connections(for: first.corpus.meetings)
        let path = Self.connectionsFile(s)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "flip": bytes[bytes.count - 10] ^= 0x04
        case "truncate": bytes.removeLast(bytes.count / 2)
        default: bytes = Array("not a cache file at all".utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let second = try s.cached()
        #expect(second.cache.connections(for: second.corpus.meetings) == built)
        #expect(second.cache.notes.count == 1)
        // Rebuilt: quiet next time.
        let third = try s.cached()
        #expect(third.cache.connections(for: third.corpus.meetings) == built)
        #expect(third.cache.notes.isEmpty)
    }

    @Test func connectionsAreNotReusedForAChangedCorpus() throws {
        let s = try Setup()
        let first = try s.cached()
        _ = first.cache.connections(for: first.corpus.meetings)
        try s.records.write("part0/new.txt", CorpusTestFolder.record(900))
        let second = try s.cached()
        #expect(second.corpus.meetings.count == first.corpus.meetings.count + 1)
        #expect(second.cache.connections(for: second.corpus.meetings) == Connections.build(second.corpus.meetings))
    }

    @Test func theCodecWritesEveryFieldOfTheModel() {
        // Fails when Connections, Person, HeldTitle or CountryEntry gains a field the codec does
        // not write: add it to `fields`, `encode` and `decode` in Cache/ConnectionsFile.swift.
        #expect(ConnectionsFile.fields == ConnectionsFile.modelSchema)
    }

    @Test func theRealRecordsConnectionsSurviveTheCodec() throws {
        let folder = try #require(RealRecordTests.folder).path
        let corpus = try CorpusLoader.load(paths: [folder + "/collected", folder + "/dev"])
        let built = Connections.build(corpus.meetings)
        #expect(!built.people.isEmpty)
        let decoded = try ConnectionsFile.encode(built).withUnsafeBytes {
            try ConnectionsFile.decode($0, meetingCount: corpus.meetings.count)
        }
        #expect(decoded == built)
        // An index past the corpus is damage, never a wrong answer.
        #expect(throws: CacheDamage.self) {
            try ConnectionsFile.encode(built).withUnsafeBytes { try ConnectionsFile.decode($0, meetingCount: 3) }
        }
    }
}
