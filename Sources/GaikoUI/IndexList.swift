import GaikoCore

/// The list pane as an index of people or of countries (`p`, `c`): which one, in what order,
/// and where its cursor is. Entries are positions in `Connections.people` or `.countries`.
public struct IndexList: Sendable, Hashable {
    public var kind: IndexKind
    public var order: IndexOrder
    /// Entry numbers in `order`; empty until the connections arrive.
    public internal(set) var entries: [Int] = []
    /// The cursor's place in `entries`.
    public internal(set) var cursor = 0
    /// First entry shown.
    public internal(set) var offset = 0

    /// How the pane's title says the order.
    var orderLabel: String {
        switch order {
        case .name: "by name"
        case .count: "most meetings first"
        case .recent: "latest first"
        }
    }

    var title: String { kind == .people ? "People" : "Countries" }
}

extension IndexOrder {
    /// `s` in the index: name, count, latest, and round again.
    var cycled: IndexOrder {
        switch self {
        case .name: .count
        case .count: .recent
        case .recent: .name
        }
    }
}

extension BrowserState {
    /// `p`/`c`: the index of that kind in the list pane, or, when it is already there, the
    /// meetings again. It opens in the order last chosen (most meetings first at the start).
    mutating func showIndex(_ kind: IndexKind) {
        helpOpen = false
        if listIndex?.kind == kind, focus == .list {
            listIndex = nil
            return
        }
        focus = .list
        listIndex = IndexList(kind: kind, order: listIndex?.order ?? indexOrder)
        refreshIndexEntries()
    }

    /// Sorts the entries again (new connections or a new order), keeping the cursor on its entry.
    mutating func refreshIndexEntries() {
        guard var list = listIndex else { return }
        let current = list.entries.indices.contains(list.cursor) ? list.entries[list.cursor] : nil
        if let connections {
            list.entries = list.kind == .people ? list.order.sorted(connections.people) : list.order.sorted(connections.countries)
        } else {
            list.entries = []
        }
        list.cursor = current.flatMap { list.entries.firstIndex(of: $0) } ?? 0
        listIndex = list
    }

    mutating func moveIndex(_ step: Step) {
        guard var list = listIndex, !list.entries.isEmpty else { return }
        list.cursor = Self.moved(list.cursor, step: step, page: paneInner(.list)?.height ?? 1, count: list.entries.count)
        listIndex = list
    }

    mutating func cycleIndexOrder() {
        guard listIndex != nil else { return }
        listIndex!.order = listIndex!.order.cycled
        indexOrder = listIndex!.order
        refreshIndexEntries()
        status = "\(listIndex!.title) \(listIndex!.orderLabel)"
    }

    mutating func clickIndex(row: Int) {
        guard var list = listIndex else { return }
        let position = list.offset + row
        guard list.entries.indices.contains(position) else { return }
        list.cursor = position
        listIndex = list
    }

    /// `Enter` on an entry: the meetings become exactly that person's or country's, as a search
    /// for `with:"NAME"` or `country:"NAME"` would show them, kept like one: the status line
    /// names it, `n`/`N` step through its highlights, and `Esc` gives back the view before.
    /// The meetings are the index's own, not the query's: a typed `with:kono` finds every Kono,
    /// and `country:` also finds meetings held in the country.
    mutating func openIndexEntry() {
        guard let list = listIndex, let connections, list.entries.indices.contains(list.cursor) else { return }
        let entry = list.entries[list.cursor]
        let field: String, name: String, chosen: [Int]
        switch list.kind {
        case .people:
            (field, name, chosen) = ("with", connections.people[entry].name, connections.people[entry].meetings)
        case .countries:
            (field, name, chosen) = ("country", connections.countries[entry].name, connections.countries[entry].meetings)
        }
        let text = field + ":\"" + name.replacingOccurrences(of: "\"", with: " ") + "\""
        guard let query = (try? parseQuery(text)) ?? (try? SearchQuery.parse("")) else { return }
        let before = SavedView(
            visible: chronological, viewID: viewID, filter: filter, selected: selected, focus: .list,
            listOffset: listOffset, detailAnchor: detailAnchor, currentMatch: currentMatch
        )
        listIndex = nil
        focus = .list
        currentMatch = nil
        filter = ActiveFilter(text: text, query: query, meetings: chosen)
        keptFrom = before
        setVisible(chosen)
    }

    /// Keeps the index's cursor in view, as the list's offset keeps the selection.
    mutating func settleIndex() {
        guard var list = listIndex else { return }
        list.cursor = max(0, min(list.entries.count - 1, list.cursor))
        if let h = paneInner(.list)?.height, h > 0 {
            list.offset = Self.offsetKeeping(list.cursor, visible: h, count: list.entries.count, offset: list.offset)
        } else {
            list.offset = 0
        }
        listIndex = list
    }
}
