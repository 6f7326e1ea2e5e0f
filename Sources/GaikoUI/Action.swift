/// A movement within a list of things: meetings, lines of text.
public enum Step: Sendable, Hashable {
    case next, previous, first, last, pageDown, pageUp, halfPageDown, halfPageUp
}

/// One case per command the browser understands. Keys map to actions through `KeyTable`;
/// mouse and resize events become actions in `Browser.handle`.
public enum Action: Sendable, Hashable {
    case quit
    case suspend
    /// Moves the selection in list order.
    case select(Step)
    /// Moves the selection in time order (timeline order, whatever the list's sort).
    case selectInTime(Step)
    case scrollDetail(Step)
    case scrollHelp(Step)
    case focusNext
    case focusPrevious
    case focusTimeline
    /// `Enter` on a meeting: read it.
    case openDetail
    case toggleOrder
    case toggleZoom
    case zoomTimelineIn
    case zoomTimelineOut
    case openHelp
    case closeHelp
    /// `/`: open the search prompt.
    case openSearch
    /// Typed or pasted text for the prompt.
    case promptInsert(String)
    case promptEdit(PromptEdit)
    /// `↑`/`↓` in the prompt: `.previous` recalls an older search, `.next` a newer one.
    case promptHistory(Step)
    /// `Enter`: keep the result, once the line is a query.
    case promptAccept
    /// `Esc`, `Ctrl-G`: put everything back as it was before `/`.
    case promptCancel
    /// `n`/`N`: the next or previous search hit, across meetings.
    case nextMatch
    case previousMatch
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, down: Bool)
    /// `q`/`Esc` in the detail or the timeline: back to the pane it was entered from.
    case back
    /// `Esc` in the list: drop the kept search and show the view from before it.
    case clearSearch
    /// `Ctrl-L`: repaint the whole terminal (the loop runs it as `Effect.redraw`).
    case redraw
    /// A digit before a move: `5j` moves five times.
    case countDigit(Int)
    /// `:`: open the go-to prompt (a list position or a meeting id).
    case openGoTo
    /// `Ctrl-O`/`Backspace` and the key for forward: through the meetings read.
    case historyBack
    case historyForward
    /// `y`: copy the selected meeting's citation to the clipboard (OSC 52).
    case copyCitation
    /// `o`: show the selected meeting's record file in the pager.
    case openRecord
    /// `p`/`c`: the list pane becomes the index of people or of countries; the same key again
    /// (or `q`/`Esc`) gives the meetings back.
    case showIndex(IndexKind)
    /// Moves the index's cursor.
    case moveIndex(Step)
    /// `s` in the index: by name, by number of meetings, by latest meeting.
    case cycleIndexOrder
    /// `Enter` in the index: narrow the meetings to the person or country under the cursor.
    case openIndexEntry
    /// `q`/`Esc` in the index: back to the meetings as they were.
    case closeIndex
    /// `]`/`[` in the detail: the cursor to the next or previous entry of the Related section.
    case moveRelated(Step)
    /// `Enter` in the detail: open the related meeting under the cursor.
    case openRelated
    /// A key bound to nothing here; its label goes to the status line.
    case unbound(String)
}

/// What the list pane can show instead of meetings.
public enum IndexKind: Sendable, Hashable {
    case people, countries
}

extension Action {
    /// Moves that a count prefix repeats.
    var isRepeatable: Bool {
        switch self {
        case .select, .selectInTime, .scrollDetail, .scrollHelp, .nextMatch, .previousMatch, .moveIndex, .moveRelated: true
        default: false
        }
    }
}
