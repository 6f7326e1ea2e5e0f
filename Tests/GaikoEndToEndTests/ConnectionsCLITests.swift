import Foundation
import Testing

/// `gaiko people`, `gaiko countries` and `gaiko related` on the built binary, with the issue's
/// done-when checks on the bundled records.
@Suite struct ConnectionsCLITests {
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GaikoCoreTests/Fixtures/real-records").path

    /// Lines of `gaiko related` as (reason, id).
    static func pairs(_ stdout: String) -> [(String, String)] {
        stdout.split(separator: "\n").map { line in
            let cells = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return (cells.first ?? "", cells.count > 1 ? cells[1] : "")
        }
    }

    @Test(arguments: ["people", "countries", "related"])
    func theNewSubcommandsHaveHelp(subcommand: String) throws {
        let result = try CLIRunner.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: gaiko \(subcommand)"))
    }

    @Test func relatedGivesApecDaNangAsSameOccasionAndEveryPeruMeetingAsSameCountry() throws {
        let result = try CLIRunner.run(["related", "2017-11-10-summit"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let pairs = Self.pairs(result.stdout)
        #expect(pairs.filter { $0.0 == "same occasion" }.map(\.1) == ["2017-11-08-foreign-ministers"])
        #expect(pairs.filter { $0.0 == "same country" }.map(\.1)
            == ["2017-11-08-foreign-ministers", "2014-11-10-summit", "2023-11-15-foreign-ministers", "2024-11-17-summit"])
        #expect(!pairs.contains { $0.0 == "mentioned" || $0.0 == "same principals" })
    }

    @Test func relatedJSONNamesTheReasonForEach() throws {
        let result = try CLIRunner.run(["related", "2017-11-10", "--json"])
        #expect(result.status == 0)
        let object = try #require(try Self.json(result.stdout) as? [String: Any])
        #expect(object["id"] as? String == "2017-11-10-summit")
        let related = try #require(object["related"] as? [[String: Any]])
        #expect(related.count == 5)
        for entry in related {
            #expect(Set(entry.keys) == ["reason", "id", "date", "kind", "title", "japan", "counterpart", "country", "evidence"])
            #expect(entry["country"] as? String == "Peru")
        }
        let occasion = related.first { $0["reason"] as? String == "same occasion" }
        #expect(occasion?["id"] as? String == "2017-11-08-foreign-ministers")
        #expect(occasion?["japan"] as? String == "Taro Kono")
        #expect(result.stdout.hasPrefix("{\n  \"id\": \"2017-11-10-summit\",\n  \"related\": ["))
    }

    @Test func relatedForAnUnknownIDListsTheClosest() throws {
        let result = try CLIRunner.run(["related", "2017-11-11"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("2017-11-10-summit"))
    }

    /// A made-up record of the November 2016 summit that the 2017 record names ("the summit
    /// meeting held with President Kuczynski in November last year").
    @Test func relatedFollowsAMentionWhenTheEarlierMeetingIsThere() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = try #require(FileManager.default.contents(atPath: CLITests.resourcePath("2017-11-10-japan-peru-summit.txt")))
        FileManager.default.createFile(atPath: folder + "/2017.txt", contents: record)
        let lima = """
            Japan-Peru Relations

            November 19, 2016
            Japan-Peru Summit Meeting
            On November 19, commencing at 10:00 a.m. for approximately 30 minutes, Prime Minister Shinzo Abe, who is visiting Lima, Peru to attend the APEC Economic Leaders' Meeting, held a summit meeting with H.E. Mr. Pedro Pablo Kuczynski, President of the Republic of Peru. The overview of the meeting is as follows.

            1 Bilateral relations
            The two leaders welcomed the progress of bilateral relations.
            """
        FileManager.default.createFile(atPath: folder + "/2016.txt", contents: Data(lima.utf8))
        let result = try CLIRunner.run(["related", "2017-11-10-summit", folder])
        #expect(result.status == 0)
        let pairs = Self.pairs(result.stdout)
        #expect(pairs.map(\.0) == ["same principals", "same country", "mentioned"])
        #expect(Set(pairs.map(\.1)) == ["2016-11-19-summit"])
        #expect(result.stdout.contains("“the summit meeting held with President Kuczynski in November last year”"))
        let lone = try CLIRunner.run(["related", "2017-11-10-summit", folder + "/2017.txt"])
        #expect(lone.status == 1)
        #expect(lone.stdout.isEmpty)
        #expect(lone.stderr.contains("nothing is related"))
    }

    @Test func peopleHasShinzoAbeWithTwoMeetings() throws {
        let result = try CLIRunner.run(["people"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        let abe = try #require(lines.first)
        #expect(abe.hasPrefix("Shinzo Abe"))
        #expect(abe.split(separator: " ", omittingEmptySubsequences: true).prefix(5).joined(separator: " ")
            == "Shinzo Abe 2 2014-11-10 2017-11-10")
        let json = try #require(try Self.json(try CLIRunner.run(["people", "--json"]).stdout) as? [[String: Any]])
        let entry = try #require(json.first { $0["name"] as? String == "Shinzo Abe" })
        #expect(entry["count"] as? Int == 2)
        #expect(entry["meetings"] as? [String] == ["2014-11-10-summit", "2017-11-10-summit"])
        #expect(entry["side"] as? String == "japan")
        #expect(Array(entry.keys).count == 10)
    }

    @Test func peopleSortsByNameAndRecency() throws {
        let byName = try CLIRunner.run(["people", "--sort", "name"]).stdout.split(separator: "\n")
        #expect(byName.first?.hasPrefix("Shinzo Abe") == true)
        #expect(byName.last?.hasPrefix("Ricardo Luna") == true)
        let recent = try CLIRunner.run(["people", "--sort", "recent"]).stdout.split(separator: "\n")
        #expect(recent.prefix(2).allSatisfy { $0.contains("2024-11-17") })
        let bad = try CLIRunner.run(["people", "--sort", "age"])
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
    }

    @Test func countriesHasPeruWithItsFiveMeetings() throws {
        let result = try CLIRunner.run(["countries"])
        #expect(result.status == 0)
        #expect(result.stdout == "Peru  5  2014-11-10  2024-11-17\n")
        let json = try #require(try Self.json(try CLIRunner.run(["countries", "--json"]).stdout) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["country"] as? String == "Peru")
        #expect((json.first?["meetings"] as? [String])?.count == 5)
    }

    /// On the real records: spellings that differ are one entry, and Lula's three meetings in
    /// Brazil are one person.
    @Test func peopleOnTheRealRecordsMergesSpellings() throws {
        let result = try CLIRunner.run(["people", "--json", Self.fixtures + "/dev", Self.fixtures + "/collected"])
        #expect(result.status == 0)
        let json = try #require(try Self.json(result.stdout) as? [[String: Any]])
        let lula = json.filter { ($0["name"] as? String)?.contains("Lula") == true }
        #expect(lula.count == 1)
        #expect(lula.first?["count"] as? Int == 3)
        let boric = try #require(json.first { ($0["spellings"] as? [String])?.contains("Gabriel BORIC FONT") == true })
        #expect(Set(boric["spellings"] as? [String] ?? []) == ["Gabriel Boric Font", "Gabriel BORIC FONT"])
        // Two ministers named Hayashi stay two; a record naming only "Minister Hayashi" cannot
        // say which, and stays apart from both.
        let hayashi = json.filter { ($0["family_name"] as? String) == "Hayashi" }.compactMap { $0["name"] as? String }
        #expect(Set(hayashi) == ["Yoshimasa Hayashi", "Teiji Hayashi", "Hayashi"])
        #expect(hayashi.count == 3)
        let countries = try CLIRunner.run(["countries", Self.fixtures + "/dev", Self.fixtures + "/collected", "--sort", "name"])
        // The name column ends where two spaces start.
        let names = countries.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ").first ?? "" }
        #expect(names.count > 20)
        #expect(names.first == names.min())
    }
}
