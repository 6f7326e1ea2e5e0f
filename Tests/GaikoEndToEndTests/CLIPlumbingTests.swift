import Foundation
import Testing

/// The command line as git and gh users expect it: a pager only on a terminal, `-` for standard
/// input, `--query` on list and export, a suggestion for a mistyped command, CLICOLOR_FORCE.
@Suite struct CLIPlumbingTests {
    static let summit = CLITests.resourcePath("2017-11-10-japan-peru-summit.txt")

    @Test(arguments: [("serach", "search"), ("lsit", "list"), ("shwo", "show"), ("exprot", "export")])
    func aMistypedCommandGetsASuggestionAndStatusTwo(typed: String, meant: String) throws {
        let result = try CLIRunner.run([typed, "tpp"])
        #expect(result.status == 2)
        #expect(result.stderr == "gaiko: “\(typed)” is neither a command nor a file or folder; did you mean `\(meant)`?\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownWordFarFromAnyCommandListsThemAndAnExistingPathIsStillAPath() throws {
        let far = try CLIRunner.run(["frobnicate"])
        #expect(far.status == 2)
        #expect(far.stderr.contains("commands: browse, list, show, search, export"))
        // A folder named like a typo is a folder.
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/serach", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.summit, toPath: folder + "/serach/a.txt")
        let path = try CLIRunner.run(["list", "serach"], in: folder)
        #expect(path.status == 0)
        #expect(path.stdout.hasPrefix("2017-11-10-summit"))
        // A path that is written as one keeps its own message.
        let missing = try CLIRunner.run(["records/"])
        #expect(missing.stderr.contains("no such file or folder"))
    }

    @Test func dashReadsOneRecordFromStandardInput() throws {
        let binary = try #require(CLIRunner.binary)
        let sh = URL(fileURLWithPath: "/bin/sh")
        let list = try CLIRunner.run(["-c", "\"$0\" list - < \"$1\"", binary.path, Self.summit], executable: sh)
        #expect(list.status == 0)
        #expect(list.stdoutLines == ["2017-11-10-summit  2017-11-10  Summit  Abe – Kuczynski  Da Nang, Viet Nam"])
        let show = try CLIRunner.run(["-c", "\"$0\" show 2017-11-10 - --json < \"$1\"", binary.path, Self.summit], executable: sh)
        #expect(show.stdout.contains("\"source\": \"(standard input)\""))
        // With other paths: both.
        let both = try CLIRunner.run(["-c", "\"$0\" list - \"$2\" < \"$1\"", binary.path, Self.summit,
                                      CLITests.resourcePath("2014-11-10-japan-peru-summit.txt")], executable: sh)
        #expect(both.stdoutLines.count == 2)
    }

    @Test func listAndExportTakeAQuery() throws {
        let export = try CLIRunner.run(["export", "--query", "kind:summit", "--format", "ndjson"])
        #expect(export.status == 0)
        let kinds = export.stdoutLines.map { $0.contains("\"kind\":\"summit\"") || $0.contains("\"kind\": \"summit\"") }
        #expect(kinds.count == 3 && kinds.allSatisfy { $0 })
        let json = try CLIRunner.run(["export", "--query", "kind:summit", "--format", "json"])
        #expect(json.stdout.components(separatedBy: "\"id\":").count - 1 == 3)
        let list = try CLIRunner.run(["list", "--query", "tpp", "--kind", "summit"])
        #expect(list.stdoutLines.map { String($0.prefix(17)) } == ["2017-11-10-summit", "2014-11-10-summit"])
        let none = try CLIRunner.run(["list", "--query", "zzzzqqq"])
        #expect(none.status == 1)
        let bad = try CLIRunner.run(["export", "--query", "foo:bar"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("gaiko: bad query: unknown field 'foo:'"))
    }

    @Test func clicolorForceColoursAPipeAndNoColorStillWins() throws {
        let forced = try CLIRunner.run(["list"], environment: ["CLICOLOR_FORCE": "1"])
        #expect(forced.stdout.contains("\u{1B}["))
        let zero = try CLIRunner.run(["list"], environment: ["CLICOLOR_FORCE": "0"])
        #expect(!zero.stdout.contains("\u{1B}["))
        let both = try CLIRunner.run(["list"], environment: ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"])
        #expect(!both.stdout.contains("\u{1B}["))
    }

    @Test func aPipeIsNeverPaged() throws {
        // PAGER is a command that would leave a mark; in a pipe it must not run.
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLIRunner.run(["show", "2017-11-10-summit"], environment: ["PAGER": "touch \(folder)/paged; cat"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kuczynski"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/paged"))
    }

    // MARK: on a terminal (tmux)

    @Test func showOnATerminalGoesThroughLessAndNoPagerDoesNot() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko(arguments: ["show", "2017-11-10-summit"], prefix: "PAGER= GAIKO_PAGER=less LESS=", width: 80, height: 24)
        // less waits at its prompt with the top of the page on screen.
        try tmux.waitForScreen("less with the meeting") { $0.contains("Japan-Peru Summit Meeting") && $0.split(separator: "\n").last?.hasPrefix(":") == true }
        #expect(try tmux.gaikoIsRunning())
        try tmux.sendKeys("q")
        #expect(try tmux.waitForStatus() == 0)

        let direct = try TmuxHarness()
        try direct.startGaiko(arguments: ["show", "2017-11-10-summit", "--no-pager"], prefix: "GAIKO_PAGER=less", width: 80, height: 24)
        // Done with no key pressed: nothing waited for a reader.
        #expect(try direct.waitForStatus() == 0)
    }
}
