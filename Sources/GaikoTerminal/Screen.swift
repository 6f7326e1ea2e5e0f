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
    /// Milliseconds curses waits after an Esc for the rest of a sequence (see `init`).
    static let escapeDelay: Int32 = 10

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let palette: Palette
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private var isOpen = true
    /// Bracketed paste on and off for this terminal (empty when it has none, see
    /// `pasteSequences`).
    private let pasteOn: [UInt8]
    private let pasteOff: [UInt8]

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
        // A lone Esc is told from the start of a key's sequence by waiting this long for more.
        // A terminal writes a key's whole sequence at once, and ssh carries it in one message,
        // so its bytes are already waiting; 10 ms is tmux's `escape-time` since 3.5, and keeps
        // Esc within one frame. ESCDELAY, when set, is the user's choice and curses has already
        // read it.
        if environment["ESCDELAY"] == nil { set_escdelay(Self.escapeDelay) }
        if settings.mouse { _ = mousemask(gaiko_click_and_wheel_events(), nil) }
        mouseinterval(0)
        curs_set(0)
        (pasteOn, pasteOff) = Screen.pasteSequences()
        Screen.bindPasteMarkers()

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
        // ncurses (6.4) flushes its output after every cursor movement until the screen has
        // been left once, so a frame would leave as a write per changed run of cells: hundreds
        // of small writes, each its own packet over SSH and its own wake-up for the terminal.
        // Leaving now, before anything is drawn, makes the first update come back as after
        // Ctrl-Z, and from then on each frame goes out in one write.
        endwin()
        send(pasteOn)
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

    /// Whether the next update shows the cursor (at a prompt).
    private var showsCursor = false

    /// Shows the cursor at a prompt, or hides it, from the next update on.
    func placeCursor(_ position: (x: Int, y: Int)?) {
        if let position, position.x >= 0, position.y >= 0, position.x < width, position.y < height {
            leaveok(window, false)
            wmove(window, Int32(position.y), Int32(position.x))
            showsCursor = true
        } else {
            leaveok(window, true)
            showsCursor = false
        }
    }

    /// Sends the painted window to the terminal. `curs_set` writes at once (and only when the
    /// cursor's visibility changes), so a cursor is hidden before the frame and shown after it,
    /// where the frame has put it, never for an instant at the old place.
    func update() {
        if !showsCursor { curs_set(0) }
        wnoutrefresh(window)
        doupdate()
        if showsCursor { curs_set(1) }
    }

    /// The next update redraws the whole terminal (after a resize or a suspend).
    func redrawAll() {
        clearok(gaiko_curscr(), true)
    }

    /// Leaves curses mode (main screen, cursor shown, shell's tty modes, no mouse or bracketed
    /// paste); `enter` puts it all back.
    func leave() {
        send(pasteOff)
        curs_set(1)
        endwin()
    }

    /// Back from `leave`, or from a stop that someone else caused and after which the shell put
    /// its own tty modes in place: the next update restores curses' tty modes, the alternate
    /// screen, keypad, mouse and cursor and repaints everything; bracketed paste is sent here.
    func enter() {
        send(pasteOn)
        redrawAll()
    }

    /// Whether this process may use the terminal now: false while it runs in the background
    /// (after `bg`), where drawing would cover the shell and hide its cursor.
    static func isForeground(fd: Int32) -> Bool {
        let group = tcgetpgrp(fd)
        return group < 0 || group == getpgrp()
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
    /// cursor visible, keypad, mouse reporting and bracketed paste off, main screen back.
    func resetBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = Screen.capability(name) { bytes += value }
        }
        if Screen.capability("kmous") != nil { bytes += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
        return bytes + pasteOff
    }

    /// Bracketed paste from terminfo's `BE`/`BD`; a terminal without them that reports the mouse
    /// the xterm way gets xterm's sequences (they are ignored where unknown), others none.
    private static func pasteSequences() -> (on: [UInt8], off: [UInt8]) {
        if let on = capability("BE"), let off = capability("BD") { return (on, off) }
        if capability("kmous") != nil { return (Array("\u{1B}[?2004h".utf8), Array("\u{1B}[?2004l".utf8)) }
        return ([], [])
    }

    /// Makes curses report the paste markers as `KeyDecoder.pasteStart`/`pasteEnd` rather than
    /// as Escape followed by `[200~`.
    private static func bindPasteMarkers() {
        let start = capability("PS").map { String(decoding: $0, as: UTF8.self) } ?? "\u{1B}[200~"
        let end = capability("PE").map { String(decoding: $0, as: UTF8.self) } ?? "\u{1B}[201~"
        _ = define_key(start, KeyDecoder.pasteStart)
        _ = define_key(end, KeyDecoder.pasteEnd)
    }

    /// Writes `bytes` straight to the terminal. Curses has nothing buffered at the three places
    /// this is called (before the first update, after an update, before the next update), so
    /// they keep their place among its output.
    private func send(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        fflush(output)
        let fd = fileno(output)
        var done = 0
        while done < bytes.count {
            let written = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written > 0 {
                done += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
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
