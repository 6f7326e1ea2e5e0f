import CNcursesw
import GaikoUI

/// Reads input, feeds it to the program and paints what it renders, until the program quits, a
/// signal ends it, or the terminal goes away. Returns the exit status.
struct EventLoop<P: Program> {
    var program: P
    let screen: Screen
    /// Whether the terminal is still there (it is not after a hang-up): checked whenever a read
    /// returns nothing, so a vanished tty ends the loop instead of spinning.
    let terminalAlive: () -> Bool
    /// The fd whose size to adopt after a suspend, and where the clipboard sequence is written.
    let sizeFD: Int32
    /// The command line `o` shows a record with (`$PAGER`, else `less`).
    var pager = "less"
    private var painter = Painter()
    /// How many cells the last paint wrote (for tests and measurements).
    private(set) var lastPaintCount = 0

    /// Reads that return nothing in a row, without a timeout or signal to explain them, before
    /// the loop decides the terminal is unusable.
    static var maximumFailedReads: Int { 3 }
    /// Status for a hang-up or a terminal that vanished: 128 + SIGHUP, as the shell reports it.
    static var lostTerminalStatus: Int32 { 129 }

    init(program: consuming P, screen: Screen, sizeFD: Int32 = 1, terminalAlive: @escaping () -> Bool) {
        self.program = program
        self.screen = screen
        self.sizeFD = sizeFD
        self.terminalAlive = terminalAlive
    }

    mutating func run() -> Int32 {
        draw()
        var failedReads = 0
        while true {
            if let event = Signals.take() {
                if let status = handle(event) { return status }
                continue
            }
            screen.setTimeout(program.pollInterval)
            switch KeyDecoder.read(screen.window) {
            case .key(let key):
                failedReads = 0
                if case .resize = key {
                    painter.invalidate()
                    screen.redrawAll()
                }
                if let status = perform(program.handle(key)) { return status }
            case .ignored:
                failedReads = 0
            case .none:
                // A signal interrupted the read: the top of the loop handles it.
                if let event = Signals.take() {
                    if let status = handle(event) { return status }
                    continue
                }
                guard terminalAlive() else { return Self.lostTerminalStatus }
                if program.pollInterval != nil {
                    if program.poll() { draw() }
                } else {
                    failedReads += 1
                    if failedReads >= Self.maximumFailedReads { return Self.lostTerminalStatus }
                }
            }
        }
    }

    /// Runs what the program asked for; returns the exit status when it quits.
    private mutating func perform(_ effect: Effect) -> Int32? {
        switch effect {
        case .quit: return 0
        case .suspend: suspend()
        case .none: draw()
        case .redraw:
            painter.invalidate()
            screen.redrawAll()
            draw()
        case .copyToClipboard(let text):
            draw()
            Effects.copyToClipboard(text, fd: sizeFD)
        case .saveHistory(let store, let entry):
            // The frame first: the key is answered before the file is written.
            draw()
            do {
                try store.append(entry)
            } catch {
                program.effectFailed(effect, error: error)
                draw()
            }
        case .page(let request):
            // Like Ctrl-Z without the stop: the pager has the terminal, then this screen is back.
            screen.leave()
            Effects.page(request, pager: pager)
            if screen.adoptTerminalSize(fd: sizeFD) {
                _ = program.handle(.resize(width: screen.width, height: screen.height))
            }
            painter.invalidate()
            screen.redrawAll()
            draw()
        }
        return nil
    }

    /// Returns the exit status when the signal ends the program.
    private mutating func handle(_ event: SignalEvent) -> Int32? {
        switch event {
        case .quit(let signal): return 128 + signal
        case .suspend: suspend()
        case .resumed:
            // Stopped by someone else (kill -STOP): the shell has since put its own tty modes
            // back, so leave and enter again as after Ctrl-Z, which re-applies all of ours.
            resume(afterLeaving: false)
        }
        return nil
    }

    /// Ctrl-Z: give the terminal back to the shell, stop, and on `fg` take it again at the size
    /// the terminal has then.
    private mutating func suspend() {
        screen.leave()
        Signals.stopUntilContinued()
        resume(afterLeaving: true)
    }

    /// Takes the terminal back once this process is in the foreground again. After `bg` it is
    /// not: drawing then would cover the shell's screen and hide its cursor, so the process stops
    /// again (as any program that needs the terminal does) until `fg`.
    private mutating func resume(afterLeaving: Bool) {
        while !Screen.isForeground(fd: sizeFD) {
            Signals.stopForTerminal()
        }
        if !afterLeaving { screen.leave() }
        if screen.adoptTerminalSize(fd: sizeFD) {
            _ = program.handle(.resize(width: screen.width, height: screen.height))
        }
        painter.invalidate()
        screen.enter()
        draw()
    }

    private mutating func draw() {
        let width = screen.width, height = screen.height
        let grid = program.render(width: width, height: height)
        lastPaintCount = painter.paint(grid, into: screen.window, palette: screen.palette)
        screen.placeCursor(program.cursor(width: width, height: height))
        screen.update()
    }
}
