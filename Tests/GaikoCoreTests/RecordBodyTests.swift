import Testing
@testable import GaikoCore

/// A parsed meeting keeps its body as places in the record (`RecordBody`) and makes the strings
/// when asked. Whatever is asked, the answer is the body the parser would have built at once.
@Suite("Parser: the body kept in its record")
struct RecordBodyTests {
    static let texts: [String] = RealRecordTests.all.map(\.text) + BundledRecords.files.map { String(decoding: $0.data, as: UTF8.self) }

    /// The body each text's layout reads, built at once as strings.
    static func eager(_ text: String) -> MeetingBody {
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { bytes in
            let t = RecordText(borrowing: bytes, of: copy)
            let layout = RecordLayout.read(t)
            var body = layout.body.value(t)
            _ = ContentsList.apply(to: &body.sections)
            return body
        }!
    }

    static func visited(_ body: BodyStorage, stopAfter limit: Int = .max) -> [String] {
        var texts: [String] = []
        body.forEachText { bytes in
            texts.append(String(decoding: bytes, as: UTF8.self))
            return texts.count < limit
        }
        return texts
    }

    @Test func everyPartEqualsTheBodyBuiltAtOnce() {
        var inRecord = 0
        for text in Self.texts {
            let meeting = RecordParser.parse(text, source: "r.txt")
            let eager = Self.eager(text)
            if meeting.body.isInRecord { inRecord += 1 }
            #expect(meeting.body.value == eager)
            #expect(meeting.lead == eager.lead)
            #expect(meeting.sections == eager.sections)
            #expect(meeting.references == eager.references)
            #expect(meeting.body == BodyStorage(eager))
            #expect(meeting.body.hashValue == BodyStorage(eager).hashValue)
            #expect(meeting.body.hasNoLeadOrSections == (eager.lead.isEmpty && eager.sections.isEmpty))
        }
        // Nearly every record: only a contents list makes the strings at once.
        #expect(inRecord > Self.texts.count * 9 / 10)
    }

    @Test func theTextsAreVisitedInReadingOrder() {
        for text in Self.texts {
            let meeting = RecordParser.parse(text, source: "r.txt")
            let memory = BodyStorage(meeting.body.value)
            #expect(Self.visited(meeting.body) == Self.visited(memory))
            #expect(Self.visited(meeting.body, stopAfter: 3) == Self.visited(memory, stopAfter: 3))
        }
    }

    @Test func aContentsListMakesTheSectionsAtOnce() {
        let text = """
        Japan-Peru Summit Meeting
        May 1, 2024
        On May 1, Prime Minister Kishida held a meeting with President Boluarte.
        - 1 Opening remarks
        - 2 Bilateral relations
        1 Opening remarks
        Prime Minister Kishida welcomed the President.
        """
        let meeting = RecordParser.parse(text, source: "r.txt")
        #expect(!meeting.body.isInRecord)
        #expect(meeting.sectionTitles == ["Opening remarks", "Bilateral relations"])
        #expect(meeting.warnings.contains { $0.contains("contents list") })
    }

    @Test func aChangedBodyLeavesTheRecord() {
        var meeting = RecordParser.parse(Self.texts.last!, source: "r.txt")
        #expect(meeting.body.isInRecord)
        let before = meeting.sections
        meeting.sections.append(Section(title: "Added", paragraphs: []))
        #expect(!meeting.body.isInRecord)
        #expect(meeting.sections == before + [Section(title: "Added", paragraphs: [])])
    }

    /// A place that ends inside a character reads as the parser's string of it (the character
    /// replaced), not as raw bytes cut in two.
    @Test func aPlaceCutInsideACharacterReadsAsItsString() throws {
        var text = "Lead line\nCaf\u{E9} au lait\nRef line one\nRef line two\n"
        text.makeContiguousUTF8()
        let cut = 10..<(10 + 4)  // `Caf` and the first byte of `é`
        var builder = RecordBody.Builder()
        builder.openSection(title: nil)
        builder.addParagraph(marker: nil, text: cut)
        builder.addReference(title: 0..<4, lines: [24..<36, 37..<49])
        builder.finish(lead: [0..<9])
        let built = builder.build(text: text)
        let body = try #require(built)
        let storage = BodyStorage(record: body)
        #expect(body.value.sections[0].paragraphs[0].text == "Caf\u{FFFD}")
        #expect(body.value.references == [Reference(title: "Lead", text: "Ref line one\nRef line two")])
        #expect(Self.visited(storage) == ["Lead line", "Caf\u{FFFD}", "Lead", "Ref line one\nRef line two"])
        #expect(Self.visited(storage) == Self.visited(BodyStorage(body.value)))
    }

    /// A section with neither title nor paragraph is dropped, one with a title alone kept.
    @Test func emptySectionsAreDroppedAndTitledOnesKept() throws {
        let text = "Title\nPoint\n"
        var builder = RecordBody.Builder()
        builder.openSection(title: nil)
        builder.openSection(title: 0..<5)
        builder.openSection(title: nil)
        builder.addParagraph(marker: nil, text: 6..<11)
        builder.openSection(title: nil)
        builder.finish(lead: [])
        let built = builder.build(text: text)
        let body = try #require(built)
        #expect(body.value.sections == [Section(title: "Title", paragraphs: []),
                                         Section(paragraphs: [Paragraph(text: "Point")])])
        #expect(body.sectionCount == 2)
    }
}
