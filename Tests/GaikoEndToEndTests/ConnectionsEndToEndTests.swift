import Foundation
import Testing

/// The connections in the built browser, on the bundled records: a Related entry opened with
/// Enter and left with Ctrl-O; the people index narrowing the list, with the timeline following.
@Suite(.serialized)
struct ConnectionsEndToEndTests {
    private func started() throws -> TmuxHarness {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForBrowser("the list") { $0.statusLine.contains("LIST") && $0.statusLine.contains("1 of 5") }
        return tmux
    }

    @Test func enterOnARelatedMeetingOpensItAndControlOComesBack() throws {
        let tmux = try started()
        try tmux.sendText(":2017-11-10-summit")
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("the 2017 summit selected") { $0.selectedRow?.hasPrefix("2017-11-10") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitForBrowser("its detail") { $0.statusLine.hasPrefix(" DETAIL ") && $0.rows[1].contains("Summit · Fri 10 Nov 2017") }
        try tmux.sendKeys("]")
        let related = try tmux.waitForBrowser("the cursor on the first related entry") { screen in
            screen.detailLines.contains { $0.hasPrefix("▌  2017-11-08  FM      Kono – Luna") }
        }
        #expect(related.detailLines.contains("Same country · Peru · nearest first"))
        try tmux.sendKeys("Enter")
        let opened = try tmux.waitForBrowser("the foreign ministers' meeting") { $0.rows[1].contains("FM · Wed 8 Nov 2017") }
        #expect(opened.selectedRow?.hasPrefix("2017-11-08") == true, "the list follows")
        #expect(opened.timelineCaption?.contains("Wed 8 Nov 2017") == true, "the timeline follows")
        #expect(opened.detailTitle == "Japan-Peru Foreign Ministers' Meeting", "read from the top")
        try tmux.sendKeys("C-o")
        let back = try tmux.waitForBrowser("back to the summit") { $0.rows[1].contains("Summit · Fri 10 Nov 2017") }
        #expect(back.selectedRow?.hasPrefix("2017-11-10") == true)
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForStatus() == 0)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test func thePeopleIndexNarrowsTheListAndTheTimelineFollows() throws {
        let tmux = try started()
        try tmux.sendKeys("p")
        let index = try tmux.waitForBrowser("the people index") { $0.statusLine.hasPrefix(" PEOPLE ") }
        #expect(index.rows[1].contains("People · most meetings first"))
        let abe = try #require(index.selectedRow, "the cursor on the first entry")
        #expect(abe.hasPrefix("Shinzo Abe"))
        #expect(abe.hasSuffix("2  2014–17"), "two meetings, 2014 to 2017: \(abe)")
        try tmux.sendKeys("Enter")
        let narrowed = try tmux.waitForBrowser("Abe's meetings") { $0.titleBar.contains("2 meetings of 5") }
        #expect(narrowed.listRows == ["2017-11-10  Summit  Abe – Kuczynski", "2014-11-10  Summit  Abe – Humala"])
        #expect(narrowed.statusLine.contains("with:\"Shinzo Abe\""))
        // Both with Peru: the timeline tells the story, its marks only the two meetings.
        #expect(narrowed.text.contains("Timeline · who led each side"))
        #expect(narrowed.rows.contains { $0.contains("Japan") && $0.contains("┃Abe") })
        #expect(narrowed.rows.contains { $0.contains("Peru") && $0.contains("┃Humala") && $0.contains("┃Kuczynski") })
        #expect(narrowed.timelineCaption?.contains("Fri 10 Nov 2017") == true)
        let timeline = try #require(narrowed.rows.firstIndex { $0.contains("Timeline ·") })
        let marks = narrowed.rows[timeline...].filter { !$0.contains("▲") }.joined().filter { "●◆○".contains($0) }.count
        #expect(marks == 2, "two marks on the timeline")
        try tmux.sendKeys("h")
        try tmux.waitForBrowser("h to the earlier meeting of the thread") { $0.timelineCaption?.contains("Mon 10 Nov 2014") == true }
        try tmux.sendKeys("l")
        try tmux.waitForBrowser("l back to the later one") { $0.timelineCaption?.contains("Fri 10 Nov 2017") == true }
        try tmux.sendKeys("Escape")
        try tmux.waitForBrowser("every meeting again") { $0.titleBar.contains("5 meetings") && !$0.titleBar.contains("of 5") }
    }
}
