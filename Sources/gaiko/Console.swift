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

    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { write($0, to: fd) }
    }

    /// Writes all of `bytes`, retrying short writes. A reader that went away (`gaiko list | head`)
    /// ends the program quietly, as other command-line tools do; any other failure on standard
    /// output (a full disk, a closed descriptor) ends it with a message and status 1, so a
    /// truncated export never passes for a whole one. Standard error has nowhere to report its
    /// own failures: they are dropped.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        var done = 0
        while done < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                return failed(errno, fd: fd)
            }
            done += written
        }
    }

    private static func failed(_ code: Int32, fd: Int32) {
        guard fd != STDERR_FILENO else { return }
        if code == EPIPE { exit(0) }
        error("gaiko: cannot write output: \(writeFailure(code))")
        exit(1)
    }

    /// The C library's words, except for a closed standard output, which it calls a "bad file
    /// descriptor".
    static func writeFailure(_ code: Int32) -> String {
        code == EBADF ? "standard output is closed" : String(cString: strerror(code))
    }

    /// Makes sure descriptors 0, 1 and 2 are open before anything else is: started with one
    /// closed (`gaiko list >&-`), the first record opened would take its number, and output
    /// meant for the terminal would be aimed at a record. A read-only `/dev/null` stands in, so
    /// writing to it still fails and is reported.
    static func holdStandardDescriptors() {
        for fd in STDIN_FILENO...STDERR_FILENO where fcntl(fd, F_GETFD) == -1 {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0, null != fd {
                dup2(null, fd)
                close(null)
            }
        }
    }

    /// Ends a one-shot command once its output is written. Returning instead would free the
    /// corpus, meeting by meeting, which takes a third of a second at 100,000 meetings and
    /// achieves nothing the end of the process does not. Nothing else is pending: output goes
    /// straight to the descriptors, and no other thread is at work by then.
    static func finish(status: Int32 = 0) -> Never {
        exit(status)
    }
}

/// Standard output gathered into large writes: a line at a time, 100,000 rows cost 100,000
/// system calls.
struct Output {
    private var bytes: [UInt8] = []
    private let fd: Int32
    private static let chunk = 1 << 16

    init(fd: Int32 = STDOUT_FILENO) {
        self.fd = fd
        bytes.reserveCapacity(Self.chunk + 4096)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= Self.chunk { flush() }
    }

    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        if bytes.count >= Self.chunk { flush() }
    }

    mutating func appendSpaces(_ count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    mutating func flush() {
        bytes.withUnsafeBufferPointer { Console.write($0, to: fd) }
        bytes.removeAll(keepingCapacity: true)
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
