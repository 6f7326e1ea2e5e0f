/// A key or input event, decoded by the terminal adapter and independent of curses.
public enum Key: Sendable, Hashable {
    case character(Character)
    case control(Character)   // Ctrl-A … Ctrl-Z as `.control("a")`
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case paste(String)        // bracketed or fast-typed text for a prompt
}

public struct MouseEvent: Sendable, Hashable {
    public enum Button: Sendable, Hashable { case left, wheelUp, wheelDown, other }
    public var button: Button
    public var x: Int
    public var y: Int

    public init(button: Button, x: Int, y: Int) {
        self.button = button
        self.x = x
        self.y = y
    }
}
