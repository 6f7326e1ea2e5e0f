import Foundation
import GaikoCore
import Testing
@testable import GaikoUI

/// A browser drawn first from an outline of the stored corpus (the first screen's meetings
/// whole, the rest only their ids, days, kinds and formats): the first screen is the one the
/// whole corpus gives, and the whole corpus is in before any key acts or anything is built.
@Suite struct OutlineTests {
    /// 300 meetings over 40 years, newest first with a day's meetings by id, as a load gives them.
    static let whole: Corpus = {
        let generated = Fixtures.generated(count: 300, years: 40)
        let meetings = generated.meetings.sorted { a, b in
            a.date != b.date ? a.date! > b.date! : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
        return Corpus(newestFirst: meetings, title: generated.title)
    }()

    /// What `StoredCollection.outline(shown:)` gives for `whole`.
    static func outline(shown: Int) -> Corpus {
        let meetings = whole.meetings.enumerated().map { i, m in
            i < shown ? m : Meeting(id: "", source: "", title: "", date: m.date, kind: m.kind, format: m.format)
        }
        return Corpus(newestFirst: meetings, title: whole.title)
    }

    static func onOutline(shown: Int = 60, threshold: Int = Browser.defaultBackgroundIndexThreshold,
                          indexed: Indexed? = nil) -> Browser {
        Browser(corpus: outline(shown: shown), width: 120, height: 40, historyURL: nil, backgroundIndexThreshold: threshold,
                whole: {
                    CorpusOpening(corpus: whole, makeIndex: { meetings in
                        indexed?.add(meetings)
                        return SearchIndex(meetings: meetings)
                    })
                })
    }

    /// The meetings each index was made of.
    final class Indexed: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [[Meeting]] = []
        func add(_ meetings: [Meeting]) { lock.withLock { made.append(meetings) } }
        var all: [[Meeting]] { lock.withLock { made } }
    }

    static func rows(_ grid: Grid) -> [String] { (0..<grid.height).map(grid.rowText) }

    /// Cell for cell, styles too; the rows' text first, for a readable failure.
    static func expectSame(_ a: Grid, _ b: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(rows(a) == rows(b), sourceLocation: sourceLocation)
        let same = a == b
        #expect(same, sourceLocation: sourceLocation)
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func theFirstScreenIsTheWholeCorpusScreen(size: (Int, Int)) {
        // Both index in the background, as a corpus of 100,000 does: "indexing…" on both.
        var outlined = Self.onOutline(threshold: 1)
        var plain = Browser(corpus: Self.whole, width: 120, height: 40, historyURL: nil, backgroundIndexThreshold: 1)
        _ = outlined.handle(.resize(width: size.0, height: size.1))
        _ = plain.handle(.resize(width: size.0, height: size.1))
        let first = outlined.render(width: size.0, height: size.1)
        let expected = plain.render(width: size.0, height: size.1)
        Self.expectSame(first, expected)
        #expect(first.rowText(0).contains("300 meetings"))
        // A resize lays the outline out again; it does not decode the rest.
        #expect(outlined.state.meetings[200].title.isEmpty)
        #expect(outlined.pollInterval == 0)
        // The first poll puts the whole corpus in, and the screen stays as it was.
        let redraw = outlined.poll()
        #expect(redraw)
        #expect(outlined.state.meetings == Self.whole.meetings)
        Self.expectSame(outlined.render(width: size.0, height: size.1), expected)
    }

    @Test func theFirstKeyActsOnTheWholeCorpus() {
        var b = Self.onOutline()
        _ = b.handle(.character("G"))
        let last = Self.whole.meetings[b.state.rows.last!]
        #expect(b.state.selectedMeeting == last)
        #expect(!(b.state.selectedMeeting?.title.isEmpty ?? true))
        #expect(b.render(width: 120, height: 40).rowText(2).contains(last.title))
    }

    @Test func nothingIsBuiltForTheOutline() async throws {
        let indexed = Indexed()
        var b = Self.onOutline(threshold: 1, indexed: indexed)
        try await CorpusCheckTests.settle(&b) { $0.state.index != nil && $0.state.connections != nil }
        #expect(b.state.index != nil)
        #expect(indexed.all.count == 1)
        #expect(indexed.all.first == Self.whole.meetings)
        #expect(b.state.connections?.chronological.count == Self.whole.meetings.count)
    }
}
