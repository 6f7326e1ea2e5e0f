import Foundation
import GaikoSynth
@testable import GaikoCore
import Testing

/// Snippets made through `SnippetText` equal the `Character`-by-`Character` reference
/// (`SnippetReference`) on made-up paragraphs full of edge cases and on every real record.
@Suite struct SnippetEquivalenceTests {
    /// Words and separators a paragraph is drawn from: ASCII, accented and CJK text the fast
    /// path takes, and what must send a paragraph down the `Character` path (combining marks,
    /// emoji sequences, CR LF, jamo) or be cleaned (controls, bidi overrides, invisibles).
    static let pieces = [
        "the", "Prime", "Minister", "TPP", "tpp-11", "Tppx", "of", "Japan", "Japan's", "Japan’s", "Asunción", "ASUNCION",
        "Erdoğan", "Türkiye", "Peña", "Çavuşoğlu", "François", "Straße", "İstanbul", "ǅemal", "x²", "½", "ｔｐｐ", "ﬁnance",
        "王毅", "李克强", "박진", "ソウル", "が", "e\u{301}", "Cafe\u{301}", "👨‍👩‍👧", "❤️", "🇯🇵", "\u{1100}\u{1161}",
        "\u{1B}[2J", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}", "\u{200B}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{AD}",
        "co\u{AD}operation", "\u{2028}", "“quoted”", "—", "…", "(", ")", ",", ".", "2017", "11", "©", "Ω", "Москва",
        String(repeating: "a", count: 70), String(repeating: "ü", count: 40) + "tpp", "north", "korea", "North Korea",
    ]
    static let separators = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{3000}", "\u{2003}", "", "-", "\u{1C}"]

    static func paragraph(_ rng: inout SplitMix64, words: Int) -> String {
        var text = rng.next() % 5 == 0 ? separators[Int(rng.next() % UInt64(separators.count))] : ""
        for _ in 0..<words {
            text += pieces[Int(rng.next() % UInt64(pieces.count))]
            text += separators[Int(rng.next() % UInt64(separators.count))]
        }
        return text
    }

    static let queries = [
        "tpp", "t", "prime minister", "\"prime minister\"", "\"north korea\"", "\"north k", "asunción", "asuncion", "erdogan",
        "türkiye", "turk", "王", "王毅", "박", "e", "cafe", "x2", "2", "fi", "finance", "strasse", "stra", "istanbul", "i",
        "cooperation", "co", "japan s", "\"japan s\"", "minister OR tpp", "tpp -peru", "kind:summit", "with:abe tpp",
        "moskva", "москва", String(repeating: "a", count: 70), "ω", "dzemal", "ǆ",
    ]
    static let widths = [1, 2, 5, 10, 33, 76, 160]

    @Test func madeUpParagraphsGiveTheReferenceSnippet() throws {
        var rng = SplitMix64(seed: 42)
        let parsed = try Self.queries.map { try SearchQuery.parse($0) }
        for round in 0..<60 {
            let meeting = Meeting(
                id: "m\(round)", source: "x", title: Self.paragraph(&rng, words: 4), date: nil, kind: .other,
                lead: (0..<Int(rng.next() % 4)).map { _ in Self.paragraph(&rng, words: Int(rng.next() % 60)) })
            for query in parsed {
                for width in Self.widths {
                    let expected = SnippetReference.snippet(query, of: meeting, width: width)
                    let got = query.snippet(of: meeting, width: width)
                    #expect(got == expected, "\(query.text) at \(width) in \(meeting.lead.debugDescription)")
                    if got != expected { return }
                }
            }
        }
    }

    @Test func flatteningAndHighlightsMatchTheCharacterPath() throws {
        var rng = SplitMix64(seed: 7)
        let parsed = try Self.queries.map { try SearchQuery.parse($0) }
        var fast = 0
        for _ in 0..<2_000 {
            let raw = Self.paragraph(&rng, words: Int(rng.next() % 30))
            guard let text = SnippetText(flattening: raw) else { continue }
            fast += 1
            let flat = SnippetReference.flatten(raw)
            #expect(text.string(0..<text.scalars.count) == flat, "\(raw.debugDescription)")
            // The point of the fast path: a scalar is a Character.
            #expect(text.scalars.count == flat.count, "\(raw.debugDescription)")
            for query in parsed {
                #expect(text.highlights(query.positivePhrases) == SnippetReference.highlights(query, in: flat),
                        "\(query.text) in \(raw.debugDescription)")
            }
        }
        // Most made-up paragraphs hold something for the Character path; enough do not.
        #expect(fast > 100)
    }

    @Test func whatMayJoinANeighbourTakesTheCharacterPath() {
        for text in ["Cafe\u{301}", "❤️", "👨‍👩‍👧", "🇯🇵", "\u{1100}\u{1161}", "が\u{3099}", "a\u{200D}b", "x\u{FE0F}"] {
            #expect(SnippetText(flattening: "Talks on \(text).") == nil, "\(text.debugDescription)")
        }
        for text in ["Asunción", "Erdoğan", "王毅", "박진", "Japan’s", "ｔｐｐ", "evil \u{1B}[2J", "\u{85}\u{9B}\u{202E}"] {
            #expect(SnippetText(flattening: "Talks on \(text).") != nil, "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["dev", "collected"])
    func realRecordsGiveTheReferenceSnippet(set: String) throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/real-records/\(set)", withExtension: nil))
        let corpus = try CorpusLoader.load(paths: [folder.path])
        let meetings = corpus.meetings + CorpusLoader.bundled().meetings
        #expect(meetings.count > 20)
        for text in ["tpp", "minister", "m", "\"prime minister\"", "asunción", "erdogan", "türkiye", "王毅", "박진", "peña",
                     "kind:summit", "japan's", "cooperation OR economy", "ministers", "\"foreign minister\" kim", "inácio lula"] {
            let query = try SearchQuery.parse(text)
            for meeting in meetings {
                for width in [20, 76, 160] {
                    #expect(query.snippet(of: meeting, width: width) == SnippetReference.snippet(query, of: meeting, width: width),
                            "\(text) in \(meeting.source) at \(width)")
                }
            }
        }
    }
}
