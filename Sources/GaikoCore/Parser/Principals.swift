/// People as the meeting sentence names them: `Mr. Taro Kono, Minister for Foreign Affairs`,
/// `Ms. KAMIKAWA Yoko`, `H.E.Mr. Ollanta Humala`, `Prime Minister Shinzo Abe`.
enum Principals {
    /// One person phrase taken apart.
    struct Phrase {
        var hadHonorific = false
        /// Title words written before the name (`Prime Minister` in `Prime Minister Shinzo Abe`).
        var title: Range<Int>?
        var nameWords: [Range<Int>] = []
        /// What follows the name inside the phrase (`of the Republic of Chile`).
        var rest: Range<Int>?
    }

    private static let honorifics: [StaticString] = [
        "H.E.", "H.E", "H.M.", "H.R.H.", "His Excellency", "Her Excellency", "His Majesty", "Her Majesty",
        "His Royal Highness", "Her Royal Highness", "The Honourable", "The Honorable", "Hon.", "Mrs.", "Mr.",
        "Ms.", "Mrs", "Mr", "Ms", "Dr.", "Dr", "Prof.", "Professor", "Sir", "Dame",
    ]

    /// Words that can open a title.
    static let titleOpeners: Set<String> = [
        "Prime", "Minister", "President", "Vice", "Vice-President", "Deputy", "Foreign", "Secretary", "State",
        "Chancellor", "Premier", "King", "Queen", "Emperor", "Sultan", "Emir", "Amir", "Crown", "Chief",
        "Senior", "Parliamentary", "Governor", "Chairman", "Chairperson", "Chair", "Federal", "Acting",
        "Interim", "Supreme", "Speaker", "Ambassador", "Special", "Executive", "Head", "Director-General",
        "Secretary-General", "Defense", "Defence", "First", "Grand", "Cabinet", "Commissioner", "High",
        "Mayor", "Minister-President", "Taoiseach",
    ]

    /// Words a title written before a name may hold.
    private static let titleWords: Set<String> = titleOpeners.union([
        "for", "and", "Affairs", "Relations", "External", "Trade", "Economy", "Finance", "General",
        "Prince", "Princess", "Duke", "Counsellor", "Councillor", "Leader", "Envoy", "Europe",
    ])

    /// Lower-case words inside names: `Lula da Silva`, `van der Leyen`.
    private static let particles: Set<String> = [
        "da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la",
        "le", "bin", "binti", "bint", "al", "el", "y", "ibn", "ter", "e",
    ]

    /// Honorifics dropped from the front of `r`, and whether there were any.
    static func dropHonorifics(_ r: Range<Int>, _ t: RecordText) -> (Range<Int>, Bool) {
        var lo = r.lowerBound
        var found = false
        var again = true
        while again {
            again = false
            lo = t.trimmed(lo..<r.upperBound).lowerBound
            for h in honorifics where t.matches(h, at: lo, end: r.upperBound) {
                let e = lo + h.utf8CodeUnitCount
                let dotted = h.withUTF8Buffer { $0.last == UInt8(ascii: ".") }
                if e == r.upperBound || t.spaceLength(at: e, end: r.upperBound) > 0 || dotted && t.startsUpper(e, end: r.upperBound) {
                    lo = e
                    found = true
                    again = true
                    break
                }
            }
        }
        return (lo..<r.upperBound, found)
    }

    /// Reads `[honorifics] [title words] name words [rest]`.
    static func phrase(_ r: Range<Int>, _ t: RecordText) -> Phrase {
        let (body, honorific) = dropHonorifics(r, t)
        var p = Phrase(hadHonorific: honorific)
        let words = t.words(body)
        var k = 0
        if let first = words.first, titleOpeners.contains(t.string(first)) {
            while k < words.count, titleWords.contains(t.string(words[k])) { k += 1 }
            // `for`/`and` belong inside a title, never at its end.
            while k > 0, ["for", "and"].contains(t.string(words[k - 1])) { k -= 1 }
            if k > 0 { p.title = words[0].lowerBound..<words[k - 1].upperBound }
        }
        var n = k
        while n < words.count {
            let w = words[n]
            if t.startsUpper(w.lowerBound, end: w.upperBound) {
                n += 1
            } else if n > k, n + 1 < words.count, particles.contains(t.string(w)),
                      t.startsUpper(words[n + 1].lowerBound, end: words[n + 1].upperBound) {
                n += 1
            } else {
                break
            }
        }
        p.nameWords = Array(words[k..<n])
        if n < words.count { p.rest = words[n].lowerBound..<body.upperBound }
        return p
    }

    /// Whether a clause is a title (`Prime Minister of Japan`, `Minister for Foreign Affairs`).
    static func isTitle(_ r: Range<Int>, _ t: RecordText) -> Bool {
        guard let first = t.words(r).first else { return false }
        return titleOpeners.contains(t.string(first))
    }

    /// The name as a reader writes it (given name first, a capitalised family name in title
    /// case) and the family name the record calls them by afterwards, looked for in `later`.
    static func names(_ words: [Range<Int>], _ t: RecordText, later: Range<Int>) -> (name: String, family: String) {
        let caps = words.filter { t.isAllCaps($0) }
        if !caps.isEmpty, caps.count < words.count {
            // `KAMIKAWA Yoko`: the capitals are the family name; it goes last.
            let given = words.filter { !t.isAllCaps($0) }.map(t.string)
            let family = caps.map { titleCase(t.string($0)) }.joined(separator: " ")
            return ((given + [family]).joined(separator: " "), family)
        }
        let written = words.map { caps.isEmpty ? t.string($0) : titleCase(t.string($0)) }
        let name = written.joined(separator: " ")
        guard words.count >= 3, caps.isEmpty else { return (name, written.last ?? name) }
        return (name, familyName(words, t, later: later) ?? written[written.count - 1])
    }

    /// Of the name's runs of words after the first, the one the text uses most afterwards
    /// (`President Kuczynski`, `Minister González-Olaechea`); longer wins a tie.
    private static func familyName(_ words: [Range<Int>], _ t: RecordText, later: Range<Int>) -> String? {
        var best: (count: Int, length: Int, range: Range<Int>)?
        for i in 1..<words.count {
            for j in i..<words.count {
                let candidate = words[i].lowerBound..<words[j].upperBound
                let count = mentions(candidate, t, in: later)
                guard count > 0 else { continue }
                if best == nil || count > best!.count || count == best!.count && j - i + 1 > best!.length {
                    best = (count, j - i + 1, candidate)
                }
            }
        }
        return best.map { t.string($0.range) }
    }

    /// How often the bytes of `needle` occur in `r` as whole words.
    static func mentions(_ needle: Range<Int>, _ t: RecordText, in r: Range<Int>) -> Int {
        var count = 0
        var from = r.lowerBound
        while from < r.upperBound, let hit = t.find(bytesAt: needle, in: from..<r.upperBound) {
            let end = hit + needle.count
            let before = hit == 0 ? 0x20 : t[hit - 1]
            let after = end >= t.count ? 0x20 : t[end]
            // Letters (and the tails of accented letters) glue on; quotes and no-break spaces do not.
            let okBefore = before < 0x80 ? !Bytes.isAlnum(before) && before != UInt8(ascii: "-")
                : before == 0x9C || before == 0x98 || before == 0xA0
            let okAfter = after < 0x80 ? !Bytes.isAlnum(after) && after != UInt8(ascii: "-") : after == 0xE2 || after == 0xC2
            if okBefore && okAfter { count += 1 }
            from = end
        }
        return count
    }

    /// `GONZÁLEZ-OLAECHEA` → `González-Olaechea`.
    static func titleCase(_ word: String) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false)
            .map { part in part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            .joined(separator: "-")
    }
}
