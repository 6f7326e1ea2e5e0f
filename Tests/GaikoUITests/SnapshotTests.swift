import Testing
@testable import GaikoUI
import GaikoCore

@Suite struct SnapshotTests {
    @Test(arguments: [(120, 40), (80, 24), (60, 20), (30, 10), (10, 3)])
    func browserAtSize(width: Int, height: Int) throws {
        let b = browser(width, height)
        try assertSnapshot(b.render(width: width, height: height), named: "browser-\(width)x\(height)")
    }

    @Test func detailFocusedAndScrolled() throws {
        // The 2017 summit: third row newest first (after 2024, 2023, then 2019 telephone).
        let b = browser(80, 24, keys: chars("jjj") + [.enter] + chars("jjjjjj"))
        try assertSnapshot(b.render(width: 80, height: 24), named: "detail-scrolled-80x24")
    }

    @Test func helpOpen() throws {
        let b = browser(80, 24, keys: chars("?"))
        try assertSnapshot(b.render(width: 80, height: 24), named: "help-80x24")
    }

    @Test func timelineZoomed() throws {
        let b = browser(120, 40, keys: chars("th") + chars("++"))
        try assertSnapshot(b.render(width: 120, height: 40), named: "timeline-zoomed-120x40")
    }

    @Test func undatedMeetingWithWarnings() throws {
        let b = browser(100, 30, keys: [.character("G")])
        try assertSnapshot(b.render(width: 100, height: 30), named: "undated-100x30")
    }

    @Test func generatedCorpusTimeline() throws {
        let b = browser(120, 40, corpus: Fixtures.generated(count: 5_000, years: 40), keys: chars("t"))
        try assertSnapshot(b.render(width: 120, height: 40), named: "generated-5000-120x40")
    }
}
