/// A file that could not be loaded, and why, in words for the person who named it.
public struct LoadProblem: Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// The meetings gaiko has open, in a stable order that never depends on load timing.
public struct Corpus: Sendable {
    public var meetings: [Meeting] {
        didSet { isNewestFirst = false }
    }
    /// Files that were skipped, reported by name.
    public var problems: [LoadProblem]
    /// What is open, for the title bar: `Japan–Peru meetings`, or the folder's name.
    public var title: String
    /// Whether `meetings` are known to be in `MeetingOrder.newestFirst` order, as a load (or the
    /// cache, which stores a load's order) puts them; false once they are changed. The browser
    /// then takes the order as it is instead of confirming it meeting by meeting.
    public private(set) var isNewestFirst = false

    public init(meetings: [Meeting], problems: [LoadProblem] = [], title: String) {
        self.meetings = meetings
        self.problems = problems
        self.title = title
    }

    /// A corpus whose meetings are in `MeetingOrder.newestFirst` order already, as a load or
    /// the cache places them: the caller vouches for it, and the browser takes it on trust.
    public init(newestFirst meetings: [Meeting], problems: [LoadProblem] = [], title: String) {
        self.init(meetings: meetings, problems: problems, title: title)
        isNewestFirst = true
    }
}
