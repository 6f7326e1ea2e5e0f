import GaikoCore

/// One row per meeting: marker, date, kind, principals.
enum ListView {
    static func draw(_ state: BrowserState, into grid: inout Grid, rect: Rect, focused: Bool) {
        if let list = state.listIndex {
            IndexView.draw(state, list: list, into: &grid, rect: rect, focused: focused)
            return
        }
        let rows = state.rows
        let inner = rect.inner
        let footer: String? = rows.count > inner.height && inner.height > 0
            ? "\(state.listOffset + 1)–\(min(rows.count, state.listOffset + inner.height)) of \(rows.count)"
            : nil
        grid.box(rect, title: Pane.list.title + (state.order == .oldestFirst ? " ↑" : "") + state.singlePaneHint, footer: footer, focused: focused)
        guard inner.width > 0, inner.height > 0 else { return }
        if rows.isEmpty {
            grid.put("No meetings", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .dim)
            return
        }
        let gap = inner.width >= 40 ? "  " : " "
        let query = state.filter?.query
        for line in 0..<inner.height {
            let position = state.listOffset + line
            guard rows.indices.contains(position) else { break }
            let index = rows[position]
            let meeting = state.meetings[index]
            let isSelected = index == state.selected
            let y = inner.y + line
            let selectedRole: StyleRole = focused ? .selected : .selectedUnfocused
            if isSelected {
                grid.fill(x: inner.x, y: y, width: inner.width, height: 1, role: selectedRole)
                grid.put("▌", x: inner.x, y: y, role: selectedRole)
            }
            let date = Format.pad(meeting.date.map(\.description) ?? Format.missing, 10)
            let kind = Format.pad(meeting.kind.label, 6)
            var x = inner.x + 1
            let end = inner.x + inner.width
            var drawn: [(text: String, x: Int)] = [(date, x)]
            x = grid.put(date + gap, x: x, y: y, maxWidth: end - x, role: isSelected ? selectedRole : .normal)
            drawn.append((kind, x))
            x = grid.put(kind + gap, x: x, y: y, maxWidth: end - x, role: isSelected ? selectedRole : kindRole(meeting.kind))
            if x < end {
                let full = Format.principals(meeting, compact: gap == " ")
                let names = WordWrap.truncate(full, width: end - x)
                grid.put(names, x: x, y: y, maxWidth: end - x, role: isSelected ? selectedRole : .normal)
                // Highlights come from the whole names; the `…` of a cut is never marked.
                drawn.append((names == full ? full : String(names.dropLast()), x))
            }
            if let query {
                for part in drawn {
                    grid.highlight(part.text, x: part.x, y: y, ranges: query.highlights(in: part.text), limit: end)
                }
            }
        }
    }

    static func kindRole(_ kind: MeetingKind) -> StyleRole {
        switch kind {
        case .summit: .kindSummit
        case .foreignMinisters: .kindForeignMinisters
        case .telephone: .kindTelephone
        case .other: .kindOther
        }
    }
}
