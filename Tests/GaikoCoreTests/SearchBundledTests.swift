import GaikoCore
import Testing

/// Word and phrase queries on the five bundled records. Meetings are named by `source`, so
/// these hold whether the text sits in `lead` (placeholder parser) or in sections after parsing.
@Suite struct SearchBundledTests {
    static let corpus = CorpusLoader.bundled()
    static let index = SearchIndex(meetings: corpus.meetings)

    func sources(_ query: String) throws -> Set<String> {
        let q = try SearchQuery.parse(query)
        return Set(Self.index.matches(q).map { Self.corpus.meetings[$0].source })
    }

    static let s2014 = "bundled:2014-11-10-japan-peru-summit.txt"
    static let fm2017 = "bundled:2017-11-08-japan-peru-foreign-ministers.txt"
    static let s2017 = "bundled:2017-11-10-japan-peru-summit.txt"
    static let fm2023 = "bundled:2023-11-15-japan-peru-foreign-ministers.txt"
    static let s2024 = "bundled:2024-11-17-japan-peru-summit.txt"

    @Test func tppMatchesThe2014AndBoth2017Meetings() throws {
        #expect(try sources("tpp") == [Self.s2014, Self.fm2017, Self.s2017])
        #expect(try sources("TPP") == [Self.s2014, Self.fm2017, Self.s2017])
    }

    @Test func northKoreaPhraseMatchesBoth2017Meetings() throws {
        #expect(try sources("\"north korea\"") == [Self.fm2017, Self.s2017])
        // The FM record writes a typographic apostrophe, the summit an ASCII one: both separate.
        #expect(try sources("\"North Korea's\"") == [Self.fm2017, Self.s2017])
        #expect(try sources("\"north korea’s policies\"") == [Self.fm2017])
    }

    @Test func nikkeiAndItsPrefixes() throws {
        #expect(try sources("nikkei") == [Self.fm2023, Self.s2024])
        #expect(try sources("nikk") == [Self.fm2023, Self.s2024])
    }

    @Test func copperOnlyIn2024() throws {
        #expect(try sources("copper") == [Self.s2024])
    }

    @Test func accentsAndCaseFold() throws {
        #expect(try sources("gonzalez") == [Self.fm2023])
        #expect(try sources("GONZÁLEZ-olaechea") == [Self.fm2023])
        #expect(try sources("KONO") == [Self.fm2017])
    }

    @Test func everyWordMustAppear() throws {
        #expect(try sources("tpp copper").isEmpty)
        #expect(try sources("tpp humala") == [Self.s2014])
    }

    @Test func exclusionAndOr() throws {
        #expect(try sources("tpp -kuczynski") == [Self.s2014, Self.fm2017])
        #expect(try sources("tpp -\"north korea\"") == [Self.s2014])
        #expect(try sources("tpp OR nikkei") == [Self.s2014, Self.fm2017, Self.s2017, Self.fm2023, Self.s2024])
        // OR binds tighter than the implicit AND.
        #expect(try sources("tpp OR nikkei copper") == [Self.s2024])
        #expect(try sources("copper OR tpp humala") == [Self.s2014])
    }

    @Test func emptyQueryMatchesEverything() throws {
        let q = try SearchQuery.parse("  ")
        #expect(q.isEmpty)
        #expect(Self.index.matches(q) == Array(0..<Self.corpus.meetings.count))
    }

    @Test func phraseNeedsAdjacentWords() throws {
        #expect(try sources("\"korea north\"").isEmpty)
        #expect(try sources("\"trans pacific partnership\"") == [Self.fm2017, Self.s2017])
    }

    @Test func rankingPutsTheMostTppHeavyMeetingFirst() throws {
        let ranked = Self.index.ranked(try SearchQuery.parse("tpp"))
        #expect(ranked.count == 3)
        #expect(ranked.map(\.score) == ranked.map(\.score).sorted(by: >))
        #expect(ranked.allSatisfy { $0.score > 0 })
        // The 2017 summit names TPP four times in a short record.
        #expect(Self.corpus.meetings[ranked[0].index].source == Self.s2017)
    }

    @Test func snippetShowsTheFirstMatch() throws {
        let q = try SearchQuery.parse("copper")
        let i = try #require(Self.index.matches(q).first)
        let snippet = Self.index.snippet(for: i, query: q, width: 60)
        #expect(DisplayWidth.of(snippet.text) <= 60)
        let h = try #require(snippet.highlights.first)
        let chars = Array(snippet.text)
        #expect(String(chars[h]) == "copper")
    }
}
