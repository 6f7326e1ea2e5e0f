@testable import GaikoCore
import GaikoSynth
import Testing

/// Random queries never crash, and whatever parses gives sane answers.
@Suite struct SearchFuzzTests {

    static let pieces = [
        "\"", "-", ":", " ", "OR", "kind:", "year:", "..", "with:", "title:", "foo:", "tpp", "a", "é", "e\u{301}",
        "日本", "🇯🇵", "\u{1B}[31m", "\u{202E}", "2017", "north", "korea's", "\t", "\n", "-\"", "ß", "ﬁ", "İ",
    ]

    @Test func randomQueriesNeverCrash() {
        let corpus = CorpusLoader.bundled()
        let index = SearchIndex(meetings: corpus.meetings)
        var rng = SplitMix64(seed: 20_241_117)  // seeded, so a failure can be replayed
        var parsed = 0
        for _ in 0..<2_000 {
            let n = Int.random(in: 0...8, using: &rng)
            let text = (0..<n).map { _ in
                Bool.random(using: &rng)
                    ? Self.pieces.randomElement(using: &rng)!
                    : String(Character(Unicode.Scalar(UInt32.random(in: 0x20...0x2FFF, using: &rng)) ?? "x"))
            }.joined()
            guard let query = try? SearchQuery.parse(text) else { continue }
            parsed += 1
            let matches = index.matches(query)
            #expect(matches == matches.sorted())
            #expect(matches.allSatisfy { corpus.meetings.indices.contains($0) })
            #expect(Set(index.ranked(query).map(\.index)) == Set(matches))
            for line in [text, "North Korea’s TPP, Nikkei and González-Olaechea in 日本"] {
                let ranges = query.highlights(in: line)
                #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
                #expect(ranges.allSatisfy { !$0.isEmpty && $0.upperBound <= line.count })
            }
            for i in matches.prefix(2) {
                let snippet = index.snippet(for: i, query: query, width: 40)
                #expect(DisplayWidth.of(snippet.text) <= 40)
            }
        }
        #expect(parsed > 100)
    }
}
