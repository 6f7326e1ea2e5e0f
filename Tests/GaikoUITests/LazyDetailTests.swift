import Testing
@testable import GaikoUI
import GaikoCore

/// The detail of a record far larger than the screen is wrapped a paragraph at a time, as it is
/// shown; nothing the reader does (start, search, `n`, `N`, `G`, resize) wraps the rest.
@Suite struct LazyDetailTests {
    /// The 2017 summit with 20,000 numbered paragraphs (about 3 MB), one in 50 mentioning TPP.
    static let long: Corpus = {
        var meeting = Fixtures.summit2017
        meeting.sections = [Section(paragraphs: (1...20_000).map { n in
            Paragraph(marker: "(\(n))", text: "The two leaders discussed cooperation in paragraph \(n) on infrastructure, energy and "
                + (n % 50 == 0 ? "the TPP" : "fisheries") + ", and agreed to keep in close touch.")
        })]
        return Corpus(meetings: [meeting], title: "long")
    }()

    /// Few enough blocks to be the screen's worth, not the record's 20,000.
    private func wrapped(_ b: Browser) -> Int { b.state.detail.cache.wrappedCount }

    private func footer(_ b: Browser) -> String {
        let grid = b.render(width: b.state.width, height: b.state.height)
        return (0..<grid.height).map { grid.rowText($0) }.first { $0.contains("%") && ($0.contains("└") || $0.contains("╚")) } ?? ""
    }

    @Test func aLongRecordIsWrappedOnlyWhereItIsShown() throws {
        var b = browser(120, 40, corpus: Self.long)
        #expect(b.state.detail.lineCount == nil)
        #expect(wrapped(b) < 40)
        #expect(footer(b).contains(" 0% "))

        for key in [.character("/"), .character("t"), .character("p"), .character("p"), .enter] as [Key] { _ = b.handle(key) }
        _ = b.handle(.character("n"))
        let first = try #require(b.state.currentMatch)
        #expect(b.state.meetings[0].sections[0].paragraphs[49].text.contains("TPP"))
        _ = b.handle(.character("n"))
        let second = try #require(b.state.currentMatch)
        #expect(second.block > first.block)
        #expect(wrapped(b) < 200)

        // Back past the top wraps to the last hit, at the far end, without wrapping the middle.
        _ = b.handle(.character("N"))
        _ = b.handle(.character("N"))
        _ = b.handle(.character("N"))
        let last = try #require(b.state.currentMatch)
        #expect(last.block > 19_000)
        #expect(b.state.detailTopPosition.block > 19_000)
        #expect(wrapped(b) < 300)
        #expect(footer(b).contains("99%"))

        // A resize re-wraps what is in view at the new width, keeping the place.
        _ = b.handle(.resize(width: 100, height: 30))
        #expect(b.state.detailTopPosition.block > 19_000)
        #expect(wrapped(b) < 40)

        // The top and the bottom.
        _ = b.handle(.enter)
        _ = b.handle(.character("g"))
        #expect(b.state.detailTopPosition == DetailPosition(block: 0, line: 0))
        _ = b.handle(.character("G"))
        #expect(b.state.detailTopPosition.block > 19_000)
        #expect(footer(b).contains(" 100% "))
        #expect(wrapped(b) < 80)
    }

    /// Wrapped whole or a block at a time, a document has the same lines, and positions, line
    /// numbers and anchors agree.
    @Test(arguments: [60, 37, 12])
    func lazyAndWholeDocumentsAgree(width: Int) {
        let meetings = Fixtures.corpus.meetings
        for index in meetings.indices {
            let whole = DetailDocument(meetings: meetings, meeting: index, width: width)
            let lazy = DetailDocument(meetings: meetings, meeting: index, width: width, wrapWholeLimit: 0)
            #expect(whole.lineCount != nil)
            #expect(lazy.lineCount == nil)
            #expect(lazy.lines == whole.lines)
            let count = whole.lines.count
            for line in 0..<count {
                let anchor = whole.anchor(at: line)
                #expect(lazy.anchor(at: line) == anchor)
                #expect(lazy.line(for: anchor) == line)
                #expect(whole.lineNumber(of: whole.position(for: anchor)) == line)
                #expect(lazy.moved(lazy.start, by: line) == whole.moved(whole.start, by: line))
            }
            #expect(lazy.moved(lazy.end, by: -(count - 1)) == lazy.start)
            #expect(lazy.lastTop(height: count + 5) == lazy.start)
            // Re-wrapping for a resize gives what building afresh at that width gives.
            let resized = DetailDocument(meetings: meetings, meeting: index, width: width + 9).rewrapped(width: width)
            #expect(resized.lines == whole.lines)
            #expect(resized.lineCount == whole.lineCount)
        }
    }

    /// A paragraph of megabytes is cut into pieces at spaces, each wrapped and searched alone.
    @Test func aHugeParagraphIsCutIntoPieces() throws {
        let words = (0..<60_000).map { $0 % 97 == 0 ? "TPP" : "word\($0)" }
        let text = words.joined(separator: " ")
        let pieces = DetailDocument.pieces(of: text)
        #expect(pieces.count > 20)
        #expect(pieces.joined(separator: " ") == text)
        #expect(pieces.allSatisfy { $0.utf8.count <= DetailDocument.pieceBytes + 16 })
        #expect(DetailDocument.pieces(of: "short") == ["short"])
        // No spaces at all: cut between characters, never inside one.
        let unbroken = String(repeating: "é日e\u{301}", count: 20_000)
        let cut = DetailDocument.pieces(of: unbroken)
        #expect(cut.count > 3)
        #expect(cut.joined() == unbroken)
        #expect(cut.allSatisfy { $0.utf8.count <= DetailDocument.pieceBytes + 1024 })

        var meeting = Fixtures.summit2017
        meeting.sections = [Section(paragraphs: [Paragraph(marker: "(1)", text: text)])]
        var b = browser(120, 40, corpus: Corpus(meetings: [meeting], title: "huge"))
        #expect(b.state.detail.lineCount == nil)
        #expect(wrapped(b) < 10)
        for key in [.character("/"), .character("t"), .character("p"), .character("p"), .enter, .character("N")] as [Key] {
            _ = b.handle(key)
        }
        let last = try #require(b.state.currentMatch)
        #expect(last.block > pieces.count / 2)
        #expect(wrapped(b) < pieces.count / 2)
    }

    /// Down to a size with no detail pane and back: the paragraphs are built again.
    @Test func theDetailComesBackAfterATinySize() {
        var b = browser(120, 40)
        let lines = b.state.detailLineCount
        _ = b.handle(.resize(width: 3, height: 3))
        _ = b.handle(.resize(width: 120, height: 40))
        #expect(b.state.detailLineCount == lines)
        #expect(!b.state.detail.isEmpty)
    }
}
