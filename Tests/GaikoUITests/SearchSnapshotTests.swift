import Testing
@testable import GaikoUI
import GaikoCore

@Suite struct SearchSnapshotTests {
    static let sizes = [(120, 40), (80, 24)]

    @Test(arguments: sizes)
    func promptOpenWithAQuery(width: Int, height: Int) throws {
        let b = browser(width, height, keys: [.character("/")] + chars("north korea"))
        try assertSnapshot(b.render(width: width, height: height), named: "search-prompt-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func filteredListAfterEnter(width: Int, height: Int) throws {
        let b = browser(width, height, keys: [.character("/")] + chars("tpp") + [.enter, .character("n")])
        try assertSnapshot(b.render(width: width, height: height), named: "search-filtered-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func parseErrorOnTheStatusLine(width: Int, height: Int) throws {
        var b = Browser(corpus: Fixtures.corpus, width: width, height: height, historyURL: nil, parseQuery: { text throws(QueryError) in
            if text.contains("bogus:") { throw QueryError("unknown field bogus: (try kind:, year:, with:)") }
            return try SearchQuery.parse(text)
        })
        // The list keeps the last good result, `tpp`.
        for key in [Key.character("/"), .paste("tpp"), .paste(" bogus:x")] { _ = b.handle(key) }
        try assertSnapshot(b.render(width: width, height: height), named: "search-error-\(width)x\(height)")
    }
}

@Suite struct SearchStyleTests {
    func cells(of text: String, in grid: Grid, from x0: Int = 0) -> [(x: Int, y: Int)] {
        var out: [(x: Int, y: Int)] = []
        for y in 0..<grid.height {
            let row = Array(grid.rowText(y))
            let needle = Array(text)
            guard row.count >= needle.count else { continue }
            for x in x0...(row.count - needle.count) where Array(row[x..<x + needle.count]) == needle {
                out.append((x, y))
            }
        }
        return out
    }

    @Test func matchedWordsCarryTheMatchRole() throws {
        // ASCII screen rows, so characters and columns agree on these rows.
        let b = browser(120, 40, keys: [.character("/")] + chars("tpp"))
        let grid = b.render(width: 120, height: 40)
        let detailX = b.state.layout.detail!.x
        let hits = cells(of: "TPP", in: grid).filter { $0.x > detailX }
        #expect(hits.count >= 2)
        for hit in hits {
            for dx in 0..<3 { #expect(grid[hit.x + dx, hit.y].role == .match) }
            #expect(grid[hit.x + 3, hit.y].role != .match)
        }
        // Text around is not marked.
        let other = try #require(cells(of: "Prime Minister Abe welcomed", in: grid).first)
        #expect(grid[other.x, other.y].role == .normal)
    }

    @Test func theCurrentHitIsMarkedApart() throws {
        let b = browser(120, 40, keys: [.character("/")] + chars("tpp") + [.enter, .character("n"), .character("n")])
        let grid = b.render(width: 120, height: 40)
        let detailX = b.state.layout.detail!.x
        let roles = cells(of: "TPP", in: grid).filter { $0.x > detailX }.map { grid[$0.x, $0.y].role }
        #expect(roles.filter { $0 == .currentMatch }.count == 1)
        #expect(roles.filter { $0 == .match }.count == roles.count - 1)
        #expect(roles.firstIndex(of: .currentMatch) == 1)
    }

    @Test func listRowsHighlightMatchedNames() throws {
        let b = browser(120, 40, keys: [.character("/")] + chars("abe"))
        let grid = b.render(width: 120, height: 40)
        let listWidth = b.state.layout.list!.width
        let names = cells(of: "Abe – ", in: grid).filter { $0.x < listWidth }
        #expect(!names.isEmpty)
        for name in names {
            #expect(grid[name.x, name.y].role == .match)
            #expect(grid[name.x + 2, name.y].role == .match)
            #expect(grid[name.x + 4, name.y].role != .match)
        }
    }
}
