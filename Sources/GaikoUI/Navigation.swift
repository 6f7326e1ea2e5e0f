import GaikoCore

/// Moving between meetings and panes the way tig, neomutt and vim readers expect: back out of
/// a pane, clear a kept search, a count before a move, `:` to go to a meeting, and a history of
/// the meetings read.
extension BrowserState {
    /// Reads kept for `Ctrl-O`: enough for a session, small enough never to matter.
    static let readsLimit = 100

    mutating func addCountDigit(_ digit: Int) {
        let count = min(9_999, (pendingCount ?? 0) * 10 + digit)
        pendingCount = count
        status = "\(count)…"
    }

    /// `q`/`Esc` in the detail goes to the list; in the timeline, to the pane it was entered from.
    mutating func goBack() {
        switch focus {
        case .detail: focus = .list
        case .timeline: focus = timelineReturn == .timeline ? .list : timelineReturn
        case .list: break
        }
    }

    /// `Esc` in the list: the kept search goes, and the view from before it comes back.
    mutating func clearSearch() {
        guard filter != nil else {
            status = "No search to clear"
            return
        }
        if let saved = keptFrom {
            restore(saved)
        } else {
            filter = nil
            showInOrder(catalog.chronological)
            reconcile()
        }
        keptFrom = nil
        status = filter == nil ? "Search cleared: all meetings shown" : "Back to “\(filter!.text)”"
    }

    // MARK: go to

    mutating func openGoTo() {
        helpOpen = false
        goTo = PromptLine()
    }

    /// Prompt actions while the go-to prompt is open; false for anything else.
    mutating func applyGoTo(_ action: Action) -> Bool {
        switch action {
        case .promptInsert(let text):
            goTo?.insert(text)
        case .promptEdit(.backspace) where goTo?.isEmpty == true:
            goTo = nil
        case .promptEdit(let edit):
            goTo?.apply(edit)
        case .promptHistory:
            break
        case .promptCancel:
            goTo = nil
        case .promptAccept:
            let text = String((goTo?.text ?? "").drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            goTo = nil
            if !text.isEmpty { go(to: text) }
        default:
            return false
        }
        return true
    }

    /// A number is a position in the list as shown (`3 of 5`); anything else is a meeting id,
    /// exact, ignoring case, or the one id it begins.
    private mutating func go(to text: String) {
        let target: Int
        if let number = Int(text) {
            guard rows.indices.contains(number - 1) else {
                status = "No meeting \(number): the list has \(rows.count)"
                return
            }
            target = rows[number - 1]
        } else if let meeting = catalog.corpus.meeting(matching: text),
                  let index = meetings.firstIndex(where: { $0.id == meeting.id }) {
            target = index
        } else {
            let near = catalog.corpus.closestIDs(to: text, limit: 1)
            status = "No meeting “\(text)”" + (near.isEmpty ? "" : ": did you mean \(near[0])?")
            return
        }
        guard rows.contains(target) else {
            status = "\(meetings[target].id) is hidden by the search: Esc in the list clears it"
            return
        }
        if let s = selected { noteRead(s) }
        select(target)
        noteRead(target)
    }

    // MARK: meetings read

    /// Records a meeting as read, dropping anything forward of the current one, as a browser's
    /// history does after following a new link.
    mutating func noteRead(_ index: Int) {
        if reads.indices.contains(readPosition), reads[readPosition] == index { return }
        if readPosition + 1 < reads.count { reads.removeSubrange((readPosition + 1)...) }
        reads.append(index)
        if reads.count > Self.readsLimit { reads.removeFirst(reads.count - Self.readsLimit) }
        readPosition = reads.count - 1
    }

    mutating func stepThroughReads(forward: Bool) {
        // Moved on since the last read meeting (j in the list): that place counts too, as a
        // jump in vim records where it started.
        if !forward, let s = selected, !(reads.indices.contains(readPosition) && reads[readPosition] == s) {
            noteRead(s)
        }
        let target = readPosition + (forward ? 1 : -1)
        guard reads.indices.contains(target) else {
            status = forward ? "No later meeting in the history" : "No earlier meeting in the history"
            return
        }
        readPosition = target
        let index = reads[target]
        guard rows.contains(index) else {
            status = "\(meetings[index].id) is hidden by the search: Esc in the list clears it"
            return
        }
        select(index)
    }
}

/// How `y` cites a meeting: title, date, source, on one line.
public enum Citation {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    public static func of(_ meeting: Meeting) -> String {
        let date = meeting.date.map { "\($0.day) \(months[$0.month - 1]) \($0.year)" } ?? "undated"
        let source = meeting.source.hasPrefix("bundled:")
            ? String(meeting.source.dropFirst("bundled:".count)) + " (bundled with gaiko)"
            : meeting.source
        return Sanitizer.clean("\(meeting.title), \(date). Source: \(source)")
    }
}
