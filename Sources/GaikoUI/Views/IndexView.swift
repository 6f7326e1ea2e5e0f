import GaikoCore

/// The list pane as the index of people or countries: a row per entry with its name, number
/// of meetings and first and last date; the order in the title.
enum IndexView {
    static func draw(_ state: BrowserState, list: IndexList, into grid: inout Grid, rect: Rect, focused: Bool) {
        let inner = rect.inner
        let count = list.entries.count
        let footer: String? = count > inner.height && inner.height > 0
            ? "\(list.offset + 1)–\(min(count, list.offset + inner.height)) of \(count)"
            : nil
        grid.box(rect, title: list.title + " · " + list.orderLabel + state.singlePaneHint, footer: footer, focused: focused)
        guard inner.width > 0, inner.height > 0 else { return }
        guard let connections = state.connections else {
            let noun = list.kind == .people ? "people" : "countries"
            grid.put("Gathering \(noun)…", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .dim)
            return
        }
        if count == 0 {
            grid.put(list.kind == .people ? "No one named in these records" : "No country named in these records",
                     x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .dim)
            return
        }
        // Whole dates where the pane has room for them, years where it does not.
        let wide = inner.width >= 44
        let datesWidth = wide ? 21 : 7
        let countWidth = 3
        let nameWidth = max(1, inner.width - 1 - countWidth - 2 - datesWidth - 1)
        for line in 0..<inner.height {
            let position = list.offset + line
            guard list.entries.indices.contains(position) else { break }
            let entry = list.entries[position]
            let name: String, meetings: Int, first: Day?, last: Day?
            switch list.kind {
            case .people:
                let p = connections.people[entry]
                (name, meetings, first, last) = (p.name, p.meetings.count, p.first, p.last)
            case .countries:
                let c = connections.countries[entry]
                (name, meetings, first, last) = (c.name, c.meetings.count, c.first, c.last)
            }
            let y = inner.y + line
            let isCursor = position == list.cursor
            let role: StyleRole = isCursor ? (focused ? .selected : .selectedUnfocused) : .normal
            if isCursor {
                grid.fill(x: inner.x, y: y, width: inner.width, height: 1, role: role)
                grid.put("▌", x: inner.x, y: y, role: role)
            }
            let counted = String(meetings)
            let row = Format.pad(WordWrap.truncate(name, width: nameWidth), nameWidth) + " "
                + String(repeating: " ", count: max(0, countWidth - counted.count)) + counted + "  "
                + span(first, last, wide: wide)
            grid.put(row, x: inner.x + 1, y: y, maxWidth: inner.width - 1, role: role)
        }
    }

    /// `2014-11-10–2017-11-10`, or `2014–17` where columns are scarce (the names need them
    /// more); one date when the two are the same.
    static func span(_ first: Day?, _ last: Day?, wide: Bool) -> String {
        guard let first, let last else { return "undated" }
        if wide { return first == last ? first.description : first.description + "–" + last.description }
        if first.year == last.year { return String(first.year) }
        let end = first.year / 100 == last.year / 100 ? (last.year % 100 < 10 ? "0" : "") + String(last.year % 100) : String(last.year)
        return "\(first.year)–\(end)"
    }
}
