import GaikoCore

extension BrowserState {
    /// True while the search prompt is open.
    public var isSearching: Bool { search != nil }
    /// The prompt being edited, nil while browsing.
    public var prompt: PromptLine? { search?.line }
    /// Why the prompt's text is not a query, nil when it is.
    public var searchError: String? { search?.error }
    /// Why the prompt holds less than was pasted or recalled, nil when it holds it all.
    public var searchNotice: String? { search?.notice }
    /// True until the background index is ready.
    public var isIndexing: Bool { index == nil }

    /// Search actions; `apply` hands them here and reconciles afterwards.
    mutating func applySearch(_ action: Action) {
        switch action {
        case .openSearch:
            openSearch()
        case .promptInsert(let text):
            var whole = true
            editPrompt { whole = $0.insert(text) }
            if !whole { search?.notice = Self.cutNotice }
        case .promptEdit(.backspace) where search?.line.isEmpty == true:
            // Like less and vim: backing out of an empty prompt leaves it.
            cancelSearch()
        case .promptEdit(let edit):
            editPrompt { $0.apply(edit) }
        case .promptHistory(let step):
            recall(step)
        case .promptAccept:
            acceptSearch()
        case .promptCancel:
            cancelSearch()
        case .nextMatch:
            moveToMatch(forward: true)
        case .previousMatch:
            moveToMatch(forward: false)
        default:
            break
        }
    }

    /// What the prompt says when text did not fit in a query.
    static let cutNotice = "query cut to \(PromptLine.maximumLength) characters"

    /// Hands over the connections built in the background: the Related section, an open
    /// people or countries index and the timeline's story fill in.
    mutating func installConnections(_ connections: Connections) {
        self.connections = connections
        refreshIndexEntries()
        refreshStory()
        reconcile()
    }

    /// Hands over the index built in the background and applies a search typed meanwhile.
    mutating func installIndex(_ index: SearchIndex) {
        self.index = index
        if filter != nil { narrowToFilter() }
        reconcile()
    }

    // MARK: the prompt

    private mutating func openSearch() {
        helpOpen = false
        // The search narrows the meetings: show them, not the index.
        listIndex = nil
        let saved = SavedView(
            visible: chronological, viewID: viewID, filter: filter, selected: selected, focus: focus,
            listOffset: listOffset, detailAnchor: detailAnchor, currentMatch: currentMatch
        )
        search = SearchSession(saved: saved)
        timelineMemo.keep(viewID)
    }

    private mutating func editPrompt(_ change: (inout PromptLine) -> Void) {
        guard var session = search else { return }
        let before = session.line.text
        change(&session.line)
        session.notice = nil
        search = session
        // Moving the cursor searches nothing new.
        if session.line.text != before { runQuery(session.line.text) }
    }

    /// Narrows the list to what `text` matches; a text that does not parse leaves the last good
    /// result in place and says why.
    private mutating func runQuery(_ text: String) {
        let query: SearchQuery
        do {
            query = try parseQuery(text)
        } catch {
            search?.error = error.message
            return
        }
        search?.error = nil
        filter = query.isEmpty ? nil : ActiveFilter(text: text, query: query)
        currentMatch = nil
        narrowToFilter()
    }

    /// Shows what the filter matches (everything without one). Until the index is ready the list
    /// stays whole; `installIndex` narrows it then.
    private mutating func narrowToFilter() {
        guard let filter else {
            setVisible(catalog.chronological)
            return
        }
        if let exact = filter.meetings {
            setVisible(exact)
            return
        }
        guard let index else { return }
        setVisible(index.matches(filter.query))
    }

    private mutating func recall(_ step: Step) {
        guard var session = search, !history.isEmpty else { return }
        switch step {
        case .previous:
            if let at = session.historyPosition {
                session.historyPosition = max(0, at - 1)
            } else {
                session.draft = session.line
                session.historyPosition = history.count - 1
            }
            session.line = PromptLine(history[session.historyPosition!])
        case .next:
            guard let at = session.historyPosition else { return }
            if at + 1 < history.count {
                session.historyPosition = at + 1
                session.line = PromptLine(history[at + 1])
            } else {
                session.historyPosition = nil
                session.line = session.draft
            }
        default:
            return
        }
        // A history file written by something else may hold a line of any length: the prompt
        // takes its start, as it does from a paste, and says so.
        session.notice = session.historyPosition.map { PromptLine.isTooLong(history[$0]) } == true ? Self.cutNotice : nil
        search = session
        runQuery(session.line.text)
    }

    private mutating func acceptSearch() {
        guard let session = search else { return }
        // As in a shell or vim, a line that is not a query is not accepted: keeping the last
        // good result would leave a search in force that the user never chose.
        guard session.error == nil else { return }
        search = nil
        focus = .list
        if session.line.isEmpty {
            if filter != nil || session.saved.filter != nil { status = "Search cleared: all meetings shown" }
            filter = nil
            narrowToFilter()
            return
        }
        remember(session.line.text)
        keptFrom = session.saved
    }

    private mutating func cancelSearch() {
        guard let saved = search?.saved else { return }
        search = nil
        restore(saved)
        focus = saved.focus
    }

    /// Puts back the list and the reading position of `saved` (the focus stays as it is).
    mutating func restore(_ saved: SavedView) {
        filter = saved.filter
        showInOrder(saved.visible, view: saved.viewID)
        selected = saved.selected
        listOffset = saved.listOffset
        detailAnchor = saved.detailAnchor
        currentMatch = saved.currentMatch
        reconcile()
    }

    /// Adds a kept search to the session's history: newest last, no repeats, at most 500.
    mutating func remember(_ text: String) {
        history.removeAll { $0 == text }
        history.append(text)
        if history.count > SearchHistoryStore.limit { history.removeFirst(history.count - SearchHistoryStore.limit) }
    }

    // MARK: n and N

    /// Like less and vim: `n` goes to the first hit after the current position, `N` to the last
    /// one before it; past either end of the meeting it goes on to the next meeting in the list
    /// (its first hit, or its last going back), wrapping at the ends with a note.
    private mutating func moveToMatch(forward: Bool) {
        guard let query = filter?.query else {
            status = "No active search: press / to search"
            return
        }
        guard !rows.isEmpty else {
            status = "No meetings match"
            return
        }
        if detail.meeting == selected, let target = adjacentHit(for: query, forward: forward) {
            show(target)
            return
        }
        var row = (selectedRow ?? -1) + (forward ? 1 : -1)
        if row >= rows.count {
            row = 0
            status = "search wrapped to the top"
        } else if row < 0 {
            row = rows.count - 1
            status = "search wrapped to the bottom"
        }
        select(rows[row])
        currentMatch = nil
        reconcile()
        let hit = forward ? detail.firstHit(for: query, atOrAfter: detail.start) : detail.lastHit(for: query, before: nil)
        if let hit { show(hit) }
    }

    /// The hit `n` or `N` goes to within this meeting, nil when there is none that way.
    ///
    /// The current position is the current match while it is in view, as vim's cursor is.
    /// Before any `n`, or once the reader has scrolled the match out of view, it is the reading
    /// position, as in less: `n` takes the first hit from the top line of the detail down, `N`
    /// the last one above it. Either way `n` then `N` comes back to where it started. Only the
    /// paragraphs between here and the hit are searched (once per query) and wrapped.
    private func adjacentHit(for query: SearchQuery, forward: Bool) -> DetailHit? {
        if let current = currentMatch, detail.hits(in: current.block, for: query).contains(current.range),
           detailShows(detail.position(of: current)) {
            return forward ? detail.hit(after: current, for: query) : detail.hit(before: current, for: query)
        }
        return forward
            ? detail.firstHit(for: query, atOrAfter: detailTopPosition)
            : detail.lastHit(for: query, before: detailTopPosition)
    }

    /// Lines of text the detail shows at once (as if focused, where panes take turns).
    private var detailHeight: Int { max(1, detailTextRect?.height ?? 1) }

    private func detailShows(_ position: DetailPosition) -> Bool {
        position >= detailTopPosition && position <= detail.moved(detailTopPosition, by: detailHeight - 1)
    }

    /// Marks a hit as current and scrolls the detail just enough to show it, with a little
    /// context above when it has to move.
    private mutating func show(_ hit: DetailHit) {
        currentMatch = hit
        let position = detail.position(of: hit)
        if !detailShows(position) {
            detailAnchor = detail.anchor(at: detail.moved(position, by: -min(2, detailHeight / 3)))
        }
    }
}
