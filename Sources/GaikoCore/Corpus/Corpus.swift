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
    public var meetings: [Meeting]
    /// Files that were skipped, reported by name.
    public var problems: [LoadProblem]
    /// What is open, for the title bar: `Japan–Peru meetings`, or the folder's name.
    public var title: String

    public init(meetings: [Meeting], problems: [LoadProblem] = [], title: String) {
        self.meetings = meetings
        self.problems = problems
        self.title = title
    }
}
