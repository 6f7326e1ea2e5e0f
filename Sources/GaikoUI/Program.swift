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
}

/// What the terminal loop does after an event.
public enum Effect: Sendable, Equatable {
    case none
    case quit
    /// Ctrl-Z: leave curses, stop the process, redraw on `fg`.
    case suspend
}
