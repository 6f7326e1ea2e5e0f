import Foundation
import GaikoCore

/// Standard output and error: whether they are terminals, how wide, and writing to them.
enum Console {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var stdoutIsTerminal: Bool { isTerminal(STDOUT_FILENO) }

    /// Columns of the terminal on standard output, or nil when it is not a terminal. Asks the
    /// terminal first, then `COLUMNS`, then assumes 80.
    static func terminalWidth(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// One message line on standard error.
    static func error(_ line: String) { write(line.hasSuffix("\n") ? line : line + "\n", to: STDERR_FILENO) }

    /// `gaiko: warning: PATH: REASON`.
    static func warning(path: String, reason: String) {
        error("gaiko: warning: \(Sanitizer.clean(path)): \(reason)")
    }

    /// Writes all of `text`, retrying short writes. A reader that went away (`gaiko list | head`)
    /// ends the program quietly, as other command-line tools do.
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Terminal styling, applied only when colour is enabled.
struct Styler {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1", "22") }

    /// Kinds get a colour each in lists; the label itself already says the kind.
    func kind(_ text: String, _ kind: MeetingKind) -> String {
        switch kind {
        case .summit: wrap(text, "33", "39")
        case .foreignMinisters: wrap(text, "36", "39")
        case .telephone: wrap(text, "35", "39")
        case .other: text
        }
    }

    func dim(_ text: String) -> String { wrap(text, "2", "22") }

    private func wrap(_ text: String, _ on: String, _ off: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(on)m\(text)\u{1B}[\(off)m" : text
    }
}
