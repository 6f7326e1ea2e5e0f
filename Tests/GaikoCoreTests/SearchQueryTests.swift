import GaikoCore
import Testing

@Suite struct SearchQueryTests {
    func error(_ text: String) -> String? {
        do {
            _ = try SearchQuery.parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func unknownFieldsAreReported() {
        #expect(error("foo:bar") == "unknown field 'foo:'; known: kind, year, with, country, venue, title")
        #expect(error("tpp Foo:") == "unknown field 'foo:'; known: kind, year, with, country, venue, title")
    }

    @Test func badValuesAreReported() throws {
        #expect(try #require(error("year:abc")).contains("bad year 'abc'"))
        #expect(try #require(error("year:2018..2014")).contains("2018 is after 2014"))
        #expect(try #require(error("year:..")) .contains("bad year"))
        #expect(try #require(error("year:99999999999999999999")).contains("bad year"))
        #expect(try #require(error("kind:banana")).contains("unknown kind 'banana'"))
    }

    @Test func lenientWhileTyping() throws {
        // An unclosed quote runs to the end; a field with no value yet and a dangling OR do nothing.
        #expect(error("\"north kor") == nil)
        #expect(try SearchQuery.parse("kind:").isEmpty)
        #expect(try SearchQuery.parse("OR").isEmpty)
        #expect(try SearchQuery.parse("- ... ,").isEmpty)
        #expect(try !SearchQuery.parse("tpp OR").isEmpty)
    }

    @Test func colonsOutsideAFieldNameAreText() throws {
        // `10:50` is not a field: the name must be letters.
        let q = try SearchQuery.parse("10:50")
        #expect(q.highlights(in: "at 10:50 a.m.") == [3..<8])
    }

    @Test func highlightsCoverTheTypedPrefix() throws {
        let q = try SearchQuery.parse("nik")
        #expect(q.highlights(in: "the Nikkei community; NIKKEI") == [4..<7, 22..<25])
    }

    @Test func highlightsUseCharacterOffsetsWithAccentsAndWideText() throws {
        let q = try SearchQuery.parse("gonzalez olaechea 日本")
        // Decomposed é is one Character of two scalars.
        let text = "Sr. Gonza\u{301}lez-Olaechea met 日本 officials"
        let ranges = q.highlights(in: text)
        let chars = Array(text)
        #expect(ranges.map { String(chars[$0]) } == ["Gonza\u{301}lez", "Olaechea", "日本"])
        #expect(ranges == [4..<12, 13..<21, 26..<28])
    }

    @Test func phraseHighlightsSpanTheWholePhrase() throws {
        let q = try SearchQuery.parse("\"north korea\" -korea tpp")
        let text = "North Korea and the TPP; korea alone"
        let chars = Array(text)
        #expect(q.highlights(in: text).map { String(chars[$0]) } == ["North Korea", "TPP"])
    }

    @Test func overlappingMatchesMerge() throws {
        let q = try SearchQuery.parse("nik OR nikkei \"nikkei community\"")
        #expect(q.highlights(in: "Nikkei community") == [0..<16])
    }

    @Test func negatedOnlyQueryHighlightsNothing() throws {
        #expect(try SearchQuery.parse("-tpp kind:summit").highlights(in: "TPP summit").isEmpty)
    }
}
