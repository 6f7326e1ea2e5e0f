import CNcursesw
import GaikoCore
import GaikoUI
import Testing
@testable import GaikoTerminal

/// gaiko's widths against the C library's and curses', in the locale the browser runs in. An
/// extension of the serialized curses suite: curses is process-wide, so these never run beside it.
extension TerminalCursesTests {
    /// Emoji that used to leave stale cells or lose parts, in a line of a record.
    static let emojiLines = [
        "Love ❤️ and smile ☺️ keycap 1️⃣ end",
        "Flags 🇯🇵🇵🇪 family 👨‍👩‍👧 thumbs 👍🏽 ok",
        "日本 – ペルー ☺ plain ❤ and soft\u{AD}hyphen ䷀",
    ]

    @Test func everyScalarIsAsWideAsTheCLibrarySays() throws {
        try Headless.withScreen { _ in
            var differences: [String] = []
            for value in UInt32(0xA0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let libc = Int(gaiko_wcwidth(wchar_t(bitPattern: value)))
                guard libc >= 0 else { continue }
                if DisplayWidth.of(scalar) != libc { differences.append(String(value, radix: 16)) }
            }
            #expect(differences.isEmpty, "differ from wcwidth: \(differences.prefix(20))")
        }
    }

    @Test func emojiClustersAreMeasuredAsCursesAdvances() throws {
        try Headless.withScreen { _ in
            #expect(DisplayWidth.of("❤️") == 1)
            #expect(DisplayWidth.of("☺️") == 1)
            #expect(DisplayWidth.of("1️⃣") == 1)
            #expect(DisplayWidth.of("🇯🇵") == 2)
            #expect(DisplayWidth.of("👨‍👩‍👧") == 6)
            #expect(DisplayWidth.cells(of: "👨‍👩‍👧").map(\.width) == [2, 2, 2])
            #expect(DisplayWidth.cells(of: "1️⃣").count == 1)
        }
    }

    /// Each line painted, read back cell by cell, then painted over with plain text: curses
    /// must hold exactly what the grid says both times, with nothing left from the emoji.
    @Test(arguments: [(120, 6), (80, 6), (33, 6)])
    func emojiLinesPaintWholeAndLeaveNoStaleCells(width: Int, height: Int) throws {
        try Headless.withScreen(width: width, height: height) { screen in
            var painter = Painter()
            var grid = Grid(width: width, height: height)
            for (y, line) in Self.emojiLines.enumerated() {
                grid.put("│", x: 0, y: y)
                grid.put(line, x: 1, y: y, maxWidth: width - 2)
                grid.put("│", x: width - 1, y: y)
            }
            painter.paint(grid, into: screen.window, palette: screen.palette)
            for y in 0..<height {
                #expect(Headless.rowText(screen.window, y: y) == grid.rowText(y), "row \(y) at \(width)")
                // The right border is where the grid put it.
                #expect(y >= Self.emojiLines.count || Headless.readRow(screen.window, y: y)[width - 1].text == "│")
            }
            var plain = Grid(width: width, height: height)
            for y in 0..<height { plain.put(String(repeating: "x", count: width / 2), x: 0, y: y) }
            painter.paint(plain, into: screen.window, palette: screen.palette)
            for y in 0..<height {
                #expect(Headless.rowText(screen.window, y: y) == plain.rowText(y), "stale cells in row \(y) at \(width)")
            }
        }
    }
}
