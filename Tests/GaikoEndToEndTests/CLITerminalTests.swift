import Foundation
import Testing

/// Runs gaiko with standard output on a pseudo-terminal, through util-linux `script`. The pty
/// it makes has no size when our stdin is not a terminal, so `COLUMNS` sets the width.
@Suite(.enabled(if: UtilLinuxScript.path != nil, "needs util-linux script"))
struct CLITerminalTests {
    func runOnTerminal(_ arguments: [String], columns: Int, environment: [String: String] = [:]) throws -> [String] {
        let gaiko = try #require(CLIRunner.binary)
        let command = ([gaiko.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let result = try CLIRunner.run(
            ["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: try #require(UtilLinuxScript.path)),
            // No pager: these check what is written to the terminal (CLIPlumbingTests page).
            environment: environment.merging(["COLUMNS": String(columns), "GAIKO_PAGER": ""]) { $1 })
        #expect(result.status == 0)
        return result.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
    }

    @Test(arguments: [12, 30, 45])
    func listLinesAreCutToTheTerminalWidth(columns: Int) throws {
        let lines = try runOnTerminal(["list", "--color", "never"], columns: columns)
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.count <= columns })
        #expect(lines.contains { $0.hasSuffix("…") } || lines.allSatisfy { $0.count < columns })
    }

    @Test func aNarrowTerminalDropsTheDateColumnBeforeTheVenue() throws {
        let narrow = try runOnTerminal(["list", "--color", "never"], columns: 80)
        #expect(narrow.first?.hasPrefix("2024-11-17-summit") == true)
        // The id already begins with the date, so the row goes on with the kind.
        #expect(narrow.first?.contains("2024-11-17  ") == false)
        #expect(narrow.first?.contains("Summit  Ishiba – Boluarte") == true)
        #expect(narrow.contains { $0.contains("Da Nang") })
        let wide = try runOnTerminal(["list", "--color", "never"], columns: 120)
        #expect(wide.first?.contains("2024-11-17-summit             2024-11-17  Summit") == true)
        #expect(wide.first?.hasSuffix("Presidential Palace, Peru") == true)
    }

    @Test(arguments: [12, 40, 70])
    func searchLinesAreCutToTheTerminalWidth(columns: Int) throws {
        let lines = try runOnTerminal(["search", "peru", "--color", "never"], columns: columns)
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { $0.count <= columns }, "\(lines)")
        #expect(stride(from: 1, to: lines.count, by: 2).allSatisfy { lines[$0].hasPrefix("    ") })
        #expect(lines.contains { $0.hasSuffix("…") })
    }

    @Test func searchHighlightsMatchesOnATerminal() throws {
        let lines = try runOnTerminal(["search", "tpp"], columns: 100)
        #expect(lines.count == 6)
        #expect(lines[1].contains("\u{1B}[1;7mTPP\u{1B}[0m"))
        #expect(lines[0].contains("\u{1B}[33mSummit\u{1B}[39m"), "kinds coloured as in list")
    }

    @Test func showWrapsToTheTerminalWidthWithBoldHeadings() throws {
        let id = try #require(CLIRunner.run(["export", "--format", "ndjson"]).stdoutLines.first?.split(separator: "\"")[3])
        let page = try runOnTerminal(["show", String(id)], columns: 40)
        #expect(page.first?.hasPrefix("\u{1B}[1m") == true, "title is bold on a terminal")
        let plain = page.map { $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) }
        #expect(plain.allSatisfy { $0.count <= 40 })
        #expect(plain.contains { $0.count > 30 }, "\(plain)")
    }

    @Test func noColorTurnsAutoColourOff() throws {
        let page = try runOnTerminal(["list"], columns: 80, environment: ["NO_COLOR": "1"])
        #expect(page.count == 5)
        #expect(!page.joined().contains("\u{1B}"))
    }
}

enum UtilLinuxScript {
    static let path: String? = ["/usr/bin/script", "/bin/script"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
