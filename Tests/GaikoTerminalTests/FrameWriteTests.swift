import CNcursesw
import GaikoCore
import GaikoUI
import Testing
@testable import GaikoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// How a frame reaches the terminal: over SSH every write is a packet of its own, so a frame
/// should leave in as few writes as curses' buffer allows, not one per changed run of cells.
/// The screen writes to a packet socket, which keeps each `write` a message of its own, so the
/// test counts the writes curses made.
extension TerminalCursesTests {
    @Test func aFrameOfScatteredChangesLeavesInOneWrite() throws {
        var fds: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &fds) == 0)
        let reader = fds[0]
        defer { Glibc.close(reader) }
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
        TerminalLocale.configure()
        let output = try #require(fdopen(fds[1], "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let screen = try #require(Screen(terminalType: "xterm-256color", output: output, input: input,
                                          colorMode: .never, environment: [:]))
        defer { screen.close() }
        resize_term(24, 80)
        screen.update()
        _ = Self.messages(from: reader)

        // Twelve changes far apart: each needs a cursor movement of its own.
        for row in stride(from: 0, to: 24, by: 2) {
            mvwaddstr(screen.window, Int32(row), Int32((row * 7) % 70), "gaiko")
        }
        screen.update()
        let frame = Self.messages(from: reader).map(\.count)
        #expect(frame.count == 1, "the frame left in \(frame.count) writes of \(frame) bytes")
        #expect(frame.reduce(0, +) > 12 * 5)

        // A prompt's cursor is shown only once the frame has put it in its place.
        mvwaddstr(screen.window, 23, 0, "/tpp")
        screen.placeCursor((x: 4, y: 23))
        screen.update()
        let prompt = Self.messages(from: reader).map { String(decoding: $0, as: UTF8.self) }
        let shown = try #require(prompt.lastIndex { $0.contains("\u{1B}[?25h") })
        let drawn = try #require(prompt.firstIndex { $0.contains("/tpp") })
        #expect(drawn < shown)
    }

    /// The messages waiting on `fd`.
    private static func messages(from fd: Int32) -> [[UInt8]] {
        var messages: [[UInt8]] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return messages }
            messages.append(Array(buffer[..<count]))
        }
    }
}
