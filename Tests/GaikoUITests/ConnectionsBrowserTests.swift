import Foundation
import Testing
@testable import GaikoUI
import GaikoCore

/// The browser's half of the connections: the Related section with `]`/`[`, Enter and Ctrl-O;
/// the people and countries indexes (`p`, `c`); the timeline's story; connections that arrive
/// after the first screen.
@Suite struct ConnectionsBrowserTests {
    func press(_ b: inout Browser, _ keys: [Key]) { for key in keys { _ = b.handle(key) } }
    func selectedID(_ b: Browser) -> String? { b.state.selectedMeeting?.id }
    func ids(_ b: Browser) -> [String] { b.state.rows.map { b.state.meetings[$0].id } }

    /// The fixture corpus at a size with `id` selected and its detail focused.
    func reading(_ id: String, _ width: Int = 120, _ height: Int = 40) -> Browser {
        browser(width, height, keys: [.character(":")] + chars(id) + [.enter, .enter])
    }

    /// Who the list's index shows under its cursor, by name.
    func cursorName(_ b: Browser) -> String? {
        guard let list = b.state.listIndex, let c = b.state.connections, list.entries.indices.contains(list.cursor) else { return nil }
        let entry = list.entries[list.cursor]
        return list.kind == .people ? c.people[entry].name : c.countries[entry].name
    }

    // MARK: the Related section

    @Test func theDetailEndsWithTheRelatedSectionInGroups() {
        let b = reading("2017-11-10-summit")
        let lines = b.state.detail.lines.map { $0.spans.map(\.text).joined() }
        let start = try! #require(lines.firstIndex(of: "Related"))
        let section = Array(lines[start...])
        #expect(section.contains("Same country · Peru · nearest first"))
        #expect(section.contains("Same occasion · APEC Economic Leaders' Meeting"))
        // Nearest first: two days before, then the 2014 summit, then the later ones.
        let targets = b.state.detail.relatedTargets.map { b.state.meetings[$0].id }
        #expect(Array(targets.prefix(3)) == ["2017-11-08-foreign-ministers", "2014-11-10-summit", "2019-03-05-telephone"] ||
                Array(targets.prefix(2)) == ["2017-11-08-foreign-ministers", "2014-11-10-summit"])
        #expect(targets.last == "2017-11-08-foreign-ministers", "the same occasion lists the foreign ministers")
        #expect(section.contains { $0.hasPrefix("2017-11-08  FM      Kono – Luna") })
    }

    @Test func mentionsAreListedButNotReadInARecordOfMegabytes() throws {
        var lima = Fixtures.summit2014
        lima.id = "2016-11-19-summit"
        lima.date = Fixtures.day("2016-11-19")
        lima.counterpart = Fixtures.summit2017.counterpart
        func related(_ summit: Meeting) -> [String] {
            let corpus = Corpus(meetings: [summit, lima], title: "mentions")
            let b = browser(120, 40, corpus: corpus, keys: [.character(":")] + chars("2017-11-10") + [.enter, .enter])
            let lines = b.state.detail.lines.map { $0.spans.map(\.text).joined() }
            return Array(lines[(lines.firstIndex(of: "Related") ?? 0)...])
        }
        let ordinary = related(Fixtures.summit2017)
        let at = try #require(ordinary.firstIndex(of: "Mentioned in this record"))
        #expect(ordinary[at + 1].hasPrefix("2016-11-19  Summit  Abe – Kuczynski · “"))
        var long = Fixtures.summit2017
        long.lead.append(String(repeating: "The two leaders talked at length. ", count: 10_000))
        let skipped = related(long)
        let note = try #require(skipped.firstIndex(of: "Mentioned in this record"))
        #expect(skipped[note + 1].contains("not read in a record this long"))
        #expect(skipped.contains { $0.hasPrefix("2016-11-19  Summit") }, "the other reasons still list it")
    }

    @Test func searchHitsStayInTheMeetingsOwnText() throws {
        // `kono` is in the Related entries' principals, but n/N and highlights skip them.
        let b = reading("2017-11-10-summit")
        let query = try SearchQuery.parse("kono")
        let hits = b.state.detail.hits(for: query)
        #expect(hits.allSatisfy { $0.block < b.state.detail.relatedStart })
        #expect(b.state.detail.relatedBlocks.allSatisfy { $0 >= b.state.detail.relatedStart })
    }

    @Test func bracketsMoveTheCursorOverTheEntriesAndScrollToIt() {
        var b = reading("2017-11-10-summit", 80, 24)
        #expect(b.state.relatedCursor == nil)
        #expect(b.state.detailTop == 0)
        press(&b, chars("]"))
        #expect(b.state.relatedCursor == 0)
        let line = b.state.detail.line(for: DetailAnchor(block: b.state.detail.relatedBlocks[0], offset: 0))
        let height = b.state.detailTextRect!.height
        #expect((b.state.detailTop..<b.state.detailTop + height).contains(line), "the entry is in view")
        press(&b, chars("]]"))
        #expect(b.state.relatedCursor == 2)
        press(&b, chars("["))
        #expect(b.state.relatedCursor == 1)
        press(&b, chars("[[["))
        #expect(b.state.relatedCursor == 0)
        #expect(b.state.status == "First related meeting")
        // A count repeats it, as for other moves.
        press(&b, chars("3]"))
        #expect(b.state.relatedCursor == 3)
        // The cursor row is drawn as the list draws its selection.
        let grid = b.render(width: 80, height: 24)
        let cursorLine = b.state.detail.line(for: DetailAnchor(block: b.state.detail.relatedBlocks[3], offset: 0))
        let y = b.state.detailTextRect!.y + cursorLine - b.state.detailTop
        #expect(grid.rowText(y).contains("▌"))
        #expect(grid[b.state.detailTextRect!.x + 2, y].role == .selected)
    }

    @Test func enterOpensTheRelatedMeetingAndControlOComesBack() {
        var b = reading("2017-11-10-summit")
        press(&b, chars("]"))
        let target = b.state.meetings[b.state.detail.relatedTargets[0]].id
        #expect(target == "2017-11-08-foreign-ministers")
        press(&b, [.enter])
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        #expect(b.state.focus == .detail)
        #expect(b.state.detailTop == 0, "read from the top")
        #expect(b.state.relatedCursor == nil)
        // The list follows: its selection is the opened meeting.
        #expect(b.state.selectedRow == b.state.rows.firstIndex(of: b.state.selected!))
        press(&b, [.control("o")])
        #expect(selectedID(b) == "2017-11-10-summit")
        press(&b, [.control("n")])
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
    }

    @Test func enterWithoutACursorSaysHowToGetOne() {
        var b = reading("2017-11-10-summit")
        press(&b, [.enter])
        #expect(selectedID(b) == "2017-11-10-summit")
        #expect(b.state.status == "] moves to a related meeting, Enter opens it")
    }

    @Test func aRelatedMeetingTheSearchHidesIsOpenedAllTheSame() {
        // Narrowed to the summits, the foreign ministers' meeting is hidden.
        var b = browser(120, 40, keys: [.character("/")] + chars("kind:summit") + [.enter])
        press(&b, [.character(":")] + chars("2017-11-10-summit") + [.enter, .enter])
        #expect(!ids(b).contains("2017-11-08-foreign-ministers"))
        #expect(b.state.focus == .detail)
        #expect(selectedID(b) == "2017-11-10-summit")
        press(&b, chars("]"))
        press(&b, [.enter])
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        #expect(b.state.filter == nil)
        #expect(b.state.status == "Search cleared to open 2017-11-08-foreign-ministers")
    }

    @Test func untilTheConnectionsArriveTheSectionSaysSoInOneLine() throws {
        var b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, historyURL: nil,
                        backgroundIndexThreshold: 1, backgroundIndexBytes: .max)
        // The background threads may finish at any moment; the state before `poll` is what
        // the first screen shows.
        #expect(b.state.connections == nil)
        let lines = b.state.detail.lines.map { $0.spans.map(\.text).joined() }
        let start = try #require(lines.firstIndex(of: "Related"))
        #expect(Array(lines[(start + 1)...]) == ["Finding related meetings…"])
        press(&b, [.enter, .character("]")])
        #expect(b.state.status == "Related meetings are still being gathered…")
        press(&b, [.escape, .character("p")])
        #expect(b.render(width: 120, height: 40).text.contains("Gathering people…"))
        while b.state.connections == nil || b.state.isIndexing {
            _ = b.poll()
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(b.pollInterval == nil)
        #expect(cursorName(b) == "Shinzo Abe", "the open index fills in")
        press(&b, [.escape, .enter])
        let after = b.state.detail.lines.map { $0.spans.map(\.text).joined() }
        #expect(after.contains { $0.hasPrefix("Same country · Peru") })
    }

    @Test func connectionsArrivingReplaceOnlyTheSectionAndKeepTheReadingPlace() {
        var late = BrowserState(corpus: Fixtures.corpus, width: 80, height: 24, buildConnections: false)
        for action in [Action.openDetail] + Array(repeating: Action.scrollDetail(.next), count: 9) { late.apply(action) }
        let top = late.detailTop
        late.installConnections(Connections.build(Fixtures.corpus.meetings))
        var early = BrowserState(corpus: Fixtures.corpus, width: 80, height: 24)
        for action in [Action.openDetail] + Array(repeating: Action.scrollDetail(.next), count: 9) { early.apply(action) }
        #expect(late.detailTop == top)
        #expect(late.detail.lines == early.detail.lines)
        #expect(late.detail.relatedTargets == early.detail.relatedTargets)
        #expect(late.detail.lineCount == early.detail.lineCount)
    }

    // MARK: the people and countries indexes

    @Test func pShowsThePeopleIndexMostMeetingsFirstAndPAgainLeavesIt() {
        var b = browser(120, 40)
        press(&b, chars("p"))
        #expect(b.state.listIndex?.kind == .people)
        #expect(b.state.focus == .list)
        #expect(b.state.keyContexts.first == .index)
        #expect(cursorName(b) == "Taro Kono" || cursorName(b) == "Shinzo Abe")
        let c = b.state.connections!
        let counts = b.state.listIndex!.entries.map { c.people[$0].meetings.count }
        #expect(counts == counts.sorted(by: >))
        press(&b, chars("p"))
        #expect(b.state.listIndex == nil)
        for leave in [Key.character("q"), .escape] {
            var d = browser(120, 40, keys: chars("p"))
            #expect(d.handle(leave) == .none, "q leaves the index, it does not quit")
            #expect(d.state.listIndex == nil)
        }
        // From the detail, p brings the list pane back as the index.
        var e = browser(120, 40, keys: [.enter, .character("c")])
        #expect(e.state.focus == .list)
        #expect(e.state.listIndex?.kind == .countries)
        press(&e, chars("p"))
        #expect(e.state.listIndex?.kind == .people, "c then p switches")
    }

    @Test func sCyclesTheOrderAndTheTitleSaysIt() {
        var b = browser(120, 40, keys: chars("p"))
        #expect(b.render(width: 120, height: 40).rowText(1).contains("People · most meetings first"))
        press(&b, chars("s"))
        #expect(b.state.listIndex?.order == .recent)
        #expect(b.render(width: 120, height: 40).rowText(1).contains("People · latest first"))
        #expect(b.state.status == "People latest first")
        #expect(cursorName(b) == "Taro Kono" || cursorName(b) == "Shinzo Abe", "the cursor stays on its entry")
        press(&b, chars("s"))
        #expect(b.state.listIndex?.order == .name)
        let c = b.state.connections!
        let names = b.state.listIndex!.entries.map { c.people[$0].familyName ?? c.people[$0].name }
        #expect(names.first == "Abe")
        press(&b, chars("s"))
        #expect(b.state.listIndex?.order == .count)
        // The list's own `s` is untouched.
        press(&b, chars("q"))
        press(&b, chars("s"))
        #expect(b.state.order == .oldestFirst)
    }

    @Test func jAndKMoveTheIndexCursorAndTheCountRepeats() {
        var b = browser(120, 40, keys: chars("p"))
        press(&b, chars("j"))
        #expect(b.state.listIndex?.cursor == 1)
        press(&b, chars("3j"))
        #expect(b.state.listIndex?.cursor == 4)
        press(&b, chars("G"))
        #expect(b.state.listIndex?.cursor == b.state.listIndex!.entries.count - 1)
        press(&b, chars("g"))
        #expect(b.state.listIndex?.cursor == 0)
        // A click on a row puts the cursor there.
        let inner = b.state.paneInner(.list)!
        _ = b.handle(.mouse(MouseEvent(button: .left, x: inner.x + 2, y: inner.y + 2)))
        #expect(b.state.listIndex?.cursor == 2)
        #expect(b.state.selectedMeeting != nil)
    }

    @Test func enterNarrowsToExactlyThatPersonAsAKeptSearch() throws {
        var b = browser(120, 40, keys: chars("jj"))
        let before = selectedID(b)
        let rowsBefore = b.state.rows
        press(&b, chars("p"))
        while cursorName(b) != "Shinzo Abe" { press(&b, chars("j")) }
        press(&b, [.enter])
        #expect(b.state.listIndex == nil)
        #expect(b.state.focus == .list)
        #expect(ids(b) == ["2017-11-10-summit", "2014-11-10-summit"])
        #expect(b.state.filter?.text == "with:\"Shinzo Abe\"")
        let status = b.render(width: 120, height: 40).rowText(39)
        #expect(status.contains("“with:\"Shinzo Abe\"” 2 of 7 match"))
        // n/N do what they do after typing the same search (a field test marks no words, so
        // they step through the meetings).
        var typed = browser(120, 40, keys: chars("jj") + [.character("/")] + chars("with:\"Shinzo Abe\"") + [.enter])
        #expect(typed.state.rows == b.state.rows)
        var fromIndex = b
        for key in chars("nnN") {
            _ = typed.handle(key)
            _ = fromIndex.handle(key)
            #expect(selectedID(fromIndex) == selectedID(typed))
            #expect(fromIndex.state.status == typed.state.status)
        }
        // The timeline shows only those two.
        #expect(b.state.chronological.map { b.state.meetings[$0].id } == ["2014-11-10-summit", "2017-11-10-summit"])
        // Esc gives back the view from before.
        press(&b, [.escape])
        #expect(b.state.filter == nil)
        #expect(b.state.rows == rowsBefore)
        #expect(selectedID(b) == before)
    }

    @Test func twoKonosStayTwoAndABareKonoIsNeitherOfThem() throws {
        var yohei = Fixtures.fm2017
        yohei.id = "1995-08-01-foreign-ministers"
        yohei.date = Fixtures.day("1995-08-01")
        yohei.japan = Principal(name: "Yohei Kono", familyName: "Kono", title: "Minister for Foreign Affairs")
        var bare = Fixtures.fm2017
        bare.id = "1999-01-01-foreign-ministers"
        bare.date = Fixtures.day("1999-01-01")
        bare.japan = Principal(familyName: "Kono", title: "Minister for Foreign Affairs")
        let corpus = Corpus(meetings: Fixtures.corpus.meetings + [yohei, bare], title: "Konos")
        var b = browser(120, 40, corpus: corpus, keys: chars("p"))
        while cursorName(b) != "Taro Kono" { press(&b, chars("j")) }
        press(&b, [.enter])
        #expect(Set(ids(b)) == ["2017-11-08-foreign-ministers", "2019-03-05-telephone"])
        // What a typed `with:kono` would find: all four.
        var typed = browser(120, 40, corpus: corpus, keys: [.character("/")] + chars("with:kono") + [.enter])
        #expect(typed.state.rows.count == 4)
        press(&typed, chars("p"))
        while cursorName(typed) != "Yohei Kono" { press(&typed, chars("j")) }
        press(&typed, [.enter])
        #expect(ids(typed) == ["1995-08-01-foreign-ministers"])
    }

    @Test func enterInTheCountriesIndexNarrowsToTheCounterpartCountryOnly() {
        var b = browser(120, 40, keys: chars("c"))
        #expect(cursorName(b) == "Peru", "most meetings first")
        press(&b, [.enter])
        #expect(b.state.filter?.text == "country:\"Peru\"")
        #expect(Set(ids(b)) == Set(Fixtures.peru.map(\.id) + ["undated-other"]))
        var china = browser(120, 40, keys: chars("cj"))
        #expect(cursorName(china) == "China")
        press(&china, [.enter])
        #expect(ids(china) == ["2019-03-05-telephone"])
    }

    @Test func aSearchFromTheIndexShowsTheMeetings() {
        var b = browser(120, 40, keys: chars("p"))
        press(&b, [.character("/")])
        #expect(b.state.listIndex == nil)
    }

    // MARK: the timeline as a story

    @Test func narrowedToOneCountryTheTimelineNamesWhoLedEachSide() throws {
        var b = browser(120, 40, keys: chars("c") + [.enter])
        let peru = try #require(b.state.connections?.countries.firstIndex { $0.name == "Peru" })
        #expect(b.state.storyCountry == peru)
        let inner = try #require(b.state.paneInner(.timeline))
        let plot = TimelinePlot(state: b.state, rect: inner)
        let lanes = try #require(plot.story).lanes
        #expect(lanes.map(\.label) == ["Japan", "Peru"])
        // Summits only: Kono, Kamikawa and the foreign ministers do not break the leaders' runs.
        #expect(lanes[0].runs.map(\.name) == ["Abe", "Ishiba"])
        #expect(lanes[1].runs.map(\.name) == ["Humala", "Kuczynski", "Boluarte"])
        #expect(lanes[1].runs.map(\.column) == lanes[1].runs.map(\.column).sorted())
        let grid = b.render(width: 120, height: 40)
        #expect(grid.text.contains("Timeline · who led each side"))
        // Without a narrowing there is no story, and the list is narrowed to China: one side.
        #expect(browser(120, 40).state.storyCountry == nil)
        press(&b, [.escape])
        #expect(b.state.storyCountry == nil)
    }

    @Test func leadersMeetingsAreSummitsAndThePrimeMinistersCalls() {
        #expect(StoryLanes.isLeaders(Fixtures.summit2014))
        #expect(!StoryLanes.isLeaders(Fixtures.fm2017))
        #expect(!StoryLanes.isLeaders(Fixtures.telephone2019), "the foreign minister's call")
        var call = Fixtures.telephone2019
        call.japan = Principal(name: "Shinzo Abe", familyName: "Abe", title: "Prime Minister of Japan")
        #expect(StoryLanes.isLeaders(call))
        call.japan.title = "Deputy Prime Minister and Minister of Finance"
        #expect(!StoryLanes.isLeaders(call))
    }

    @Test func hAndLWalkTheThreadWithinTheNarrowedMeetings() {
        var b = browser(120, 40, keys: chars("p"))
        while cursorName(b) != "Shinzo Abe" { press(&b, chars("j")) }
        press(&b, [.enter])
        #expect(selectedID(b) == "2017-11-10-summit")
        press(&b, chars("h"))
        #expect(selectedID(b) == "2014-11-10-summit")
        press(&b, chars("h"))
        #expect(selectedID(b) == "2014-11-10-summit", "the thread's first meeting")
        press(&b, chars("l"))
        #expect(selectedID(b) == "2017-11-10-summit")
        press(&b, chars("l"))
        #expect(selectedID(b) == "2017-11-10-summit", "not on to 2019 or 2023 outside the thread")
    }
}
