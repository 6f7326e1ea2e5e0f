import Testing
@testable import GaikoCore

/// Families found in the fair samples (pages taken as the search returned them, year by year),
/// each written the way those records write it, not copied from one of them.
@Suite("Parser: families from the fair samples")
struct ParserFairSampleFamilyTests {
    @Test(arguments: [
        ("H.E. Archbishop John Roe, Secretary for Relations with States of the Holy See", "Secretary for Relations with States of the Holy See"),
        ("H.E. Ms. Jane Roe, Minister for Relations with Parliament of Georgia", "Minister for Relations with Parliament of Georgia"),
        ("H.E. Ms. Jane Roe, Minister for Relations with the Diaspora of Armenia", "Minister for Relations with the Diaspora of Armenia"),
    ])
    func anOfficeNamedForWhomItDealsWith(_ phrase: String, _ title: String) {
        let m = ParserFamilyTests.parse("On May 8, commencing at 4:00 p.m., Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with \(phrase). The overview is as follows.")
        #expect(m.counterpart.title == title)
    }

    @Test func aTitleStillEndsAtWithBeforeTheMeetingsWords() {
        let m = ParserFamilyTests.parse("On May 8, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. John Roe, Minister of Foreign Affairs of Georgia, with whom he exchanged views.")
        #expect(m.counterpart.title == "Minister of Foreign Affairs of Georgia")
    }

    static func contentsRecord(_ contents: String, _ body: String) -> String {
        """
        Japan-China Relations
        Japan-China Summit Meeting
        May 9, 2018

        On May 9, commencing at about 4:15 p.m. for approximately one hour, Mr. Shinzo Abe, Prime Minister of Japan, held a Japan-China Summit Meeting with Mr. Li Keqiang, Premier of the State Council of China. The overview is as follows.
        \(contents)
        \(body)
        """
    }

    @Test func aContentsListNamesTheSectionsTheTextDoesNotReach() {
        let text = Self.contentsRecord(
            "- 1 Opening Remarks\n- 2 Economic relations\n- 3. North Korea",
            "1 Opening Remarks\n(1) Prime Minister Abe welcomed Premier Li.")
        let m = RecordParser.parse(text, source: "family")
        #expect(m.sections.map(\.title) == ["Opening Remarks", "Economic relations", "North Korea"])
        #expect(m.sections[0].paragraphs.map(\.fullText) == ["(1) Prime Minister Abe welcomed Premier Li."])
        #expect(m.sections[1].paragraphs.isEmpty)
        #expect(m.warnings.contains { $0.contains("2 of the sections its contents list names") })
    }

    @Test func aContentsListWhoseSectionsAreAllThereIsTakenOutOnly() {
        let text = Self.contentsRecord(
            "- 1 Opening Remarks\n- 2 Economic relations",
            "1 Opening Remarks\nThe two leaders met.\n2 Economic relations\nThey discussed trade.")
        let m = RecordParser.parse(text, source: "family")
        #expect(m.sections.map(\.title) == ["Opening Remarks", "Economic relations"])
        #expect(m.sections.allSatisfy { !$0.paragraphs.isEmpty })
        #expect(!m.warnings.contains { $0.contains("contents list") })
    }

    @Test(arguments: [
        // Points, not contents: numbered out of order, sentences, or one line.
        "- 2 Opening Remarks\n- 3 Economic relations",
        "- 1 The two leaders met.\n- 2 They discussed trade.",
        "- 1 Opening Remarks",
        // A list whose entries are not the sections read.
        "- 1 Itinerary\n- 2 Banquet",
    ])
    func bulletsThatAreNoContentsList(_ contents: String) {
        let text = Self.contentsRecord(contents, "1 Opening Remarks\n(1) Prime Minister Abe welcomed Premier Li.")
        let m = RecordParser.parse(text, source: "family")
        #expect(m.sections.map(\.title).contains(nil))
        #expect(m.sections.compactMap(\.title) == ["Opening Remarks"])
    }

    @Test(arguments: [
        ("Meeting between Prime Minister Noda and Australian Prime Minister Gillard",
         "On November 19, Prime Minister Yoshihiko Noda met with his Australian counterpart Julia Gillard in Bali.",
         "Australian Prime Minister", "Australia", MeetingKind.summit),
        ("Telephone Conversation between Prime Minister Noda and U.S. President Obama",
         "On December 20, Prime Minister Noda held a telephone conversation with President Obama for approximately 10 minutes.",
         "President", "United States", MeetingKind.telephone),
    ])
    func theHeadingsTitleBeforeTheCounterpartsName(_ heading: String, _ sentence: String, _ title: String, _ country: String, _ kind: MeetingKind) {
        let m = ParserFamilyTests.parse(sentence, heading: heading)
        #expect(m.counterpart.title == title)
        #expect(m.counterpart.country == country)
        #expect(m.kind == kind)
    }

    @Test func aHeadingThatNamesSomeoneElseGivesNoTitle() {
        // `Gillard` is not the counterpart here, and `Gill` is no word of the heading.
        let m = ParserFamilyTests.parse(
            "On November 19, Prime Minister Yoshihiko Noda met with Mr. John Gill in Bali.",
            heading: "Meeting between Prime Minister Noda and Australian Prime Minister Gillard")
        #expect(m.counterpart.title == nil)
    }

    static let meeting = "On May 8, commencing at 4:00 p.m., Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. John Roe, Minister of Foreign Affairs of Georgia. The overview is as follows."

    @Test(arguments: [
        "1. Minister Kishida explained that, after the summit on May 2, he has had telephone talks with H.E. Mr. Moon Jae-in, President of the Republic of Korea.",
        "1. Minister Roe noted that he had been notified of the meeting between H.E. Mr. Antony Blinken, Secretary of State of the United States, and Minister Kishida.",
        "1. Minister Kishida stated that he held a meeting with H.E. Mr. Moon Jae-in, President of the Republic of Korea, last year.",
    ])
    func aMeetingToldAsSomethingSaidIsNoSecondMeeting(_ point: String) {
        let m = ParserFamilyTests.parse(Self.meeting, body: point)
        #expect(!m.warnings.contains { $0.contains("second meeting") })
        #expect(m.counterpart.name == "John Roe")
    }

    @Test func aSecondMeetingToldAsOneIsStillNamed() {
        let m = ParserFamilyTests.parse(Self.meeting + "\nOn the same day, Minister Kishida held a meeting with H.E. Mr. Moon Jae-in, President of the Republic of Korea.")
        #expect(m.warnings.contains { $0.contains("second meeting (with Moon Jae-in)") })
    }

    @Test(arguments: [
        ("in Ireland (the city of Dublin) commencing at 11:55 a.m.", "Dublin", "Ireland"),
        ("in the Kingdom of Bahrain (Manama) for approximately 40 minutes", "Manama", "Bahrain"),
        ("in Ireland (Prime Minister's Office) for approximately 40 minutes", "Ireland", "Ireland"),
        ("in Ireland (EU) for approximately 40 minutes", "Ireland", "Ireland"),
    ])
    func aCityInParenthesesAfterTheCountry(_ place: String, _ venue: String, _ country: String) {
        let m = ParserFamilyTests.parse("On May 8, Mr. Taro Aso, Prime Minister of Japan, held a summit meeting with Mr. John Roe, Prime Minister, \(place).")
        #expect(m.venue == venue)
        #expect(m.venueCountry == country)
    }

    @Test(arguments: [
        ("Mr. Li Keqiang, Premier of the State Council of China", "Premier Li expressed his gratitude.", "Li"),
        ("H.E. Mr. Moon Jae-in, President of the Republic of Korea", "President Moon stated that he agreed.", "Moon"),
        ("H.E. General Prayut Chan-o-cha, Prime Minister of the Kingdom of Thailand", "Prime Minister Prayut welcomed this.", "Prayut"),
        // The later word still wins when the text uses it, capitals mark a family name, and a
        // country is no one's name.
        ("H.E. Mr. Hu Jintao, President of China", "President Hu Jintao and Prime Minister Jintao", "Jintao"),
        ("H.E. Mr. Israel KATZ, Minister of Foreign Affairs of the State of Israel", "Minister Katz noted that Israel values it.", "Katz"),
        ("H.E. Mr. Mevlüt ÇAVUŞOĞLU, Minister of Foreign Affairs of Türkiye", "Minister Mevlüt said so.", "Çavuşoğlu"),
    ])
    func theNameATextCallsSomeoneByAfterwards(_ phrase: String, _ later: String, _ family: String) {
        let m = ParserFamilyTests.parse("On May 8, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with \(phrase). The overview is as follows.", body: "1. \(later)")
        #expect(m.counterpart.familyName == family)
    }

    @Test func aTimeInJapanTimeIsKeptWhenTheCounterpartIsNamedAgain() {
        let m = ParserFamilyTests.parse(
            "Mr. Naoto Kan, Prime Minister of Japan, held a telephone conversation with Mr. Wen Jiabao, Premier of the State Council of China, for about 25 minutes from 7:15 p.m. JST on June 13.",
            date: "June 13, 2010",
            body: "Prime Minister Kan said that he was happy to talk over the hotline with Premier Wen for the first time.")
        #expect(m.counterpart.familyName == "Wen")
        #expect(m.startLocal?.description == "19:15")
        #expect(m.durationMinutes == 25)
    }

    static func numbered(_ body: String) -> Meeting {
        ParserFamilyTests.parse("On April 13, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Laurent Fabius, Minister of Foreign Affairs of France. The overview is as follows.", body: body)
    }

    @Test func headingsNumberedBetweenTwoHeadingsAreHeadings() {
        let m = Self.numbered("""
            1. Opening remarks
            Minister Kishida said he was pleased to meet again.
            2. Bilateral relations
            3. Japan-EU relations
            4. Global challenges
            (1) Counterterrorism
            The two ministers confirmed their cooperation.
            5. Regional affairs
            The two ministers exchanged views on the region.
            """)
        #expect(m.sectionTitles == ["Opening remarks", "Bilateral relations", "Japan-EU relations", "Global challenges", "Regional affairs"])
    }

    @Test func aRunOfShortPointsOutOfSequenceStaysAList() {
        // `1.`–`3.` points under a heading, then `2.` again: no sequence runs from heading to heading.
        let m = Self.numbered("""
            1. Opening remarks
            Minister Kishida said he was pleased to meet again.
            1. Economy
            2. Security
            3. Culture
            2. Regional affairs
            The two ministers exchanged views on the region.
            """)
        #expect(!m.sectionTitles.contains("Security"))
    }
}
