@testable import GaikoCore
import Testing

@Suite struct SearchSnippetTests {
    static let long = "At the outset, the two ministers discussed many matters of shared interest, "
        + "and then turned to copper and other mineral resources in some detail before closing."

    @Test func cutsAroundTheMatchWithEllipses() throws {
        let meeting = Meeting(id: "x", source: "x", title: "Title", date: nil, kind: .other, lead: [Self.long])
        let q = try SearchQuery.parse("copper")
        let s = q.snippet(of: meeting, width: 40)
        #expect(DisplayWidth.of(s.text) <= 40)
        #expect(s.text.hasPrefix("…") && s.text.hasSuffix("…"))
        let h = try #require(s.highlights.first)
        #expect(String(Array(s.text)[h]) == "copper")
    }

    @Test func theQuickTestRulesOutOnlyPlainTextWithoutTheWord() throws {
        let q = try SearchQuery.parse("copper")
        #expect(!q.mayHighlight("Talks on trade and investment."))
        #expect(q.mayHighlight("Talks on COPPER exports."))
        #expect(q.mayHighlight("Copperfield"))
        // Accented text is folded before matching, so bytes alone cannot rule it out.
        #expect(try SearchQuery.parse("gonzalez").mayHighlight("Minister González-Olaechea"))
        #expect(try SearchQuery.parse("kind:fm").mayHighlight("anything") == false)
    }

    @Test func aMatchInALaterParagraphIsFoundPastTheRuledOutOnes() throws {
        let meeting = Meeting(id: "x", source: "x", title: "Title", date: nil, kind: .other,
                              lead: ["Nothing here.", "Nor  here,\n  at all.", "Then copper  and\tzinc."])
        let s = try SearchQuery.parse("copper").snippet(of: meeting, width: 80)
        #expect(s.text == "Then copper and zinc.")
        #expect(String(Array(s.text)[s.highlights[0]]) == "copper")
        let none = try SearchQuery.parse("tin").snippet(of: meeting, width: 80)
        #expect(none.text == "Nothing here.")
        #expect(none.highlights.isEmpty)
    }

    @Test func wideTextKeepsItsWidth() throws {
        let meeting = Meeting(id: "x", source: "x", title: "日本とペルーの首脳会談についての長い題名です", date: nil, kind: .other)
        let s = try SearchQuery.parse("首脳").snippet(of: meeting, width: 13)
        #expect(DisplayWidth.of(s.text) <= 13)
        let h = try #require(s.highlights.first)
        #expect(String(Array(s.text)[h]) == "首脳")
    }

    @Test func controlCharactersNeverReachTheSnippet() throws {
        let meeting = Meeting(id: "x", source: "x", title: "T", date: nil, kind: .other, lead: ["evil \u{1B}[2J copper\ttext"])
        let s = try SearchQuery.parse("copper").snippet(of: meeting, width: 80)
        #expect(!s.text.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
        #expect(String(Array(s.text)[s.highlights[0]]) == "copper")
    }

    @Test func fieldOnlyQueryShowsTheOpening() throws {
        let meeting = Meeting(id: "x", source: "x", title: "T", date: nil, kind: .summit, lead: ["Opening line."])
        #expect(try SearchQuery.parse("kind:summit").snippet(of: meeting, width: 80) == Snippet(text: "Opening line.", highlights: []))
    }
}
