import Foundation
import Testing
@testable import GaikoCore

/// Countries, related meetings and mentions on the bundled Japan–Peru records, with made-up
/// records where the bundle lacks a case.
@Suite("Connections: countries and related meetings")
struct ConnectionsTests {
    static let bundled = CorpusLoader.bundled().meetings

    static func index(_ id: String, _ meetings: [Meeting]) -> Int { meetings.firstIndex { $0.id == id }! }

    static func related(_ id: String, _ meetings: [Meeting] = bundled, limit: Int = 10) -> [(reason: RelationReason, id: String, evidence: String?)] {
        let c = Connections.build(meetings)
        return Related.find(index(id, meetings), in: meetings, connections: c, limit: limit)
            .map { ($0.reason, meetings[$0.meeting].id, $0.evidence) }
    }

    @Test func bundledAbeHasTwoMeetingsAndPeruHasFive() {
        let c = Connections.build(Self.bundled)
        let abe = c.people.filter { $0.name == "Shinzo Abe" }
        #expect(abe.count == 1)
        #expect(abe.first?.meetings.map { Self.bundled[$0].id } == ["2014-11-10-summit", "2017-11-10-summit"])
        #expect(c.countries.map(\.name) == ["Peru"])
        #expect(c.countries[0].meetings.count == 5)
        #expect(c.countries[0].first == Day(year: 2014, month: 11, day: 10))
        #expect(c.countries[0].last == Day(year: 2024, month: 11, day: 17))
        #expect(c.people.count == 9)
    }

    @Test func apecDaNangIsOneOccasionAndEveryPeruMeetingIsSameCountry() {
        let r = Self.related("2017-11-10-summit")
        let occasion = r.filter { $0.reason == .sameOccasion }.map(\.id)
        #expect(occasion == ["2017-11-08-foreign-ministers"])
        let country = r.filter { $0.reason == .sameCountry }.map(\.id)
        // Nearest first: two days, three years, six years, seven years.
        #expect(country == ["2017-11-08-foreign-ministers", "2014-11-10-summit", "2023-11-15-foreign-ministers", "2024-11-17-summit"])
        // Abe met Humala, not Kuczynski, in 2014; the summit of November 2016 that the record
        // names is not in the bundle, so nothing is linked.
        #expect(!r.contains { $0.reason == .samePrincipals || $0.reason == .mentioned })
    }

    @Test func occasionsAreComparedByTheirDistinctiveWords() {
        #expect(SameOccasion.key("APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting") == ["apec"])
        #expect(SameOccasion.key("APEC Economic Leaders' Meeting") == ["apec"])
        #expect(SameOccasion.matches(SameOccasion.key("G20 Osaka Summit"), SameOccasion.key("the G20 Summit")))
        #expect(!SameOccasion.matches(SameOccasion.key("G20 Summit"), SameOccasion.key("APEC Economic Leaders' Meeting")))
        #expect(SameOccasion.key("Summit Meeting").isEmpty)
        // Ten days apart is another occasion, however it is named.
        var later = Self.bundled[Self.index("2017-11-08-foreign-ministers", Self.bundled)]
        later.id = "2017-11-20-foreign-ministers"
        later.date = Day(year: 2017, month: 11, day: 20)
        let r = Self.related("2017-11-10-summit", Self.bundled + [later])
        #expect(r.filter { $0.reason == .sameOccasion }.map(\.id) == ["2017-11-08-foreign-ministers"])
    }

    /// A made-up Abe–Kuczynski summit of November 2016 is the one the 2017 record names twice.
    static let lima2016 = RecordParser.parse("""
        Japan-Peru Relations

        November 19, 2016
        Japan-Peru Summit Meeting
        On November 19, commencing at 10:00 a.m. for approximately 30 minutes, Prime Minister Shinzo Abe, who is visiting Lima, Peru to attend the APEC Economic Leaders' Meeting, held a summit meeting with H.E. Mr. Pedro Pablo Kuczynski, President of the Republic of Peru. The overview of the meeting is as follows.

        1 Bilateral relations
        The two leaders welcomed the progress of bilateral relations.
        """, source: "made-up/2016.txt")

    @Test func aNamedEarlierMeetingIsLinkedWhenOnlyOneFits() {
        #expect(Self.lima2016.id == "2016-11-19-summit")
        let meetings = Self.bundled + [Self.lima2016]
        let r = Self.related("2017-11-10-summit", meetings)
        #expect(r.filter { $0.reason == .samePrincipals }.map(\.id) == ["2016-11-19-summit"])
        let mentioned = r.filter { $0.reason == .mentioned }
        #expect(mentioned.map(\.id) == ["2016-11-19-summit"])
        #expect(mentioned.first?.evidence?.contains("in November last year") == true)
        // The 2016 summit's next meeting between the same two people is the 2017 one.
        #expect(Self.related("2016-11-19-summit", meetings).filter { $0.reason == .samePrincipals }.map(\.id) == ["2017-11-10-summit"])
    }

    @Test func phrasesThatNameAMeetingByDate() {
        let today = Day(year: 2017, month: 11, day: 10)
        let a = Mentions.references(in: "the Japan-Peru Summit Meeting held in 2014 was recalled.", on: today)
        #expect(a.count == 1)
        #expect(a.first?.kind == .summit && a.first?.year == 2014 && a.first?.pairCountry == "Peru")
        let b = Mentions.references(in: "at the meeting in November last year, they agreed.", on: today)
        #expect(b.first?.year == 2016 && b.first?.month == 11 && b.first?.kind == nil)
        let c = Mentions.references(in: "the summit meeting held with President Kuczynski in Lima in November 2016", on: today)
        #expect(c.first?.names.contains("Kuczynski") == true && c.first?.month == 11 && c.first?.year == 2016)
        #expect(Mentions.references(in: "The overview of the meeting is as follows.", on: today).isEmpty)
        #expect(Mentions.references(in: "the next meeting will be held in Lima.", on: today).isEmpty)
    }

    @Test func aMentionWithTwoCandidatesSaysNothing() {
        var text = Self.bundled[Self.index("2024-11-17-summit", Self.bundled)]
        text.sections = [Section(paragraphs: [Paragraph(text: "Recalling the Japan-Peru Summit Meeting held in 2014, the leaders agreed.")])]
        let meetings = Self.bundled.map { $0.id == text.id ? text : $0 }
        #expect(Self.related("2024-11-17-summit", meetings).filter { $0.reason == .mentioned }.map(\.id) == ["2014-11-10-summit"])
        var second = Self.bundled[Self.index("2014-11-10-summit", Self.bundled)]
        second.id = "2014-03-01-summit"
        second.date = Day(year: 2014, month: 3, day: 1)
        #expect(!Self.related("2024-11-17-summit", meetings + [second]).contains { $0.reason == .mentioned })
    }

    @Test func sameCountryIsLimitedAndNearestFirst() {
        #expect(Self.related("2024-11-17-summit", limit: 2).filter { $0.reason == .sameCountry }.map(\.id)
            == ["2023-11-15-foreign-ministers", "2017-11-10-summit"])
        #expect(Self.related("2024-11-17-summit", limit: 0).filter { $0.reason == .sameCountry }.isEmpty)
    }

    @Test func indexOrders() {
        let c = Connections.build(Self.bundled)
        let byCount = IndexOrder.count.sorted(c.people).map { c.people[$0].name }
        #expect(byCount.first == "Shinzo Abe")
        let byName = IndexOrder.name.sorted(c.people).map { c.people[$0].familyName! }
        #expect(byName == ["Abe", "Boluarte", "González-Olaechea", "Humala", "Ishiba", "Kamikawa", "Kono", "Kuczynski", "Luna"])
        let recent = IndexOrder.recent.sorted(c.people).map { c.people[$0].last! }
        #expect(recent == recent.sorted(by: >))
    }

    /// A cache stores the value as it is and gets the same value back.
    @Test func connectionsSurviveEncoding() throws {
        let c = Connections.build(Self.bundled + [Self.lima2016])
        let data = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Connections.self, from: data) == c)
    }

    @Test func buildingTwiceGivesTheSameValue() {
        #expect(Connections.build(PeopleTests.fixtures) == Connections.build(PeopleTests.fixtures))
    }

    /// Principals are numbered in parallel chunks; the result must not depend on their size.
    @Test(arguments: [1, 7, 64])
    func chunkingDoesNotChangeTheResult(chunkSize: Int) {
        #expect(Connections.build(PeopleTests.fixtures, chunkSize: chunkSize) == Connections.build(PeopleTests.fixtures))
    }
}
