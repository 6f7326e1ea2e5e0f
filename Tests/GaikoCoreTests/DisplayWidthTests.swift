import GaikoCore
import Testing

@Suite struct DisplayWidthTests {
    /// Strings that take the scalar-by-scalar shortcut, strings that must fall back to clusters,
    /// and strings that mix the two, with a cluster boundary question at each join.
    static let samples: [String] = [
        "", "Abe – Kuczynski", "Kamikawa – González-Olaechea", "“quoted” ‘words’…", "Ñandú · 12°",
        "soft\u{AD}hyphen", "C1\u{85}control", "DEL\u{7F}", "line\r\nbreak", "tab\there",
        "e\u{301}", "González\u{301}", "–\u{200D}x", "‐\u{FE0F}", "日本 – ペルー", "Abe – 安倍",
        "👍🏽 ok", "🇯🇵🇵🇪", "⌚\u{FE0F}", "é\u{20DD}", "Ǆ\u{2028}x", "a\u{200B}b", "ᄀ\u{1161}\u{11A8}",
    ]

    @Test(arguments: samples)
    func aStringIsAsWideAsItsClusters(text: String) {
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        #expect(DisplayWidth.of(text[...]) == DisplayWidth.of(text))
    }

    @Test func namesWithDashesAndAccentsAreMeasuredInColumns() {
        #expect(DisplayWidth.of("Kamikawa – González-Olaechea") == 28)
        #expect(DisplayWidth.of("Abe – 安倍") == 10)
        #expect(DisplayWidth.of("e\u{301}…") == 2)
    }
}
