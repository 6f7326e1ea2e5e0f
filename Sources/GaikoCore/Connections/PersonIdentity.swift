/// The rule that decides whether two principals are one person. It compares names as sets of
/// folded words (case and accents ignored, `Al-Thani` = `Al Thani`), never by reordering text,
/// because Japan's side is written given name first and counterparts as the record writes
/// them (`ABE Shinzo`, `Martín Alberto VIZCARRA Cornejo`). `docs/connections.md` states it for
/// readers; in short:
///
/// 1. Only principals of the same side and country are compared (Japan's side is `Japan`).
/// 2. The same set of words is the same person (`Shinzo Abe` = `ABE Shinzo`).
/// 3. A shorter name joins a longer one when it is one of the family names the records give
///    that name, alone or after the longer name's first word (`Abe` → `Shinzo Abe`, `Stephen Harper` → `Stephen Joseph
///    Harper`), and only when exactly one person fits: with `Taro Kono` and `Yohei Kono` both
///    present, a bare `Kono` stays apart. `Salman … Al-Saud` is no short form of `Mohammed bin
///    Salman … Al-Saud`, since its extra word is not the first.
/// 4. Anything else is two people.
public enum PersonIdentity {
    /// A principal's name reduced to what the rule compares.
    struct Form: Hashable {
        /// Folded words, sorted and without repeats.
        var words: [String]
        /// The first folded word as written, or nil when the name has none.
        var firstWord: String?
    }

    /// Words that address rather than name someone; the parser drops most, these slip through.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "h", "e", "he", "hon", "sheikh", "shaikh"]

    /// The folded words of `text` in order, honorifics dropped.
    static func words(_ text: String) -> [String] {
        Folding.terms(of: text).map { String(decoding: $0, as: UTF8.self) }.filter { !honorifics.contains($0) }
    }

    static func form(name: String) -> Form {
        let ordered = words(name)
        return Form(words: Array(Set(ordered)).sorted(), firstWord: ordered.first)
    }

    /// Whether `short` may name the person whose fuller name is `long` (rule 3): its words are
    /// one of the family names the records of `long` give (`families`, each folded), alone or
    /// after `long`'s first word. Each family name is taken whole, never pooled with the others:
    /// a record that calls the Crown Prince `Salman bin Abdulaziz` and another that calls him
    /// `Al-Saud` must not together make King `Salman Bin Abdulaziz Al-Saud` a short form of him.
    static func isShortForm(_ short: [String], of long: Form, families: [Set<String>]) -> Bool {
        guard short.count < long.words.count, !short.isEmpty else { return false }
        for word in short where binarySearch(long.words, word) == nil { return false }
        var words = Set(short)
        if families.contains(words) { return true }
        guard let first = long.firstWord, words.remove(first) != nil, !words.isEmpty else { return false }
        return families.contains(words)
    }

    static func binarySearch(_ sorted: [String], _ word: String) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == word ? low : nil
    }
}
