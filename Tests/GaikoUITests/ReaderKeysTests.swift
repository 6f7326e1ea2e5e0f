import Testing
@testable import GaikoUI
import GaikoCore

/// The keys readers of tig, neomutt and less expect, driven through `Browser.handle`.
@Suite struct ReaderKeysTests {
    func selectedID(_ b: Browser) -> String? { b.state.selectedMeeting?.id }

    @Test func qAndEscapeGoBackFromTheDetailAndQQuitsFromTheList() {
        for back in [Key.character("q"), .escape] {
            var b = browser(120, 40, keys: [.enter])
            #expect(b.state.focus == .detail)
            #expect(b.handle(back) == .none)
            #expect(b.state.focus == .list)
        }
        var b = browser(120, 40)
        #expect(b.handle(.character("q")) == .quit)
        var c = browser(120, 40, keys: [.enter])
        #expect(c.handle(.character("Q")) == .quit)
    }

    @Test func theTimelineGoesBackToThePaneItWasEnteredFrom() {
        var b = browser(120, 40, keys: chars("t"))
        #expect(b.state.focus == .timeline)
        _ = b.handle(.escape)
        #expect(b.state.focus == .list)
        var c = browser(120, 40, keys: [.enter] + chars("t"))
        _ = c.handle(.character("q"))
        #expect(c.state.focus == .detail)
        // Not a quit, even in single-pane mode.
        var d = browser(60, 20, keys: chars("t"))
        #expect(d.handle(.character("q")) == .none)
        #expect(d.state.focus == .list)
    }

    @Test func escapeInTheListClearsTheKeptSearchAndRestoresTheViewBeforeIt() {
        var b = browser(120, 40, keys: chars("jjj"))
        let before = selectedID(b)
        let rowsBefore = b.state.rows
        for key in [Key.character("/")] + chars("north korea") + [.enter, .character("j")] { _ = b.handle(key) }
        #expect(b.state.filter != nil)
        #expect(b.state.rows != rowsBefore)
        _ = b.handle(.escape)
        #expect(b.state.filter == nil)
        #expect(b.state.rows == rowsBefore)
        #expect(selectedID(b) == before)
        #expect(b.state.status == "Search cleared: all meetings shown")
        _ = b.handle(.escape)
        #expect(b.state.status == "No search to clear")
    }

    @Test func controlLAsksForAFullRepaint() {
        var b = browser(120, 40)
        #expect(b.handle(.control("l")) == .redraw)
    }

    @Test func aPhraseTypedAsWordsIsOneMatch() throws {
        var b = browser(120, 40, keys: [.character("/")] + chars("north korea") + [.enter])
        _ = b.handle(.character("n"))
        let hit = try #require(b.state.currentMatch)
        let text = Array(b.state.detail.sources[hit.block])[hit.range]
        #expect(String(text).lowercased() == "north korea")
        #expect(DetailDocument.joined([0..<5, 6..<11, 20..<23], in: Array("North Korea and the TPP")) == [0..<11, 20..<23])
        #expect(DetailDocument.joined([0..<3, 8..<11], in: Array("TPP and TPP")) == [0..<3, 8..<11])
    }

    @Test func anUnboundKeySaysSoAndPointsToHelp() {
        var b = browser(120, 40)
        #expect(b.handle(.character("x")) == .none)
        #expect(b.state.status == "x is not bound here · ? lists the keys")
        #expect(b.render(width: 120, height: 40).text.contains("x is not bound here · ? lists the keys"))
    }

    @Test func aCountRepeatsAMove() throws {
        var b = browser(120, 40, keys: chars("3"))
        #expect(b.state.pendingCount == 3)
        _ = b.handle(.character("j"))
        #expect(b.state.selectedRow == 3)
        #expect(b.state.pendingCount == nil)
        _ = b.handle(.character("j"))
        #expect(b.state.selectedRow == 4)
        // 12k is twelve steps up, stopping at the top.
        for key in chars("12k") { _ = b.handle(key) }
        #expect(b.state.selectedRow == 0)
        // 2n is the second match.
        var c = browser(120, 40, keys: [.character("/")] + chars("north korea") + [.enter, .character("n"), .character("n")])
        let second = c.state.currentMatch
        var d = browser(120, 40, keys: [.character("/")] + chars("north korea") + [.enter] + chars("2n"))
        #expect(d.state.currentMatch == second)
        _ = c.handle(.character("0"))
        _ = d.handle(.character("0"))
        #expect(c.state.status?.contains("not bound") == true)
    }

    @Test func colonGoesToAListNumberOrAnID() {
        var b = browser(120, 40, keys: chars(":4") + [.enter])
        #expect(b.state.selectedRow == 3)
        #expect(b.render(width: 120, height: 40).text.contains("4 of 7"))
        for key in chars(":2014-11-10") + [.enter] { _ = b.handle(key) }
        #expect(selectedID(b) == "2014-11-10-summit")
        for key in chars(":99") + [.enter] { _ = b.handle(key) }
        #expect(b.state.status == "No meeting 99: the list has 7")
        for key in chars(":2017-11-1x") + [.enter] { _ = b.handle(key) }
        #expect(b.state.status?.hasPrefix("No meeting “2017-11-1x”: did you mean") == true)
        // The prompt shows on the status line and Esc leaves it.
        _ = b.handle(.character(":"))
        _ = b.handle(.character("3"))
        #expect(b.render(width: 120, height: 40).text.contains("GO TO  :3"))
        #expect(b.cursor(width: 120, height: 40) != nil)
        _ = b.handle(.escape)
        #expect(b.state.goTo == nil)
        #expect(selectedID(b) == "2014-11-10-summit")
    }

    @Test func controlOAndBackspaceGoBackThroughTheMeetingsRead() {
        var b = browser(120, 40, keys: [.enter])
        let first = selectedID(b)
        for key in chars(":5") + [.enter] { _ = b.handle(key) }
        let fifth = selectedID(b)
        #expect(fifth != first)
        _ = b.handle(.control("o"))
        #expect(selectedID(b) == first)
        _ = b.handle(.control("n"))
        #expect(selectedID(b) == fifth)
        _ = b.handle(.backspace)
        #expect(selectedID(b) == first)
        _ = b.handle(.backspace)
        #expect(b.state.status == "No earlier meeting in the history")
        // Reading another meeting drops what was forward.
        _ = b.handle(.character("h"))
        #expect(b.state.reads.count == 2)
        _ = b.handle(.control("n"))
        #expect(b.state.status == "No later meeting in the history")
    }

    @Test func yCopiesTheCitationAsAnEffect() {
        var b = browser(120, 40, keys: chars("jjj"))
        let effect = b.handle(.character("y"))
        #expect(effect == .copyToClipboard("Japan-Peru Summit Meeting, 10 November 2017. Source: 2017-11-10-japan-peru-summit.txt (bundled with gaiko)"))
        #expect(b.state.status == "Citation copied to the clipboard (OSC 52)")
    }

    @Test func oOpensTheRecordInThePagerAsAnEffect() {
        var b = browser(120, 40, keys: chars("jjj"))
        guard case .page(let request) = b.handle(.character("o")), case .text(let text, let name) = request.content else {
            Issue.record("no pager effect")
            return
        }
        #expect(name == "2017-11-10-japan-peru-summit.txt")
        #expect(text.contains("Kuczynski"))
        let fromFile = Meeting(id: "x", source: "/records/a b.txt", title: "T", date: nil, kind: .other)
        #expect(Browser.pagerRequest(for: fromFile) == PagerRequest(.file(path: "/records/a b.txt")))
    }

    @Test func rebindingQuitToXMakesXQuitAndHelpSaysSo() throws {
        let table = try KeyTable.standard.rebinding([(.quit, [.character("x")])])
        var b = Browser(corpus: Fixtures.corpus, width: 120, height: 40, keyTable: table, historyURL: nil, backgroundIndexThreshold: .max)
        #expect(b.handle(.character("q")) == .none)
        #expect(b.state.status?.contains("q is not bound here") == true)
        let help = b.state.helpLines.map { $0.keys + " " + $0.text }
        #expect(help.contains { $0.hasPrefix("x ") && $0.hasSuffix("quit") })
        #expect(!help.contains { $0.hasPrefix("q ") && $0.hasSuffix("quit") })
        #expect(b.render(width: 120, height: 40).text.split(separator: "\n")[0].hasSuffix("? help  x quit "))
        #expect(b.handle(.character("x")) == .quit)
    }

    @Test func aKeyBoundTwiceInOneContextIsRefused() {
        #expect(throws: KeyTable.RebindError.boundTwice(key: .character("n"), names: [.search, .nextMatch], context: .anyPane)) {
            try KeyTable.standard.rebinding([(.search, [.character("n")])])
        }
    }

    @Test func everyBoundNameHasItsOwnSummaryAndAppearsInHelp() {
        let names = KeyTable.standard.names
        #expect(Set(names.map(\.summary)).count == names.count)
        #expect(Set(names) == Set(ActionName.allCases))
        let help = HelpView.lines(for: .standard).map { $0.keys + " " + $0.text }
        #expect(help.contains { $0.contains("5j, 3n") })
        #expect(help.contains { $0.hasPrefix("Ctrl-L") && $0.contains("repaint") })
    }
}
