import GaikoCore

/// How a browser opened on a corpus read from the cache, before its record files were checked,
/// learns whether they changed since: `run` checks them on a background thread and gives the
/// corpus as it is now, or nil when the one on screen is current. The browser swaps the new
/// corpus in at the first moment nothing the user set up depends on the old one (no prompt, no
/// search kept, no index view), keeping the selected meeting by its id.
public struct CorpusCheck: Sendable {
    public var run: @Sendable () -> Corpus?
    /// How the index and connections of a corpus that replaces the one shown are made.
    public var makeIndex: @Sendable ([Meeting]) -> SearchIndex
    public var makeConnections: @Sendable ([Meeting]) -> Connections

    public init(run: @escaping @Sendable () -> Corpus?,
                makeIndex: @escaping @Sendable ([Meeting]) -> SearchIndex = { SearchIndex(meetings: $0) },
                makeConnections: @escaping @Sendable ([Meeting]) -> Connections = { Connections.build($0) }) {
        self.run = run
        self.makeIndex = makeIndex
        self.makeConnections = makeConnections
    }

    /// What the check found.
    enum Outcome: Sendable {
        case current
        case changed(Corpus)
    }
}

/// What a browser drawn first from an outline (`StoredCollection.outline`) opens on once the
/// whole corpus is decoded: the corpus, how its index and connections are made, and how its
/// files are checked (nil when they were just read).
public struct CorpusOpening: Sendable {
    public var corpus: Corpus
    public var makeIndex: @Sendable ([Meeting]) -> SearchIndex
    public var makeConnections: @Sendable ([Meeting]) -> Connections
    public var check: CorpusCheck?

    public init(corpus: Corpus,
                makeIndex: @escaping @Sendable ([Meeting]) -> SearchIndex = { SearchIndex(meetings: $0) },
                makeConnections: @escaping @Sendable ([Meeting]) -> Connections = { Connections.build($0) },
                check: CorpusCheck? = nil) {
        self.corpus = corpus
        self.makeIndex = makeIndex
        self.makeConnections = makeConnections
        self.check = check
    }
}

extension BrowserState {
    /// The state for the whole corpus an outline stood for: the same screen, row for row, since
    /// only the outline's first rows were ever shown and no key has been handled yet.
    func fillingOutline(with corpus: Corpus, buildIndex: Bool) -> BrowserState {
        var next = replacingCorpus(corpus, buildIndex: buildIndex, buildConnections: false)
        next.status = status
        return next
    }

    /// This state's settings (size, keys, panes, order, history, status) on no meetings at all:
    /// what holds them while the outline's meetings are let go, so that the outline and the
    /// whole corpus are never in memory together.
    func withoutMeetings() -> BrowserState {
        var next = BrowserState(corpus: Corpus(meetings: [], title: catalog.corpus.title), width: width, height: height,
                                buildIndex: false, buildConnections: false, keyTable: keyTable)
        carrySettings(into: &next)
        next.status = status
        return next
    }

    /// What a state on other meetings keeps of this one.
    private func carrySettings(into next: inout BrowserState) {
        next.parseQuery = parseQuery
        next.history = history
        next.focus = focus
        next.zoomed = zoomed
        next.helpOpen = helpOpen
        next.helpOffset = helpOffset
        next.timelineReturn = timelineReturn
        if next.order != order {
            next.order = order
            next.rebuildRows()
        }
    }

    /// Whether the corpus can be swapped now without pulling anything from under the user:
    /// prompts, kept searches and index views all hold positions in the old corpus.
    var canReplaceCorpus: Bool {
        search == nil && goTo == nil && filter == nil && listIndex == nil && keptFrom == nil
    }

    /// The state for `corpus`, the same files read again: the same size, keys, panes, order and
    /// search history, the same meeting selected when the user had moved to it and it is still
    /// there (found by id), and a line saying what happened. The read history (Ctrl-O) starts again: it held places in
    /// the old corpus.
    func replacingCorpus(_ corpus: Corpus, buildIndex: Bool, buildConnections: Bool) -> BrowserState {
        var next = BrowserState(corpus: corpus, width: width, height: height, buildIndex: buildIndex,
                                buildConnections: buildConnections, keyTable: keyTable)
        carrySettings(into: &next)
        // A selection still on the first row is where any start puts it: it goes to the new
        // first row, as a start that read the files would have put it. One the user moved to
        // stays with its meeting.
        let moved = selected != rows.first
        if moved, let id = selectedMeeting?.id, let index = next.meetings.firstIndex(where: { $0.id == id }) {
            next.selected = index
            // The same meeting: keep the reading position when its text is unchanged.
            if next.meetings[index] == meetings[selected!] {
                next.detailAnchor = detailAnchor
            }
        } else {
            next.selected = next.rows.first
        }
        if moved { next.listOffset = listOffset }
        let change = corpus.meetings.count - meetings.count
        let counted = change == 0 ? "" : change > 0 ? ", \(change) more" : ", \(-change) fewer"
        let total = corpus.meetings.count == 1 ? "1 meeting" : "\(corpus.meetings.count) meetings"
        next.status = "Records changed on disk: list updated (\(total)\(counted))"
        next.reconcile()
        return next
    }
}
