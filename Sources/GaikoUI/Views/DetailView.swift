import GaikoCore

/// The selected meeting, from its wrapped document at the offset `apply` settled.
enum DetailView {
    static func draw(_ state: BrowserState, into grid: inout Grid, rect: Rect, focused: Bool) {
        let lines = state.detail.lines
        let text = state.detailTextRect ?? rect.inner
        var title = Pane.detail.title
        if let m = state.selectedMeeting {
            title = m.kind.label + " · " + (m.date.map(Format.longDate) ?? "undated")
        }
        var footer: String?
        if !lines.isEmpty, text.height > 0 {
            let last = min(lines.count, state.detailTop + text.height)
            footer = "\(state.detailTop + 1)–\(last) of \(lines.count)"
        }
        grid.box(rect, title: title + state.singlePaneHint, footer: footer, focused: focused)
        guard text.width > 0, text.height > 0 else { return }
        if state.selected == nil {
            grid.put("Nothing selected", x: text.x, y: text.y, maxWidth: text.width, role: .dim)
            return
        }
        for row in 0..<text.height {
            let i = state.detailTop + row
            guard lines.indices.contains(i) else { break }
            for span in lines[i].spans where span.column < text.width {
                grid.put(span.text, x: text.x + span.column, y: text.y + row, maxWidth: text.width - span.column, role: span.role)
            }
        }
    }
}
