/// The three views of the one selection.
public enum Pane: Int, Sendable, Hashable, CaseIterable {
    case list, detail, timeline

    public var title: String {
        switch self {
        case .list: "Meetings"
        case .detail: "Detail"
        case .timeline: "Timeline"
        }
    }

    /// The status line's mode label.
    var modeLabel: String {
        switch self {
        case .list: "LIST"
        case .detail: "DETAIL"
        case .timeline: "TIMELINE"
        }
    }

    var next: Pane { Pane(rawValue: (rawValue + 1) % 3)! }
    var previous: Pane { Pane(rawValue: (rawValue + 2) % 3)! }
}

/// List order.
public enum SortOrder: Sendable, Hashable {
    case newestFirst, oldestFirst

    var label: String { self == .newestFirst ? "newest first" : "oldest first" }
    var toggled: SortOrder { self == .newestFirst ? .oldestFirst : .newestFirst }
}
