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
        let keys = titleKeys(state.keyTable)
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

    /// The two keys a newcomer needs, as the table in force binds them.
    static func titleKeys(_ table: KeyTable) -> String {
        let help = table.keys(for: .help).first.map { "\($0.label) help" }
        let quit = (table.keys(for: .quit, in: [.list]).first ?? table.keys(for: .quit).first).map { "\($0.label) quit" }
        return [help, quit].compactMap { $0 }.joined(separator: "  ")
    }

    static func statusLine(_ state: BrowserState, into grid: inout Grid, rect: Rect) {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, role: .status)
        if let prompt = promptLayout(state, rect: rect) {
            drawPrompt(prompt, into: &grid, y: rect.y)
            return
        }
        let index = state.focus == .list ? state.listIndex : nil
        let modeLabel = index.map { $0.kind == .people ? "PEOPLE" : "COUNTRIES" } ?? state.focus.modeLabel
        let mode = " " + (state.helpOpen ? "HELP" : modeLabel) + " "
        var x = grid.put(mode, x: rect.x, y: rect.y, maxWidth: rect.width, role: .statusMode)
        let position: String
        if let index {
            position = index.entries.isEmpty ? "" : "\(index.cursor + 1) of \(index.entries.count)"
        } else if let row = state.selectedRow {
            position = "\(row + 1) of \(state.rows.count)"
        } else {
            position = "no meetings"
        }
        let positionWidth = DisplayWidth.of(position) + 1
        let room = rect.width - (x - rect.x) - positionWidth - 3
        let message: String
        if let status = state.status {
            message = status
        } else {
            // A context earlier in the lookup shadows the same key later (`s` in the index).
            var seen = Set<String>()
            var hints = state.keyContexts.flatMap { state.keyTable.bindings(in: $0).compactMap(\.hint) }.filter { seen.insert($0).inserted }
            if let filter = state.filter {
                hints.insert("“\(filter.text)” \(state.rows.count) of \(state.meetings.count) match (/ Enter clears)", at: 0)
            }
            if state.isIndexing { hints.insert("indexing…", at: 0) }
            // Only where something waits on them: the detail's Related section or an index.
            if state.connections == nil, state.focus == .detail || index != nil { hints.insert("gathering connections…", at: 0) }
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

    /// Where the parts of the search prompt go on the status line.
    struct PromptLayout {
        var mode: (text: String, x: Int)
        /// `/` for a search, `:` for go-to.
        var leader: String
        /// The visible part of the query, drawn after the `/` at `x`.
        var text: String
        var x: Int
        var cursorX: Int
        /// The count, `indexing…` or the parse error, flush right.
        var note: (text: String, x: Int, role: StyleRole)?
    }

    /// The prompt's layout when the prompt is open, shared by drawing and the cursor.
    static func promptLayout(_ state: BrowserState, rect: Rect) -> PromptLayout? {
        guard let line = state.prompt ?? state.goTo else { return nil }
        let isGoTo = state.prompt == nil
        let mode = isGoTo ? " GO TO " : " SEARCH "
        let slash = rect.x + DisplayWidth.of(mode) + 1
        let noteText: String
        var noteRole = StyleRole.status
        if isGoTo {
            noteText = "list number or meeting id · Enter go · Esc cancel"
        } else if let error = state.searchError {
            noteText = error
            noteRole = .error
        } else if let notice = state.searchNotice {
            noteText = notice
        } else if state.isIndexing {
            noteText = "indexing…"
        } else if state.filter != nil {
            noteText = "\(state.rows.count) of \(state.meetings.count) match"
        } else {
            noteText = "Enter keep · Esc cancel"
        }
        let end = rect.x + rect.width
        // The note gets at most half of what is left, so the query always has room.
        let noteRoom = max(0, (end - slash) / 2 - 2)
        let note = WordWrap.truncate(noteText, width: noteRoom)
        let noteWidth = DisplayWidth.of(note)
        let textX = slash + 1
        let room = max(0, end - textX - (noteWidth > 0 ? noteWidth + 3 : 1))
        let window = line.window(room: room)
        return PromptLayout(
            mode: (mode, rect.x), leader: isGoTo ? ":" : "/",
            text: window.text, x: textX, cursorX: textX + window.cursorColumn,
            note: noteWidth > 0 ? (note, end - noteWidth - 1, noteRole) : nil
        )
    }

    static func drawPrompt(_ prompt: PromptLayout, into grid: inout Grid, y: Int) {
        grid.put(prompt.mode.text, x: prompt.mode.x, y: y, role: .statusMode)
        grid.put(prompt.leader, x: prompt.x - 1, y: y, role: .prompt)
        grid.put(prompt.text, x: prompt.x, y: y, role: .prompt)
        if let note = prompt.note { grid.put(note.text, x: note.x, y: y, role: note.role) }
    }

    /// The terminal cursor's place on the prompt, nil while browsing.
    static func promptCursor(_ state: BrowserState, rect: Rect) -> (x: Int, y: Int)? {
        promptLayout(state, rect: rect).map { ($0.cursorX, rect.y) }
    }

    /// One line asking for a larger window, as much of it as fits.
    static func tooSmall(into grid: inout Grid) {
        let min = Layout.usableMinimum
        let messages = ["Window too small: gaiko needs \(min.width)×\(min.height)", "Window too small", "Too small", "Small"]
        let text = messages.first { DisplayWidth.of($0) <= grid.width } ?? messages.last!
        grid.put(WordWrap.truncate(text, width: grid.width), x: 0, y: 0, role: .error)
    }
}
