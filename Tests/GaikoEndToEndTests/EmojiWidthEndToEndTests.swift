import Foundation
import GaikoCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A record full of emoji (variation selectors, a keycap, flags, a ZWJ family, a skin tone),
/// shown in tmux: every bordered row must be exactly as wide as the pane by the C library's
/// measure, which is tmux's, so nothing is shifted; moving away must leave nothing behind.
@Suite(.serialized)
struct EmojiWidthEndToEndTests {
    static let emoji = ["❤️", "☺️", "1️⃣", "🇯🇵", "🇵🇪", "👨‍👩‍👧", "👍🏽"]

    static let record = """
        Japan-Peru Relations
        Japan-Peru Summit Meeting ❤️ ☺️ 1️⃣ 🇯🇵🇵🇪
        November 10, 2017
        On November 10, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Ollanta Humala, President of the Republic of Peru. ❤️ ☺️ 1️⃣ 🇯🇵 🇵🇪 👨‍👩‍👧 👍🏽 日本とペルー
        1 Bilateral relations ❤️☺️1️⃣🇯🇵🇵🇪👨‍👩‍👧👍🏽
        Prime Minister Abe stated ❤️ that Japan values Peru ☺️ and 1️⃣ more ❤️ words to wrap around the pane edge 🇯🇵 with 👨‍👩‍👧 in the middle of a line 👍🏽 and again ❤️☺️1️⃣ at the end.
        """

    static let plain = """
        Japan-Peru Relations
        Japan-Peru Foreign Ministers' Meeting
        November 8, 2017
        On November 8, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Ricardo Luna, Minister for Foreign Affairs of the Republic of Peru.
        """

    /// Columns a captured row takes, by wcwidth in a UTF-8 locale (what tmux uses).
    static func columns(_ row: String) -> Int {
        setlocale(LC_CTYPE, "C.UTF-8")
        return DisplayWidth.of(row)
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func emojiRecordLeavesNoStaleCells(width: Int, height: Int) throws {
        let tmux = try TmuxHarness()
        let folder = tmux.directory.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.record.write(to: folder.appendingPathComponent("a-emoji.txt"), atomically: true, encoding: .utf8)
        try Self.plain.write(to: folder.appendingPathComponent("b-plain.txt"), atomically: true, encoding: .utf8)
        try tmux.startGaiko(arguments: [TmuxHarness.quote(folder.path)], width: width, height: height)
        let first = try tmux.waitForBrowser("the emoji meeting") { $0.statusLine.contains("1 of 2") && $0.text.contains("❤️") }

        func checkAligned(_ screen: BrowserScreen, _ what: String) {
            for (y, row) in screen.rows.enumerated() where row.hasSuffix("│") || row.hasSuffix("║") || row.hasSuffix("┐") || row.hasSuffix("┘") {
                #expect(Self.columns(row) == width, "\(what): row \(y) is \(Self.columns(row)) columns: \(row)")
            }
        }
        checkAligned(first, "list focused")
        try tmux.sendKeys("Enter")
        let reading = try tmux.waitForBrowser("reading it") { $0.statusLine.hasPrefix(" DETAIL") }
        checkAligned(reading, "detail focused")
        // Scrolled to the end, the wrapped emoji lines are all in view.
        try tmux.sendKeys("G")
        let end = try tmux.waitForBrowser("the end of the record") { $0.text.contains("at the end.") }
        checkAligned(end, "detail at its end")
        #expect(end.text.unicodeScalars.contains("👨") && end.text.unicodeScalars.contains("👍"))

        // Away to the plain meeting: nothing of the emoji may stay on screen.
        try tmux.sendKeys("q", "j")
        let away = try tmux.waitForBrowser("the plain meeting") { $0.statusLine.contains("2 of 2") }
        checkAligned(away, "plain meeting")
        for e in Self.emoji {
            for scalar in e.unicodeScalars where scalar.value > 0x2000 && scalar.value != 0x200D && scalar.value != 0xFE0F && scalar.value != 0x20E3 {
                #expect(!away.text.unicodeScalars.contains(scalar), "\(e) left behind: \(away.text)")
            }
        }
        // And back: the same screen as the first time.
        try tmux.sendKeys("k")
        let back = try tmux.waitForBrowser("the emoji meeting again") { $0.statusLine.contains("1 of 2") }
        #expect(back.text == first.text)
    }
}
