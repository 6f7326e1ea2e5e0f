import Foundation
import Testing
@testable import GaikoUI

/// The history file as a file: who may read it, links, several sessions at once, bad bytes,
/// and size.
@Suite struct SearchHistoryFileTests {
    let folder: URL
    var url: URL { folder.appendingPathComponent("state/gaiko/search-history") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gaiko-history-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aNewFileIsPrivateInAPrivateFolder() throws {
        defer { cleanUp() }
        try SearchHistoryStore(url: url).append("tpp")
        #expect(mode(url.path) == 0o600)
        #expect(mode(url.deletingLastPathComponent().path) == 0o700)
        #expect(mode(url.deletingLastPathComponent().deletingLastPathComponent().path) == 0o700)
    }

    @Test(arguments: [0o600, 0o640] as [mode_t])
    func theFilesOwnModeIsKept(_ chosen: mode_t) throws {
        defer { cleanUp() }
        let store = SearchHistoryStore(url: url)
        try store.append("tpp")
        chmod(url.path, chosen)
        try store.append("peru")
        #expect(mode(url.path) == chosen)
        #expect(try store.load() == ["tpp", "peru"])
    }

    @Test func aLinkPlantedWhereTheTemporaryFileGoesIsNotFollowed() throws {
        defer { cleanUp() }
        let store = SearchHistoryStore(url: url)
        try store.append("tpp")
        let victim = folder.appendingPathComponent("victim").path
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
        // The name earlier versions used for their temporary file, predictable from the pid.
        let planted = url.deletingLastPathComponent().appendingPathComponent(".search-history.\(getpid()).tmp").path
        #expect(symlink(victim, planted) == 0)
        try store.append("peru")
        #expect(text(victim) == "precious\n")
        #expect(try store.load() == ["tpp", "peru"])
    }

    @Test func aLinkedHistoryFileIsWrittenThroughToItsTarget() throws {
        defer { cleanUp() }
        let target = folder.appendingPathComponent("dotfiles/history").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("dotfiles").path, withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(symlink("../../dotfiles/history", url.path) == 0)

        try SearchHistoryStore(url: url).append("tpp")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: url.path)
        #expect(link == "../../dotfiles/history")
        #expect(text(target) == "old\ntpp\n")
    }

    @Test func fourSessionsSavingAtOnceLoseNothing() throws {
        defer { cleanUp() }
        let perSession = 60
        DispatchQueue.concurrentPerform(iterations: 4) { session in
            // A store each, as each gaiko process has its own.
            let store = SearchHistoryStore(url: url)
            for i in 0..<perSession { _ = try? store.append("s\(session)-q\(i)") }
        }
        let saved = try SearchHistoryStore(url: url).load()
        #expect(saved.count == 4 * perSession)
        #expect(Set(saved).count == 4 * perSession)
        let left = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(left.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aLineThatIsNotUTF8IsSkippedAndSavingGoesOn() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("tpp\n".utf8 + [0x70, 0xFF, 0x72, 0x0A] + "peru\r\n".utf8).write(to: url)
        let store = SearchHistoryStore(url: url)
        #expect(try store.load() == ["tpp", "peru"])
        try store.append("copper")
        #expect(text(url.path) == "tpp\nperu\ncopper\n")
    }

    @Test func aHugeFileIsReadFromItsEndOnly() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // 20 MB that no reader of the whole file accepts (not UTF-8), then the real entries and
        // one too long to keep.
        var bytes = [UInt8](repeating: 0xFF, count: 20 << 20)
        bytes += Array((0..<1200).map { "q\($0)\n" }.joined().utf8)
        bytes += Array((String(repeating: "x", count: SearchHistoryStore.entryLimit + 1) + "\n").utf8)
        try Data(bytes).write(to: url)
        let entries = try SearchHistoryStore(url: url).load()
        #expect(entries.count == SearchHistoryStore.limit)
        #expect(entries.first == "q200")
        #expect(entries.last == "q1199")
    }

    @Test func aQueryLongerThanAnEntryIsNotSaved() throws {
        defer { cleanUp() }
        let store = SearchHistoryStore(url: url)
        try store.append("tpp")
        try store.append(String(repeating: "a", count: SearchHistoryStore.entryLimit + 1))
        #expect(try store.load() == ["tpp"])
    }

    @Test func readingSkipsEmptyAndPartialLines() {
        let bytes = Array("tail-of-a-line\n\n   \na\r\nb".utf8)
        bytes.withUnsafeBytes { raw in
            #expect(SearchHistoryStore.entries(in: raw, startsMidLine: true) == ["a", "b"])
            #expect(SearchHistoryStore.entries(in: raw, startsMidLine: false) == ["tail-of-a-line", "a", "b"])
        }
    }
}
