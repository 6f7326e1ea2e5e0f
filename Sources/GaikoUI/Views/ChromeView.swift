import GaikoCore

/// The title bar, the status line and the "too small" message.
enum ChromeView {
    static func titleBar(_ state: BrowserState, into grid: inout Grid, rect: Rect) {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .titleBar)
        let catalog = state.catalog
        let count = state.rows.count
        var facts = [count == 1 ? "1 meeting" : "\(count) meetings"]
        if count != catalog.meetings.count { facts[0] += " of \(catalog.meetings.count)" }
        if let first = catalog.firstDay, let last = catalog.lastDay {
            facts.append(first.year == last.year ? "\(first.year)" : "\(first.year)–\(last.year)")
        }
        facts.append(state.order.label)
        let keys = "? help  q quit"
        let left = " gaiko  " + catalog.corpus.title
        // Richest right side that fits beside at least the product name.
        let candidates = [facts.joined(separator: " · ") + "    " + keys, facts.joined(separator: " · "), keys, ""]
        let minimumLeft = 7
        let right = candidates.first { DisplayWidth.of($0) + 1 + minimumLeft <= rect.width } ?? ""
        let rightWidth = DisplayWidth.of(right)
        let leftRoom = rect.width - rightWidth - (right.isEmpty ? 0 : 2)
        grid.put(WordWrap.truncate(left, width: leftRoom), x: rect.x, y: rect.y, maxWidth: leftRoom, role: .titleBar)
        if !right.isEmpty {
            grid.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, role: .titleBar)
        }
    }

    static func statusLine(_ state: BrowserState, into grid: inout Grid, rect: Rect) {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .status)
        let mode = " " + (state.helpOpen ? "HELP" : state.focus.modeLabel) + " "
        var x = grid.put(mode, x: rect.x, y: rect.y, maxWidth: rect.width, role: .statusMode)
        let position: String
        if let row = state.selectedRow { position = "\(row + 1) of \(state.rows.count)" } else { position = "no meetings" }
        let positionWidth = DisplayWidth.of(position) + 1
        let room = rect.width - (x - rect.x) - positionWidth - 3
        let message: String
        if let status = state.status {
            message = status
        } else {
            let hints = state.keyContexts.flatMap { KeyTable.standard.bindings(in: $0).compactMap(\.hint) }
            // Whole hints only: drop from the end rather than cut one in half.
            var shown: [String] = []
            for hint in hints where DisplayWidth.of((shown + [hint]).joined(separator: " · ")) <= room {
                shown.append(hint)
            }
            message = shown.joined(separator: " · ")
        }
        x += 1
        if room > 0 { grid.put(WordWrap.truncate(message, width: room), x: x, y: rect.y, maxWidth: room, role: .status) }
        if rect.width - (x - rect.x) > positionWidth {
            grid.put(position, x: rect.x + rect.width - positionWidth, y: rect.y, role: .status)
        }
    }

    /// One line asking for a larger window, as much of it as fits.
    static func tooSmall(into grid: inout Grid) {
        let min = Layout.usableMinimum
        let messages = ["Window too small: gaiko needs \(min.width)×\(min.height)", "Window too small", "Too small", "Small"]
        let text = messages.first { DisplayWidth.of($0) <= grid.width } ?? messages.last!
        grid.put(WordWrap.truncate(text, width: grid.width), x: 0, y: 0, role: .error)
    }
}
