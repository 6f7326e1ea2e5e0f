import Testing
@testable import GaikoCore

/// The sentence forms the genre uses, one at a time, each in a minimal record.
@Suite("Parser: sentence forms")
struct ParserSentenceTests {
    /// A record made of a date line and one lead sentence.
    static func meeting(_ sentence: String, date: String = "November 10, 2017") -> Meeting {
        RecordParser.parse("\(date)\n\n\(sentence)\n", source: "test")
    }

    static let counterpart = "H.E. Mr. Ricardo Luna, Minister for Foreign Affairs of the Republic of Peru."

    @Test(arguments: [
        ("commencing at 3:48 p.m. (local time)", "15:48"),
        ("commencing at 9:19 a.m.", "09:19"),
        ("commencing at 12 a.m.", "00:00"),
        ("commencing at 10 a.m.", "10:00"),
        ("commencing at 12:10 p.m. local time (5:10 a.m. on November 16 JST)", "12:10"),
        ("commencing at 10:50 a.m. (local time; 00:50 a.m. on November 18, Japan Standard Time)", "10:50"),
        ("from 15:30 (local time)", "15:30"),
        ("commencing at 12 noon", "12:00"),
    ])
    func startTimes(_ phrase: String, _ expected: String) {
        let m = Self.meeting("On November 10, \(phrase), Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(Self.counterpart)")
        #expect(m.startLocal?.description == expected)
    }

    @Test func jstOnAnotherDayAndYear() {
        let m = Self.meeting(
            "On December 31, commencing at 8:00 p.m. local time (10:00 a.m. on January 1 JST), Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(Self.counterpart)",
            date: "December 31, 2017"
        )
        #expect(m.startLocal == TimeOfDay(hour: 20, minute: 0))
        #expect(m.startJST?.description == "2018-01-01T10:00")
    }

    @Test func jstWithoutADateIsOnTheMeetingDay() {
        let m = Self.meeting("On November 10, commencing at 9:00 p.m. (JST) for 20 minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with \(Self.counterpart)")
        #expect(m.startJST?.description == "2017-11-10T21:00")
        // A call made from Japan: Japan's clock is the principal's local one.
        #expect(m.startLocal == TimeOfDay(hour: 21, minute: 0))
        #expect(!m.warnings.contains("Start time not found"))
    }

    @Test func timeRangeGivesEndAndDuration() {
        let m = Self.meeting("On Monday, November 10, commencing at 10:25 a.m. until 10:45 a.m. (local time), Prime Minister Shinzo Abe held a meeting with \(Self.counterpart)")
        #expect(m.startLocal == TimeOfDay(hour: 10, minute: 25))
        #expect(m.endLocal == TimeOfDay(hour: 10, minute: 45))
        #expect(m.durationMinutes == 20)
    }

    @Test func rangeOverMidnight() {
        let m = Self.meeting("On November 10, from 11:30 p.m. to 12:15 a.m., Prime Minister Shinzo Abe held a meeting with \(Self.counterpart)")
        #expect(m.durationMinutes == 45)
    }

    @Test(arguments: [
        ("for approximately 20 minutes", 20),
        ("for about 2 hours and 30 minutes", 150),
        ("for 70 minutes", 70),
        ("for approximately one hour", 60),
        ("for about an hour and a half", 90),
        ("for half an hour", 30),
        ("for about one and a half hours", 90),
        ("for approximately forty minutes", 40),
    ])
    func durations(_ phrase: String, _ minutes: Int) {
        let m = Self.meeting("On November 10, commencing at 9:19 a.m. \(phrase), Prime Minister Shinzo Abe held a meeting with \(Self.counterpart)")
        #expect(m.durationMinutes == minutes)
    }

    @Test func noDurationStatedIsNil() {
        let m = Self.meeting("On November 10, commencing at 9:19 a.m., Prime Minister Shinzo Abe held a meeting with \(Self.counterpart)")
        #expect(m.durationMinutes == nil)
        #expect(m.warnings.contains("Duration not found"))
    }

    @Test(arguments: [
        ("Mr. Taro Kono, Minister for Foreign Affairs,", "Taro Kono", "Kono", "Minister for Foreign Affairs"),
        ("Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan,", "Yoko Kamikawa", "Kamikawa", "Minister for Foreign Affairs of Japan"),
        ("Prime Minister Shinzo Abe,", "Shinzo Abe", "Abe", "Prime Minister"),
        ("Foreign Minister Fumio Kishida", "Fumio Kishida", "Kishida", "Foreign Minister"),
        ("Mr. ISHIBA Shigeru, Prime Minister of Japan,", "Shigeru Ishiba", "Ishiba", "Prime Minister of Japan"),
    ])
    func japanPrincipals(_ phrase: String, _ name: String, _ family: String, _ title: String) {
        let m = Self.meeting("On November 10, \(phrase) held a meeting with \(Self.counterpart)")
        #expect(m.japan == Principal(name: name, familyName: family, title: title))
    }

    @Test(arguments: [
        ("H.E.Mr. Ollanta Humala, President of the Republic of Peru.", "Ollanta Humala", "President of the Republic of Peru", "Peru"),
        ("H.E. Ms. Dina Boluarte, President of the Republic of Peru.", "Dina Boluarte", "President of the Republic of Peru", "Peru"),
        ("President Gabriel Boric Font of the Republic of Chile.", "Gabriel Boric Font", "President", "Chile"),
        ("the President of the Argentine Republic, H.E. Mr. Javier Milei.", "Javier Milei", "President of the Argentine Republic", "Argentina"),
        ("H.E. Mr. Antony Blinken, Secretary of State of the United States of America.", "Antony Blinken", "Secretary of State of the United States of America", "United States"),
        ("Mr. Pham Minh Chinh, Prime Minister of the Socialist Republic of Viet Nam.", "Pham Minh Chinh", "Prime Minister of the Socialist Republic of Viet Nam", "Viet Nam"),
    ])
    func counterparts(_ phrase: String, _ name: String, _ title: String, _ country: String) {
        let m = Self.meeting("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase)")
        #expect(m.counterpart.name == name)
        #expect(m.counterpart.title == title)
        #expect(m.counterpart.country == country)
    }

    @Test func familyNameIsTheOneUsedAfterwards() {
        let text = """
        November 10, 2022
        On November 10, Prime Minister Fumio Kishida held a meeting with President Gabriel Boric Font of the Republic of Chile.
        1. Prime Minister Kishida welcomed President Boric. President Boric thanked him.
        """
        #expect(RecordParser.parse(text, source: "t").counterpart.familyName == "Boric")
    }

    @Test(arguments: [
        ("held a telephone talk with", MeetingKind.telephone),
        ("held a telephone call with", .telephone),
        ("held a summit meeting with", .summit),
        ("held a foreign ministers’ meeting with", .foreignMinisters),
    ])
    func kindFromTheMeetingWords(_ words: String, _ kind: MeetingKind) {
        let m = Self.meeting("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, \(words) \(Self.counterpart)")
        #expect(m.kind == kind)
    }

    @Test func kindFromWhoMetWhom() {
        let heads = Self.meeting("On November 10, Prime Minister Shinzo Abe held a meeting with H.E. Mr. Ollanta Humala, President of the Republic of Peru.")
        #expect(heads.kind == .summit)
        let ministers = Self.meeting("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(Self.counterpart)")
        #expect(ministers.kind == .foreignMinisters)
        let mixed = Self.meeting("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.E. Mr. Ollanta Humala, President of the Republic of Peru.")
        #expect(mixed.kind == .other)
        #expect(mixed.title == "Japan-Peru Meeting")
    }

    @Test(arguments: [
        ("November 8, 2017", "2017-11-08"),
        ("Monday, November 10, 2014", "2014-11-10"),
        ("8 November 2017", "2017-11-08"),
        ("Nov. 8, 2017", "2017-11-08"),
        ("2017-11-08", "2017-11-08"),
    ])
    func dateLines(_ line: String, _ iso: String) {
        #expect(Self.meeting("Prime Minister Shinzo Abe held a meeting with \(Self.counterpart)", date: line).date?.description == iso)
    }

    @Test func impossibleDateLineIsNotADate() {
        let m = Self.meeting("On February 30, Prime Minister Shinzo Abe held a meeting.", date: "February 30, 2017")
        #expect(m.date == nil)
    }

    @Test func occasionDropsAcronymExpansion() {
        let m = Self.meeting("On November 8, Mr. Taro Kono, Minister for Foreign Affairs, who is visiting Da Nang, the Socialist Republic of Viet Nam, to attend the APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting, held a meeting with \(Self.counterpart)")
        #expect(m.occasion == "APEC Ministerial Meeting")
        #expect(m.venue == "Da Nang")
        #expect(m.venueCountry == "Viet Nam")
    }

    @Test func occasionOnTheMargins() {
        let m = Self.meeting("On November 8, in Rio de Janeiro, Brazil, on the margins of the G20 Summit, Prime Minister Shinzo Abe held a meeting with \(Self.counterpart)")
        #expect(m.occasion == "G20 Summit")
    }
}

/// How lines become headings, points and furniture.
@Suite("Parser: layout")
struct ParserLayoutTests {
    static let lead = "November 10, 2017\nOn November 10, Prime Minister Shinzo Abe held a meeting with H.E. Mr. Ollanta Humala, President of the Republic of Peru.\n"

    @Test func shortNumberedLineBeforeParagraphsIsAHeading() {
        let m = RecordParser.parse(Self.lead + "1 Beginning\nThe two leaders met.\n2. Bilateral relations\n(1) They talked.\n", source: "t")
        #expect(m.sectionTitles == ["Beginning", "Bilateral relations"])
        #expect(m.sections[1].paragraphs == [Paragraph(marker: "(1)", text: "They talked.")])
    }

    @Test func shortNumberedLinesInARowArePoints() {
        let m = RecordParser.parse(Self.lead + "1. Economy\n2. Security\n3. Culture\n", source: "t")
        #expect(m.sectionTitles == [])
        #expect(m.sections.first?.paragraphs.map(\.fullText) == ["1. Economy", "2. Security", "3. Culture"])
    }

    @Test func numberedSentencesArePoints() {
        let m = RecordParser.parse(Self.lead + "  1. The two leaders welcomed the progress.\n\n  2. They agreed to meet again.\n", source: "t")
        #expect(m.sectionTitles == [])
        #expect(m.sections.first?.paragraphs.map(\.marker) == ["1.", "2."])
        #expect(m.lead.count == 1)
    }

    @Test(arguments: [
        "Japan-Peru Relations", "Back to Japan-Peru Relations", "Related Link", "Archives (Archived entries)",
        "(Photo) Japan-Peru Summit Meeting", "Photo: Cabinet Public Relations Office", "[Provisional Translation]",
        "Japan-Peru Summit Meeting1",
    ])
    func furnitureLinesAreDropped(_ line: String) {
        let m = RecordParser.parse(Self.lead + line + "\n- A point.\n", source: "t")
        let body = m.lead + m.sections.flatMap { $0.paragraphs.map(\.text) }
        #expect(!body.contains(line))
    }

    @Test func nameWithACapitalBeforeDigitsIsNotACaption() {
        let m = RecordParser.parse(Self.lead + "- The leaders discussed COP28\n", source: "t")
        #expect(m.sections.first?.paragraphs.first?.text == "The leaders discussed COP28")
    }

    @Test func noBreakSpacesAtLineEndsAreTrimmedInsideKept() {
        let m = RecordParser.parse(Self.lead + "- Japan\u{00A0}and Peru.\u{00A0}\u{00A0}\n", source: "t")
        #expect(m.sections.first?.paragraphs.first?.text == "Japan\u{00A0}and Peru.")
    }
}
