import Foundation
import Testing
@testable import GaikoUI
import GaikoCore

/// Thousands of meetings over decades: every one is on the timeline (as a mark or in a count),
/// and the render cost is printed (a figure to watch, not a timed assertion).
@Suite struct ScaleTests {
    @Test func everyMeetingIsMarkedOrCounted() throws {
        var b = browser(120, 40, corpus: Fixtures.generated(count: 5_000, years: 40), keys: chars("t"))
        let inner = try #require(b.state.layout.timeline?.inner)
        let plot = TimelinePlot(state: b.state, rect: inner)
        var represented = 0
        for column in 0..<(plot.scale?.columns ?? 0) {
            for mark in plot.marks(column: column) {
                switch mark {
                case .meeting: represented += 1
                case .count(let n, let ids):
                    #expect(n == ids.count)
                    represented += n
                }
            }
        }
        #expect(represented == 5_000)

        let clock = ContinuousClock()
        let frames = 50
        let elapsed = clock.measure {
            for i in 0..<frames {
                _ = b.handle(.character(i % 2 == 0 ? "l" : "j"))
                _ = b.render(width: 120, height: 40)
            }
        }
        print("5000 meetings, 120x40: \(elapsed / frames) per key + render (debug build)")
    }
}
