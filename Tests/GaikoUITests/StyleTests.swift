import Testing
@testable import GaikoUI
import GaikoCore

@Suite struct StyleTests {
    /// The first cell on screen whose text starts `text`, as (x, y).
    func find(_ text: String, in grid: Grid) -> (x: Int, y: Int)? {
        for y in 0..<grid.height {
            let row = grid.rowText(y)
            guard let range = row.range(of: text) else { continue }
            // Column of the match: count display cells before it.
            let prefix = row[row.startIndex..<range.lowerBound]
            return (DisplayWidth.of(prefix), y)
        }
        return nil
    }

    @Test func selectedRowIsStyledSelectedAndOthersAreNot() throws {
        let grid = browser(120, 40, keys: chars("j")).render(width: 120, height: 40)
        let selected = try #require(find("2023-11-15", in: grid))
        #expect(grid[selected.x, selected.y].role == .selected)
        #expect(grid[1, selected.y].role == .selected)
        let other = try #require(find("2024-11-17", in: grid))
        #expect(grid[other.x, other.y].role == .normal)
        let kind = try #require(find("Summit  Ishiba", in: grid))
        #expect(grid[kind.x, kind.y].role == .kindSummit)
    }

    @Test func selectionInAnUnfocusedListIsStillMarked() throws {
        let grid = browser(120, 40, keys: chars("j") + [.tab]).render(width: 120, height: 40)
        let selected = try #require(find("2023-11-15", in: grid))
        #expect(grid[selected.x, selected.y].role == .selectedUnfocused)
        #expect(grid.rowText(selected.y).contains("▌"))
    }

    @Test func headingsCarryTheHeadingRole() throws {
        // The 2017 foreign ministers' meeting has headed sections.
        let grid = browser(120, 40, keys: chars("jjjj")).render(width: 120, height: 40)
        let title = try #require(find("Japan-Peru Foreign Ministers' Meeting", in: grid))
        #expect(grid[title.x, title.y].role == .heading)
        let section = try #require(find("Beginning", in: grid))
        #expect(grid[section.x, section.y].role == .heading)
        let body = try #require(find("Minister Kono explained", in: grid))
        #expect(grid[body.x, body.y].role == .normal)
    }

    @Test func focusedPaneHasADoubleBorder() {
        let grid = browser(120, 40, keys: [.tab]).render(width: 120, height: 40)
        #expect(grid[0, 1].text == "┌" && grid[0, 1].role == .border)
        let detailX = browser(120, 40).state.layout.detail!.x
        #expect(grid[detailX, 1].text == "╔" && grid[detailX, 1].role == .borderFocused)
    }

    @Test func referencesAndWarningsAreSetApart() throws {
        let summit = browser(120, 40, keys: chars("jjj") + [.enter, .character("G")]).render(width: 120, height: 40)
        let reference = try #require(find("[Reference] Japan-Peru Friendship Year", in: summit))
        #expect(summit[reference.x, reference.y].role == .reference)
        let undated = browser(120, 40, keys: chars("G")).render(width: 120, height: 40)
        let warning = try #require(find("no date line found", in: undated))
        #expect(undated[warning.x, warning.y].role == .dim)
    }

    @Test func controlCharactersFromRecordsNeverReachTheGrid() {
        var meeting = Fixtures.summit2017
        meeting.title = "Evil\u{1B}[2J title"
        meeting.lead = ["Bell\u{07} and \u{9B}31m colour"]
        let b = Browser(corpus: Corpus(meetings: [meeting], title: "x\u{1B}]0;owned\u{07}"), width: 100, height: 30)
        let grid = b.render(width: 100, height: 30)
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
        }
        #expect(grid.text.contains("Evil␛[2J title"))
    }
}
