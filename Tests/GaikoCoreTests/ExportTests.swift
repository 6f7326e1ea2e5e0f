import Foundation
import Testing
import GaikoCore

@Suite struct ExportTests {
    static let full = Meeting(
        id: "2017-11-10-summit", source: "records/a.txt", title: "Japan-Peru Summit Meeting",
        date: Day(year: 2017, month: 11, day: 10), kind: .foreignMinisters,
        japan: Principal(name: "Shinzo Abe", familyName: "Abe", title: "Prime Minister of Japan"),
        counterpart: Principal(name: "Pedro Pablo Kuczynski", familyName: "Kuczynski", title: "President", country: "Peru"),
        venue: "Da Nang", venueCountry: "Viet Nam", occasion: "APEC Economic Leaders' Meeting",
        startLocal: TimeOfDay(hour: 9, minute: 5), endLocal: TimeOfDay(hour: 10, minute: 45),
        startJST: JSTDateTime(day: Day(year: 2017, month: 11, day: 11), time: TimeOfDay(hour: 0, minute: 50)),
        durationMinutes: 100, lead: ["First line.", "Second line."],
        sections: [
            Section(paragraphs: [Paragraph(text: "Plain.")]),
            Section(title: "Beginning", paragraphs: [Paragraph(marker: "(1)", text: "Point one."), Paragraph(marker: "-", text: "Bullet.")]),
        ],
        references: [Reference(title: "Friendship Year", text: "In 2019.")],
        warnings: ["something odd"]
    )

    static let bare = Meeting(id: "undated-other", source: "bundled:x.txt", title: "Japan-Chile Meeting", date: nil, kind: .other)

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aMeetingHasExactlyTheDocumentedKeys() throws {
        let json = try object(MeetingJSON.string(Self.full))
        #expect(Set(json.keys) == Set(MeetingJSON.keys))
        #expect(MeetingJSON.keys.count == 19)
        let japan = try #require(json["japan"] as? [String: Any])
        let counterpart = try #require(json["counterpart"] as? [String: Any])
        #expect(Set(japan.keys) == ["name", "family_name", "title"])
        #expect(Set(counterpart.keys) == ["name", "family_name", "title", "country"])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.allSatisfy { Set($0.keys) == ["title", "paragraphs"] })
        let references = try #require(json["references"] as? [[String: Any]])
        #expect(references.allSatisfy { Set($0.keys) == ["title", "text"] })
    }

    @Test func valuesAreSpelledAsDocumented() throws {
        let json = try object(MeetingJSON.string(Self.full))
        #expect(json["date"] as? String == "2017-11-10")
        #expect(json["kind"] as? String == "foreign-ministers")
        #expect(json["format"] as? String == "in-person")
        #expect(json["start_local"] as? String == "09:05")
        #expect(json["end_local"] as? String == "10:45")
        #expect(json["start_jst"] as? String == "2017-11-11T00:50")
        #expect(json["duration_minutes"] as? Int == 100)
        #expect(json["lead"] as? [String] == ["First line.", "Second line."])
        #expect(json["warnings"] as? [String] == ["something odd"])
        #expect((json["japan"] as? [String: Any])?["family_name"] as? String == "Abe")
        #expect((json["counterpart"] as? [String: Any])?["country"] as? String == "Peru")
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections[0]["title"] is NSNull)
        #expect(sections[0]["paragraphs"] as? [String] == ["Plain."])
        #expect(sections[1]["title"] as? String == "Beginning")
        #expect(sections[1]["paragraphs"] as? [String] == ["(1) Point one.", "- Bullet."])
        let references = try #require(json["references"] as? [[String: String]])
        #expect(references == [["title": "Friendship Year", "text": "In 2019."]])
    }

    @Test func absentValuesAreExplicitNulls() throws {
        let text = MeetingJSON.string(Self.bare)
        let json = try object(text)
        #expect(Set(json.keys) == Set(MeetingJSON.keys))
        for key in ["date", "venue", "venue_country", "occasion", "start_local", "end_local", "start_jst", "duration_minutes"] {
            #expect(json[key] is NSNull, "\(key)")
            #expect(text.contains("\"\(key)\": null"), "\(key)")
        }
        let japan = try #require(json["japan"] as? [String: Any])
        let counterpart = try #require(json["counterpart"] as? [String: Any])
        #expect(Set(japan.keys) == ["name", "family_name", "title"] && japan.values.allSatisfy { $0 is NSNull })
        #expect(counterpart.count == 4 && counterpart.values.allSatisfy { $0 is NSNull })
        #expect(json["lead"] as? [String] == [])
        #expect(text.contains("\"sections\": []"))
    }

    @Test func keysAreWrittenInSchemaOrder() {
        let text = MeetingJSON.string(Self.full)
        let positions = MeetingJSON.keys.map { key in text.range(of: "\n  \"\(key)\": ")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }

    @Test func jsonIsOnePrettyArray() throws {
        let text = MeetingJSON.string([Self.full, Self.bare], format: .json)
        let array = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["2017-11-10-summit", "undated-other"])
        #expect(text.hasPrefix("[\n  {\n    \"id\": "))
        #expect(text.hasSuffix("]\n"))
        #expect(MeetingJSON.string([], format: .json) == "[]\n")
    }

    @Test func ndjsonIsOneObjectALine() throws {
        let meetings = [Self.full, Self.bare, Self.full]
        let text = MeetingJSON.string(meetings, format: .ndjson)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "")
        for (line, meeting) in zip(lines, meetings) {
            let json = try object(String(line))
            #expect(json["id"] as? String == meeting.id)
            #expect(Set(json.keys) == Set(MeetingJSON.keys))
        }
        #expect(MeetingJSON.string([], format: .ndjson) == "")
    }

    @Test func stringsRoundTripAndNeverCarryTerminalControls() throws {
        var meeting = Self.bare
        meeting.title = "Quote \" back\\slash\nnew\tline \u{1B}[31m red \u{202E}rtl\u{9B} González 日本 “curly” \u{7F}"
        let text = MeetingJSON.string([meeting], format: .ndjson)
        #expect(text.split(separator: "\n").count == 1)
        #expect(!text.unicodeScalars.contains { Sanitizer.isUnsafe($0) && $0 != "\n" })
        #expect(text.contains("\\u001b") && text.contains("\\u202e"))
        #expect(try object(text)["title"] as? String == meeting.title)
    }
}
