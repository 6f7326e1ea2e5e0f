import Foundation
import Testing

/// Output that cannot be written, input that must not be read whole, and messages that quote
/// what was typed.
@Suite struct CLIOutputTests {
    static let writers: [[String]] = [
        ["list"], ["list", "--json"], ["show", "2017-11-10-summit"], ["show", "--json", "2017-11-10-summit"],
        ["search", "tpp"], ["search", "--json", "tpp"], ["export"], ["export", "--format", "ndjson"],
    ]

    /// Runs gaiko under bash with `redirect` applied to its standard output.
    static func run(_ arguments: [String], redirect: String) throws -> CLIRunner.Result {
        let binary = try #require(CLIRunner.binary, "build the gaiko product first: swift build --build-tests")
        return try CLIRunner.run(
            ["-c", "\"$0\" \"$@\" \(redirect)", binary.path] + arguments, executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test(arguments: writers)
    func aFullDiskIsReportedWithStatusOne(_ arguments: [String]) throws {
        let result = try Self.run(arguments, redirect: "> /dev/full")
        #expect(result.status == 1)
        #expect(result.stderr == "gaiko: cannot write output: No space left on device\n")
    }

    @Test(arguments: writers)
    func aClosedStandardOutputIsReportedWithStatusOne(_ arguments: [String]) throws {
        let result = try Self.run(arguments, redirect: ">&-")
        #expect(result.status == 1)
        #expect(result.stderr == "gaiko: cannot write output: standard output is closed\n")
    }

    /// A reader that stops early is no error, also when SIGPIPE is ignored and the write fails
    /// with EPIPE instead of killing the process. The output is made larger than a pipe holds.
    @Test(arguments: [["export"], ["search", "--json", "peru"], ["list"]])
    func aReaderThatStopsEarlyIsNoError(_ arguments: [String]) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try #require(FileManager.default.contents(atPath: CLITests.resourcePath("2017-11-10-japan-peru-summit.txt")))
        for i in 0..<400 { try record.write(to: URL(fileURLWithPath: folder + "/r\(i).txt")) }
        let binary = try #require(CLIRunner.binary)
        let script = "trap '' PIPE; \"$0\" \"$@\" | head -c1 > /dev/null; exit ${PIPESTATUS[0]}"
        let result = try CLIRunner.run(["-c", script, binary.path] + arguments + [folder], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func searchJSONUsesTheExportWriterInTheDocumentedKeyOrder() throws {
        let result = try CLIRunner.run(["search", "--json", "tpp"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("[\n  {\n    \"id\": \"2017-11-10-summit\",\n    \"date\": \"2017-11-10\",\n    \"kind\": \"summit\",\n"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        let keys = result.stdout.split(separator: "\n").prefix(8).compactMap { line -> String? in
            let parts = line.split(separator: "\"")
            return line.contains("\": ") ? String(parts[1]) : nil
        }
        #expect(keys == ["id", "date", "kind", "title", "snippet", "score"])
        #expect(rows.allSatisfy { ($0["score"] as? Double).map { $0 > 0 } == true })

        let none = try CLIRunner.run(["search", "--json", "zzzzqx"])
        #expect(none.status == 1)
        #expect(none.stdout == "[]\n")
    }

    @Test func endlessInputIsReadOnlyToTheLimitAndHugeFilesAreSkipped() throws {
        let zero = try CLIRunner.run(["list", "/dev/zero"])
        #expect(zero.status == 1)
        #expect(zero.stderrLines.first == "gaiko: warning: /dev/zero: larger than 16 MB, too large for a record (see --max-record-size)")

        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try #require(FileManager.default.contents(atPath: CLITests.resourcePath("2017-11-10-japan-peru-summit.txt")))
        try record.write(to: URL(fileURLWithPath: folder + "/good.txt"))
        let huge = folder + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 3 << 30) == 0)
        let result = try CLIRunner.run(["list", folder])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 1)
        #expect(result.stderrLines == ["gaiko: warning: \(huge): larger than 16 MB, too large for a record (see --max-record-size)"])

        let small = try CLIRunner.run(["list", "--max-record-size", "1K", folder + "/good.txt"])
        #expect(small.status == 1)
        #expect(small.stderrLines.first?.hasSuffix("good.txt: larger than 1 KB, too large for a record (see --max-record-size)") == true)
        #expect(try CLIRunner.run(["list", "--max-record-size", "16M", folder]).stdoutLines.count == 1)
        #expect(try CLIRunner.run(["list", "--max-record-size", "lots", folder]).status == 2)

        // The browser loads the same way, before the terminal is touched.
        for arguments in [["browse", "--max-record-size", "64K", "/dev/zero"], ["/dev/zero"]] {
            let browse = try CLIRunner.run(arguments)
            #expect(browse.status == 1)
            #expect(browse.stderrLines.first?.hasPrefix("gaiko: warning: /dev/zero: larger than") == true)
        }
    }

    static let hostile = "zzz\u{1B}]0;PWNED\u{07}"

    @Test(arguments: [
        ["search", hostile],
        ["search", "year:\(hostile)"],
        ["search", "kind:\(hostile)"],
        ["list", "--kind", hostile],
        ["list", "--color", hostile],
        ["show", hostile],
        ["list", "/nonexistent/\(hostile)"],
    ])
    func messagesQuotingWhatWasTypedAreSanitised(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status != 0)
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(result.stderr.contains("zzz␛]0;PWNED␇"))
    }

    @Test func invisibleCharactersInRecordsAreShownInRows() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try #require(FileManager.default.contents(atPath: CLITests.resourcePath("2017-11-10-japan-peru-summit.txt")))
        let text = String(decoding: record, as: UTF8.self)
            .replacingOccurrences(of: "Da Nang", with: "Da\u{200B}Nang\u{FEFF}")
            .replacingOccurrences(of: "Trans-Pacific", with: "Trans\u{2028}Pacific")
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        let invisible: Set<UInt32> = [0x200B, 0xFEFF, 0x2028]
        for arguments in [["list"], ["show", "2017-11-10"], ["search", "tpp"], ["search", "viet"]] {
            let result = try CLIRunner.run(arguments + [folder])
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { invisible.contains($0.value) }, "\(arguments)")
        }
        #expect(try CLIRunner.run(["list", folder]).stdout.contains("Da�Nang�"))
        #expect(try CLIRunner.run(["show", "2017-11-10", folder]).stdout.contains("Trans�Pacific"))
    }

    @Test func unreadableKindsOfFileSaySoPlainly() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let utf16 = folder + "/utf16.txt"
        try Data([0xFF, 0xFE] + Array("Japan-Peru Summit".utf16.flatMap { [UInt8($0), 0] })).write(to: URL(fileURLWithPath: utf16))
        let loop = folder + "/loop.txt"
        #expect(symlink("loop.txt", loop) == 0)
        let result = try CLIRunner.run(["list", utf16])
        #expect(result.stderrLines.first == "gaiko: warning: \(utf16): UTF-16 text (only UTF-8 is read)")
        let looped = try CLIRunner.run(["list", loop])
        #expect(looped.status == 2)
        #expect(looped.stderrLines == ["gaiko: \(loop): symbolic link loop (the link leads back to itself)"])
    }
}
