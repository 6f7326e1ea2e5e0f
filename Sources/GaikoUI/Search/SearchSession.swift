import GaikoCore

/// The search prompt while it is open, and the view it was opened from, so `Esc` can put the
/// browser back exactly as it was.
struct SearchSession: Sendable {
    var line = PromptLine()
    /// Which history entry `↑`/`↓` last recalled; nil while editing a fresh line.
    var historyPosition: Int?
    /// The line being typed before recalling history, given back by `↓` past the newest entry.
    var draft = PromptLine()
    /// The parse error of the line as typed, shown instead of the count.
    var error: String?
    /// Why the line is not all that was pasted or recalled (it was cut to the longest query).
    var notice: String?
    let saved: SavedView
}

/// What a search changes and a cancelled search must restore.
struct SavedView: Sendable {
    var visible: [Int]
    /// `BrowserState.viewID` of `visible`, so its timeline is not bucketed again.
    var viewID: Int
    var filter: ActiveFilter?
    var selected: Int?
    var focus: Pane
    var listOffset: Int
    var detailAnchor: DetailAnchor
    var currentMatch: DetailHit?
}

/// A search that narrows the list: its text as typed and its parsed form.
public struct ActiveFilter: Sendable, Hashable {
    public var text: String
    public var query: SearchQuery
    /// The meetings it stands for when they come from the people or countries index rather
    /// than from the search index (corpus indices); nil for a typed search.
    public var meetings: [Int]? = nil
}

/// One hit in a meeting's detail: the paragraph (`DetailLine.block`) and the Characters it covers.
public struct DetailHit: Sendable, Hashable {
    public var block: Int
    public var range: Range<Int>
}
