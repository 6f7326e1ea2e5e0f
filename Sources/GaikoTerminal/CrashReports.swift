#if canImport(Glibc)
import Glibc
#endif

/// How the Swift runtime reports a crash in gaiko.
///
/// The runtime reads `SWIFT_BACKTRACE` once, before `main`. Left unset, with stdin and stdout
/// on a terminal, its report is interactive: "Press space to interact, D to debug, or any other
/// key to quit" and a 30-second wait, while curses still holds the screen. `Signals`' crash
/// handler restores the terminal first and then lets the runtime report; this makes that
/// report plain and puts it on stderr.
public enum CrashReports {
    /// The value gaiko runs with when the user has not chosen one.
    public static let setting = "interactive=no,output-to=stderr"

    /// Runs the program again, once, with `SWIFT_BACKTRACE` set, when it is unset and the
    /// runtime would otherwise have chosen the interactive report. Call it first in `main`:
    /// nothing done before it survives. Returns (carrying on as is) when the variable is set,
    /// when no terminal is involved, or when the exec fails.
    public static func reexecWithPlainReportsIfNeeded() {
        guard getenv("SWIFT_BACKTRACE") == nil, isatty(0) == 1, isatty(1) == 1 else { return }
        // The file itself rather than /proc/self/exe, whose name the process would take (`ps`
        // would list it as `exe`).
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, path.count - 1)
        guard length > 0, setenv("SWIFT_BACKTRACE", setting, 1) == 0 else { return }
        execv(path, CommandLine.unsafeArgv)
    }
}
