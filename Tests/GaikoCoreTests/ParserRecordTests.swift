import Foundation
import Testing
@testable import GaikoCore

/// Records written for the tests (`Fixtures/records/`): other countries, years, kinds and layouts.
@Suite("Parser: other records")
struct ParserRecordTests {
    @Test func chileSummitInTokyoWithCRLFAndBullets() throws {
        let m = try ParserFixtures.record("2019-11-15-japan-chile-summit.txt")
        #expect(m.id == "2019-11-15-summit")
        #expect(m.title == "Japan-Chile Summit Meeting")
        #expect(m.japan == Principal(name: "Shinzo Abe", familyName: "Abe", title: "Prime Minister"))
        #expect(m.counterpart == Principal(name: "Sebastián Piñera Echenique", familyName: "Piñera",
                                           title: "President of the Republic of Chile", country: "Chile"))
        #expect(m.venue == "Prime Minister’s Office")
        #expect(m.venueCountry == "Japan")
        #expect(m.startLocal == TimeOfDay(hour: 10, minute: 0))
        #expect(m.durationMinutes == 150)
        #expect(m.sectionTitles == ["Opening remarks", "Economic relations", "Regional affairs"])
        #expect(m.paragraphCount == 4)
        // No carriage return survives in any text.
        let all = m.lead + m.sections.flatMap { $0.paragraphs.map(\.text) }
        #expect(!all.contains { $0.contains("\r") })
        #expect(m.warnings == [])
    }

    @Test func vietNamForeignMinistersAtMidnightForSeventyMinutes() throws {
        let m = try ParserFixtures.record("2024-03-02-japan-viet-nam-foreign-ministers.txt")
        #expect(m.id == "2024-03-02-foreign-ministers")
        #expect(m.title == "Japan-Viet Nam Foreign Ministers' Meeting")
        #expect(m.japan == Principal(name: "Toshimitsu Motegi", familyName: "Motegi", title: "Minister for Foreign Affairs of Japan"))
        #expect(m.counterpart.name == "Bui Thanh Son")
        #expect(m.counterpart.familyName == "Son")
        #expect(m.counterpart.country == "Viet Nam")
        #expect(m.venue == "Hanoi")
        #expect(m.venueCountry == "Viet Nam")
        #expect(m.startLocal == TimeOfDay(hour: 0, minute: 0))
        #expect(m.startJST?.description == "2024-03-02T02:00")
        #expect(m.durationMinutes == 70)
        #expect(m.sections.flatMap(\.paragraphs).map(\.marker) == ["(1)", "(2)", "(3)"])
        // The link list after `Related Link` is page furniture.
        #expect(m.paragraphCount == 3)
    }

    @Test func brazilTelephoneTalkHasNoVenue() throws {
        let m = try ParserFixtures.record("2023-01-10-japan-brazil-telephone.txt")
        #expect(m.id == "2023-01-10-telephone")
        #expect(m.kind == .telephone)
        #expect(m.title == "Japan-Brazil Telephone Talk")
        #expect(m.japan.name == "Fumio Kishida")
        #expect(m.counterpart == Principal(name: "Luiz Inácio Lula da Silva", familyName: "Lula",
                                           title: "President of the Federative Republic of Brazil", country: "Brazil"))
        #expect(m.venue == nil)
        #expect(m.venueCountry == nil)
        #expect(m.startLocal == TimeOfDay(hour: 10, minute: 0))
        #expect(m.durationMinutes == 25)
        #expect(m.sectionTitles == ["Beginning", "Bilateral relations"])
        #expect(m.paragraphCount == 3)
        #expect(m.warnings == [])
    }

    @Test func mexicoMeetingDurationComputedFromStartAndEnd() throws {
        let m = try ParserFixtures.record("2023-07-05-japan-mexico-foreign-ministers.txt")
        #expect(m.kind == .foreignMinisters)  // from the two titles and the heading
        #expect(m.title == "Japan-Mexico Foreign Ministers’ Meeting")
        #expect(m.startLocal == TimeOfDay(hour: 15, minute: 5))
        #expect(m.endLocal == TimeOfDay(hour: 15, minute: 50))
        #expect(m.durationMinutes == 45)
        #expect(m.counterpart.familyName == "Bárcena")
        #expect(m.counterpart.country == "Mexico")
        #expect(m.venue == "Iikura Guest House")
        #expect(m.lead.count == 2)
        #expect(m.sections.flatMap(\.paragraphs).map(\.marker) == ["1.", "2.", "3."])
        #expect(m.references == [Reference(
            title: "Japan-Mexico Strategic Global Partnership",
            text: "The two countries established the Strategic Global Partnership in 2016.\nIt covers politics, economy and people-to-people exchange."
        )])
    }

    @Test func noDateLineTakesTheSentenceDateWithItsYear() throws {
        let m = try ParserFixtures.record("2016-japan-india-no-date-line.txt")
        #expect(m.id == "2016-11-11-summit")
        #expect(m.title == "Prime Minister Abe Meets with Prime Minister Modi")
        #expect(m.counterpart.country == "India")
        #expect(m.venue == "Tokyo")
        #expect(m.durationMinutes == 75)
        #expect(m.paragraphCount == 2)
    }

    @Test func everyFixtureRecordLoads() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/records", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 5)
        for file in files {
            let m = try ParserFixtures.record(file)
            #expect(m.kind != .other, "\(file)")
            #expect(m.date != nil, "\(file)")
        }
    }
}

/// Input the parser cannot follow still loads, with warnings and nothing invented.
@Suite("Parser: bad input")
struct ParserRobustnessTests {
    @Test func garbageLoadsWithWarnings() {
        let m = RecordParser.parse("\u{1B}[31m%%%% ### \u{0}\n\n@@@@\n\u{FFFD}\u{FFFD}", source: "garbage.txt")
        #expect(m.id == "undated-other")
        #expect(m.date == nil)
        #expect(m.japan == Principal())
        #expect(m.counterpart == Principal())
        #expect(m.startLocal == nil && m.durationMinutes == nil && m.venue == nil)
        #expect(m.warnings.contains("Date not found"))
        #expect(m.warnings.contains("Japan's principal not found"))
        #expect(m.warnings.contains("Counterpart not found"))
        #expect(m.warnings.contains("Start time not found"))
    }

    @Test func emptyTextLoads() {
        let m = RecordParser.parse("", source: "empty.txt")
        #expect(m.id == "undated-other")
        #expect(m.title == "Untitled record")
        #expect(m.lead.isEmpty && m.sections.isEmpty)
        #expect(m.warnings.contains("No body text found"))
        #expect(m.warnings.contains { $0.hasPrefix("Title not found") })
    }

    @Test func recordWithOnlyATitle() {
        let m = RecordParser.parse("Japan-Chile Summit Meeting\n", source: "t.txt")
        #expect(m.title == "Japan-Chile Summit Meeting")
        #expect(m.kind == .summit)
        #expect(m.id == "undated-summit")
        #expect(m.counterpart.country == "Chile")
        #expect(m.counterpart.name == nil)
        #expect(m.warnings.contains("Date not found"))
        #expect(m.warnings.contains("Counterpart not found"))
        #expect(m.warnings.contains("Venue not found"))
        #expect(m.warnings.contains("Duration not found"))
        #expect(m.warnings.contains("No body text found"))
    }

    @Test func recordWithNoDateKeepsEverythingElse() throws {
        let text = try #require(ParserFixtures.bundledText("2017-11-08-japan-peru-foreign-ministers.txt"))
            .replacingOccurrences(of: "November 8, 2017\n", with: "")
        let m = RecordParser.parse(text, source: "x")
        #expect(m.date == nil)
        #expect(m.id == "undated-foreign-ministers")
        #expect(m.warnings == ["Date incomplete: the text says November 8 but gives no year and there is no date line"])
        #expect(m.counterpart.name == "Ricardo Luna")
        #expect(m.sectionTitles == ["Beginning", "Bilateral relations", "Challenges in the regional and international arenas"])
    }

    @Test func plainProseBecomesLeadAndParagraphs() {
        let m = RecordParser.parse("Some notes about a meeting.\nA second line.\nA third line.", source: "p")
        #expect(m.lead == ["Some notes about a meeting."])
        #expect(m.sections == [Section(paragraphs: [Paragraph(text: "A second line."), Paragraph(text: "A third line.")])])
        #expect(m.kind == .other)
        #expect(m.warnings.contains("Kind of meeting not found: shown as Other"))
    }

    @Test func disagreeingDatesAreReported() {
        let m = RecordParser.parse("November 11, 2017\nOn November 10, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.E. Mr. Ricardo Luna, Minister for Foreign Affairs of the Republic of Peru.", source: "d")
        // The page is dated a day later than the meeting it reports: the meeting's own day wins.
        #expect(m.date == Day(year: 2017, month: 11, day: 10))
        #expect(m.warnings.contains { $0.contains("disagree") })
    }

    @Test func crlfAndLfGiveTheSameMeeting() throws {
        for record in BundledRecords.files {
            let text = String(decoding: record.data, as: UTF8.self)
            let lf = RecordParser.parse(text, source: "s")
            let crlf = RecordParser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), source: "s")
            #expect(lf == crlf, "\(record.name)")
        }
    }
}
