import GaikoCore
import Testing
@testable import GaikoUI

/// The timeline of a list is bucketed once: `Esc` in the prompt finds the buckets of the list
/// it restores, and the screen is the one before the search.
@Suite struct TimelineMemoTests {
    @Test func escapeFindsTheTimelineOfTheListItRestores() {
        var b = Browser(corpus: Fixtures.generated(count: 500, years: 30), width: 120, height: 40, historyURL: nil)
        let before = b.render(width: 120, height: 40)
        let view = b.state.viewID
        _ = b.handle(.character("/"))
        // A frame after every key, as in a terminal: each narrowed list is bucketed in turn.
        for c in "country7" {
            _ = b.handle(.character(c))
            _ = b.render(width: 120, height: 40)
        }
        let searched = b.state.viewID
        #expect(searched != view)
        #expect(b.state.rows.count < 500)
        #expect(b.state.timelineMemo.keptViews == [view, searched])
        _ = b.handle(.escape)
        #expect(b.state.viewID == view)
        #expect(b.state.rows.count == 500)
        let after = b.render(width: 120, height: 40)
        #expect(b.state.timelineMemo.keptViews == [view, searched], "nothing bucketed again")
        let same = after == before
        #expect(same)
    }

    @Test func aViewAtAnotherScaleIsBucketedAgainAndOnlyTwoAreKept() {
        let memo = TimelineMemo()
        let a = memo.newView(), b = memo.newView(), c = memo.newView()
        #expect(Set([a, b, c]).count == 3)
        let wide = TimeScale.years(from: Fixtures.day("2000-01-01"), to: Fixtures.day("2020-12-31"), columns: 100)
        let narrow = TimeScale.years(from: Fixtures.day("2000-01-01"), to: Fixtures.day("2020-12-31"), columns: 40)
        var made = 0
        func buckets(_ view: Int, _ scale: TimeScale) -> TimelineBuckets {
            memo.buckets(view: view, scale: scale) {
                made += 1
                return TimelineBuckets(ids: [0], ordinals: [Fixtures.day("2010-06-01").ordinal], scale: scale)
            }
        }
        _ = buckets(a, wide)
        _ = buckets(a, wide)
        #expect(made == 1)
        #expect(buckets(a, narrow).scale == narrow)
        #expect(made == 2)
        _ = buckets(b, wide)
        _ = buckets(c, wide)
        #expect(memo.keptViews == [b, c])
        _ = buckets(a, narrow)
        #expect(made == 5)
        // A kept view outlasts the views drawn after it.
        memo.keep(a)
        _ = buckets(b, wide)
        _ = buckets(c, wide)
        #expect(memo.keptViews == [a, c])
        _ = buckets(a, narrow)
        #expect(made == 7)
    }
}
