import Testing
@testable import GaikoUI
import GaikoCore

@Suite struct BrowserStateTests {
    func ids(_ b: Browser) -> [String] { b.state.rows.map { b.state.meetings[$0].id } }
    func selectedID(_ b: Browser) -> String? { b.state.selectedMeeting?.id }

    @Test func listIsNewestFirstWithUndatedLast() {
        let b = browser(120, 40)
        #expect(ids(b) == ["2024-11-17-summit", "2023-11-15-foreign-ministers", "2019-03-05-telephone",
                           "2017-11-10-summit", "2017-11-08-foreign-ministers", "2014-11-10-summit", "undated-other"])
        #expect(selectedID(b) == "2024-11-17-summit")
    }

    @Test func navigationKeysMoveTheSelection() {
        var b = browser(120, 40)
        _ = b.handle(.character("j"))
        #expect(selectedID(b) == "2023-11-15-foreign-ministers")
        _ = b.handle(.down)
        _ = b.handle(.down)
        #expect(selectedID(b) == "2017-11-10-summit")
        _ = b.handle(.up)
        #expect(selectedID(b) == "2019-03-05-telephone")
        _ = b.handle(.character("G"))
        #expect(selectedID(b) == "undated-other")
        _ = b.handle(.character("j"))
        #expect(selectedID(b) == "undated-other")
        _ = b.handle(.home)
        #expect(selectedID(b) == "2024-11-17-summit")
        _ = b.handle(.character(" "))
        #expect(selectedID(b) == "undated-other")
        _ = b.handle(.control("u"))
        #expect(b.state.selectedRow! < 6)
    }

    @Test func selectionSurvivesResorting() {
        var b = browser(120, 40, keys: chars("jjj"))
        #expect(selectedID(b) == "2017-11-10-summit")
        _ = b.handle(.character("s"))
        #expect(b.state.order == .oldestFirst)
        #expect(ids(b).first == "2014-11-10-summit")
        #expect(ids(b).last == "undated-other")
        #expect(selectedID(b) == "2017-11-10-summit")
        #expect(b.state.selectedRow == 2)
        #expect(b.state.status == "Sorted oldest first")
    }

    @Test func focusCyclesAndEnterReads() {
        var b = browser(120, 40)
        #expect(b.state.focus == .list)
        _ = b.handle(.tab)
        #expect(b.state.focus == .detail)
        _ = b.handle(.tab)
        #expect(b.state.focus == .timeline)
        _ = b.handle(.tab)
        #expect(b.state.focus == .list)
        _ = b.handle(.backTab)
        #expect(b.state.focus == .timeline)
        _ = b.handle(.enter)
        #expect(b.state.focus == .detail)
        _ = b.handle(.character("t"))
        #expect(b.state.focus == .timeline)
    }

    @Test func zoomGivesTheFocusedPaneTheScreen() {
        var b = browser(120, 40, keys: [.tab])
        #expect(b.state.layout.mode == .full)
        _ = b.handle(.character("z"))
        #expect(b.state.layout.mode == .single)
        #expect(b.state.layout.detail == Rect(x: 0, y: 1, width: 120, height: 38))
        #expect(b.state.layout.list == nil)
        _ = b.handle(.character("z"))
        #expect(b.state.layout.mode == .full)
    }

    @Test func narrowWindowsShowOnePaneAndTabCyclesIt() {
        var b = browser(60, 20)
        #expect(b.state.layout.mode == .single)
        #expect(b.state.layout.list != nil)
        _ = b.handle(.tab)
        #expect(b.state.layout.list == nil && b.state.layout.detail != nil)
        #expect(browser(19, 10).state.layout.mode == .tooSmall)
        #expect(browser(80, 15).state.layout.mode == .single)
        #expect(browser(80, 24).state.layout.list?.width == 30)
    }

    @Test func timelineMovesGoInDateOrderWhateverTheSort() {
        for order in ["", "s"] {
            var b = browser(120, 40, keys: chars(order) + [.character("t"), .character("g")])
            var seen = [selectedID(b)!]
            for _ in 0..<8 {
                _ = b.handle(.character("l"))
                if selectedID(b) != seen.last { seen.append(selectedID(b)!) }
            }
            #expect(seen == ["2014-11-10-summit", "2017-11-08-foreign-ministers", "2017-11-10-summit",
                             "2019-03-05-telephone", "2023-11-15-foreign-ministers", "2024-11-17-summit"])
            _ = b.handle(.left)
            #expect(selectedID(b) == "2023-11-15-foreign-ministers")
        }
    }

    @Test func timelineMovesWorkFromAnyPaneAndFromAnUndatedMeeting() {
        var b = browser(120, 40, keys: [.character("G"), .tab])
        #expect(selectedID(b) == "undated-other")
        _ = b.handle(.character("h"))
        #expect(selectedID(b) == "2024-11-17-summit")
        #expect(b.state.focus == .detail)
    }

    @Test func timelineZoomKeepsTheSelectionOnTheAxis() throws {
        var b = browser(120, 40, keys: chars("tggl"))
        #expect(selectedID(b) == "2017-11-08-foreign-ministers")
        _ = b.handle(.character("+"))
        _ = b.handle(.character("+"))
        #expect(b.state.timelineZoom == 2)
        let scale = try #require(b.state.timelineScale(columns: 100))
        #expect(scale.days == 730)
        #expect(scale.contains(b.state.selectedMeeting!.date!.ordinal))
        _ = b.handle(.character("+"))
        #expect(b.state.timelineZoom == 2)
        for _ in 0..<3 {
            _ = b.handle(.character("l"))
            let s = try #require(b.state.timelineScale(columns: 100))
            #expect(s.contains(b.state.selectedMeeting!.date!.ordinal))
        }
        _ = b.handle(.character("-"))
        _ = b.handle(.character("-"))
        #expect(b.state.timelineZoom == 0)
    }

    @Test func detailScrollsAndShowsItsPosition() {
        var b = browser(80, 24, keys: chars("jjj") + [.enter])
        #expect(b.state.detailTop == 0)
        _ = b.handle(.character("j"))
        #expect(b.state.detailTop == 1)
        _ = b.handle(.character(" "))
        #expect(b.state.detailTop > 1)
        _ = b.handle(.character("G"))
        let height = b.state.detailTextRect!.height
        #expect(b.state.detailTop == b.state.detailLineCount - height)
        _ = b.handle(.character("j"))
        #expect(b.state.detailTop == b.state.detailLineCount - height)
        _ = b.handle(.character("g"))
        #expect(b.state.detailTop == 0)
        // A new selection starts at the top.
        _ = b.handle(.character("j"))
        _ = b.handle(.character("l"))
        #expect(b.state.detailTop == 0)
    }

    @Test func resizeKeepsTheParagraphBeingRead() {
        var b = browser(120, 40, keys: chars("jjj") + [.enter])
        for _ in 0..<14 { _ = b.handle(.character("j")) }
        let anchor = b.state.detailAnchor
        let paragraph = b.state.detail.lines[b.state.detailTop].block
        #expect(paragraph > 3)
        for (w, h) in [(80, 24), (200, 60), (72, 18), (60, 20), (120, 40)] {
            _ = b.handle(.resize(width: w, height: h))
            if b.state.layout.detail == nil { _ = b.handle(.enter) }
            let top = b.state.detailTop
            let shown = b.state.detail.lines[top..<min(b.state.detailLineCount, top + b.state.detailTextRect!.height)]
            #expect(shown.contains { $0.block == paragraph }, "paragraph \(paragraph) off screen at \(w)x\(h)")
            #expect(b.state.detailAnchor == anchor)
        }
    }

    @Test func helpOpensClosesAndOnlyThenQuits() {
        var b = browser(80, 24)
        #expect(b.handle(.character("?")) == .none)
        #expect(b.state.helpOpen)
        _ = b.handle(.character("j"))
        #expect(b.state.helpOffset == 1)
        #expect(selectedID(b) == "2024-11-17-summit")
        #expect(b.handle(.character("q")) == .none)
        #expect(!b.state.helpOpen)
        _ = b.handle(.character("?"))
        #expect(b.handle(.escape) == .none)
        #expect(!b.state.helpOpen)
        #expect(b.handle(.character("q")) == .quit)
        _ = b.handle(.character("?"))
        #expect(b.handle(.control("c")) == .quit)
        #expect(b.handle(.control("z")) == .suspend)
    }

    @Test func helpIsGeneratedFromTheKeyTable() {
        let text = HelpView.lines(for: .standard).map { $0.keys + " " + $0.text }
        for section in KeyTable.standard.sections {
            for binding in section.bindings {
                #expect(text.contains { $0.contains(binding.keysLabel) && $0.contains(binding.help) }, "\(binding.help) missing from help")
            }
        }
        let all = text.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(all.contains("Ministry of Foreign Affairs") && all.contains("Prime Minister's Office"))
    }

    @Test func helpScrollsWhenTallerThanTheScreen() {
        var b = browser(80, 24, keys: chars("?G"))
        let inner = HelpView.box(width: 80, height: 24, lineCount: b.state.helpLines.count).inner.height
        #expect(b.state.helpOffset == b.state.helpLines.count - inner)
        let screen = b.render(width: 80, height: 24).text
        #expect(screen.contains("Prime Minister's Office"))
        _ = b.handle(.character("g"))
        #expect(b.state.helpOffset == 0)
    }

    @Test func clickSelectsARowAndFocusesTheList() throws {
        var b = browser(120, 40, keys: [.tab])
        let inner = try #require(b.state.layout.list?.inner)
        _ = b.handle(.mouse(MouseEvent(button: .left, x: inner.x + 5, y: inner.y + 3)))
        #expect(b.state.focus == .list)
        #expect(selectedID(b) == "2017-11-10-summit")
        // Below the last row: focus only.
        _ = b.handle(.mouse(MouseEvent(button: .left, x: inner.x + 5, y: inner.y + 20)))
        #expect(selectedID(b) == "2017-11-10-summit")
    }

    @Test func clickOnATimelineMarkSelectsItsMeeting() throws {
        var b = browser(120, 40)
        let inner = try #require(b.state.layout.timeline?.inner)
        let plot = TimelinePlot(state: b.state, rect: inner)
        let target = try #require(b.state.meetings.firstIndex { $0.id == "2019-03-05-telephone" })
        let column = try #require(plot.scale?.column(of: b.state.meetings[target].date!.ordinal))
        _ = b.handle(.mouse(MouseEvent(button: .left, x: plot.x0 + column, y: plot.stackBottomY)))
        #expect(b.state.focus == .timeline)
        #expect(b.state.selected == target)
        let grid = b.render(width: 120, height: 40)
        #expect(grid[plot.x0 + column, plot.stackBottomY].role == .selected)
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        var b = browser(120, 40)
        let detail = try #require(b.state.layout.detail?.inner)
        _ = b.handle(.mouse(MouseEvent(button: .wheelDown, x: detail.x + 3, y: detail.y + 3)))
        #expect(b.state.detailTop == 3)
        #expect(b.state.focus == .list)
        let list = try #require(b.state.layout.list?.inner)
        _ = b.handle(.mouse(MouseEvent(button: .wheelDown, x: list.x + 3, y: list.y)))
        #expect(b.state.selectedRow == 3)
    }

    @Test func filteringKeepsTheSelectionWhenItStaysInView() {
        var state = BrowserState(corpus: Fixtures.corpus, width: 120, height: 40)
        state.apply(.select(.next))
        let kept = state.selected!
        state.setVisible([kept, 0])
        #expect(state.selected == kept)
        #expect(state.rows.count == 2)
        state.setVisible([1])
        #expect(state.selected == 1)
        state.setVisible([])
        #expect(state.selected == nil)
        _ = state.render()
    }

    @Test func tinySizesNeverCrashOrOverflow() {
        let keys: [Key] = chars("jkGg?jq") + [.tab, .enter] + chars("jz+-lh") + [.pageDown, .mouse(MouseEvent(button: .left, x: 1, y: 1))]
        for w in 0...10 {
            for h in 0...3 {
                var b = browser(w, h)
                for key in keys {
                    _ = b.handle(key)
                    let grid = b.render(width: w, height: h)
                    #expect(grid.width == w && grid.height == h)
                    #expect(grid.cells.count == w * h)
                }
            }
        }
        #expect(browser(10, 3).render(width: 10, height: 3).rowText(0).hasPrefix("Too small"))
    }

    /// Random keys at random sizes: the selection is always on screen, offsets stay in range,
    /// and the grid always has exactly the window's cells.
    @Test(arguments: [1, 2, 3, 4])
    func selectionStaysVisibleUnderRandomKeys(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let corpus = seed % 2 == 0 ? Fixtures.corpus : Fixtures.generated(count: 300, years: 12, seed: seed)
        var b = browser(80, 24, corpus: corpus)
        let keys: [Key] = chars("jjjkkgGhlhl  bstz+-?q") + [.down, .up, .pageDown, .pageUp, .home, .end, .tab, .backTab,
                                                            .enter, .escape, .control("d"), .control("u"), .left, .right]
        for _ in 0..<400 {
            let roll = Int(rng.next() % 100)
            let key: Key
            if roll < 8 {
                key = .resize(width: Int(rng.next() % 200), height: Int(rng.next() % 70))
            } else if roll < 14 {
                let button: MouseEvent.Button = [.left, .wheelUp, .wheelDown][Int(rng.next() % 3)]
                key = .mouse(MouseEvent(button: button, x: Int(rng.next() % 200), y: Int(rng.next() % 70)))
            } else {
                key = keys[Int(rng.next() % UInt64(keys.count))]
            }
            if b.handle(key) == .quit { b = browser(b.state.width, b.state.height, corpus: corpus) }
            let s = b.state
            if let list = s.layout.list?.inner, list.height > 0, let row = s.selectedRow {
                #expect(row >= s.listOffset && row < s.listOffset + list.height, "row \(row) hidden at offset \(s.listOffset) after \(key)")
                #expect(s.listOffset >= 0 && s.listOffset <= max(0, s.rows.count - list.height))
            }
            if let text = s.detailTextRect, s.layout.detail != nil {
                #expect(s.detailTop >= 0 && s.detailTop <= max(0, s.detailLineCount - text.height))
            }
            if s.layout.timeline != nil, let day = s.selectedMeeting?.date, let scale = s.timelineScale(columns: 50) {
                #expect(scale.contains(day.ordinal), "selection off the timeline after \(key)")
            }
            let grid = b.render(width: s.width, height: s.height)
            #expect(grid.cells.count == s.width * s.height)
        }
    }
}
