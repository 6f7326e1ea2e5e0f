/// The stable names of what keys can do, as a keys file (`[keys] quit = ["x"]`), `gaiko keys`
/// and the docs write them. A name may stand for a different `Action` in each context (`down`
/// moves the selection in the list and scrolls the detail); rebinding a name rebinds it in every
/// context it appears in. Renaming a case breaks users' config files: add, never rename.
public enum ActionName: String, Sendable, Hashable, CaseIterable {
    case down, up, first, last
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case earlier, later
    case read, back, quit, suspend, redraw
    case nextPane = "next-pane", previousPane = "previous-pane"
    case search, clearSearch = "clear-search"
    case nextMatch = "next-match", previousMatch = "previous-match"
    case timeline, sort, zoom
    case zoomIn = "zoom-in", zoomOut = "zoom-out"
    case help, closeHelp = "close-help"
    case goTo = "go-to"
    case historyBack = "history-back", historyForward = "history-forward"
    case copyCitation = "copy-citation", openRecord = "open-record"
    case promptAccept = "prompt-accept", promptCancel = "prompt-cancel"
    case promptOlder = "prompt-older", promptNewer = "prompt-newer"
    case cursorLeft = "cursor-left", cursorRight = "cursor-right"
    case cursorStart = "cursor-start", cursorEnd = "cursor-end"
    case deleteBack = "delete-back", deleteForward = "delete-forward"
    case deleteToStart = "delete-to-start", deleteWord = "delete-word"
    case people, countries
    case nextRelated = "next-related", previousRelated = "previous-related", openRelated = "open-related"

    /// What the action does, in the words help and `gaiko keys` use unless a context needs
    /// other words.
    public var summary: String {
        switch self {
        case .down: "next meeting, or down a line"
        case .up: "previous meeting, or up a line"
        case .first: "first meeting, or the top"
        case .last: "last meeting, or the end"
        case .pageDown: "a page down"
        case .pageUp: "a page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .earlier: "earlier meeting in time"
        case .later: "later meeting in time"
        case .read: "read the selected meeting"
        case .back: "back to the list (or the pane you came from)"
        case .quit: "quit"
        case .suspend: "suspend (fg to return)"
        case .redraw: "repaint the whole screen"
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .search: "search: type to narrow the list"
        case .clearSearch: "clear the kept search, back to the view before it"
        case .nextMatch: "next search match (detail, then next meeting)"
        case .previousMatch: "previous search match (then previous meeting)"
        case .timeline: "focus the timeline"
        case .sort: "sort newest or oldest first"
        case .zoom: "give the pane the whole screen, and back"
        case .zoomIn: "zoom the timeline in (down to two years)"
        case .zoomOut: "zoom the timeline out (up to the whole span)"
        case .help: "this help"
        case .closeHelp: "close the help"
        case .goTo: "go to a meeting: its list number or id"
        case .historyBack: "back to the meeting read before"
        case .historyForward: "forward again through the meetings read"
        case .copyCitation: "copy the citation (title, date, source)"
        case .openRecord: "open the record's file in $PAGER, then come back"
        case .promptAccept: "keep the result; a query with an error stays open"
        case .promptCancel: "cancel: restore the list as it was"
        case .promptOlder: "older search from the history"
        case .promptNewer: "newer search from the history"
        case .cursorLeft: "cursor left"
        case .cursorRight: "cursor right"
        case .cursorStart: "cursor to the start"
        case .cursorEnd: "cursor to the end"
        case .deleteBack: "delete before the cursor (on an empty prompt: cancel)"
        case .deleteForward: "delete under the cursor"
        case .deleteToStart: "delete to the start"
        case .deleteWord: "delete the word before the cursor"
        case .people: "the list becomes the index of people (again: the meetings)"
        case .countries: "the list becomes the index of countries (again: the meetings)"
        case .nextRelated: "cursor to the next related meeting (Related section)"
        case .previousRelated: "cursor to the previous related meeting"
        case .openRelated: "open the related meeting under the cursor (Ctrl-O comes back)"
        }
    }
}
