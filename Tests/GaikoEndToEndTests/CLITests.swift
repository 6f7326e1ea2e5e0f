import Foundation
import Testing

@Suite struct CLITests {
    static let exportKeys: Set<String> = [
        "id", "source", "title", "date", "kind", "format", "japan", "counterpart", "venue", "venue_country",
        "occasion", "start_local", "end_local", "start_jst", "duration_minutes", "lead", "sections",
        "references", "warnings",
    ]

    static func resourcePath(_ name: String) -> String {
        // Tests/GaikoEndToEndTests/CLITests.swift → package root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/meetings/\(name)").path
    }

    @Test(arguments: ["list", "show", "export", "browse", "search"])
    func everySubcommandHasHelp(subcommand: String) throws {
        let result = try CLIRunner.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: gaiko \(subcommand)"))
    }

    @Test func topLevelHelpDocumentsExitCodes() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit status"))
        for subcommand in ["list", "show", "export"] { #expect(result.stdout.contains(subcommand)) }
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func aUsageErrorExitsWithTwoOnStderr() throws {
        let result = try CLIRunner.run(["list", "--kind", "banquet"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("banquet"))
    }

    @Test func aMissingPathExitsWithTwoAndOneLineNamingIt() throws {
        let missing = "/nonexistent/gaiko-\(UUID().uuidString).txt"
        let result = try CLIRunner.run(["list", missing])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains(missing))
        #expect(result.stdout.isEmpty)
    }

    @Test func badFilesAreSkippedWithAWarningEach() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try #require(FileManager.default.contents(atPath: Self.resourcePath("2017-11-10-japan-peru-summit.txt")))
        try record.write(to: URL(fileURLWithPath: folder + "/good.txt"))
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: folder + "/binary.txt"))
        try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: folder + "/latin.txt"))

        let result = try CLIRunner.run(["list", folder])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 1)
        #expect(result.stderrLines.count == 3)
        for name in ["empty.txt", "binary.txt", "latin.txt"] {
            #expect(result.stderrLines.contains { $0.hasPrefix("gaiko: warning: \(folder)/\(name): ") })
        }
    }

    @Test func noReadableRecordsIsAClearErrorWithStatusOne() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.txt"))
        let result = try CLIRunner.run(["list", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no meetings"))
        #expect(result.stdout.isEmpty)
    }

    @Test func listPrintsAMeetingALineWithoutTrailingSpace() throws {
        let result = try CLIRunner.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 5)
        #expect(result.stdoutLines.allSatisfy { !$0.hasSuffix(" ") && !$0.isEmpty })
        #expect(!result.stdout.contains("\u{1B}"), "no colour when output is not a terminal")
        #expect(result.stderr.isEmpty)
    }

    /// Where each column of a table line starts, in Characters (the bundled records have no
    /// wide characters, so Characters are columns): columns are separated by two spaces or more.
    static func columnStarts(_ line: String) -> [Int] {
        let chars = Array(line)
        return chars.indices.filter { i in
            chars[i] != " " && (i == 0 || (i >= 2 && chars[i - 1] == " " && chars[i - 2] == " "))
        }
    }

    @Test func listStartsEachLineWithTheIdShowTakes() throws {
        let result = try CLIRunner.run(["list"])
        #expect(result.status == 0)
        let ids = result.stdoutLines.map { String($0.prefix { $0 != " " }) }
        #expect(ids == (try exportedIDs()))
        let shown = try CLIRunner.run(["show", try #require(ids.last)])
        #expect(shown.status == 0)
    }

    @Test func listColumnsLineUp() throws {
        let lines = try CLIRunner.run(["list"]).stdoutLines
        let starts = lines.map(Self.columnStarts)
        #expect(starts.allSatisfy { $0.count == 5 }, "id, date, kind, principals, venue: \(lines)")
        #expect(Set(starts).count == 1, "\(lines)")
    }

    @Test func linesAreNeverCutInAPipe() throws {
        for arguments in [["list"], ["search", "peru"]] {
            let result = try CLIRunner.run(arguments, environment: ["COLUMNS": "20"])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("…"), "\(arguments): \(result.stdout)")
            #expect(result.stdoutLines.allSatisfy { !$0.hasSuffix(" ") })
            #expect(result.stdoutLines.contains { $0.count > 60 })
        }
    }

    @Test func colourIsOnWhenAskedAndOffWhenRefused() throws {
        let id = try firstID()
        #expect(try CLIRunner.run(["show", id, "--color", "always"]).stdout.contains("\u{1B}[1m"))
        #expect(!(try CLIRunner.run(["show", id, "--color", "never"]).stdout.contains("\u{1B}")))
        #expect(!(try CLIRunner.run(["show", id]).stdout.contains("\u{1B}")), "auto: a pipe is not a terminal")
    }

    func firstID() throws -> String {
        let ids = try exportedIDs()
        return try #require(ids.first)
    }

    func exportedIDs() throws -> [String] {
        let result = try CLIRunner.run(["export", "--format", "ndjson"])
        #expect(result.status == 0)
        return try result.stdoutLines.map { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["id"] as? String)
        }
    }

    @Test func listJSONUsesTheExportEncoding() throws {
        let result = try CLIRunner.run(["list", "--json", "--sort", "oldest"])
        #expect(result.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 5)
        #expect(array.allSatisfy { Set($0.keys) == Self.exportKeys })
    }

    @Test func exportJSONParsesWithExactlyTheKeys() throws {
        let result = try CLIRunner.run(["export", "--format", "json"])
        #expect(result.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 5)
        for object in array {
            #expect(Set(object.keys) == Self.exportKeys)
            #expect(Set((object["japan"] as? [String: Any] ?? [:]).keys) == ["name", "family_name", "title"])
            #expect(Set((object["counterpart"] as? [String: Any] ?? [:]).keys) == ["name", "family_name", "title", "country"])
            #expect((object["source"] as? String)?.hasPrefix("bundled:") == true)
        }
    }

    @Test func exportNDJSONIsOneObjectALine() throws {
        let result = try CLIRunner.run(["export", "--format", "ndjson"])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 5)
        for line in result.stdoutLines {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Self.exportKeys)
        }
    }

    @Test func showPrintsTheMeetingWrappedToEightyColumns() throws {
        let id = try firstID()
        let result = try CLIRunner.run(["show", id])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count > 5)
        #expect(result.stdout.contains(id))
        #expect(result.stdoutLines.allSatisfy { $0.count <= 80 })
        #expect(result.stdoutLines.contains { $0.count > 60 }, "long paragraphs fill the width")
    }

    @Test func showJSONIsOneObject() throws {
        let id = try firstID()
        let result = try CLIRunner.run(["show", id, "--json"])
        #expect(result.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == id)
        #expect(Set(object.keys) == Self.exportKeys)
    }

    @Test func showAnUnknownIdExitsTwoListingTheClosest() throws {
        let id = try firstID()
        let typo = String(id.dropLast()) + "#"
        let result = try CLIRunner.run(["show", typo])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.first?.contains(typo) == true)
        #expect(result.stderrLines.dropFirst().first?.trimmingCharacters(in: .whitespaces) == id)
    }

    @Test func theInstalledBinaryRunsAloneFromAnotherFolder() throws {
        let binary = try #require(CLIRunner.binary)
        let install = try CLIRunner.temporaryFolder()
        let elsewhere = try CLIRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: install)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        let copy = try CLIRunner.copyExecutable(binary, to: install + "/gaiko")
        let result = try CLIRunner.run(["list"], executable: copy, in: elsewhere)
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 5)
        #expect(result.stderr.isEmpty)
    }
}

/// NEEDS THE REAL PARSER: kinds come from parsing the records; with the placeholder parser every
/// meeting is `other`. These pass once the parser work is merged.
@Suite struct CLIParsedTests {
    // NEEDS THE REAL PARSER.
    @Test(arguments: [("summit", 3, "Summit"), ("fm", 2, "FM"), ("foreign-ministers", 2, "FM")])
    func listFiltersByKind(kind: String, count: Int, label: String) throws {
        let result = try CLIRunner.run(["list", "--kind", kind])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == count)
        #expect(result.stdoutLines.allSatisfy { $0.contains(label) })
    }

    // NEEDS THE REAL PARSER.
    @Test func listByYearAndOrder() throws {
        let result = try CLIRunner.run(["list", "--year", "2017", "--sort", "oldest"])
        #expect(result.status == 0)
        let firstColumns = result.stdoutLines.map { $0.split(separator: " ").prefix(2).map(String.init) }
        #expect(firstColumns == [["2017-11-08-foreign-ministers", "2017-11-08"], ["2017-11-10-summit", "2017-11-10"]])
        let none = try CLIRunner.run(["list", "--kind", "tel"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
    }

    // NEEDS THE REAL PARSER.
    @Test func searchPrintsAlignedListRowsEachWithAnIndentedSnippet() throws {
        let result = try CLIRunner.run(["search", "tpp"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.count == 6)
        let rows = stride(from: 0, to: lines.count, by: 2).map { lines[$0] }
        let snippets = stride(from: 1, to: lines.count, by: 2).map { lines[$0] }
        #expect(rows.map { String($0.prefix { $0 != " " }) } == ["2017-11-10-summit", "2017-11-08-foreign-ministers", "2014-11-10-summit"])
        let starts = rows.map(CLITests.columnStarts)
        #expect(starts.allSatisfy { $0.count == 5 } && Set(starts).count == 1, "\(rows)")
        #expect(rows[0].hasSuffix("  Summit  Abe – Kuczynski  Da Nang, Viet Nam"))
        #expect(snippets.allSatisfy { $0.hasPrefix("    ") && $0.dropFirst(4).first != " " && $0.contains("TPP") })
        #expect(snippets.allSatisfy { $0.count <= 80 })
    }

    // NEEDS THE REAL PARSER.
    @Test func showFindsAMeetingByDateAndSuggestsIds() throws {
        let shown = try CLIRunner.run(["show", "2017-11-10"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Kuczynski"))
        let unknown = try CLIRunner.run(["show", "2017-11-1-summit"])
        #expect(unknown.status == 2)
        #expect(unknown.stderrLines.dropFirst().first?.trimmingCharacters(in: .whitespaces) == "2017-11-10-summit")
    }
}
