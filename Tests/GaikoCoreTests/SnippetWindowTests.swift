import GaikoSynth
@testable import GaikoCore
import Testing

/// A plain ASCII paragraph is flattened only around its first candidate word
/// (`SnippetText.snippet(ofASCII:_:width:)`), and `mayHighlight` rules out paragraphs whose
/// non-ASCII scalars cannot spell a phrase's first word. Both must leave every snippet as the
/// reference (`SnippetReference`, the whole paragraph flattened and searched) makes it.
@Suite struct SnippetWindowTests {
    /// ASCII words and separators, control characters among them, so that paragraphs are long
    /// and the first match falls anywhere: at the start, the end, or far past a line's width.
    static let words = [
        "the", "Prime", "Minister", "prime", "minister", "TPP", "tpp-11", "Tppx", "xtpp", "of", "Japan", "Japan's", "and",
        "trade", "North", "Korea", "north", "korea", "2017", "11", "a", "(", ")", ",", ".", "--", "\u{7}", "\u{1B}[2J",
        "\u{7F}", String(repeating: "w", count: 70), String(repeating: "tpp", count: 30), "min", "ministers", "MIN",
    ]
    static let separators = [" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "", "-", "\u{1C}", "   \n  "]
    static let queries = [
        "tpp", "t", "prime minister", "\"prime minister\"", "\"north korea\"", "\"north k", "min", "minister OR tpp",
        "tpp -peru", "with:abe tpp", "japan s", "\"japan s\"", String(repeating: "w", count: 70), "11 tpp", "asuncion",
        "\"the prime minister of japan\"", "x",
    ]
    static let widths = [1, 2, 5, 10, 33, 76, 160]

    static func paragraph(_ rng: inout SplitMix64, words count: Int) -> String {
        var text = rng.next() % 4 == 0 ? "  \n" : ""
        for _ in 0..<count {
            text += words[Int(rng.next() % UInt64(words.count))]
            text += separators[Int(rng.next() % UInt64(separators.count))]
        }
        return text
    }

    /// Long filler with a match placed at a chosen word: the first, the last, or hundreds of
    /// words in, past any window.
    static func placed(_ rng: inout SplitMix64, words count: Int, matchAt place: Int, match: String) -> String {
        var parts = (0..<count).map { _ in ["talks", "on", "trade", "and", "the", "economy", "Japan"][Int(rng.next() % 7)] }
        parts[min(place, count - 1)] = match
        return parts.joined(separator: rng.next() % 2 == 0 ? " " : "  \n ")
    }

    static func check(_ raw: String, _ queries: [SearchQuery]) {
        let meeting = Meeting(id: "m", source: "x", title: "Meeting", date: nil, kind: .other, lead: [raw])
        for query in queries {
            let phrases = query.positivePhrases
            for width in widths {
                let expected = SnippetReference.snippet(query, of: meeting, width: width)
                #expect(query.snippet(of: meeting, width: width) == expected, "\(query.text) at \(width) in \(raw.debugDescription)")
                // The windowed answer for the paragraph alone, against the whole paragraph's.
                var text = raw
                let windowed = text.withUTF8 { SnippetText.snippet(ofASCII: $0, phrases, width: width) }
                guard let windowed else { continue }
                let whole = SnippetText(flattening: raw)?.snippet(phrases, width: width)
                #expect(windowed.snippet == whole, "\(query.text) at \(width) in \(raw.debugDescription)")
            }
        }
    }

    @Test func longAsciiParagraphsGiveTheReferenceSnippet() throws {
        var rng = SplitMix64(seed: 11)
        let parsed = try Self.queries.map { try SearchQuery.parse($0) }
        for _ in 0..<80 {
            Self.check(Self.paragraph(&rng, words: 20 + Int(rng.next() % 500)), parsed)
        }
    }

    @Test func matchesAtTheStartTheEndAndPastTheWindow() throws {
        var rng = SplitMix64(seed: 5)
        let parsed = try ["tpp", "\"prime minister\"", "prime minister", "min", "tpp OR economy"].map { try SearchQuery.parse($0) }
        for count in [1, 2, 30, 300] {
            for place in [0, 1, 3, 10, 25, 60, 150, 299] where place < count {
                for match in ["TPP", "Prime Minister", "prime  \n minister", "tpp\u{7}x", "Minister"] {
                    Self.check(Self.placed(&rng, words: count, matchAt: place, match: match), parsed)
                    Self.check(Self.placed(&rng, words: count, matchAt: count - 1 - place, match: match), parsed)
                }
            }
        }
    }

    /// Long runs of whitespace shrink a stretch when flattened: the cut then reaches its start
    /// or the whole stretch fits, and the answer must come from the whole paragraph.
    @Test func whitespaceHeavyParagraphsAreTakenWhole() throws {
        let parsed = try ["tpp", "\"prime minister\"", "x"].map { try SearchQuery.parse($0) }
        let gap = String(repeating: " ", count: 12)
        for before in [0, 3, 9, 20, 60] {
            for after in [0, 5, 30, 90] {
                let words = Array(repeating: "ab", count: before) + ["TPP", "prime", "minister"] + Array(repeating: "cd", count: after)
                Self.check(words.joined(separator: gap), parsed)
                Self.check(words.joined(separator: "\n\t \n"), parsed)
            }
        }
    }

    @Test func onlyPlainAsciiTakesTheWindow() throws {
        let phrases = try SearchQuery.parse("tpp").positivePhrases
        for (text, taken) in [("Talks on the TPP.", true), ("Talks in Asunción on the TPP.", false), ("", true)] {
            var text = text
            #expect((text.withUTF8 { SnippetText.snippet(ofASCII: $0, phrases, width: 40) } != nil) == taken, "\(text)")
        }
        // A phrase that starts with a non-ASCII word is never windowed.
        var text = "Talks with Wang Yi"
        let cjk = try SearchQuery.parse("王毅").positivePhrases
        #expect(text.withUTF8 { SnippetText.snippet(ofASCII: $0, cjk, width: 40) } == nil)
    }

    @Test func nonAsciiParagraphsAreRuledOutOnlyWhenNothingCanMatch() throws {
        let tpp = try SearchQuery.parse("tpp")
        #expect(!tpp.mayHighlight("Talks in Asunción with Erdoğan and 王毅."))
        #expect(tpp.mayHighlight("Talks in Asunción on the ｔｐｐ."))  // fullwidth letters fold to ASCII
        #expect(tpp.mayHighlight("Talks on the t\u{301}pp."))  // a mark is invisible inside a term
        #expect(tpp.mayHighlight("Talks on the ţpp."))  // folds to "tpp"
        #expect(try SearchQuery.parse("asuncion").mayHighlight("Talks in Asunción."))
        #expect(try !SearchQuery.parse("peru").mayHighlight("Talks in Asunción."))
        // Random paragraphs of every kind: whatever is ruled out has no highlight.
        var rng = SplitMix64(seed: 3)
        let parsed = try SnippetEquivalenceTests.queries.map { try SearchQuery.parse($0) }
        var ruledOut = 0
        for _ in 0..<1_500 {
            let raw = SnippetEquivalenceTests.paragraph(&rng, words: Int(rng.next() % 30))
            let flat = SnippetReference.flatten(raw)
            for query in parsed where !query.mayHighlight(raw) {
                ruledOut += 1
                #expect(SnippetReference.highlights(query, in: flat).isEmpty, "\(query.text) in \(raw.debugDescription)")
            }
        }
        #expect(ruledOut > 1_000)
    }
}
