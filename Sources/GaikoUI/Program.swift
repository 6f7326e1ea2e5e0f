/// What the terminal loop drives. The loop reads input, hands each event to `handle`, and paints
/// `render`'s grid; everything else (state, keys, actions) lives behind this protocol, so the
/// terminal adapter never needs to know what a meeting is.
public protocol Program {
    /// Feeds one input event (a key, a mouse event, a resize) and says what the loop must do.
    mutating func handle(_ key: Key) -> Effect
    /// The whole screen at this size. Pure: same state and size, same grid.
    func render(width: Int, height: Int) -> Grid
    /// Where to show the terminal cursor (a prompt being edited), or nil to hide it.
    func cursor(width: Int, height: Int) -> (x: Int, y: Int)?
    /// Called when no input arrived within `pollInterval` milliseconds: background work (an index
    /// being built) reports progress here. Returns true when the screen must be drawn again.
    mutating func poll() -> Bool
    /// How long to wait for input before calling `poll`; nil waits for input only, so nothing
    /// runs or is written while idle.
    var pollInterval: Int? { get }
    /// The loop could not carry out `effect`: the program says so (the status line), as it sees fit.
    mutating func effectFailed(_ effect: Effect, error: any Error)
}

extension Program {
    public mutating func effectFailed(_ effect: Effect, error: any Error) {}
}

/// What the terminal loop does after an event: the program describes side effects and the
/// terminal side runs them, so the program itself never writes to the terminal or starts a
/// process.
public enum Effect: Sendable, Equatable {
    case none
    case quit
    /// Ctrl-Z: leave curses, stop the process, redraw on `fg`.
    case suspend
    /// Ctrl-L: forget what the terminal shows and paint every cell again.
    case redraw
    /// Put `text` on the terminal's clipboard (OSC 52, which reaches the local terminal over
    /// SSH too). The text is plain; the terminal side encodes it.
    case copyToClipboard(String)
    /// Leave the full screen, show a record in the user's pager, and come back to this screen.
    case page(PagerRequest)
    /// Add a search to the history file, once the screen shows the search: the write (with its
    /// lock, temporary file and rename) happens after the frame, not before it.
    case saveHistory(SearchHistoryStore, entry: String)
}

/// What `o` shows: a file on disk, or text with no file of its own (a bundled record).
public struct PagerRequest: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case file(path: String)
        case text(String, name: String)
    }

    public var content: Content

    public init(_ content: Content) {
        self.content = content
    }
}
