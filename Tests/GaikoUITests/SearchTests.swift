import Foundation
import Testing
@testable import GaikoUI
import GaikoCore

/// The search session through the browser's keys, on the fixture corpus.
@Suite struct SearchTests {
    func ids(_ b: Browser) -> [String] { b.state.rows.map { b.state.meetings[$0].id } }
    func selectedID(_ b: Browser) -> String? { b.state.selectedMeeting?.id }
    func search(_ text: String) -> [Key] { [.character("/")] + chars(text) }
    func press(_ b: inout Browser, _ keys: [Key]) { for key in keys { _ = b.handle(key) } }
    func statusText(_ b: Browser) -> String {
        let grid = b.render(width: b.state.width, height: b.state.height)
        return grid.rowText(grid.height - 1)
    }

    @Test func typingNarrowsTheListAtOnce() {
        var b = browser(120, 40, keys: [.character("/")])
        #expect(b.state.isSearching)
        #expect(ids(b).count == 7)
        press(&b, chars("tp"))
        // The placeholder engine matches substrings: `tp` is only in the 2017 summit's TPP.
        press(&b, chars("p"))
        #expect(ids(b) == ["2017-11-10-summit"])
        #expect(selectedID(b) == "2017-11-10-summit")
        #expect(statusText(b).contains("1 of 7 match"))
        #expect(statusText(b).contains("/tpp"))
        // The timeline draws only what is in view.
        #expect(b.state.chronological.map { b.state.meetings[$0].id } == ["2017-11-10-summit"])
    }

    @Test func selectionStaysWhenItStillMatchesElseMovesToTheFirstMatch() {
        var b = browser(120, 40, keys: chars("jjjj"))
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        press(&b, search("north korea"))
        #expect(ids(b) == ["2023-11-15-foreign-ministers", "2017-11-10-summit", "2017-11-08-foreign-ministers"])
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        press(&b, [.control("u")] + chars("tpp"))
        #expect(selectedID(b) == "2017-11-10-summit")
    }

    struct View: Equatable {
        var rows: [Int], selected: Int?, focus: Pane, listOffset: Int, detailTop: Int, order: GaikoUI.SortOrder, filter: String?
        init(_ s: BrowserState) {
            rows = s.rows; selected = s.selected; focus = s.focus; listOffset = s.listOffset
            detailTop = s.detailTop; order = s.order; filter = s.filter?.text
        }
    }

    @Test(arguments: [Key.escape, Key.control("g")])
    func cancelRestoresTheViewExactly(cancel: Key) {
        // A short screen so the list scrolls; the detail scrolled too; oldest first.
        var b = browser(80, 16, keys: chars("sGk") + [.enter] + chars("jjjj"))
        let before = View(b.state)
        #expect(before.detailTop > 0)
        #expect(before.listOffset > 0)
        press(&b, search("tpp"))
        #expect(View(b.state) != before)
        press(&b, [cancel])
        #expect(!b.state.isSearching)
        #expect(View(b.state) == before)
    }

    @Test func cancelRestoresAnEarlierFilter() {
        var b = browser(120, 40, keys: search("north korea") + [.enter])
        let before = View(b.state)
        press(&b, search("tpp"))
        #expect(ids(b).count == 1)
        press(&b, [.escape])
        #expect(View(b.state) == before)
        #expect(b.state.filter?.text == "north korea")
    }

    @Test func enterKeepsTheFilterAndReturnsToTheList() {
        var b = browser(120, 40, keys: [.tab] + search("north korea"))
        #expect(b.state.focus == .detail)
        press(&b, [.enter])
        #expect(!b.state.isSearching)
        #expect(b.state.focus == .list)
        #expect(ids(b).count == 3)
        let status = statusText(b)
        #expect(status.contains("“north korea” 3 of 7 match"))
        #expect(status.contains("/ Enter clears"))
        #expect(b.render(width: 120, height: 40).rowText(0).contains("3 meetings of 7"))
    }

    @Test func anEmptySearchClearsTheFilter() {
        var b = browser(120, 40, keys: search("tpp") + [.enter])
        #expect(ids(b).count == 1)
        press(&b, [.character("/"), .enter])
        #expect(ids(b).count == 7)
        #expect(b.state.filter == nil)
        // Deleting the text while typing clears it too.
        press(&b, search("tpp"))
        #expect(ids(b).count == 1)
        press(&b, [.backspace, .backspace, .backspace])
        #expect(ids(b).count == 7)
        #expect(b.state.isSearching)
        // Backspace on the empty prompt leaves it.
        press(&b, [.backspace])
        #expect(!b.state.isSearching)
    }

    @Test func nWithoutASearchSaysSo() {
        var b = browser(120, 40, keys: chars("n"))
        #expect(b.state.status?.contains("No active search") == true)
        press(&b, chars("N"))
        #expect(b.state.status?.contains("No active search") == true)
    }

    @Test func nMovesThroughTheDetailThenAcrossMeetingsAndWraps() throws {
        var b = browser(120, 40, keys: search("north korea") + [.enter])
        #expect(selectedID(b) == "2023-11-15-foreign-ministers")
        let query = try SearchQuery.parse("north korea")
        // Every hit of every matching meeting, in list order, from the documents themselves.
        let expected = b.state.rows.flatMap { index in
            DetailDocument(meetings: b.state.meetings, meeting: index, width: b.state.detail.width)
                .hits(for: query).map { (b.state.meetings[index].id, $0) }
        }
        #expect(Set(expected.map(\.0)).count == 3)
        var seen: [(String, DetailHit)] = []
        for _ in expected.indices {
            press(&b, chars("n"))
            let hit = try #require(b.state.currentMatch)
            seen.append((selectedID(b)!, hit))
            // The hit is on screen.
            let line = b.state.detail.line(of: hit)
            let height = b.state.detailTextRect!.height
            #expect(line >= b.state.detailTop && line < b.state.detailTop + height)
            #expect(b.state.status == nil)
        }
        #expect(seen.map(\.0) == expected.map(\.0))
        #expect(seen.map(\.1) == expected.map(\.1))
        // Past the last hit of the last meeting: back to the first, with a note.
        press(&b, chars("n"))
        #expect(selectedID(b) == "2023-11-15-foreign-ministers")
        #expect(b.state.currentMatch == seen[0].1)
        #expect(b.state.status == "search wrapped to the top")
        #expect(statusText(b).contains("search wrapped to the top"))
        // N goes back over the wrap to the last hit of the last meeting.
        press(&b, chars("N"))
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        #expect(b.state.currentMatch == seen[seen.count - 1].1)
        #expect(b.state.status == "search wrapped to the bottom")
        press(&b, chars("N"))
        #expect(b.state.currentMatch == seen[seen.count - 2].1)
    }

    @Test func nRightAfterASearchIsKeptGoesBackFromTheTop() throws {
        // The first meeting is selected and read from the top: nothing is before the position.
        var b = browser(120, 40, keys: search("north korea") + [.enter])
        let query = try SearchQuery.parse("north korea")
        func hits(_ id: String) -> [DetailHit] {
            let index = b.state.meetings.firstIndex { $0.id == id }!
            return DetailDocument(meetings: b.state.meetings, meeting: index, width: b.state.detail.width).hits(for: query)
        }
        #expect(selectedID(b) == "2023-11-15-foreign-ministers")
        #expect(b.state.currentMatch == nil)
        #expect(b.state.detailTop == 0)
        press(&b, chars("N"))
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        #expect(b.state.currentMatch == hits("2017-11-08-foreign-ministers").last)
        #expect(b.state.status == "search wrapped to the bottom")
        press(&b, chars("n"))
        #expect(selectedID(b) == "2023-11-15-foreign-ministers")
        #expect(b.state.currentMatch == hits("2023-11-15-foreign-ministers").first)
        #expect(b.state.status == "search wrapped to the top")

        // From the top of a meeting further down, N goes to the one above, with no note.
        var c = browser(120, 40, keys: search("north korea") + [.enter] + chars("j"))
        #expect(selectedID(c) == "2017-11-10-summit")
        press(&c, chars("N"))
        #expect(selectedID(c) == "2023-11-15-foreign-ministers")
        #expect(c.state.currentMatch == hits("2023-11-15-foreign-ministers").last)
        #expect(c.state.status == nil)
    }

    @Test func nAndNStartFromTheReadingPositionUntilAMatchIsCurrent() throws {
        // The 2017 summit at 80×24 mentions Peru from its title to its last paragraph.
        let query = try SearchQuery.parse("peru")
        var b = browser(80, 24, keys: search("peru") + [.enter])
        while selectedID(b) != "2017-11-10-summit" { press(&b, chars("j")) }
        press(&b, [.enter])
        let hits = b.state.detail.hits(for: query)
        let lines = hits.map { b.state.detail.line(of: $0) }
        let height = b.state.detailTextRect!.height
        let maxTop = b.state.detailLineCount - height
        // Read from a line with a hit on it and hits above it.
        let top = try #require(lines.first { $0 > lines[0] && $0 <= maxTop })
        press(&b, Array(repeating: .character("j"), count: top))
        #expect(b.state.detailTop == top)
        let firstBelow = try #require(lines.firstIndex { $0 >= top })
        let lastAbove = firstBelow - 1

        var back = b
        press(&back, chars("N"))
        #expect(selectedID(back) == "2017-11-10-summit")
        #expect(back.state.currentMatch == hits[lastAbove])
        #expect(back.state.detailTop < top, "scrolled up to the match")
        press(&back, chars("n"))
        #expect(back.state.currentMatch == hits[firstBelow])

        var forward = b
        press(&forward, chars("n"))
        #expect(forward.state.currentMatch == hits[firstBelow])
        #expect(forward.state.detailTop == top, "the match was in view")
        press(&forward, chars("N"))
        #expect(forward.state.currentMatch == hits[lastAbove])

        // Scrolled out of view, the current match no longer counts: the reading position does.
        // (To the end of the meeting's own text: the Related section after it has no hits.)
        press(&forward, [.end])
        let related = forward.state.detail.line(for: DetailAnchor(block: forward.state.detail.relatedStart, offset: -1))
        press(&forward, Array(repeating: .character("k"), count: forward.state.detailLineCount - related))
        let end = forward.state.detailTop
        #expect(!(end..<end + height).contains(forward.state.detail.line(of: hits[lastAbove])))
        var fromEnd = forward
        press(&fromEnd, chars("N"))
        #expect(fromEnd.state.currentMatch == hits[try #require(lines.lastIndex { $0 < end })])
        press(&forward, chars("n"))
        let firstInView = try #require(lines.firstIndex { $0 >= end })
        #expect(firstInView > firstBelow, "n from the current match would land elsewhere")
        #expect(forward.state.currentMatch == hits[firstInView])
    }

    @Test func nScrollsTheDetailToAHitBelowTheFold() throws {
        // At 80×24 the TPP paragraph of the 2017 summit is below the detail's first screen.
        var b = browser(80, 24, keys: [.tab] + search("tpp") + [.enter])
        #expect(b.state.detailTop == 0)
        press(&b, chars("n"))
        let hit = try #require(b.state.currentMatch)
        #expect(b.state.detailTop > 0)
        let line = b.state.detail.line(of: hit)
        #expect(line >= b.state.detailTop && line < b.state.detailTop + b.state.detailTextRect!.height)
    }

    @Test func promptEditingKeys() {
        func line(_ keys: [Key]) -> String? {
            browser(120, 40, keys: [.character("/")] + keys).state.prompt?.text
        }
        #expect(line(chars("abc") + [.left, .left] + chars("X")) == "aXbc")
        #expect(line(chars("abc") + [.control("b"), .control("b"), .control("f")] + chars("X")) == "abXc")
        #expect(line(chars("abc") + [.home] + chars("X")) == "Xabc")
        #expect(line(chars("abc") + [.control("a")] + chars("X") + [.end] + chars("Y")) == "XabcY")
        #expect(line(chars("abc") + [.home, .control("e")] + chars("Y")) == "abcY")
        #expect(line(chars("one two") + [.left, .left, .control("u")]) == "wo")
        #expect(line(chars("one two  ") + [.control("w")]) == "one ")
        #expect(line(chars("one two") + [.control("w"), .control("w")]) == "")
        #expect(line(chars("abc") + [.backspace]) == "ab")
        #expect(line(chars("abc") + [.home, .delete]) == "bc")
        #expect(line(chars("abc") + [.right, .delete]) == "abc")
        // Keys bound elsewhere are plain text in the prompt.
        #expect(line(chars("q?jn/")) == "q?jn/")
        // Characters, not bytes or columns: one step over an accent or a CJK character.
        #expect(line(chars("Gonzále") + [.left, .backspace]) == "Gonzáe")
        #expect(line(chars("王毅") + [.left] + chars("x")) == "王x毅")
    }

    @Test func pasteAndFastTypingAgree() {
        let pasted = browser(120, 40, keys: [.character("/"), .paste("north korea")])
        let typed = browser(120, 40, keys: search("north korea"))
        #expect(pasted.state.prompt?.text == "north korea")
        #expect(pasted.state.rows == typed.state.rows)
        // A pasted line break becomes a space; other control characters are dropped.
        let messy = browser(120, 40, keys: [.character("/"), .paste("north\nkorea\u{1B}")])
        #expect(messy.state.prompt?.text == "north korea")
        // Outside the prompt a paste does nothing.
        #expect(browser(120, 40, keys: [.paste("q")]).action(for: .paste("q")) == nil)
    }

    @Test func aLongPasteIsOneEditCutWithANote() {
        var b = browser(120, 40, keys: [.character("/")])
        _ = b.handle(.paste(String(repeating: "peru ", count: 2_000) + "\n"))
        #expect(b.state.prompt?.characters.count == PromptLine.maximumLength)
        #expect(b.state.searchNotice == "query cut to 1000 characters")
        #expect(statusText(b).contains("query cut to 1000 characters"))
        // The next edit that fits clears the note.
        _ = b.handle(.backspace)
        #expect(b.state.searchNotice == nil)
        #expect(!statusText(b).contains("cut"))
        // A paste that fits says nothing.
        let fits = browser(120, 40, keys: [.character("/"), .paste("peru")])
        #expect(fits.state.searchNotice == nil)
    }

    @Test func recallingAHugeHistoryLineTakesItsStart() {
        // As if loaded from a history file that something else wrote.
        var state = BrowserState(corpus: Fixtures.corpus, width: 120, height: 40)
        state.remember(String(repeating: "tpp ", count: 5_000_000))
        state.apply(.openSearch)
        state.apply(.promptHistory(.previous))
        #expect(state.prompt?.characters.count == PromptLine.maximumLength)
        #expect(state.searchNotice == "query cut to 1000 characters")
        #expect(state.rows.map { state.meetings[$0].id } == ["2017-11-10-summit"])
        state.apply(.promptHistory(.next))
        #expect(state.prompt?.text == "")
        #expect(state.searchNotice == nil)
    }

    @Test func historyRecallWithUpAndDown() {
        var b = browser(120, 40, keys: search("tpp") + [.enter] + search("north") + [.enter] + search("peru") + [.enter])
        #expect(b.state.history == ["tpp", "north", "peru"])
        press(&b, search("dr"))
        press(&b, [.up])
        #expect(b.state.prompt?.text == "peru")
        press(&b, [.up])
        #expect(b.state.prompt?.text == "north")
        #expect(ids(b).count == 3)
        press(&b, [.up, .up])
        #expect(b.state.prompt?.text == "tpp")
        #expect(ids(b) == ["2017-11-10-summit"])
        press(&b, [.down])
        #expect(b.state.prompt?.text == "north")
        press(&b, [.down, .down])
        #expect(b.state.prompt?.text == "dr")
        press(&b, [.down])
        #expect(b.state.prompt?.text == "dr")
        // Keeping a search again moves it to the newest place.
        press(&b, [.control("u")] + chars("tpp") + [.enter])
        #expect(b.state.history == ["north", "peru", "tpp"])
    }

    @Test func aQueryThatDoesNotParseShowsWhyAndKeepsTheList() throws {
        let parse: @Sendable (String) throws(QueryError) -> SearchQuery = { text throws(QueryError) in
            if text.contains("~") { throw QueryError("unknown field ~") }
            return try SearchQuery.parse(text)
        }
        var b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: nil, parseQuery: parse)
        press(&b, search("tpp ~"))
        #expect(ids(b) == ["2017-11-10-summit"])
        #expect(b.state.searchError == "unknown field ~")
        let grid = b.render(width: 120, height: 40)
        let status = grid.rowText(39)
        let x = try #require(status.range(of: "unknown field ~")).lowerBound.utf16Offset(in: status)
        #expect(grid[x, 39].role == .error)
        press(&b, [.backspace])
        #expect(b.state.searchError == nil)
        // Enter on a bad query keeps the last good result and records nothing.
        press(&b, chars("~") + [.enter])
        #expect(ids(b) == ["2017-11-10-summit"])
        #expect(b.state.history.isEmpty)
        // Nor does it close the prompt: the error is still there to fix.
        #expect(b.state.isSearching)
        #expect(b.state.searchError == "unknown field ~")
    }

    @Test(arguments: [Key.escape, Key.control("g")])
    func enterOnAQueryThatDoesNotParseKeepsThePromptOpen(cancel: Key) throws {
        var b = browser(120, 40, keys: search("north korea") + [.enter] + chars("j"))
        let before = View(b.state)
        press(&b, search("foo"))
        let typing = View(b.state)
        #expect(typing.filter == "foo")
        press(&b, chars(":bar"))
        let error = try #require(b.state.searchError)
        #expect(error.hasPrefix("unknown field 'foo:'"))
        #expect(View(b.state) == typing)

        press(&b, [.enter])
        #expect(b.state.isSearching)
        #expect(b.state.prompt?.text == "foo:bar")
        #expect(b.state.searchError == error)
        // Not "foo", which the user never chose; the list is as it was while typing.
        #expect(View(b.state) == typing)
        #expect(b.state.history == ["north korea"])
        let status = statusText(b)
        #expect(status.contains("/foo:bar"))
        #expect(status.contains("unknown field 'foo:'"))

        // Still a prompt: it can be cancelled as ever, back to the search kept before.
        press(&b, [cancel])
        #expect(!b.state.isSearching)
        #expect(View(b.state) == before)
        #expect(b.state.filter?.text == "north korea")
        #expect(b.state.history == ["north korea"])
    }

    @Test func enterAcceptsTheQueryOnceItIsFixed() {
        var b = browser(120, 40, keys: search("kind:banana") + [.enter])
        #expect(b.state.isSearching)
        #expect(b.state.searchError?.hasPrefix("unknown kind") == true)
        press(&b, [.control("w")] + chars("kind:fm") + [.enter])
        #expect(!b.state.isSearching)
        #expect(b.state.filter?.text == "kind:fm")
        #expect(b.state.history == ["kind:fm"])
    }

    @Test func helpListsTheSearchKeys() {
        let text = HelpView.lines(for: .standard).map { $0.keys + " " + $0.text }
        #expect(text.contains { $0.hasPrefix("Search prompt") })
        #expect(text.contains { $0.hasPrefix("Ctrl-W") && $0.contains("word") })
        #expect(text.contains { $0.hasPrefix("/ ") && $0.contains("search") })
        #expect(text.contains { $0.hasPrefix("n ") && $0.contains("next search match") })
    }
}
