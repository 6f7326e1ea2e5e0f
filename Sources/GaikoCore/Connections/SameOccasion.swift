/// Whether two meetings were held at one occasion: the same APEC week, the same TICAD. Records
/// of one event name it differently (`APEC (Asia-Pacific Economic Cooperation) Ministerial
/// Meeting` for the foreign ministers, `APEC Economic Leaders' Meeting` for the leaders), so
/// occasions are compared by their distinctive words: folded, without what stands in
/// parentheses and without the words any gathering uses (`meeting`, `summit`, `ministerial`…).
/// Two occasions are one when one's words are all in the other's and the dates are at most
/// `window` days apart.
public enum SameOccasion {
    public static let window = 5

    static let generic: Set<String> = [
        "the", "of", "and", "on", "at", "in", "for", "to", "a", "an", "s",
        "meeting", "meetings", "summit", "summits", "ministerial", "ministers", "minister", "foreign",
        "leaders", "leader", "economic", "conference", "session", "sessions", "related", "week",
        "high", "level", "talks", "plenary", "opening", "ceremony",
    ]

    /// The occasion's distinctive words, sorted; empty when it has none.
    public static func key(_ occasion: String) -> [String] {
        var text = ""
        var depth = 0
        for c in occasion {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { text.append(c) }
        }
        let words = Folding.terms(of: text).map { String(decoding: $0, as: UTF8.self) }
        return Array(Set(words.filter { !generic.contains($0) })).sorted()
    }

    /// Whether every word of the shorter key is in the longer one.
    static func matches(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        let set = Set(long)
        return short.allSatisfy(set.contains)
    }
}
