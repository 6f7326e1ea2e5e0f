import CNcursesw
import GaikoCore
#if canImport(Glibc)
import Glibc
#endif

/// One curses screen: start-up, the modes the browser needs, and teardown.
///
/// Input mode: `raw()` rather than `cbreak()`, so Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q reach the
/// program as keys (it decides what they mean; flow control cannot freeze the screen). Signals
/// sent from outside (kill, a dropped SSH connection) are still handled, see `Signals`.
final class Screen {
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let palette: Palette
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private var isOpen = true

    /// Starts curses on `output`/`input` (which the screen closes when it is closed). Returns nil
    /// when terminfo has no entry for `terminalType`.
    init?(terminalType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
          colorMode: ColorMode, environment: [String: String], settings: TerminalSettings = .standard) {
        // newterm, unlike initscr, returns NULL on an unknown terminal instead of exiting.
        guard let screen = newterm(terminalType, output, input) else { return nil }
        set_term(screen)
        guard let window = gaiko_stdscr() else {
            endwin()
            delscreen(screen)
            return nil
        }
        self.screen = screen
        self.window = window
        self.output = output
        self.input = input

        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // Escape must act within 50 ms; ESCDELAY, when set, is the user's choice and curses
        // has already read it.
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        if settings.mouse { _ = mousemask(gaiko_click_and_wheel_events(), nil) }
        mouseinterval(0)
        curs_set(0)

        let colorAllowed = settings.theme != .mono && colorMode.enabled(isTerminal: true, environment: environment) && has_colors()
        var depth = Palette.Depth.monochrome
        if colorAllowed, start_color() == OK {
            depth = .forTerminal(colors: Int(gaiko_colors()), colorEnabled: true)
            let defaults = use_default_colors() == OK
            palette = Palette(depth: depth, theme: settings.theme, overrides: settings.colors)
            palette.installPairs(defaultColors: defaults)
        } else {
            palette = Palette(depth: .monochrome)
        }
    }

    /// Opens the process's terminal: its own `FILE*`s on duplicates of fds 0 and 1, so closing
    /// the screen never closes the process's standard streams.
    static func openTerminal(terminalType: String, colorMode: ColorMode, environment: [String: String],
                             settings: TerminalSettings = .standard) -> Screen? {
        let inFD = dup(0), outFD = dup(1)
        guard inFD >= 0, outFD >= 0, let input = gaiko_fdopen(inFD, "r"), let output = gaiko_fdopen(outFD, "w") else {
            if inFD >= 0 { Glibc.close(inFD) }
            if outFD >= 0 { Glibc.close(outFD) }
            return nil
        }
        guard let screen = Screen(terminalType: terminalType, output: output, input: input,
                                  colorMode: colorMode, environment: environment, settings: settings) else {
            fclose(input)
            fclose(output)
            return nil
        }
        return screen
    }

    var width: Int { Int(getmaxx(window)) }
    var height: Int { Int(getmaxy(window)) }

    /// Blocks for input (nil), or waits at most `milliseconds`.
    func setTimeout(_ milliseconds: Int?) {
        wtimeout(window, Int32(clamping: milliseconds ?? -1))
    }

    /// Shows the cursor at a prompt, or hides it.
    func placeCursor(_ position: (x: Int, y: Int)?) {
        if let position, position.x >= 0, position.y >= 0, position.x < width, position.y < height {
            leaveok(window, false)
            curs_set(1)
            wmove(window, Int32(position.y), Int32(position.x))
        } else {
            leaveok(window, true)
            curs_set(0)
        }
    }

    /// Sends the painted window to the terminal.
    func update() {
        wnoutrefresh(window)
        doupdate()
    }

    /// The next update redraws the whole terminal (after a resize or a suspend).
    func redrawAll() {
        clearok(gaiko_curscr(), true)
    }

    /// Leaves curses mode; the next update enters it again.
    func leave() {
        curs_set(1)
        endwin()
    }

    /// After `fg`: adopts the size the terminal has now, which may have changed while stopped.
    /// Returns true when it did.
    func adoptTerminalSize(fd: Int32) -> Bool {
        var rows: Int32 = 0, cols: Int32 = 0
        guard gaiko_window_size(fd, &rows, &cols) == 0, rows != Int32(height) || cols != Int32(width) else { return false }
        resize_term(rows, cols)
        return true
    }

    /// Bytes that undo what curses did to the terminal, for the crash handler: attributes off,
    /// cursor visible, keypad and mouse reporting off, main screen back.
    func resetBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = Screen.capability(name) { bytes += value }
        }
        if Screen.capability("kmous") != nil { bytes += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
        return bytes
    }

    private static func capability(_ name: String) -> [UInt8]? {
        guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return nil }
        return Array(String(cString: pointer).utf8)
    }

    /// Restores the terminal and frees the screen. Safe to call more than once.
    func close() {
        guard isOpen else { return }
        isOpen = false
        leave()
        delscreen(screen)
        fclose(output)
        fclose(input)
    }
}
