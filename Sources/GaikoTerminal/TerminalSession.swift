import CNcursesw
import GaikoCore
import GaikoUI
#if canImport(Glibc)
import Glibc
#endif

/// Runs a `Program` full-screen on the process's terminal (stdin and stdout) and leaves the
/// terminal as it found it on every way out: quit, Ctrl-C, SIGTERM, SIGHUP, a crash.
public enum TerminalSession {
    /// Returns the exit status: 0 when the program quits, 2 when the terminal cannot be used
    /// (the reason is printed on stderr as one line), 128 + n after signal n, 129 when the
    /// terminal went away.
    /// The program is taken, not copied: the loop's copy is then the only one, so what the
    /// program lets go of while it runs (a browser's first-screen outline) is freed.
    public static func run<P: Program>(_ program: consuming P, colorMode: ColorMode, environment: [String: String],
                                       settings: TerminalSettings = .standard) -> Int32 {
        do {
            try TerminalError.check(environment: environment, inputIsTerminal: isatty(0) == 1, outputIsTerminal: isatty(1) == 1)
            return try runChecked(consume program, colorMode: colorMode, environment: environment, settings: settings)
        } catch {
            writeError(error.description)
            return TerminalError.exitStatus
        }
    }

    private static func runChecked<P: Program>(_ program: consuming P, colorMode: ColorMode, environment: [String: String],
                                               settings: TerminalSettings) throws(TerminalError) -> Int32 {
        let terminalType = environment["TERM"] ?? ""
        TerminalLocale.configure()
        // Before newterm, so curses does not install its own handlers for these signals.
        Signals.install(terminalFD: 0)
        defer { Signals.restore() }
        guard let screen = Screen.openTerminal(terminalType: terminalType, colorMode: colorMode, environment: environment, settings: settings) else {
            throw .unknownTerminal(terminalType)
        }
        Signals.armCrashReset(screen.resetBytes(), fd: 1)
        var loop = EventLoop(program: sized(consume program, to: screen), screen: screen, sizeFD: 1, terminalAlive: {
            var modes = termios()
            return tcgetattr(0, &modes) == 0
        })
        loop.pager = Effects.pager(environment: environment)
        let status = loop.run()
        screen.close()
        return status
    }

    /// The program is built before curses knows the terminal's size, so it starts from a guess.
    /// Rendering is given the real size, but key handling (page sizes, mouse hits) uses the
    /// program's own until the first resize event: hand it the real size before the first key.
    static func sized<P: Program>(_ program: consuming P, to screen: Screen) -> P {
        _ = program.handle(.resize(width: screen.width, height: screen.height))
        return program
    }

    private static func writeError(_ message: String) {
        let line = Array((message + "\n").utf8)
        line.withUnsafeBytes { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }
}
