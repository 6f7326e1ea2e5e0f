import Foundation
import GaikoCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The keys readers of tig, neomutt and less expect, typed into the built binary in tmux.
@Suite(.serialized)
struct ReaderKeysEndToEndTests {
    private static let newest = CorpusLoader.bundled().meetings[0]

    private func started(prefix: String = "") throws -> TmuxHarness {
        let tmux = try TmuxHarness()
        try tmux.startGaiko(prefix: prefix)
        try tmux.waitForBrowser("the list") { $0.statusLine.contains("LIST") && $0.statusLine.contains("1 of 5") }
        return tmux
    }

    private func mode(_ tmux: TmuxHarness, _ label: String, _ what: String) throws {
        try tmux.waitForBrowser(what) { $0.statusLine.hasPrefix(" \(label) ") }
    }

    @Test func qAndEscapeGoBackToTheListAndQInTheListQuits() throws {
        let tmux = try started()
        for back in ["q", "Escape"] {
            try tmux.sendKeys("Enter")
            try mode(tmux, "DETAIL", "the detail")
            try tmux.sendKeys(back)
            try mode(tmux, "LIST", "back to the list with \(back)")
            try tmux.sendKeys("t")
            try mode(tmux, "TIMELINE", "the timeline")
            try tmux.sendKeys(back)
            try mode(tmux, "LIST", "back from the timeline with \(back)")
        }
        #expect(try tmux.gaikoIsRunning())
        try tmux.sendKeys("q")
        #expect(try tmux.waitForStatus() == 0)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test func capitalQQuitsFromTheDetail() throws {
        let tmux = try started()
        try tmux.sendKeys("Enter")
        try mode(tmux, "DETAIL", "the detail")
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForStatus() == 0)
    }

    @Test func escapeInTheListClearsAKeptSearch() throws {
        let tmux = try started()
        try tmux.sendKeys("j", "j")
        try tmux.waitForBrowser("third row") { $0.statusLine.contains("3 of 5") }
        try tmux.sendText("/kind:fm")
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("the kept search") { $0.titleBar.contains("2 meetings of 5") && $0.statusLine.hasPrefix(" LIST") }
        try tmux.sendKeys("Escape")
        let screen = try tmux.waitForBrowser("all meetings again") { $0.titleBar.contains("5 meetings") }
        #expect(screen.statusLine.contains("Search cleared"))
        #expect(screen.statusLine.contains("3 of 5"))
    }

    @Test func controlLRepaintsAGarbledScreen() throws {
        let tmux = try started()
        let tty = try tmux.tmuxCommand(["display-message", "-p", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        handle.write(Data("\u{1B}[12;30HGARBLED-BY-ANOTHER-PROGRAM".utf8))
        try handle.close()
        try tmux.waitForScreen("the garbage on screen") { $0.contains("GARBLED-BY-ANOTHER-PROGRAM") }
        try tmux.sendKeys("C-l")
        let screen = try tmux.waitForBrowser("the repainted screen") { !$0.text.contains("GARBLED") }
        #expect(screen.statusLine.contains("1 of 5"))
    }

    @Test func anUnboundKeySaysSoOnTheStatusLine() throws {
        let tmux = try started()
        try tmux.sendKeys("x")
        try tmux.waitForBrowser("the hint") { $0.statusLine.contains("x is not bound here · ? lists the keys") }
    }

    @Test func aCountRepeatsAMoveAndColonGoesToAMeeting() throws {
        let tmux = try started()
        try tmux.sendKeys("3", "j")
        try tmux.waitForBrowser("fourth row") { $0.statusLine.contains("4 of 5") }
        try tmux.sendText(":2")
        try tmux.waitForBrowser("the go-to prompt") { $0.statusLine.contains("GO TO") }
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("second row") { $0.statusLine.contains("2 of 5") }
        try tmux.sendText(":" + Self.newest.id)
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("the newest by id") { $0.statusLine.contains("1 of 5") }
    }

    @Test func controlOAndBackspaceGoBackThroughTheMeetingsRead() throws {
        let tmux = try started()
        try tmux.sendKeys("Enter")
        try mode(tmux, "DETAIL", "the first meeting read")
        try tmux.sendText(":4")
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("the fourth") { $0.statusLine.contains("4 of 5") }
        try tmux.sendKeys("C-o")
        try tmux.waitForBrowser("back to the first") { $0.statusLine.contains("1 of 5") }
        try tmux.sendKeys("C-n")
        try tmux.waitForBrowser("forward to the fourth") { $0.statusLine.contains("4 of 5") }
        try tmux.sendKeys("BSpace")
        try tmux.waitForBrowser("back again with Backspace") { $0.statusLine.contains("1 of 5") }
    }

    @Test func yCopiesTheCitationWithOSC52() throws {
        let tmux = try started()
        // tmux keeps what OSC 52 sets as a paste buffer when set-clipboard is on.
        try tmux.tmuxCommand(["set-option", "-s", "set-clipboard", "on"])
        try tmux.sendKeys("y")
        try tmux.waitForBrowser("the note") { $0.statusLine.contains("Citation copied") }
        var buffer = ""
        try tmux.waitForScreen("the buffer") { _ in
            buffer = (try? tmux.tmuxCommand(["show-buffer"])) ?? ""
            return !buffer.isEmpty
        }
        #expect(buffer.hasPrefix(Self.newest.title + ", "))
        #expect(buffer.contains("Source: "))
        #expect(!buffer.contains("\u{1B}"))
    }

    @Test func oShowsTheRecordInThePagerAndComesBack() throws {
        let tmux = try started(prefix: "PAGER=less LESS=")
        try tmux.sendKeys("j")
        try tmux.waitForBrowser("second row") { $0.statusLine.contains("2 of 5") }
        try tmux.sendKeys("o")
        let name = String(CorpusLoader.bundled().meetings[1].source.dropFirst("bundled:".count))
        try tmux.waitForScreen("less showing the record") { screen in
            !screen.contains(" LIST ") && screen.contains(name) && screen.contains("(END)")
        }
        try tmux.sendKeys("q")
        let back = try tmux.waitForBrowser("the same screen") { $0.statusLine.contains("2 of 5") }
        #expect(back.statusLine.hasPrefix(" LIST"))
        #expect(try tmux.gaikoIsRunning())
    }
}
