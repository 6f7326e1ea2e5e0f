import Foundation
import Testing

/// `scripts/install` into a temporary prefix, then the installed program run from elsewhere.
/// The test installs the binary this build made (`--binary`): building the release binary as a
/// plain install does takes minutes, and is what `scripts/gaiko` already exercises.
@Suite struct InstallEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func installsBinaryManualAndCompletionsThatWorkFromAnotherFolder() throws {
        let binary = try #require(CLIRunner.binary, "build the gaiko product first")
        let prefix = try CLIRunner.temporaryFolder() + "/prefix with space"
        let elsewhere = try CLIRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: (prefix as NSString).deletingLastPathComponent)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        let script = Self.root.appendingPathComponent("scripts/install")
        let installed = try CLIRunner.run(["--binary", binary.path, prefix], executable: script, in: elsewhere)
        #expect(installed.status == 0, "\(installed.stderr)")

        let gaiko = URL(fileURLWithPath: prefix + "/bin/gaiko")
        #expect(FileManager.default.isExecutableFile(atPath: gaiko.path))
        let list = try CLIRunner.run(["list"], executable: gaiko, in: elsewhere)
        #expect(list.status == 0)
        #expect(list.stdoutLines.count == 5)
        let show = try CLIRunner.run(["show", "2017-11-10-summit"], executable: gaiko, in: elsewhere)
        #expect(show.stdout.contains("Kuczynski"))

        let manual = try String(contentsOfFile: prefix + "/share/man/man1/gaiko.1", encoding: .utf8)
        #expect(manual.contains(".Dt GAIKO 1"))
        for subcommand in ["list", "show", "search", "export", "keys", "config"] {
            #expect(manual.contains(subcommand), "\(subcommand) missing from the manual")
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let rendered = try CLIRunner.run(["-l", prefix + "/share/man/man1/gaiko.1"], executable: URL(fileURLWithPath: "/usr/bin/man"),
                                             environment: ["MANPAGER": "cat", "PAGER": "cat"])
            #expect(rendered.status == 0)
            #expect(rendered.stdout.contains("NAME"))
        }
        for (file, marker) in [("share/bash-completion/completions/gaiko", "complete"),
                               ("share/zsh/site-functions/_gaiko", "#compdef gaiko"),
                               ("share/fish/vendor_completions.d/gaiko.fish", "complete -c 'gaiko'")] {
            let text = (try? String(contentsOfFile: prefix + "/" + file, encoding: .utf8)) ?? ""
            #expect(text.contains(marker), "\(file)")
        }
    }
}
