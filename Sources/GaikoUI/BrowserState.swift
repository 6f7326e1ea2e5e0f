import GaikoCore

/// Everything the browser shows, as a value: `apply` changes it, the views only read it.
/// The selection is a corpus index (an identity), never a row number, so it survives sorting and
/// filtering; scroll offsets are settled in `apply`, never while drawing.
public struct BrowserState: Sendable {
    public let catalog: Catalog

    /// Corpus indices in view (a search narrows this), in time order; undated last.
    public private(set) var chronological: [Int]
    /// How many of `chronological` have a date (they come first).
    public private(set) var datedCount = 0
    /// Which list `chronological` is, for `timelineMemo`: new each time it changes, the saved
    /// one again when a search is cancelled.
    var viewID: Int
    /// The timeline's buckets of the last views drawn, shared by this state's copies.
    let timelineMemo = TimelineMemo()
    /// The same meetings in list order.
    public private(set) var rows: [Int]
    /// The selected meeting's corpus index; nil only when nothing is in view.
    public internal(set) var selected: Int?
    public internal(set) var order: SortOrder = .newestFirst
    public internal(set) var focus: Pane = .list
    public internal(set) var zoomed = false
    public internal(set) var width = 80
    public internal(set) var height = 24

    /// First list row shown.
    public internal(set) var listOffset = 0
    /// The detail's reading position, kept across re-wrapping.
    public internal(set) var detailAnchor = DetailAnchor.top
    /// First detail line shown, derived from the anchor at the current width.
    var detailTopPosition = DetailPosition(block: 0, line: 0)
    var detail: DetailDocument

    /// Index into `timelineSpans`: 0 is the whole span.
    public internal(set) var timelineZoom = 0
    /// First day of the zoomed axis (a `Day.ordinal`).
    public internal(set) var timelineStart = 0

    public internal(set) var helpOpen = false
    public internal(set) var helpOffset = 0
    /// A one-off message for the status line, cleared by the next action.
    public internal(set) var status: String?

    /// The search narrowing the list (typed in the prompt or kept with `Enter`); nil shows all.
    public internal(set) var filter: ActiveFilter?
    /// The open search prompt; nil while browsing.
    var search: SearchSession?
    /// Searches kept with `Enter`, oldest first, for `↑`/`↓` in the prompt.
    public internal(set) var history: [String] = []
    /// The hit `n`/`N` last moved to, in the selected meeting's detail.
    public internal(set) var currentMatch: DetailHit?
    /// Nil while the index is being built in the background.
    public internal(set) var index: SearchIndex?
    /// The people, countries and relations of the corpus (`Connections.build`); nil while they
    /// are built in the background, as the index is.
    public internal(set) var connections: Connections?
    /// The index of people or countries the list pane shows instead of meetings; nil shows them.
    public internal(set) var listIndex: IndexList?
    /// The order the next index opens in: the one last chosen with `s`.
    var indexOrder = IndexOrder.count
    /// The Related entry `]`/`[` moved to in the detail (its place in `detail.relatedTargets`).
    public internal(set) var relatedCursor: Int?
    /// The counterpart country (in `connections.countries`) every meeting in view shares, when
    /// a search has narrowed the list to one: the timeline then tells its story.
    public internal(set) var storyCountry: Int?
    /// The keys in force: dispatch, help and status hints all read this one table.
    public let keyTable: KeyTable
    /// Help generated from `keyTable`, once.
    let helpLines: [HelpView.Line]
    /// Digits typed before a move (`5j`); nil when none.
    public internal(set) var pendingCount: Int?
    /// The open go-to prompt (`:`); nil while browsing.
    public internal(set) var goTo: PromptLine?
    /// The view from before the kept search, for `Esc` in the list.
    var keptFrom: SavedView?
    /// Meetings read, oldest first, for `Ctrl-O` and forward; `readPosition` is the current one.
    public internal(set) var reads: [Int] = []
    public internal(set) var readPosition = -1
    /// The pane the timeline was entered from, where `q`/`Esc` go back to.
    var timelineReturn: Pane = .list
    /// How prompt text becomes a query; tests swap it to exercise parse errors.
    var parseQuery: @Sendable (String) throws(QueryError) -> SearchQuery = { text throws(QueryError) in try SearchQuery.parse(text) }

    /// `buildIndex: false` leaves `index` nil for the caller to supply (built in the background);
    /// `buildConnections: false` does the same for `connections`.
    public init(corpus: Corpus, width: Int = 80, height: Int = 24, buildIndex: Bool = true, buildConnections: Bool = true,
                keyTable: KeyTable = .standard) {
        catalog = Catalog(corpus: corpus)
        self.keyTable = keyTable
        helpLines = HelpView.lines(for: keyTable)
        if buildIndex { index = SearchIndex(meetings: corpus.meetings) }
        if buildConnections { connections = Connections.build(corpus.meetings) }
        chronological = catalog.chronological
        viewID = timelineMemo.newView()
        rows = []
        self.width = max(0, width)
        self.height = max(0, height)
        detail = DetailDocument(meetings: [], meeting: nil, width: 0)
        rebuildRows()
        selected = rows.first
        reconcile()
    }

    public var meetings: [Meeting] { catalog.meetings }
    public var layout: Layout { Layout(width: width, height: height, focus: focus, zoomed: zoomed, story: storyCountry != nil) }
    public var selectedMeeting: Meeting? { selected.map { meetings[$0] } }
    /// The selection's row in the list.
    public var selectedRow: Int? { selected.flatMap { rows.firstIndex(of: $0) } }
    /// Line number of the first detail line shown. Exact for every ordinary record; for one
    /// too long to wrap whole (see `DetailDocument`), counted by wrapping all before it.
    public var detailTop: Int { detail.lineNumber(of: detailTopPosition) ?? detail.line(for: detail.anchor(at: detailTopPosition)) }
    /// Total lines of the selected meeting's detail at the current width (for a record too
    /// long to wrap whole, this wraps it all).
    public var detailLineCount: Int { detail.lineCount ?? detail.lines.count }

    /// Narrows the meetings in view to `indices` (corpus indices, any order), keeping the
    /// selection when it is still in view.
    public mutating func setVisible(_ indices: [Int]) {
        // A flag per meeting, not a `Set`: at 100,000 meetings hashing every match cost more
        // than the search that found them, on every key typed in the prompt.
        var wanted = [Bool](repeating: false, count: catalog.meetings.count)
        for i in indices where wanted.indices.contains(i) { wanted[i] = true }
        chronological = catalog.chronological.filter { wanted[$0] }
        viewID = timelineMemo.newView()
        rebuildRows()
        if let s = selected, wanted.indices.contains(s), wanted[s] {} else { selected = rows.first; resetDetail() }
        refreshStory()
        reconcile()
    }

    /// Shows `indices`, already in the catalog's time order (a view saved before a search, or the
    /// whole catalog): nothing to filter, which at 100,000 meetings was most of what `Esc` cost.
    /// The caller keeps the selection in view and reconciles.
    mutating func showInOrder(_ indices: [Int], view: Int? = nil) {
        chronological = indices
        viewID = view ?? timelineMemo.newView()
        rebuildRows()
        refreshStory()
    }

    mutating func rebuildRows() {
        // `chronological` keeps the catalog's order, undated meetings last, so they are a
        // suffix: found from the end without looking at every meeting.
        let meetings = self.meetings
        var split = chronological.count
        while split > 0, meetings[chronological[split - 1]].date == nil { split -= 1 }
        datedCount = split
        guard order == .newestFirst else {
            rows = chronological
            return
        }
        // Written once into one buffer: the reversed days then the undated, which as two arrays
        // joined were two copies of 100,000 rows on every key typed in the prompt.
        let chronological = self.chronological
        rows = [Int](unsafeUninitializedCapacity: chronological.count) { buffer, count in
            for k in 0..<split { buffer[k] = chronological[split - 1 - k] }
            for k in split..<chronological.count { buffer[k] = chronological[k] }
            count = chronological.count
        }
    }

    mutating func resetDetail() {
        currentMatch = nil
        relatedCursor = nil
        detailAnchor = .top
        detailTopPosition = DetailPosition(block: 0, line: 0)
    }

    /// Keys apply in these contexts, first match wins.
    public var keyContexts: [KeyContext] {
        if search != nil || goTo != nil { return [.prompt, .always] }
        if helpOpen { return [.help, .always] }
        let pane: KeyContext = switch focus {
        case .list: listIndex == nil ? .list : .index
        case .detail: .detail
        case .timeline: .timeline
        }
        return [pane, .anyPane, .always]
    }
}
