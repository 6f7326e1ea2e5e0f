/// Family names of Japan's prime ministers, foreign ministers and chief cabinet secretaries since
/// 2000, and of state ministers who often stand in for them. Only a hint for telling which side of
/// a sentence is Japan's when its titles do not say (`The President of Peru, Dr. Alan García, …
/// held a meeting with Mr. Naoto Kan`); a name never becomes a principal because it is listed.
enum JapanesePrincipals {
    static func isKnown(_ family: String) -> Bool { names.contains(family) }

    /// `isKnown(t.string(w))`, without making the `String`.
    static func isKnown(exactly w: Range<Int>, _ t: RecordText) -> Bool { names.contains(w, t) }

    /// Whether the word at `w` is a known family name, written as such or in capitals
    /// (`KISHIDA`).
    static func isKnown(_ w: Range<Int>, _ t: RecordText) -> Bool {
        guard w.count >= 3, w.count <= 9, t.startsUpper(w.lowerBound, end: w.upperBound) else { return false }
        return names.contains(w, t) || t.isAllCaps(w) && names.contains(Principals.titleCase(t.string(w)))
    }

    private static let names = WordSet([
        // Prime ministers
        "Mori", "Koizumi", "Abe", "Fukuda", "Aso", "Hatoyama", "Kan", "Noda", "Suga", "Kishida", "Ishiba", "Takaichi",
        // Foreign ministers
        "Kono", "Tanaka", "Kawaguchi", "Machimura", "Komura", "Koumura", "Nakasone", "Okada", "Maehara", "Matsumoto",
        "Gemba", "Motegi", "Hayashi", "Kamikawa", "Iwaya",
        // Chief cabinet secretaries
        "Hosoda", "Shiozaki", "Kawamura", "Hirano", "Sengoku", "Edano", "Fujimura", "Kato", "Matsuno", "Kihara",
    ])
}
