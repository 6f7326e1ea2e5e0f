import CNcursesw
import GaikoCore
import GaikoUI
import Testing
@testable import GaikoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Curses writing to /dev/null and reading from it: the painter, decoder and loop run for real
/// with no terminal. The size is set with `resize_term` after `newterm` rather than through the
/// LINES/COLUMNS environment, so no test changes the process environment other suites (and the
/// tmux server) inherit.
enum Headless {
    static func withScreen<T>(
        width: Int = 40, height: Int = 6, terminalType: String = "xterm-256color",
        colorMode: ColorMode = .never, environment: [String: String] = [:],
        _ body: (Screen) throws -> T
    ) throws -> T {
        TerminalLocale.configure()
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let screen = try #require(Screen(terminalType: terminalType, output: output, input: input,
                                          colorMode: colorMode, environment: environment))
        defer { screen.close() }
        resize_term(Int32(height), Int32(width))
        wtimeout(screen.window, 0)
        return try body(screen)
    }

    /// One cell of the curses window: its text and attributes.
    struct ReadCell {
        var text: String
        var attributes: attr_t
        var pair: Int16
    }

    /// Row `y` of the window as curses holds it, one entry per column; the second column of a
    /// wide character reads back as empty text, like a Grid continuation cell.
    static func readRow(_ window: UnsafeMutablePointer<WINDOW>, y: Int) -> [ReadCell] {
        let width = Int(getmaxx(window))
        // One entry per character: curses leaves out the second column of a wide character.
        var cells = [cchar_t](repeating: cchar_t(), count: width + 1)
        _ = mvwin_wchnstr(window, Int32(y), 0, &cells, Int32(width))
        var row: [ReadCell] = []
        var index = 0
        while row.count < width, index < width {
            var chars = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
            var attributes: attr_t = 0
            var pair: Int16 = 0
            _ = getcchar(&cells[index], &chars, &attributes, &pair, nil)
            index += 1
            let scalars = chars.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
            var text = String(String.UnicodeScalarView(scalars))
            if text.isEmpty { text = " " }
            row.append(ReadCell(text: text, attributes: attributes, pair: pair))
            if let first = scalars.first, gaiko_wcwidth(wchar_t(bitPattern: first.value)) == 2 {
                row.append(ReadCell(text: "", attributes: attributes, pair: pair))
            }
        }
        return row
    }

    static func rowText(_ window: UnsafeMutablePointer<WINDOW>, y: Int) -> String {
        readRow(window, y: y).map(\.text).joined()
    }

    enum QueuedInput {
        case character(UInt32)
        case keyCode(Int32)
    }

    /// Queues input so the next reads return it in order (curses' queue is last in, first out).
    static func queue(_ inputs: [QueuedInput]) {
        for input in inputs.reversed() {
            switch input {
            case .character(let code): _ = unget_wch(wchar_t(bitPattern: code))
            case .keyCode(let code): _ = ungetch(code)
            }
        }
    }
}
