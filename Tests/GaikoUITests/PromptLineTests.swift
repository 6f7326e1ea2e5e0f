import Testing
@testable import GaikoUI
import GaikoCore

@Suite struct PromptLineTests {
    @Test func windowShowsTheCursorInDisplayColumns() {
        var line = PromptLine("王毅 é")
        #expect(line.window(room: 20).cursorColumn == 6)
        line.apply(.start)
        line.apply(.right)
        #expect(line.window(room: 20).cursorColumn == 2)
        // Combining accent: one Character, one column.
        #expect(PromptLine("e\u{301}x").window(room: 20).cursorColumn == 2)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var line = PromptLine(String(repeating: "abcdefghij", count: 5))
        let end = line.window(room: 10)
        #expect(end.cursorColumn == 9)
        #expect(end.text == String(line.text.suffix(9)))
        line.apply(.start)
        let start = line.window(room: 10)
        #expect(start.cursorColumn == 0)
        #expect(start.text == "abcdefghij")
    }

    @Test func cursorOnTheStatusLineFollowsThePrompt() throws {
        let b = browser(80, 24, keys: [.character("/")] + chars("王x"))
        let cursor = try #require(b.cursor(width: 80, height: 24))
        let grid = b.render(width: 80, height: 24)
        #expect(cursor.y == 23)
        // `/`, then 王 (two columns) and x: the cursor is just after them.
        #expect(grid[cursor.x - 4, 23].text == "/")
        #expect(grid[cursor.x - 1, 23].text == "x")
        #expect(browser(80, 24).cursor(width: 80, height: 24) == nil)
        // A long query scrolls: the cursor stays on the line.
        let long = browser(80, 24, keys: [.character("/")] + chars(String(repeating: "word ", count: 30)))
        let far = try #require(long.cursor(width: 80, height: 24))
        #expect(far.x < 80)
    }

    @Test func hitsMapThroughTheWrapIncludingCollapsedSpaces() {
        // Wrapping joins words with one space; hits must still land on the right cells.
        let source = "alpha  beta gamma"
        let lines = WordWrap.wrap(source, width: 11)
        #expect(lines.map(\.text) == ["alpha beta", "gamma"])
        let detailLines = lines.map { DetailLine(spans: [DetailSpan(column: 2, text: $0.text, role: .normal)], block: 0, offset: $0.offset) }
        let ranges = [7..<11, 12..<17]  // beta, gamma
        let first = detailLines[0].cells(of: ranges, source: Array(source))
        #expect(first.map(\.column) == [6, 7, 8, 9])
        let second = detailLines[1].cells(of: ranges, source: Array(source))
        #expect(second.map(\.column) == [0, 1, 2, 3, 4])
        #expect(second.allSatisfy { $0.range == 12..<17 })
    }

    @Test func insertIsCutAtTheLongestQuery() {
        var line = PromptLine("ab")
        line.apply(.start)
        let whole = line.insert(String(repeating: "x", count: 5_000))
        #expect(!whole)
        #expect(line.characters.count == PromptLine.maximumLength)
        #expect(line.cursor == PromptLine.maximumLength - 2)
        #expect(line.text.hasSuffix("xab"))
        // Full: more typing changes nothing and says so.
        let more = line.insert("y")
        #expect(!more)
        #expect(line.characters.count == PromptLine.maximumLength)
        // Exactly filling it is not a cut.
        var exact = PromptLine()
        let filled = exact.insert(String(repeating: "é", count: PromptLine.maximumLength))
        #expect(filled)
        // Dropped control characters do not count against the room.
        var controls = PromptLine(String(repeating: "a", count: PromptLine.maximumLength - 1))
        let fits = controls.insert("\u{1B}\u{7}b")
        #expect(fits)
        #expect(controls.text.last == "b")
    }

    @Test func aLineStartsCutFromAnyText() {
        let huge = String(repeating: "north korea ", count: 2_000_000)
        #expect(PromptLine.isTooLong(huge))
        #expect(PromptLine(huge).characters.count == PromptLine.maximumLength)
        #expect(!PromptLine.isTooLong(String(repeating: "a", count: PromptLine.maximumLength)))
        #expect(PromptLine.isTooLong(String(repeating: "a", count: PromptLine.maximumLength + 1)))
    }
}
