import Testing
@testable import GaikoUI
import GaikoCore

/// The screens the connections add, at the sizes the other snapshots use.
@Suite struct ConnectionsSnapshotTests {
    static let sizes = [(120, 40), (80, 24)]

    @Test(arguments: sizes)
    func relatedSectionWithItsCursor(width: Int, height: Int) throws {
        // The 2017 summit, `]` twice: the cursor on the second entry, scrolled into view.
        let b = browser(width, height, keys: [.character(":")] + chars("2017-11-10-summit") + [.enter, .enter] + chars("]]"))
        try assertSnapshot(b.render(width: width, height: height), named: "related-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func peopleIndex(width: Int, height: Int) throws {
        let b = browser(width, height, keys: chars("pj"))
        try assertSnapshot(b.render(width: width, height: height), named: "people-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func countriesIndexByName(width: Int, height: Int) throws {
        let b = browser(width, height, keys: chars("css"))
        try assertSnapshot(b.render(width: width, height: height), named: "countries-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func storyTimeline(width: Int, height: Int) throws {
        // Narrowed to Peru from the countries index, the timeline focused on the 2014 summit.
        let b = browser(width, height, keys: chars("c") + [.enter] + chars("t") + [.home, .character("l")])
        try assertSnapshot(b.render(width: width, height: height), named: "story-\(width)x\(height)")
    }
}
