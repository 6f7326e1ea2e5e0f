import Foundation
import Testing

/// The config file, read by the built binary: `gaiko config --check`, `gaiko keys`, and the
/// browser started with a config in tmux.
@Suite(.serialized)
struct ConfigEndToEndTests {
    /// A config home holding `text` as gaiko/config.toml; returns (XDG_CONFIG_HOME, file).
    static func configHome(_ text: String) throws -> (home: String, file: String) {
        let home = try CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/gaiko", withIntermediateDirectories: true)
        let file = home + "/gaiko/config.toml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (home, file)
    }

    @Test func aGoodConfigChecksOK() throws {
        let (home, file) = try Self.configHome("""
            # everything at once
            theme = "light"
            mouse = false
            records = ["~/records"]
            [keys]
            quit = ["x", "Q", "Ctrl-C"]
            history-forward = "C-f"
            [colors]
            heading = 130
            current-match = { fg = 208, bg = 16 }
            """)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let result = try CLIRunner.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": home])
        #expect(result.status == 0)
        #expect(result.stdout == "\(file): ok\n")
    }

    @Test(arguments: [
        ("theme = \"dark\"\nfont = \"big\"\n", 2, "unknown setting “font”"),
        ("theme = \"sepia\"\n", 1, "theme must be one of"),
        ("\n[keys]\nqiut = \"x\"\n", 3, "unknown action “qiut”"),
        ("[keys]\nquit = \"x\"\nsearch = [\"n\"]\n", 3, "key n is bound twice: to search and next-match"),
        ("[keys]\nquit = \"Hyper-Q\"\n", 2, "“Hyper-Q” is not a key name"),
        ("mouse = true\ntheme = \"light\n", 2, "not valid TOML"),
        ("[colors]\nheadng = 3\n", 2, "unknown role “headng”"),
        ("mouse = \"yes\"\n", 1, "mouse must be true or false"),
    ])
    func aBadConfigNamesTheFileAndLineAndExitsTwo(text: String, line: Int, message: String) throws {
        let (home, file) = try Self.configHome(text)
        defer { try? FileManager.default.removeItem(atPath: home) }
        for arguments in [["config", "--check"], ["list"], ["keys"]] {
            let result = try CLIRunner.run(arguments, environment: ["XDG_CONFIG_HOME": home])
            if arguments == ["list"] {
                // Only the browser and `keys` read the config: listing never fails on it.
                #expect(result.status == 0)
                continue
            }
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("gaiko: \(file):\(line): "), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderrLines.count == 1)
        }
    }

    @Test func keysListsEveryActionWithTheKeysInForce() throws {
        let plain = try CLIRunner.run(["keys"])
        #expect(plain.status == 0)
        for name in ["down", "back", "quit", "redraw", "go-to", "history-back", "history-forward", "copy-citation", "open-record"] {
            #expect(plain.stdout.contains("\n\(name) ") || plain.stdout.hasPrefix("\(name) "), "\(name) missing")
        }
        #expect(plain.stdout.contains("q (meetings list); Q Ctrl-C (always)"))
        let (home, _) = try Self.configHome("[keys]\nquit = \"x\"\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let remapped = try CLIRunner.run(["keys"], environment: ["XDG_CONFIG_HOME": home])
        let quitLine = remapped.stdout.split(separator: "\n").first { $0.hasPrefix("quit ") }
        #expect(quitLine?.hasSuffix(" x") == true, "\(quitLine ?? "")")
    }

    static func docsPath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/\(name)").path
    }

    @Test func theExampleConfigChecksOKAndTheDocsNameEveryAction() throws {
        let example = try CLIRunner.run(["config", "--check", "--file", Self.docsPath("config.example.toml")])
        #expect(example.status == 0, "\(example.stderr)")
        let docs = try String(contentsOfFile: Self.docsPath("config.md"), encoding: .utf8)
        let names = try CLIRunner.run(["keys"]).stdout.split(separator: "\n")
            .filter { !$0.hasPrefix(" ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count > 40)
        for name in names { #expect(docs.contains("| `\(name)` |"), "\(name) is not in docs/config.md") }
    }

    @Test func noConfigFileMeansTheDefaults() throws {
        let home = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let result = try CLIRunner.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": home])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no config file"))
        let path = try CLIRunner.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": home])
        #expect(path.stdout == home + "/gaiko/config.toml\n")
    }

    // MARK: in the browser

    @Test func quitRemappedToXQuitsWithXAndHelpSaysSo() throws {
        let (home, _) = try Self.configHome("[keys]\nquit = \"x\"\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try TmuxHarness()
        try tmux.startGaiko(prefix: "XDG_CONFIG_HOME=\(TmuxHarness.quote(home))")
        try tmux.waitForBrowser("the list") { $0.titleBar.contains("? help  x quit") }
        try tmux.sendKeys("q")
        try tmux.waitForBrowser("q unbound") { $0.statusLine.contains("q is not bound here") }
        try tmux.sendKeys("?")
        try tmux.waitForScreen("help with x") { $0.contains(" x                  quit") }
        try tmux.sendKeys("Escape", "x")
        #expect(try tmux.waitForStatus() == 0)
    }

    @Test func aBadConfigExitsTwoBeforeTheScreenChanges() throws {
        let (home, file) = try Self.configHome("[keys]\nqiut = \"x\"\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try TmuxHarness()
        try tmux.startGaiko(prefix: "XDG_CONFIG_HOME=\(TmuxHarness.quote(home))")
        #expect(try tmux.waitForStatus() == 2)
        #expect(tmux.file("stderr") == "gaiko: \(file):2: unknown action “qiut” in [keys] (gaiko keys lists the actions)\n")
        #expect(tmux.file("after") == tmux.file("before"))
        #expect(!tmux.capture().contains("meetings"))
    }

    @Test func monoThemeGivesNoColour() throws {
        func colours(_ config: String) throws -> Bool {
            let (home, _) = try Self.configHome(config)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let tmux = try TmuxHarness()
            // The test runner may set NO_COLOR; these runs want to see colour where the theme gives it.
            try tmux.startGaiko(prefix: "NO_COLOR= TERM=xterm-256color XDG_CONFIG_HOME=\(TmuxHarness.quote(home))")
            try tmux.waitForBrowser("the list") { $0.statusLine.contains("1 of 5") }
            let styled = tmux.capture(styled: true)
            // Any colour: 30–37/40–47, 90–97/100–107, or 38;5/48;5 and their 256-colour forms.
            return styled.contains(#/\e\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]/#)
        }
        #expect(try colours("theme = \"dark\"\n"))
        #expect(try colours("theme = \"light\"\n"))
        #expect(try !colours("theme = \"mono\"\n"))
    }

    /// One entry path: a bare `gaiko` (which skips ArgumentParser) and `gaiko browse` read the
    /// same config and draw the same first screen.
    @Test func bareGaikoAndBrowseDrawTheSameFirstScreen() throws {
        let (home, _) = try Self.configHome("[keys]\nhelp = \"F2\"\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        var screens: [String] = []
        for arguments in [[], ["browse"]] {
            let tmux = try TmuxHarness()
            try tmux.startGaiko(arguments: arguments, prefix: "XDG_CONFIG_HOME=\(TmuxHarness.quote(home))")
            screens.append(try tmux.waitForBrowser("the first screen") { $0.titleBar.contains("F2 help") }.text)
        }
        #expect(screens[0] == screens[1])
    }

    @Test func recordsOpenWhenNoPathIsGiven() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/mine", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLITests.resourcePath("2017-11-10-japan-peru-summit.txt"),
                                         toPath: folder + "/mine/one.txt")
        let (home, _) = try Self.configHome("records = [\"\(folder)/mine\"]\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try TmuxHarness()
        try tmux.startGaiko(prefix: "XDG_CONFIG_HOME=\(TmuxHarness.quote(home))")
        let screen = try tmux.waitForBrowser("the configured folder") { $0.statusLine.contains("1 of 1") }
        #expect(screen.titleBar.contains("mine"))
    }
}
