import Foundation
import Testing

/// The browser on the five bundled records in a 120×40 tmux pane, driven key by key the way a
/// reader would, with every assertion on what the captured screen shows.
///
/// Serialized: each test has its own tmux server, but the machine has two cores and is often
/// building at the same time, so running them side by side only makes the waits slower.
@Suite(.serialized)
struct BrowserEndToEndTests {
    static let newest = "Japan-Peru Summit Meeting (Summary)"
    static let foreignMinisters = "Japan-Peru Foreign Ministers' Meeting"
    static let summit = "Japan-Peru Summit Meeting"
    /// The list's dates, newest first.
    static let dates = ["2024-11-17", "2023-11-15", "2017-11-10", "2017-11-08", "2014-11-10"]

    /// gaiko started with no arguments, once its first screen is drawn.
    private func startBrowser() throws -> TmuxHarness {
        let tmux = try TmuxHarness()
        try tmux.startGaiko(width: 120, height: 40)
        try tmux.waitForBrowser("the first screen") { $0.detailTitle == Self.newest && $0.statusLine.hasSuffix("1 of 5") }
        return tmux
    }

    /// `Q` quits from any pane (`q` goes back from the detail and the timeline).
    private func quit(_ tmux: TmuxHarness) throws {
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForStatus() == 0)
    }

    /// The status line is drawn last, so a wait that includes it sees the whole repaint.
    private func selected(_ date: String, title: String, position: String) -> (BrowserScreen) -> Bool {
        { $0.selectedRow?.hasPrefix(date) == true && $0.detailTitle == title && $0.statusLine.hasSuffix(position) }
    }

    /// The years on one row, left to right.
    private func showsYearAxis(_ screen: BrowserScreen, from first: Int, to last: Int) -> Bool {
        screen.rows.contains { row in
            var rest = row[...]
            for year in first...last {
                guard let found = rest.range(of: String(year)) else { return false }
                rest = rest[found.upperBound...]
            }
            return true
        }
    }

    @Test func opensNewestFirstAndQuitsLeavingTheTtyAsItWas() throws {
        let tmux = try startBrowser()
        let screen = BrowserScreen(tmux.capture())

        #expect(screen.titleBar.contains("gaiko"))
        #expect(screen.titleBar.contains("Japan–Peru meetings"))
        #expect(screen.titleBar.contains("5 meetings · 2014–2024 · newest first"))
        #expect(screen.titleBar.contains("? help  q quit"))

        #expect(screen.listRows.count == 5)
        #expect(screen.listRows.map { String($0.prefix(10)) } == Self.dates)
        #expect(screen.listRows.first?.contains("Ishiba – Boluarte") == true)
        #expect(screen.listRows.last?.contains("Abe – Humala") == true)
        #expect(screen.selectedRow?.hasPrefix("2024-11-17") == true)

        #expect(screen.text.contains("Summit · Sun 17 Nov 2024"))
        #expect(screen.detailTitle == Self.newest)
        #expect(screen.detailLines.contains { $0.hasPrefix("Peru   Dina Boluarte") })

        #expect(screen.text.contains("Timeline"))
        #expect(showsYearAxis(screen, from: 2014, to: 2024))
        #expect(screen.timelineCaption?.contains("Sun 17 Nov 2024 · Summit · Ishiba – Boluarte") == true)

        #expect(screen.statusLine.hasPrefix(" LIST "))
        #expect(screen.statusLine.contains("j/k move"))
        #expect(screen.statusLine.hasSuffix("1 of 5"))

        try quit(tmux)
        #expect(!tmux.file("before").isEmpty)
        #expect(tmux.file("after") == tmux.file("before"))
        #expect(tmux.file("stderr").isEmpty)
    }

    @Test func jMovesTheSelectionAndTheDetailFollowsGAndGGoToTheEnds() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("j")
        var screen = try tmux.waitForBrowser("the second meeting", selected("2023-11-15", title: Self.foreignMinisters, position: "2 of 5"))
        #expect(screen.text.contains("FM · Wed 15 Nov 2023"))
        #expect(screen.timelineCaption?.contains("Wed 15 Nov 2023 · FM") == true)

        try tmux.sendKeys("G")
        screen = try tmux.waitForBrowser("the last meeting", selected("2014-11-10", title: Self.summit, position: "5 of 5"))
        #expect(screen.text.contains("Summit · Mon 10 Nov 2014"))

        try tmux.sendKeys("g")
        screen = try tmux.waitForBrowser("the first meeting again", selected("2024-11-17", title: Self.newest, position: "1 of 5"))
        #expect(screen.timelineCaption?.contains("Sun 17 Nov 2024 · Summit") == true)
        try quit(tmux)
    }

    @Test func sTogglesTheOrderAndKeepsTheSelection() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("s")
        var screen = try tmux.waitForBrowser("oldest first") { $0.titleBar.contains("oldest first") && $0.statusLine.contains("Sorted oldest first") }
        #expect(screen.listRows.map { String($0.prefix(10)) } == Self.dates.reversed())
        // The selection is a meeting, not a row: it moves to the bottom with its meeting.
        #expect(screen.selectedRow?.hasPrefix("2024-11-17") == true)
        #expect(screen.detailTitle == Self.newest)
        #expect(screen.statusLine.hasSuffix("5 of 5"))

        try tmux.sendKeys("s")
        screen = try tmux.waitForBrowser("newest first again") { $0.titleBar.contains("newest first") && $0.statusLine.contains("Sorted newest first") }
        #expect(screen.listRows.map { String($0.prefix(10)) } == Self.dates)
        #expect(screen.statusLine.hasSuffix("1 of 5"))
        try quit(tmux)
    }

    @Test func readingScrollsTheDetailByLinesAndPagesAndTheIndicatorFollows() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("Tab")
        var screen = try tmux.waitForBrowser("the detail focused") { $0.statusLine.hasPrefix(" DETAIL ") }
        #expect(screen.text.contains("╔ Summit · Sun 17 Nov 2024"), "the focused pane has the double border")
        let top = try #require(screen.detailPosition)
        #expect(top.first == 1)
        let height = top.last - top.first + 1
        let page = height - 1
        // The indicator must move by these amounts, which assumes room to move.
        try #require(top.total > 2 * height)
        let lastTop = top.total - height + 1

        /// Sends `key` and waits for the indicator to show `first`.
        func scroll(_ key: String, to first: Int) throws {
            try tmux.sendKeys(key)
            screen = try tmux.waitForBrowser("\(key) to show line \(first) at the top") { $0.detailPosition?.first == first }
            #expect(screen.detailPosition?.last == first + height - 1)
            #expect(screen.detailPosition?.total == top.total)
        }

        try scroll("j", to: 2)
        #expect(screen.detailTitle != Self.newest, "the title scrolled out of view")
        try scroll("Space", to: 2 + page)
        try scroll("NPage", to: min(lastTop, 2 + 2 * page))
        try scroll("PPage", to: max(1, min(lastTop, 2 + 2 * page) - page))
        try scroll("g", to: 1)
        #expect(screen.detailTitle == Self.newest)
        try scroll("C-d", to: 1 + height / 2)
        try scroll("C-u", to: 1)
        try scroll("G", to: lastTop)
        try scroll("b", to: lastTop - page)
        // The list kept its selection while the detail scrolled.
        #expect(screen.selectedRow?.hasPrefix("2024-11-17") == true)
        try quit(tmux)
    }

    @Test func timelineHAndLMoveThroughTimeAndTheListAndDetailFollow() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("Tab", "Tab")
        var screen = try tmux.waitForBrowser("the timeline focused") { $0.statusLine.hasPrefix(" TIMELINE ") }
        #expect(screen.text.contains("╔ Timeline"))
        #expect(screen.statusLine.contains("h/l move"))

        let steps: [(key: String, date: String, title: String, caption: String)] = [
            ("h", "2023-11-15", Self.foreignMinisters, "Wed 15 Nov 2023 · FM · Kamikawa"),
            ("h", "2017-11-10", Self.summit, "Fri 10 Nov 2017 · Summit · Abe – Kuczynski"),
            ("h", "2017-11-08", Self.foreignMinisters, "Wed 8 Nov 2017 · FM · Kono – Luna"),
            ("h", "2014-11-10", Self.summit, "Mon 10 Nov 2014 · Summit · Abe – Humala"),
            ("l", "2017-11-08", Self.foreignMinisters, "Wed 8 Nov 2017 · FM · Kono – Luna"),
            ("l", "2017-11-10", Self.summit, "Fri 10 Nov 2017 · Summit · Abe – Kuczynski"),
        ]
        for step in steps {
            try tmux.sendKeys(step.key)
            screen = try tmux.waitForBrowser("\(step.key) to \(step.date)") {
                $0.selectedRow?.hasPrefix(step.date) == true && $0.timelineCaption?.contains(step.caption) == true
            }
            #expect(screen.detailTitle == step.title)
            #expect(screen.statusLine.hasPrefix(" TIMELINE "), "the timeline keeps the focus")
        }
        try quit(tmux)
    }

    @Test func questionMarkShowsTheKeysAndEscapeClosesThem() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("?")
        let screen = try tmux.waitForBrowser("the help overlay") { $0.text.contains("Help · Esc closes") && $0.statusLine.hasPrefix(" HELP ") }
        // Keys and their descriptions as the key table words them, on one line each.
        let expected = [
            ("j ↓", "next meeting"),
            ("Enter", "read the selected meeting"),
            ("Space PgDn", "scroll a page down"),
            ("+ =", "zoom in (down to two years)"),
            ("q Esc", "back to the list"),
        ]
        for (keys, help) in expected {
            #expect(screen.rows.contains { $0.contains(keys + " ") && $0.contains(help) }, "help lacks \(keys): \(help)")
        }
        // The keys for any pane are on the next page.
        try tmux.sendKeys("Space")
        try tmux.waitForBrowser("the next page of help") { $0.rows.contains { $0.contains("h ← ") && $0.contains("earlier meeting in time") } }

        try tmux.sendKeys("Escape")
        let closed = try tmux.waitForBrowser("the help to close") { !$0.text.contains("Help · Esc closes") && $0.statusLine.hasPrefix(" LIST ") }
        #expect(closed.listRows.count == 5)
        #expect(closed.detailTitle == Self.newest)
        try quit(tmux)
    }

    @Test func zGivesTheFocusedPaneTheWholeScreenAndBack() throws {
        let tmux = try startBrowser()

        try tmux.sendKeys("z")
        var screen = try tmux.waitForBrowser("the list zoomed") {
            $0.text.contains("Meetings · z: all panes") && !$0.text.contains("Timeline")
        }
        #expect(!screen.text.contains(Self.newest), "the detail is hidden")
        // With the whole width the long name is no longer cut.
        #expect(screen.text.contains("2023-11-15  FM      Kamikawa – González-Olaechea"))

        try tmux.sendKeys("z")
        screen = try tmux.waitForBrowser("all panes again") { !$0.text.contains("z: all panes") && $0.text.contains("Timeline") }
        #expect(screen.detailTitle == Self.newest)

        try tmux.sendKeys("Tab", "z")
        screen = try tmux.waitForBrowser("the detail zoomed") {
            $0.text.contains("Summit · Sun 17 Nov 2024 · z: all panes") && !$0.text.contains("Meetings") && !$0.text.contains("Timeline")
        }
        #expect(screen.text.contains(Self.newest))

        try tmux.sendKeys("z")
        screen = try tmux.waitForBrowser("all panes again") { !$0.text.contains("z: all panes") && $0.listRows.count == 5 }
        #expect(screen.statusLine.hasPrefix(" DETAIL "), "the detail keeps the focus")
        try quit(tmux)
    }

    @Test func resizingAdaptsTheLayoutAndGaikoKeepsRunning() throws {
        let tmux = try startBrowser()

        /// Resizes and waits for a capture of that height that satisfies `predicate`.
        @discardableResult
        func resize(_ width: Int, _ height: Int, _ what: String, _ predicate: (BrowserScreen) -> Bool) throws -> BrowserScreen {
            try tmux.resize(width: width, height: height)
            let screen = try tmux.waitForBrowser("\(what) at \(width)×\(height)") { $0.rows.count == height && predicate($0) }
            #expect(try tmux.gaikoIsRunning(), "gaiko stopped at \(width)×\(height)")
            return screen
        }

        var screen = try resize(80, 24, "three panes") { $0.text.contains("Timeline") && $0.listRows.count == 5 }
        #expect(screen.detailTitle == Self.newest)
        #expect(screen.text.contains("Meetings"))

        // No detail beside the list (no side-by-side rows), no timeline axis.
        screen = try resize(60, 20, "the list alone") {
            $0.text.contains("Meetings · Tab: Detail") && $0.listRows.isEmpty && !$0.text.contains("┼")
        }
        #expect(screen.text.contains("2024-11-17  Summit  Ishiba – Boluarte"))

        // Tab cycles list → detail → timeline → list, one pane on screen at a time.
        try tmux.sendKeys("Tab")
        screen = try tmux.waitForBrowser("the detail alone") {
            $0.text.contains("Summit · Sun 17 Nov 2024 · Tab: Timeline") && !$0.text.contains("2023-11-15") && !$0.text.contains("┼")
        }
        #expect(screen.text.contains(Self.newest))

        try tmux.sendKeys("Tab")
        screen = try tmux.waitForBrowser("the timeline alone") {
            $0.text.contains("Timeline · Tab: Meetings") && !$0.text.contains(Self.newest) && !$0.text.contains("2023-11-15")
        }
        #expect(screen.text.contains("┼"))

        try tmux.sendKeys("Tab")
        try tmux.waitForBrowser("the list alone again") { $0.text.contains("Meetings · Tab: Detail") && !$0.text.contains("┼") }

        try resize(15, 4, "the too-small message alone") { $0.text.contains("Too small") && !$0.text.contains("Meetings") }

        screen = try resize(120, 40, "three panes again") { $0.listRows.count == 5 && $0.text.contains("Timeline") }
        #expect(screen.detailTitle == Self.newest)
        #expect(screen.titleBar.contains("5 meetings · 2014–2024 · newest first"))
        try quit(tmux)
        #expect(tmux.file("after") == tmux.file("before"))
    }
}
