import Foundation
import Testing
@testable import GaikoCore

/// The five bundled records against `Fixtures/expected.json`, one test per field.
@Suite("Parser: bundled records")
struct ParserBundledTests {
    static let records = ParserFixtures.expected

    @Test func fixtureCoversEveryBundledRecord() {
        #expect(Self.records.count == 5)
        #expect(Set(Self.records.map(\.file)) == Set(BundledRecords.files.map(\.name)))
    }

    @Test(arguments: records) func id(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).id == e.id)
    }

    @Test(arguments: records) func title(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).title == e.title)
    }

    @Test(arguments: records) func date(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).date?.description == e.date)
    }

    @Test(arguments: records) func kind(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).kind.rawValue == e.kind)
    }

    @Test(arguments: records) func japanName(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).japan.name == e.japan.name)
    }

    @Test(arguments: records) func japanFamilyName(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).japan.familyName == e.japan.family_name)
    }

    @Test(arguments: records) func japanTitle(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).japan.title == e.japan.title)
    }

    @Test(arguments: records) func japanHasNoCountry(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).japan.country == e.japan.country)
    }

    @Test(arguments: records) func counterpartName(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).counterpart.name == e.counterpart.name)
    }

    @Test(arguments: records) func counterpartFamilyName(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).counterpart.familyName == e.counterpart.family_name)
    }

    @Test(arguments: records) func counterpartTitle(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).counterpart.title == e.counterpart.title)
    }

    @Test(arguments: records) func counterpartCountry(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).counterpart.country == e.counterpart.country)
    }

    @Test(arguments: records) func venue(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).venue == e.venue)
    }

    @Test(arguments: records) func venueCountry(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).venueCountry == e.venue_country)
    }

    @Test(arguments: records) func occasion(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).occasion == e.occasion)
    }

    @Test(arguments: records) func startLocal(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).startLocal?.description == e.start_local)
    }

    @Test(arguments: records) func endLocal(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).endLocal?.description == e.end_local)
    }

    @Test(arguments: records) func startJST(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).startJST?.description == e.start_jst)
    }

    @Test(arguments: records) func durationMinutes(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).durationMinutes == e.duration_minutes)
    }

    @Test(arguments: records) func sectionTitles(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).sectionTitles == e.section_titles)
    }

    @Test(arguments: records) func paragraphCount(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).paragraphCount == e.paragraph_count)
    }

    @Test(arguments: records) func references(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).references.map(\.title) == e.references)
    }

    @Test(arguments: records) func source(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).source == "bundled:" + e.file)
    }

    @Test(arguments: records) func noWarningsForAWellFormedRecord(_ e: ExpectedRecord) throws {
        #expect(try #require(ParserFixtures.bundled(e.file)).warnings == [])
    }

    // MARK: Lead and body text

    @Test func leadLineCounts() throws {
        let counts = try ParserFixtures.expected.map { try #require(ParserFixtures.bundled($0.file)).lead.count }
        let byFile = Dictionary(uniqueKeysWithValues: zip(ParserFixtures.expected.map(\.file), counts))
        #expect(byFile["2024-11-17-japan-peru-summit.txt"] == 3)
        #expect(byFile["2014-11-10-japan-peru-summit.txt"] == 1)
        #expect(byFile["2017-11-08-japan-peru-foreign-ministers.txt"] == 1)
        #expect(byFile["2017-11-10-japan-peru-summit.txt"] == 1)
        #expect(byFile["2023-11-15-japan-peru-foreign-ministers.txt"] == 1)
    }

    @Test func leadOf2024IsTheThreeOpeningLinesTrimmed() throws {
        let m = try #require(ParserFixtures.bundled("2024-11-17-japan-peru-summit.txt"))
        #expect(m.lead[0].hasPrefix("On November 17, commencing at 10:50 a.m."))
        #expect(m.lead[1] == "A presentation ceremony of the Joint Statement and a joint press conference were held afterwards.")
        #expect(m.lead[2].hasPrefix("Commencing at 12:45 p.m."))
    }

    @Test func pointsOf2024AreSixNumberedParagraphsUnderNoHeading() throws {
        let m = try #require(ParserFixtures.bundled("2024-11-17-japan-peru-summit.txt"))
        #expect(m.sections.count == 1)
        #expect(m.sections[0].title == nil)
        #expect(m.sections[0].paragraphs.map(\.marker) == ["1.", "2.", "3.", "4.", "5.", "6."])
        #expect(m.sections[0].paragraphs[4].text == "The two leaders welcomed the signing of the Memorandum on Defense Cooperation and Exchanges on this occasion.")
    }

    @Test func markersAreKeptAsWritten() throws {
        let m2014 = try #require(ParserFixtures.bundled("2014-11-10-japan-peru-summit.txt"))
        #expect(m2014.sections.flatMap(\.paragraphs).map(\.marker) == ["(1)", "(2)", "(1)", "(2)", "(1)", "(2)"])
        let m2017 = try #require(ParserFixtures.bundled("2017-11-10-japan-peru-summit.txt"))
        #expect(m2017.sections.flatMap(\.paragraphs).allSatisfy { $0.marker == "-" })
        #expect(m2017.sections[0].paragraphs[0].text.hasPrefix("At the beginning, Prime Minister Abe"))
        let fm2017 = try #require(ParserFixtures.bundled("2017-11-08-japan-peru-foreign-ministers.txt"))
        #expect(fm2017.sections.flatMap(\.paragraphs).allSatisfy { $0.marker == nil })
        let fm2023 = try #require(ParserFixtures.bundled("2023-11-15-japan-peru-foreign-ministers.txt"))
        #expect(fm2023.sections.flatMap(\.paragraphs).map(\.marker) == ["1.", "2.", "3.", "4."])
    }

    @Test func typographicCharactersAreKept() throws {
        let m = try #require(ParserFixtures.bundled("2014-11-10-japan-peru-summit.txt"))
        let text = m.sections.flatMap(\.paragraphs).map(\.text).joined(separator: "\n")
        #expect(text.contains("two countries’ economic relationship"))
        #expect(text.contains("“domo arigato,”"))
        // The no-break space at the end of a line is trimmed.
        #expect(!text.contains("\u{00A0}\n"))
    }

    @Test func referenceTextIsKept() throws {
        let m = try #require(ParserFixtures.bundled("2017-11-10-japan-peru-summit.txt"))
        #expect(m.references.first?.text.hasPrefix("At the Japan-Peru Summit Meeting in November 2016") == true)
    }

    @Test func furnitureStaysOutOfTheBody() throws {
        for e in ParserFixtures.expected {
            let m = try #require(ParserFixtures.bundled(e.file))
            let body = (m.lead + m.sections.flatMap { [$0.title ?? ""] + $0.paragraphs.map(\.text) }).joined(separator: "\n")
            for furniture in ["Japan-Peru Relations\n", "Back to", "Photo", "Related Link", "Archives", "[Provisional", "Meeting1"] {
                #expect(!body.contains(furniture), "\(e.file): \(furniture)")
            }
        }
    }
}
