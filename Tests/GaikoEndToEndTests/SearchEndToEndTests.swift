import Foundation
import Testing

/// The search flow on the bundled records at 120×40: the prompt on the status line, the list
/// narrowing as each key arrives, `n`/`N`, cancelling, errors, and the history file. gaiko's
/// state folder is always a temporary one, so no test reads or writes the user's history.
@Suite(.serialized)
struct SearchEndToEndTests {
    /// The meetings that mention the TPP, newest first.
    static let tppDates = ["2017-11-10", "2017-11-08", "2014-11-10"]
    static let allDates = ["2024-11-17", "2023-11-15", "2017-11-10", "2017-11-08", "2014-11-10"]

    /// gaiko with `$XDG_STATE_HOME` at `state` (a folder of its own by default), once its first
    /// screen is drawn.
    private func startBrowser(state: URL? = nil) throws -> TmuxHarness {
        let tmux = try TmuxHarness()
        let state = state ?? tmux.directory.appendingPathComponent("state")
        try tmux.startGaiko(prefix: "XDG_STATE_HOME=" + TmuxHarness.quote(state.path))
        try tmux.waitForBrowser("the first screen") { $0.listRows.count == 5 && $0.statusLine.hasSuffix("1 of 5") }
        return tmux
    }

    private func dates(_ screen: BrowserScreen) -> [String] {
        screen.listRows.map { String($0.prefix(10)) }
    }

    /// The prompt showing exactly `text` (the rest of the line is blank up to the note).
    private func prompt(_ text: String) -> (BrowserScreen) -> Bool {
        { $0.statusLine.hasPrefix(" SEARCH  /\(text) ") }
    }

    /// Opens the prompt, types `query` and keeps the result with Enter.
    private func search(_ tmux: TmuxHarness, _ query: String, matches: Int) throws {
        try tmux.sendKeys("/")
        try tmux.waitForBrowser("the prompt", prompt(""))
        try tmux.sendText(query)
        try tmux.waitForBrowser("“\(query)” typed") { prompt(query)($0) && $0.statusLine.hasSuffix("\(matches) of 5 match") }
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("“\(query)” kept") { $0.statusLine.contains("“\(query)” \(matches) of 5 match") }
    }

    /// `Q` quits from any pane (`q` goes back from the detail and the timeline).
    private func quit(_ tmux: TmuxHarness) throws {
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForStatus() == 0)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test func typingNarrowsTheListAtEachKeyAndEnterKeepsTheResult() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("/")
        var screen = try tmux.waitForBrowser("the prompt", prompt(""))
        #expect(screen.statusLine.hasSuffix("Enter keep · Esc cancel"))
        #expect(dates(screen) == Self.allDates)

        // Every meeting has a word starting with t.
        try tmux.sendKeys("t")
        screen = try tmux.waitForBrowser("“t”", prompt("t"))
        #expect(screen.statusLine.hasSuffix("5 of 5 match"))
        #expect(dates(screen) == Self.allDates)

        try tmux.sendKeys("p")
        screen = try tmux.waitForBrowser("“tp”") { prompt("tp")($0) && $0.statusLine.hasSuffix("3 of 5 match") }
        #expect(dates(screen) == Self.tppDates)

        try tmux.sendKeys("p")
        screen = try tmux.waitForBrowser("“tpp”", prompt("tpp"))
        #expect(screen.statusLine.hasSuffix("3 of 5 match"))
        #expect(dates(screen) == Self.tppDates)
        #expect(screen.titleBar.contains("3 meetings of 5"))
        // The selected meeting dropped out of the list, so the selection moved to the first match.
        #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true)
        #expect(screen.detailTitle == "Japan-Peru Summit Meeting")

        try tmux.sendKeys("Enter")
        screen = try tmux.waitForBrowser("the list again") { $0.statusLine.hasPrefix(" LIST ") }
        #expect(screen.statusLine.contains("“tpp” 3 of 5 match"))
        #expect(screen.statusLine.hasSuffix("1 of 3"))
        #expect(dates(screen) == Self.tppDates)
        try quit(tmux)
    }

    @Test func nAndNStepThroughTheMatchesAndWrapWithANote() throws {
        let tmux = try startBrowser()
        try search(tmux, "tpp", matches: 3)
        var screen = BrowserScreen(tmux.capture())
        #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true)
        #expect(screen.detailPosition?.first == 1)

        /// Sends `key` and waits for the current match to move within the 2017 summit, which
        /// mentions the TPP four times, close together: a move may show only as the highlight.
        func stepWithinTheMeeting(_ key: String) throws {
            let before = tmux.capture(styled: true)
            try tmux.sendKeys(key)
            screen = try tmux.waitForRestyle(from: before, "\(key) to move the highlight")
            #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true, "\(key) left the meeting early")
            #expect(!screen.statusLine.contains("wrapped"))
        }

        for _ in 1...4 { try stepWithinTheMeeting("n") }
        #expect((screen.detailPosition?.first ?? 1) > 1, "the detail scrolled to the last match")
        #expect(screen.detailLines.contains { $0.contains("TPP promptly into force") })

        try tmux.sendKeys("n")
        screen = try tmux.waitForBrowser("n to the next meeting") {
            $0.selectedRow?.hasPrefix("2017-11-08") == true && $0.detailLines.contains { $0.contains("(TPP)") }
        }
        #expect(screen.text.contains("FM · Wed 8 Nov 2017"))
        #expect((screen.detailPosition?.first ?? 1) > 1, "the detail scrolled to the match")

        // Back into the previous meeting lands on its last match.
        try tmux.sendKeys("N")
        screen = try tmux.waitForBrowser("N to the previous meeting") {
            $0.selectedRow?.hasPrefix("2017-11-10") == true && $0.detailLines.contains { $0.contains("TPP promptly into force") }
        }

        for _ in 1...3 { try stepWithinTheMeeting("N") }
        #expect(screen.detailLines.contains { $0.contains("(TPP)") }, "the first match is in view")

        // Back from the first match of the first meeting: round to the last meeting's last match.
        try tmux.sendKeys("N")
        screen = try tmux.waitForBrowser("N to wrap to the bottom") { $0.statusLine.contains("search wrapped to the bottom") }
        #expect(screen.selectedRow?.hasPrefix("2014-11-10") == true)
        #expect(screen.text.contains("Summit · Mon 10 Nov 2014"))
        #expect((screen.detailPosition?.first ?? 1) > 1, "the detail scrolled to the match")
        #expect(screen.detailLines.contains { $0.contains("cooperate on TPP") })

        try tmux.sendKeys("n")
        screen = try tmux.waitForBrowser("n to wrap to the top") { $0.statusLine.contains("search wrapped to the top") }
        #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true)
        #expect(screen.detailLines.contains { $0.contains("(TPP)") })
        #expect(dates(screen) == Self.tppDates, "n and N never change the list")
        try quit(tmux)
    }

    @Test func nRightAfterASearchIsKeptGoesBackFromTheTopOfTheFirstMeeting() throws {
        let tmux = try startBrowser()
        try search(tmux, "tpp", matches: 3)
        var screen = BrowserScreen(tmux.capture())
        #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true)
        #expect(screen.detailPosition?.first == 1)

        // Read from the top, no match is before the position: round to the last meeting's last.
        try tmux.sendKeys("N")
        screen = try tmux.waitForBrowser("N to wrap to the bottom") { $0.statusLine.contains("search wrapped to the bottom") }
        #expect(screen.selectedRow?.hasPrefix("2014-11-10") == true)
        #expect(screen.detailLines.contains { $0.contains("cooperate on TPP") })

        // n undoes it: round again to the first match of the first meeting.
        try tmux.sendKeys("n")
        screen = try tmux.waitForBrowser("n to wrap to the top") { $0.statusLine.contains("search wrapped to the top") }
        #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true)
        #expect(screen.detailLines.contains { $0.contains("(TPP)") })
        try quit(tmux)
    }

    @Test func escapeCancelsAndRestoresTheListSelectionAndReadingPosition() throws {
        let tmux = try startBrowser()

        // A meeting the search will not match, read a little way down.
        try tmux.sendKeys("j", "Enter", "j", "j")
        var screen = try tmux.waitForBrowser("the FM meeting read from line 3") {
            $0.selectedRow?.hasPrefix("2023-11-15") == true && $0.detailPosition?.first == 3
        }
        #expect(screen.statusLine.hasPrefix(" DETAIL "))

        try tmux.sendKeys("/")
        try tmux.waitForBrowser("the prompt", prompt(""))
        try tmux.sendText("tpp")
        screen = try tmux.waitForBrowser("“tpp” narrowing") { prompt("tpp")($0) && $0.listRows.count == 3 }
        #expect(screen.selectedRow?.hasPrefix("2017-11-10") == true)

        try tmux.sendKeys("Escape")
        screen = try tmux.waitForBrowser("the prompt cancelled") { !$0.statusLine.hasPrefix(" SEARCH ") }
        #expect(dates(screen) == Self.allDates)
        #expect(screen.titleBar.contains("5 meetings · "))
        #expect(screen.selectedRow?.hasPrefix("2023-11-15") == true)
        #expect(screen.text.contains("FM · Wed 15 Nov 2023"))
        #expect(screen.detailPosition?.first == 3)
        #expect(screen.statusLine.hasPrefix(" DETAIL "))
        #expect(screen.statusLine.hasSuffix("2 of 5"))
        #expect(!screen.statusLine.contains("match"), "no filter is left behind")
        try quit(tmux)
    }

    @Test func fieldsNarrowUnknownFieldsSayWhyAndAnEmptySearchClears() throws {
        let tmux = try startBrowser()

        try search(tmux, "kind:fm", matches: 2)
        var screen = BrowserScreen(tmux.capture())
        #expect(dates(screen) == ["2023-11-15", "2017-11-08"])
        #expect(screen.listRows.allSatisfy { $0.contains("  FM  ") })

        try tmux.sendKeys("/")
        try tmux.waitForBrowser("the prompt", prompt(""))
        try tmux.sendText("foo:bar")
        screen = try tmux.waitForBrowser("the error") { prompt("foo:bar")($0) && $0.statusLine.contains("unknown field 'foo:'") }
        #expect(screen.statusLine.contains("known: kind"))
        #expect(try tmux.gaikoIsRunning())
        // What "foo" matched while typing: no meeting.
        #expect(screen.titleBar.contains("0 meetings of 5"))

        // Enter accepts nothing that is not a query: the prompt stays, error and list as they
        // were. Enter alone changes nothing to wait for, so a Backspace after it shows the
        // prompt still had the keys.
        try tmux.sendKeys("Enter", "BSpace")
        screen = try tmux.waitForBrowser("the prompt still open") { prompt("foo:ba")($0) && $0.statusLine.contains("unknown field 'foo:'") }
        #expect(screen.titleBar.contains("0 meetings of 5"))
        let historyURL = tmux.directory.appendingPathComponent("state/gaiko/search-history")
        #expect(try String(contentsOf: historyURL, encoding: .utf8) == "kind:fm\n")

        // Cancelling puts back the kept search.
        try tmux.sendKeys("Escape")
        screen = try tmux.waitForBrowser("kind:fm again") { $0.statusLine.contains("“kind:fm” 2 of 5 match") }
        #expect(dates(screen) == ["2023-11-15", "2017-11-08"])

        try tmux.sendKeys("/")
        try tmux.waitForBrowser("the prompt", prompt(""))
        try tmux.sendKeys("Enter")
        screen = try tmux.waitForBrowser("the search cleared") { $0.statusLine.contains("Search cleared: all meetings shown") }
        #expect(dates(screen) == Self.allDates)
        #expect(screen.titleBar.contains("5 meetings · 2014–2024"))
        #expect(try tmux.gaikoIsRunning())
        try quit(tmux)
    }

    @Test func keptSearchesAreSavedAndUpRecallsThemInTheNextSession() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("gaiko-e2e-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let historyURL = state.appendingPathComponent("gaiko/search-history")

        do {
            let tmux = try startBrowser(state: state)
            try search(tmux, "tpp", matches: 3)
            try search(tmux, "kind:fm", matches: 2)
            // A cancelled search is not kept.
            try tmux.sendKeys("/")
            try tmux.waitForBrowser("the prompt", prompt(""))
            try tmux.sendText("abe")
            try tmux.waitForBrowser("“abe” typed", prompt("abe"))
            try tmux.sendKeys("Escape")
            try tmux.waitForBrowser("the prompt cancelled") { $0.statusLine.hasPrefix(" LIST ") }
            try quit(tmux)
        }
        #expect(try String(contentsOf: historyURL, encoding: .utf8) == "tpp\nkind:fm\n")

        let tmux = try startBrowser(state: state)
        try tmux.sendKeys("/")
        try tmux.waitForBrowser("the prompt", prompt(""))
        try tmux.sendKeys("Up")
        var screen = try tmux.waitForBrowser("the last search recalled", prompt("kind:fm"))
        #expect(screen.statusLine.hasSuffix("2 of 5 match"))
        #expect(dates(screen) == ["2023-11-15", "2017-11-08"])

        try tmux.sendKeys("Up")
        screen = try tmux.waitForBrowser("the one before", prompt("tpp"))
        #expect(dates(screen) == Self.tppDates)

        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("“tpp” kept") { $0.statusLine.contains("“tpp” 3 of 5 match") }
        try quit(tmux)
        // Kept again, it is the newest entry, never a second copy.
        #expect(try String(contentsOf: historyURL, encoding: .utf8) == "kind:fm\ntpp\n")
    }
}
