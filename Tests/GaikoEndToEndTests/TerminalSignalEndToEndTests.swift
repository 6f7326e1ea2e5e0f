import Foundation
import GaikoCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The terminal after a crash, a stop from outside, `bg` and `fg`: whatever happens to gaiko,
/// the shell gets its terminal back as it was, and gaiko gets its own back when it resumes.
@Suite(.serialized)
struct TerminalSignalEndToEndTests {
    private static let titles = CorpusLoader.bundled().meetings.map(\.title)

    private func showsATitle(_ screen: String) -> Bool {
        Self.titles.contains { screen.contains($0) }
    }

    /// A crash signal, from a fault or sent with kill: the tty modes, alternate screen, cursor,
    /// mouse and keypad modes are as before, bracketed paste is off again, the status says which
    /// signal, and no interactive backtrace prompt holds the screen (the harness's 10 s wait
    /// would run out on its 30 s).
    @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL])
    func crashSignalRestoresTheTerminalAndDiesByTheSignal(signal: Int32) throws {
        let tmux = try TmuxHarness()
        let outputURL = tmux.directory.appendingPathComponent("output.bytes")
        try tmux.startGaiko(waitForGo: true)
        try tmux.recordOutput(to: outputURL)
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        let pid = try tmux.gaikoPID()
        #expect(kill(pid, signal) == 0)

        #expect(try tmux.waitForStatus() == 128 + signal)
        #expect(!tmux.file("before").isEmpty)
        #expect(tmux.file("after") == tmux.file("before"))
        let modes = try tmux.waitForFile("modes-after")
        #expect(!modes.isEmpty)
        #expect(String(decoding: modes, as: UTF8.self) == tmux.file("modes-before"))
        #expect(!tmux.file("stderr").contains("interact"))

        let output = String(decoding: try tmux.waitForFile("output.bytes") { data in
            String(decoding: data, as: UTF8.self).contains("GAIKO-SCRIPT-DONE")
        }, as: UTF8.self)
        let on = try #require(output.range(of: "\u{1B}[?2004h", options: .backwards), "bracketed paste was never turned on")
        #expect(output.range(of: "\u{1B}[?2004l", range: on.upperBound..<output.endIndex) != nil, "bracketed paste left on")
    }

    /// `kill -STOP` then `fg`: the shell put its cooked, echoing modes back while gaiko was
    /// stopped; a key must act at once afterwards, without Enter.
    @Test func stopFromOutsideThenForegroundReappliesTheModes() throws {
        let tmux = try TmuxHarness()
        try tmux.startShell()
        try tmux.sendText(try tmux.gaikoJobCommand())
        try tmux.sendKeys("Enter")
        let first = try tmux.waitForBrowser("the list") { showsATitle($0.text) && $0.selectedRow != nil }
        let pid = try tmux.gaikoPID()

        #expect(kill(pid, SIGSTOP) == 0)
        try tmux.waitUntilStopped(pid)
        try tmux.waitForScreen("the shell reporting the stop") { $0.contains("Stopped") }
        try tmux.sendText("fg")
        try tmux.sendKeys("Enter")
        try tmux.waitForModes("the alternate screen again") { $0.hasPrefix("alt=1 cursor=0") }
        try tmux.sendText("j")
        let second = try #require(first.listRows.dropFirst().first)
        let moved = try tmux.waitForBrowser(timeout: 5, "j to move the selection without Enter") {
            $0.selectedRow == second
        }
        #expect(moved.listRows == first.listRows)

        try tmux.sendText("q")
        try tmux.waitForScreen("the shell's prompt after quitting", TmuxHarness.showsShellPrompt)
        #expect(try tmux.modes().hasPrefix("alt=0 cursor=1"))
    }

    /// Ctrl-Z, then `bg`: gaiko must not draw from the background (covering the shell and
    /// hiding its cursor); it stops again until `fg`, and then takes the terminal back.
    @Test func backgroundLeavesTheShellItsCursorUntilForeground() throws {
        let tmux = try TmuxHarness()
        try tmux.startShell()
        try tmux.sendText(try tmux.gaikoJobCommand())
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        let pid = try tmux.gaikoPID()

        try tmux.sendKeys("C-z")
        try tmux.waitUntilStopped(pid)
        try tmux.waitForScreen("the shell's prompt after Ctrl-Z", TmuxHarness.showsShellPrompt)
        #expect(try tmux.modes().hasPrefix("alt=0 cursor=1"))

        try tmux.sendText("bg")
        try tmux.sendKeys("Enter")
        // The shell continues the job (and says so) before its next prompt; gaiko, in the
        // background, stops again as soon as it sees it is not in front.
        try tmux.waitForScreen("the shell's prompt after bg", TmuxHarness.showsShellPrompt)
        try tmux.waitUntilStopped(pid)
        // The shell tells of the stop at its next prompt.
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the shell reporting the job stopped again") { $0.components(separatedBy: "Stopped").count == 3 }
        let background = try tmux.modes()
        #expect(background.hasPrefix("alt=0 cursor=1"), "after bg: \(background)")
        #expect(!showsATitle(tmux.capture()))

        try tmux.sendText("fg")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the browser again after fg", showsATitle)
        try tmux.waitForModes("gaiko's modes after fg") { $0.hasPrefix("alt=1 cursor=0") }
        try tmux.sendText("q")
        try tmux.waitForScreen("the shell's prompt after quitting", TmuxHarness.showsShellPrompt)
        #expect(try tmux.modes().hasPrefix("alt=0 cursor=1"))
    }

    /// A paste into the `/` prompt is one insertion: a line break in it is a space, not Enter
    /// (which would close the prompt and run the rest as commands).
    @Test func bracketedPasteIsOneInsertion() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        try tmux.sendText("/")
        try tmux.waitForBrowser("the search prompt") { $0.statusLine.contains("SEARCH") }
        try tmux.paste("summit\nkuczynski")
        let screen = try tmux.waitForBrowser("the pasted query narrowing the list") {
            $0.statusLine.contains("/summit kuczynski") && $0.statusLine.contains("1 of 5 match")
        }
        #expect(screen.listRows.count == 1)
        try tmux.sendKeys("Escape")
        try tmux.sendText("q")
        #expect(try tmux.waitForStatus() == 0)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    /// Ten kilobytes pasted at once land at once (keystroke by keystroke this took 30 s), cut to
    /// the longest query with a note.
    @Test func largePasteIsCutWithANote() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        try tmux.sendText("/")
        try tmux.waitForBrowser("the search prompt") { $0.statusLine.contains("SEARCH") }
        try tmux.paste(String(repeating: "peru ", count: 2_000))
        try tmux.waitForBrowser(timeout: 5, "the cut note") { $0.statusLine.contains("query cut to 1000 characters") }
        try tmux.sendKeys("Escape")
        try tmux.sendText("q")
        #expect(try tmux.waitForStatus() == 0)
    }
}
