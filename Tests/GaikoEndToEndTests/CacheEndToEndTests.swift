import Foundation
import Testing

/// The record cache as a user meets it: the same output with and without it, `gaiko cache`,
/// and the cases where it cannot help.
@Suite struct CacheEndToEndTests {
    /// A folder of copies of the bundled records (enough for the loader's parallel path) and a
    /// cache folder of its own.
    final class Collection: Sendable {
        let folder: String
        let cacheHome: String

        init(copies: Int = 40) throws {
            folder = try CLIRunner.temporaryFolder()
            cacheHome = try CLIRunner.temporaryFolder()
            let names = try FileManager.default.contentsOfDirectory(atPath: CLITests.resourcePath(""))
                .filter { $0.hasSuffix(".txt") }.sorted()
            for i in 0..<copies {
                let data = try #require(FileManager.default.contents(atPath: CLITests.resourcePath(names[i % names.count])))
                try data.write(to: URL(fileURLWithPath: folder + String(format: "/r%03d.txt", i)))
            }
        }

        deinit {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: cacheHome)
        }

        func run(_ arguments: [String]) throws -> CLIRunner.Result {
            try CLIRunner.run(arguments, environment: ["XDG_CACHE_HOME": cacheHome])
        }
    }

    @Test(arguments: [["list"], ["search", "peru"], ["export", "--format", "json"]])
    func outputIsTheSameColdWarmAndWithoutTheCache(command: [String]) throws {
        let c = try Collection()
        let plain = try c.run(command + ["--no-cache", c.folder])
        let cold = try c.run(command + [c.folder])
        let warm = try c.run(command + [c.folder])
        #expect(plain.status == 0)
        #expect(!plain.stdout.isEmpty)
        for result in [cold, warm] {
            #expect(result.status == plain.status)
            #expect(result.stdout == plain.stdout)
            #expect(result.stderr == plain.stderr)
        }
    }

    @Test func noCacheWritesNothing() throws {
        let c = try Collection()
        _ = try c.run(["list", "--no-cache", c.folder])
        #expect(!FileManager.default.fileExists(atPath: c.cacheHome + "/gaiko"))
    }

    @Test func cacheSaysWhereAndHowBigAndClearRemovesIt() throws {
        let c = try Collection()
        _ = try c.run(["search", "peru", c.folder])
        let report = try c.run(["cache"])
        #expect(report.status == 0)
        let first = try #require(report.stdoutLines.first)
        #expect(first.hasPrefix(c.cacheHome + "/gaiko: "))
        #expect(first.hasSuffix("in 1 collection"))
        let real = try #require(realpath(c.folder, nil))
        defer { free(real) }
        #expect(report.stdoutLines.count == 2 && report.stdoutLines[1].hasSuffix(String(cString: real)))

        let cleared = try c.run(["cache", "--clear"])
        #expect(cleared.status == 0)
        #expect(!FileManager.default.fileExists(atPath: c.cacheHome + "/gaiko"))
        #expect(try c.run(["cache"]).stdoutLines.first?.hasSuffix("0 B in 0 collections") == true)
    }

    @Test func twoProcessesBuildingTheCacheAtOnceBothPrintTheRightList() async throws {
        let c = try Collection(copies: 200)
        let expected = try c.run(["list", "--no-cache", c.folder]).stdout
        for _ in 0..<3 {
            try? FileManager.default.removeItem(atPath: c.cacheHome + "/gaiko")
            async let a = Task.detached { try c.run(["list", c.folder]) }.value
            async let b = Task.detached { try c.run(["list", c.folder]) }.value
            let (ra, rb) = try await (a, b)
            #expect(ra.status == 0 && rb.status == 0)
            #expect(ra.stdout == expected)
            #expect(rb.stdout == expected)
            #expect(ra.stderr.isEmpty && rb.stderr.isEmpty)
        }
        #expect(try c.run(["list", c.folder]).stdout == expected)
    }

    @Test func aCacheThatCannotBeWrittenIsOneLineAndTheAnswerIsRight() throws {
        let c = try Collection()
        let blocker = c.cacheHome + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let expected = try c.run(["list", "--no-cache", c.folder]).stdout
        let result = try CLIRunner.run(["list", c.folder], environment: ["XDG_CACHE_HOME": blocker])
        #expect(result.status == 0)
        #expect(result.stdout == expected)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("gaiko: cache: cannot write ") == true)
    }

    /// A corpus large enough for the background index: the browser writes the cache on that
    /// thread (or at quit), and the second start shows the same screen from it.
    @Test func theBrowserWritesTheCacheAndStartsAgainFromIt() throws {
        let c = try Collection(copies: 2_100)
        func session() throws -> String {
            let tmux = try TmuxHarness()
            try tmux.startGaiko(arguments: [TmuxHarness.quote(c.folder)],
                                prefix: "XDG_CACHE_HOME=\(TmuxHarness.quote(c.cacheHome))", width: 120, height: 40)
            let screen = try tmux.waitForBrowser(timeout: 60, "the list, indexed") {
                $0.statusLine.contains(" of ") && !$0.text.contains("indexing")
            }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForStatus(timeout: 60) == 0)
            #expect(tmux.file("stderr").isEmpty)
            return screen.text
        }
        let first = try session()
        let root = c.cacheHome + "/gaiko"
        let key = try #require(try FileManager.default.contentsOfDirectory(atPath: root).first)
        #expect(FileManager.default.fileExists(atPath: "\(root)/\(key)/meetings"))
        let second = try session()
        #expect(second == first)
    }

    /// The browser's first screen comes from the cache before the files are looked at; a
    /// record added since is found behind it, and the list then shows it.
    @Test func aRecordAddedSinceTheCacheWasWrittenAppearsInTheBrowser() throws {
        let c = try Collection()
        #expect(try c.run(["list", c.folder]).status == 0)
        let summit = try String(contentsOfFile: CLITests.resourcePath("2017-11-10-japan-peru-summit.txt"), encoding: .utf8)
        try summit.replacingOccurrences(of: "2017", with: "2031")
            .write(toFile: c.folder + "/zz-added.txt", atomically: true, encoding: .utf8)
        let tmux = try TmuxHarness()
        try tmux.startGaiko(arguments: [TmuxHarness.quote(c.folder)],
                            prefix: "XDG_CACHE_HOME=\(TmuxHarness.quote(c.cacheHome))", width: 120, height: 40)
        let screen = try tmux.waitForBrowser(timeout: 30, "the added record at the top of the list") {
            $0.listRows.first?.contains("2031-11-10") == true
        }
        #expect(screen.statusLine.contains("Records changed on disk: list updated (41 meetings, 1 more)"))
        #expect(screen.titleBar.contains("41"))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForStatus(timeout: 30) == 0)
        #expect(tmux.file("stderr").isEmpty)
    }

    @Test func aDamagedCacheIsOneLineAndTheAnswerIsRight() throws {
        let c = try Collection()
        let expected = try c.run(["list", c.folder]).stdout
        let root = c.cacheHome + "/gaiko"
        let key = try #require(try FileManager.default.contentsOfDirectory(atPath: root).first)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: "\(root)/\(key)/meetings"))
        let result = try c.run(["list", c.folder])
        #expect(result.stdout == expected)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.contains("rebuilding") == true)
        #expect(try c.run(["list", c.folder]).stderr.isEmpty)
    }
}
