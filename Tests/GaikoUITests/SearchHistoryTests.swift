import Foundation
import Testing
@testable import GaikoUI
import GaikoCore

@Suite struct SearchHistoryTests {
    func tempFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gaiko-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Types a search and Enter, and runs what the browser asks, as the terminal loop does.
    func keep(_ b: inout Browser, _ text: String) {
        for key in [Key.character("/")] + chars(text) + [.enter] { Self.run(b.handle(key), on: &b) }
    }

    static func run(_ effect: Effect, on b: inout Browser) {
        guard case .saveHistory(let store, let entry) = effect else { return }
        do {
            try store.append(entry)
        } catch {
            b.effectFailed(effect, error: error)
        }
    }

    @Test func enterAsksTheLoopToSaveAndWritesNothingItself() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("search-history")
        var b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: url)
        for key in [Key.character("/")] + chars("tpp") { #expect(b.handle(key) == .none) }
        #expect(b.handle(.enter) == .saveHistory(SearchHistoryStore(url: url), entry: "tpp"))
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(b.state.history == ["tpp"])
        // Without a history file there is nothing to save.
        var bare = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: nil)
        for key in [Key.character("/")] + chars("tpp") { _ = bare.handle(key) }
        #expect(bare.handle(.enter) == .none)
    }

    @Test func searchesPersistAcrossSessionsWithNoTempFilesLeft() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("state/gaiko/search-history")
        var first = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: url)
        keep(&first, "tpp")
        keep(&first, "north korea")
        keep(&first, "tpp")
        #expect(try String(contentsOf: url, encoding: .utf8) == "north korea\ntpp\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        // The lock file that sessions saving at once take turns on stays; no temporary file does.
        #expect(Set(left) == ["search-history", ".search-history.lock"])

        var second = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: url)
        #expect(second.state.history == ["north korea", "tpp"])
        for key: Key in [.character("/"), .up, .up] { _ = second.handle(key) }
        #expect(second.state.prompt?.text == "north korea")
    }

    @Test func aQueryThatDoesNotParseIsNeverWritten() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("search-history")
        var b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: url)
        for key in [Key.character("/")] + chars("foo:bar") + [.enter] { _ = b.handle(key) }
        #expect(b.state.isSearching)
        #expect(!FileManager.default.fileExists(atPath: url.path))

        // One that reached the file some other way (edited by hand, or from an older gaiko):
        // recalled and entered, it is not accepted, so the file is not rewritten either.
        try "tpp\nfoo:bar\n".write(to: url, atomically: true, encoding: .utf8)
        func inode() throws -> UInt64? {
            (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
        }
        let before = try #require(try inode())
        var recalled = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: url)
        for key: Key in [.character("/"), .up, .enter] { _ = recalled.handle(key) }
        #expect(recalled.state.prompt?.text == "foo:bar")
        #expect(recalled.state.searchError != nil)
        // `append` renames a new file over the old one, so an unchanged inode means no write.
        #expect(try inode() == before)
        #expect(try String(contentsOf: url, encoding: .utf8) == "tpp\nfoo:bar\n")
    }

    @Test func theFileKeepsTheNewest1000() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("search-history")
        // Written whole rather than by 1,010 appends, each of which rewrites the file.
        try Data((0..<1009).map { "q\($0)\n" }.joined().utf8).write(to: url)
        let store = SearchHistoryStore(url: url)
        try store.append("q1009")
        let entries = try store.load()
        #expect(entries.count == 1000)
        #expect(entries.first == "q10")
        #expect(entries.last == "q1009")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(SearchHistoryStore.defaultURL(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"])?.path == "/x/state/gaiko/search-history")
        #expect(SearchHistoryStore.defaultURL(environment: ["HOME": "/home/u"])?.path == "/home/u/.local/state/gaiko/search-history")
        #expect(SearchHistoryStore.defaultURL(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"])?.path == "/home/u/.local/state/gaiko/search-history")
        #expect(SearchHistoryStore.defaultURL(environment: [:]) == nil)
    }

    @Test func failuresShowOnTheStatusLine() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A directory where the file should be cannot be read.
        let dir = folder.appendingPathComponent("search-history")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let unreadable = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: dir)
        #expect(unreadable.state.status?.hasPrefix("Could not read search history") == true)
        // In plain words, never Foundation's error domains and codes.
        #expect(unreadable.state.status == "Could not read search history: \(dir.path): is a folder, not a history file")
        // A file where the folder should be cannot be written.
        let blocker = folder.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        var unwritable = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: blocker.appendingPathComponent("search-history"))
        keep(&unwritable, "tpp")
        #expect(unwritable.state.status == "Could not save search history: \(blocker.path): not a directory")
        #expect(unwritable.state.history == ["tpp"])
        #expect(unwritable.state.rows.count == 1)
    }

    @Test func indexBuiltInTheBackgroundAppliesASearchTypedMeanwhile() async throws {
        var b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: nil, backgroundIndexThreshold: 0)
        #expect(b.state.isIndexing)
        #expect(b.pollInterval != nil)
        for key in [Key.character("/")] + chars("tpp") { _ = b.handle(key) }
        #expect(b.state.rows.count == 7)
        let status = b.render(width: 120, height: 40).rowText(39)
        #expect(status.contains("indexing…"))
        // The connections are built beside the index and may come in a poll of their own.
        var ready = false
        for _ in 0..<400 where b.pollInterval != nil {
            if b.poll() { ready = true }
            if b.pollInterval != nil { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(ready)
        #expect(!b.state.isIndexing)
        #expect(b.pollInterval == nil)
        #expect(b.state.rows.map { b.state.meetings[$0].id } == ["2017-11-10-summit"])
        #expect(b.render(width: 120, height: 40).rowText(39).contains("1 of 7 match"))
        #expect(b.poll() == false)
    }

    @Test func aSmallCorpusIsIndexedBeforeTheFirstScreen() {
        let b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: nil)
        #expect(!b.state.isIndexing)
        #expect(b.pollInterval == nil)
    }
}
