import Foundation
import GaikoCore
import Testing
@testable import GaikoUI

/// A browser opened on a corpus from the cache checks the record files behind the first screen
/// and swaps in what they say now, without pulling anything from under the user.
@Suite struct CorpusCheckTests {
    static let old = Corpus(meetings: [Fixtures.summit2017, Fixtures.fm2017, Fixtures.summit2014], title: "records")

    /// The same records read again: one edited, one added.
    static var changed: Corpus {
        var edited = Fixtures.fm2017
        edited.venue = "Lima"
        var added = Fixtures.summit2014
        added.id = "2015-01-01-summit"
        added.date = Fixtures.day("2015-01-01")
        return Corpus(meetings: [Fixtures.summit2017, edited, added, Fixtures.summit2014], title: "records")
    }

    /// Polls until `done` or the background work has ended.
    static func settle(_ b: inout Browser, until done: (Browser) -> Bool = { _ in false }) async throws {
        for _ in 0..<500 where b.pollInterval != nil && !done(b) {
            _ = b.poll()
            if b.pollInterval != nil, !done(b) { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    @Test func aChangedCorpusReplacesTheOneShownAndKeepsTheSelection() async throws {
        let check = CorpusCheck(run: { Self.changed })
        var b = Browser(corpus: Self.old, width: 120, height: 40, historyURL: nil, check: check)
        _ = b.handle(.character("j"))
        #expect(b.state.selectedMeeting?.id == "2017-11-08-foreign-ministers")
        try await Self.settle(&b)
        #expect(b.state.meetings.count == 4)
        #expect(b.state.selectedMeeting?.id == "2017-11-08-foreign-ministers")
        #expect(b.state.selectedMeeting?.venue == "Lima")
        #expect(b.state.rows.map { b.state.meetings[$0].id }
            == ["2017-11-10-summit", "2017-11-08-foreign-ministers", "2015-01-01-summit", "2014-11-10-summit"])
        let screen = b.render(width: 120, height: 40)
        #expect(screen.rowText(39).contains("Records changed on disk: list updated (4 meetings, 1 more)"))
        #expect((0..<39).contains { screen.rowText($0).contains("2015-01-01") })
        #expect(b.pollInterval == nil)
    }

    @Test func aSelectionNobodyMovedGoesToTheNewFirstRow() async throws {
        var newer = Fixtures.summit2014
        newer.id = "2030-01-01-summit"
        newer.date = Fixtures.day("2030-01-01")
        let corpus = Corpus(meetings: [newer] + Self.old.meetings, title: "records")
        let check = CorpusCheck(run: { corpus })
        var b = Browser(corpus: Self.old, width: 120, height: 40, historyURL: nil, check: check)
        #expect(b.state.selectedMeeting?.id == "2017-11-10-summit")
        try await Self.settle(&b)
        #expect(b.state.meetings.count == 4)
        #expect(b.state.selectedMeeting?.id == "2030-01-01-summit")
        #expect(b.state.selectedRow == 0)
    }

    @Test func aCurrentCorpusStaysAsItIs() async throws {
        let check = CorpusCheck(run: { nil })
        var b = Browser(corpus: Self.old, width: 120, height: 40, historyURL: nil, check: check)
        let before = b.render(width: 120, height: 40)
        try await Self.settle(&b)
        #expect(b.pollInterval == nil)
        #expect(b.state.meetings == Self.old.meetings)
        #expect(b.render(width: 120, height: 40) == before)
    }

    @Test func theSwapWaitsWhileASearchIsOpenOrKept() async throws {
        let check = CorpusCheck(run: { Self.changed })
        var b = Browser(corpus: Self.old, width: 120, height: 40, historyURL: nil, check: check)
        for key in [Key.character("/")] + "peru".map(Key.character) { _ = b.handle(key) }
        // Long enough for the check to be done; the prompt holds positions in the old corpus.
        for _ in 0..<30 {
            _ = b.poll()
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(b.state.meetings.count == 3)
        #expect(b.pollInterval != nil)
        _ = b.handle(.enter)
        _ = b.poll()
        #expect(b.state.meetings.count == 3, "a kept search still holds the old corpus")
        _ = b.handle(.escape)
        try await Self.settle(&b)
        #expect(b.state.meetings.count == 4)
    }

    @Test func aLargeReplacementIsIndexedInTheBackgroundByTheChecksOwnMakers() async throws {
        let built = Counter()
        let check = CorpusCheck(run: { Self.changed }, makeIndex: { meetings in
            built.add()
            return SearchIndex(meetings: meetings)
        })
        var b = Browser(corpus: Self.old, width: 120, height: 40, historyURL: nil, backgroundIndexThreshold: 0, check: check)
        try await Self.settle(&b)
        #expect(b.state.meetings.count == 4)
        #expect(!b.state.isIndexing)
        #expect(built.value == 1)
        // The new corpus's own index: the edited venue is found.
        for key in [Key.character("/")] + "lima".map(Key.character) { _ = b.handle(key) }
        #expect(b.state.rows.map { b.state.meetings[$0].id }.contains("2017-11-08-foreign-ministers"))
    }
}

/// Counts calls from background threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
