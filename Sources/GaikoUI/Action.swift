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
}
