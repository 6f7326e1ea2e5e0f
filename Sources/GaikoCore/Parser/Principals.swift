/// People as the meeting sentence names them: `Mr. Taro Kono, Minister for Foreign Affairs`,
/// `Ms. KAMIKAWA Yoko`, `H.E.Mr. Ollanta Humala`, `Prime Minister Shinzo Abe`,
/// `His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan`,
/// `the Prime Minister of Japan, Mr. Naoto Kan`, `Republic of Chile President Ricardo Lagos Escobar`,
/// `the Hon Julie Bishop, MP, Minister for Foreign Affairs of the Commonwealth of Australia`.
///
/// A counterpart's name is kept as written: honorifics go, the words stay in their order and case
/// (`Martín Alberto VIZCARRA Cornejo`, `Retno L.P. Marsudi`, `Ferdinand R. Marcos, Jr.`).
enum Principals {
    /// One person taken apart.
    struct Person {
        var hadHonorific = false
        /// Title words written before the name (`Prime Minister` in `Prime Minister Shinzo Abe`),
        /// or a whole title clause before it (`the President of the Republic of Peru, Dr. Alan García`).
        var titleBefore: Range<Int>?
        var nameWords: [Range<Int>] = []
        /// A suffix written after a comma that belongs to the name (`, Jr.`).
        var suffix: Range<Int>?
        /// The title after the name, cut where the title ends.
        var titleAfter: Range<Int>?
        /// What follows the name inside its clause (`of the Republic of Chile`).
        var rest: Range<Int>?
        /// Where the person's phrase (name and title) ends.
        var end: Int = 0
        /// `his Indian counterpart` before the name.
        var counterpartWords: Range<Int>?
        /// The known country `titleAfter` names, found while reading it.
        var titleCountry: String?
        /// Written family name first, then a comma and the given names (`Lavrov, Sergey Viktorovich`).
        var familyFirst = false

        var title: Range<Int>? { titleAfter ?? titleBefore }
        var isEmpty: Bool { nameWords.isEmpty }
    }

    /// Honorifics, longest first where one begins another. Dropped wherever they stand before a name.
    static let honorifics: [StaticString] = [
        "His Royal Highness Prince", "Her Royal Highness Princess", "His Royal Highness", "Her Royal Highness",
        "His Imperial Highness", "Her Imperial Highness", "His Majesty", "Her Majesty", "His Highness", "Her Highness",
        "His Holiness", "Archbishop",
        "His Excellency", "Her Excellency", "Samdech Akka Moha Sena Padei Techo", "Samdech Moha Borvor Thipadei",
        "Samdech", "the H.E.", "The Most Honourable", "the Most Honourable", "The Most Honorable", "the Most Honorable",
        "Honourable", "Honorable", "The Rt Hon.", "the Rt Hon.", "Rt Hon.", "The Right Honourable", "the Right Honourable", "The Right Honorable", "the Right Honorable", "The Rt. Hon.", "the Rt. Hon.", "The Rt Hon",
        "the Rt Hon", "Rt. Hon.", "Rt Hon", "The Rt. Hon", "the Rt. Hon", "Rt. Hon", "The Honourable", "the Honourable", "The Honorable", "the Honorable",
        "The Hon.", "the Hon.", "The Hon", "the Hon", "Hon.", "Senator", "Sen.", "H.E.", "H. E.", "H.E", "HE",
        "H.M.", "H.R.H.", "H.H.", "H. H.", "H.E.Mr.", "H.E.Ms.", "Mrs.", "Mr.", "Ms.", "Mrs", "Mr", "Ms", "Dr.", "Dr", "Prof.", "Professor",
        "Amb.", "Ambassador", "Rev.", "Sir", "Dame", "Dato’Seri Diraja", "Dato'Seri Diraja", "Dato’ Seri Diraja",
        "Dato' Seri Diraja", "Dato’Seri", "Dato'Seri", "Dato’ Sri", "Dato' Sri", "Dato’ Seri", "Dato' Seri",
        "Datuk Seri", "Tan Sri", "Dato Seri Setia", "Dato Seri", "Dato’", "Dato'", "Datuk", "Tun", "Dasho", "U", "Daw", "Excellency",
        "Right Honorable", "Right Honourable", "Lt. Gen. (res.)", "Lt. Gen.",
        "Maj. Gen.", "Brig. Gen.", "Gen.", "Adm.", "Col.", "Capt.",
    ]

    /// Words that can open a title.
    static let titleOpeners = WordSet([
        "Prime", "Minister", "President", "Vice", "Vice-President", "Vice-Minister", "Deputy", "Foreign", "Secretary",
        "State", "Chancellor", "Premier", "King", "Queen", "Emperor", "Sultan", "Emir", "Amir", "Crown", "Chief",
        "Senior", "Parliamentary", "Governor", "Governor-General", "Chairman", "Chairperson", "Chair", "Federal",
        "Acting", "Interim", "Supreme", "Speaker", "Special", "Executive", "Head", "Director-General", "Director",
        "Secretary-General", "Defense", "Defence", "First", "Grand", "Cabinet", "Commissioner", "High", "Mayor",
        "Minister-President", "Taoiseach", "Assistant", "Under-Secretary", "Undersecretary", "Vice-Chairman",
        "General", "Lieutenant", "Leader", "Co-Chair", "Representative", "Envoy", "Permanent", "Ambassador",
        "Prince", "Princess", "Counsellor", "Councillor", "Chairwoman", "Captain", "Custodian", "Commander-in-Chief",
        "Lyonchhen", "Rear", "Admiral", "Commodore", "Colonel", "Field", "President-elect", "Tánaiste",
        "Chargé", "Charge", "Senator", "Pope",
    ])

    /// Offices that are `… to` a country.
    static let envoys = WordSet(["Ambassador", "Envoy", "Representative"])

    /// Title openers as a few records write them, in lower case.
    static let lowerCaseTitleOpeners = WordSet(["minister", "president", "prime", "foreign", "secretary", "vice", "deputy"])

    /// Words a title written before a name may hold.
    private static let titleWords = WordSet(titleOpeners.strings.union([
        "for", "and", "of", "Affairs", "Relations", "External", "Trade", "Economy", "Finance", "Duke", "Europe",
        "Minister’s", "Minister's", "Office", "Council", "Cabinet", "Ministry", "Commission", "Two", "Holy",
        "Mosques", "Defence", "Services", "Admiral", "Retired", "(Retired)", "Rear", "Commonwealth", "Development",
        "Overseas", "International", "Cooperation", "Interior", "Home", "Justice", "Industry", "Integration",
        "Worship", "Emigrants", "Expatriates", "Diaspora", "Councils", "Ministers", "European", "Union",
    ]))

    /// Title words that make a clause a title wherever they stand in its first words.
    static let titleNouns = WordSet([
        "Minister", "President", "Secretary", "Chancellor", "Premier", "King", "Queen", "Emperor", "Sultan",
        "Emir", "Amir", "Prince", "Princess", "Governor", "Chairman", "Chairperson", "Speaker", "Ambassador",
        "Director-General", "Secretary-General", "Commissioner", "Mayor", "Taoiseach", "Leader", "Head",
        "Vice-Minister", "Vice-President", "Counsellor", "Representative", "Envoy", "Chair", "Director",
        "Commander-in-Chief", "Custodian", "Chargé", "Charge", "Senator", "Pope",
    ])

    /// Lower-case words inside names: `Lula da Silva`, `van der Leyen`, `bin Salman`.
    private static let particles = WordSet([
        "da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la",
        "le", "bin", "binti", "bint", "al", "el", "y", "ibn", "ter", "e", "zu", "af", "ben", "abu",
    ])

    /// Letters after a name that are not part of it: `Julie Bishop MP`.
    private static let postNominals = WordSet(["MP", "QC", "KC", "AO", "AC", "CBE", "OBE", "KBE", "GCMG", "MHA", "MLA", "TD", "MEP",
                                               "M.P.", "P.C.", "PC", "Q.C.", "K.C.", "M.P", "T.D."])

    /// Name suffixes written after a comma: `Ferdinand R. Marcos, Jr.`.
    private static let nameSuffixes = WordSet(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])

    /// Words that end a title: what follows is about the meeting, not the office.
    static let titleStops = WordSet([
        "who", "whom", "which", "commencing", "beginning", "starting", "during", "at", "from", "over",
        "following", "while", "when", "after", "before", "held", "had", "met", "paid", "via", "by",
        "on", "for", "to", "in", "as", "with", "and", "together", "accompanied", "visiting", "attending",
        "since", "until", "about", "approximately", "where", "that", "today", "yesterday", "tonight",
        "currently", "presently", "upon",
    ])

    /// The honorifics by their first byte: a phrase is compared only with those that can match.
    private static let honorificsByFirstByte: [[StaticString]] = {
        var table = [[StaticString]](repeating: [], count: 256)
        for h in honorifics { table[Int(h.utf8Start[0])].append(h) }
        return table
    }()

    /// Which first two bytes an honorific can open with: one bit for each pair (every second
    /// byte for a one-byte honorific). Most words (`Minister`, `Yohei`) open none, and are
    /// turned down without going through the honorifics that share their first byte.
    private static let honorificOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 256 * 4)
        for h in honorifics {
            let first = Int(h.utf8Start[0])
            if h.utf8CodeUnitCount < 2 {
                for k in 0..<4 { bits[first * 4 + k] = ~0 }
            } else {
                let second = Int(h.utf8Start[1])
                bits[first * 4 + second >> 6] |= UInt64(1) << UInt64(second & 63)
            }
        }
        return bits
    }()

    /// Whether an honorific can open with the bytes `first`, `second` (`second` 0 at the end).
    static func mayOpenHonorific(_ first: UInt8, _ second: UInt8) -> Bool {
        honorificOpenings[Int(first) * 4 + Int(second >> 6)] & (UInt64(1) << UInt64(second & 63)) != 0
    }

    /// Honorifics dropped from the front of `r`, and whether there were any.
    static func dropHonorifics(_ r: Range<Int>, _ t: RecordText) -> (Range<Int>, Bool) {
        var lo = r.lowerBound
        var found = false
        var again = true
        while again {
            again = false
            lo = t.trimmed(lo..<r.upperBound).lowerBound
            guard lo < r.upperBound else { break }
            // The second byte rules out most of the honorifics that share a first one.
            let second = lo + 1 < r.upperBound ? t[lo + 1] : 0
            guard mayOpenHonorific(t[lo], second) else { break }
            // (`U`, Myanmar's honorific, has one byte.)
            for h in honorificsByFirstByte[Int(t[lo])] where (h.utf8CodeUnitCount < 2 || h.utf8Start[1] == second) && t.matches(h, at: lo, end: r.upperBound) {
                let e = lo + h.utf8CodeUnitCount
                let dotted = h.withUTF8Buffer { $0.last == UInt8(ascii: ".") }
                if e == r.upperBound || t.spaceLength(at: e, end: r.upperBound) > 0 || dotted && t.startsUpper(e, end: r.upperBound) {
                    // `Ambassador` and `Senator` are titles when a title follows (`Ambassador to Japan`).
                    if h.utf8Start[0] == UInt8(ascii: "A") || h.utf8Start[0] == UInt8(ascii: "S"), !dotted {
                        let next = t.trimmed(e..<r.upperBound)
                        if !t.startsUpper(next.lowerBound, end: next.upperBound) && !t.starts(next, with: "the ") { continue }
                    }
                    lo = e
                    found = true
                    again = true
                    break
                }
            }
        }
        return (lo..<r.upperBound, found)
    }

    /// Whether `w` can be a word of a name: it starts with a capital (`Abdullah`, `II`, `L.P.`,
    /// `VIZCARRA`, `Sebasti?n` with its mojibake).
    private static func isNameWord(_ w: Range<Int>, _ t: RecordText) -> Bool {
        t.startsUpper(w.lowerBound, end: w.upperBound)
    }

    /// Whether `r` opens with an honorific or a title word: where a person starts.
    static func opensWithHonorificOrTitle(_ r: Range<Int>, _ t: RecordText) -> Bool {
        let (body, honorific) = dropHonorifics(r, t)
        if honorific { return true }
        guard let first = t.firstWord(body) else { return false }
        return titleOpeners.contains(first, t)
    }

    /// `al-Maliki`, `el-Sisi`, `bin-Zayed`: a lower-case article joined to a name by a hyphen.
    private static func isJoinedToArticle(_ w: Range<Int>, _ t: RecordText) -> Bool {
        guard let hyphen = t.firstIndex(of: UInt8(ascii: "-"), in: w), hyphen - w.lowerBound <= 3, hyphen + 1 < w.upperBound,
              particles.contains(w.lowerBound..<hyphen, t) else { return false }
        return t.startsUpper(hyphen + 1, end: w.upperBound)
    }

    /// The person phrase at the start of `r`, which runs to the end of the sentence or the
    /// counterpart part of it. Reads `[title clause,] [honorifics] [title words] name [, suffix]
    /// [, title]`.
    static func person(_ r: Range<Int>, _ t: RecordText) -> Person {
        var p = Person()
        var clauses = Sentences.clauses(r, t, limit: 8)
        // The first clause without its honorifics, while it is `clauses[0]`: the name's reading
        // below asks the same again (twice for most people, a tenth of reading one).
        var firstDropped: (Range<Int>, Bool)?
        // `The Hon, Kamla Persad-Bissessar`: an honorific set off by a comma.
        if clauses.count > 1, let first = clauses.first {
            let dropped = dropHonorifics(first, t)
            if dropped.0.isEmpty {
                clauses.removeFirst()
                p.hadHonorific = true
            } else {
                firstDropped = dropped
            }
        }
        // `his Indian counterpart, Mr. Pranab Mukherjee`: the name follows.
        if clauses.count > 1, let first = clauses.first, t.starts(first, with: "his ") || t.starts(first, with: "her ") || t.starts(first, with: "their "),
           t.ends(first, with: "counterpart") {
            p.counterpartWords = first
            clauses.removeFirst()
            firstDropped = nil
        } else if let first = clauses.first, t.starts(first, with: "his ") || t.starts(first, with: "her "),
                  let at = t.find(" counterpart ", in: first), at - first.lowerBound < 40 {
            // `his Chinese counterpart Mr. Li Zhaoxing`: no comma before the name.
            p.counterpartWords = first.lowerBound..<at + 12
            clauses[0] = t.trimmed(at + 13..<first.upperBound)
            firstDropped = nil
        }
        guard !clauses.isEmpty else { return p }
        var k = 0
        // `the President of the Republic of Peru, Dr. Alan García`: the title comes first.
        if clauses.count > 1 {
            var first = clauses[0]
            if t.starts(first, with: "the ") || t.starts(first, with: "The ") { first = t.trimmed(first.lowerBound + 4..<first.upperBound) }
            // `the visiting Secretary of State …, Rt. Hon. Mr. William Hague`
            if t.starts(first, with: "visiting ") { first = t.trimmed(first.lowerBound + 9..<first.upperBound) }
            // (The next clause is read only after a title: most first clauses are a name.)
            if isTitle(first, t), case let (next, honorific) = dropHonorifics(clauses[1], t),
               honorific || !isTitle(next, t), t.startsUpper(next.lowerBound, end: next.upperBound),
               dropHonorifics(first, t).1 == false, nameEnd(first, t) == nil {
                p.titleBefore = first
                k = 1
            }
        }
        var (body, honorific) = k == 0 ? firstDropped ?? dropHonorifics(clauses[0], t) : dropHonorifics(clauses[k], t)
        // `Minister of Foreign Affairs and Trade of the Republic of Korea (ROK) Mr. Kim Sung-hwan`:
        // the title first, then the honorific and the name.
        if !honorific, p.titleBefore == nil, isTitle(body, t) {
            var first: Int?
            for h: StaticString in [" Mr. ", " Ms. ", " Mrs. ", " H.E. ", " H. E. ", " Dr. "] {
                if let at = t.find(h, in: body), first == nil || at < first! { first = at }
            }
            // Only a title before it: no name of its own (`Prime Minister Dato' Sri Mohd Najib …`)
            // and no aside (`… (in attendance from the Malaysian side: H.E. …`).
            if let at = first, case let title = t.trimmed(body.lowerBound..<at), nameEnd(title, t) == nil,
               t.firstIndex(of: UInt8(ascii: ":"), in: title) == nil,
               case let (rest, found) = dropHonorifics(at + 1..<body.upperBound, t), found, t.startsUpper(rest.lowerBound, end: rest.upperBound) {
                p.titleBefore = title
                body = rest
                honorific = true
            }
        }
        p.hadHonorific = p.hadHonorific || honorific
        var words = t.words(body)
        var n = 0
        // Title words before the name: `Prime Minister Shinzo Abe`, `Republic of Chile President Ricardo Lagos`.
        if let opener = preTitleEnd(words, t) {
            if p.titleBefore == nil { p.titleBefore = words[0].lowerBound..<words[opener - 1].upperBound }
            n = opener
            // `Prime Minister Dato' Sri Mohd Najib`: honorifics after the title.
            let (rest, more) = dropHonorifics(words[n].lowerBound..<body.upperBound, t)
            if more {
                words = Array(words[..<n]) + t.words(rest)
            }
        }
        let nameStart = n
        while n < words.count {
            let w = words[n]
            if isNameWord(w, t) {
                n += 1
            } else if n > nameStart, isJoinedToArticle(w, t) {
                n += 1
            } else if n > nameStart, particles.contains(w, t) {
                // `de la Fuente`, `bin Salman`: particles, then a name word.
                var m = n
                while m < words.count, particles.contains(words[m], t) { m += 1 }
                guard m < words.count, m - n <= 3, isNameWord(words[m], t) else { break }
                n = m
            } else {
                break
            }
        }
        var nameEndIndex = n
        // `Julie Bishop MP`
        while nameEndIndex - nameStart > 2, postNominals.contains(words[nameEndIndex - 1], t) { nameEndIndex -= 1 }
        // A name cannot end with a particle (`… of`).
        while nameEndIndex > nameStart, particles.contains(words[nameEndIndex - 1], t) { nameEndIndex -= 1 }
        p.nameWords = Array(words[nameStart..<nameEndIndex])
        p.end = p.nameWords.last?.upperBound ?? body.lowerBound
        if n < words.count {
            let rest = words[n].lowerBound..<body.upperBound
            // `Yoon Suk Yeol (윤석열)`: the name in its own script is not a rest to read.
            if !(t.starts(rest, with: "(") && t.ends(rest, with: ")")) { p.rest = rest }
            p.end = body.upperBound
        }
        var next = k + 1
        // `Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs of …`: a family name, a
        // comma, the given names, then the title (as a list of names is written).
        if p.rest == nil, p.titleBefore == nil, p.nameWords.count == 1, next + 1 < clauses.count,
           Countries.named(p.nameWords[0], t) == nil,
           areGivenNames(clauses[next], t), isTitle(clauses[next + 1], t) {
            p.nameWords += t.words(clauses[next])
            p.familyFirst = true
            p.end = clauses[next].upperBound
            next += 1
        }
        // `…, Jr.` and `…, MP,` belong with the name, not the title.
        while next < clauses.count {
            if nameSuffixes.contains(clauses[next], t) {
                p.suffix = clauses[next]
                p.end = clauses[next].upperBound
                next += 1
            } else if postNominals.contains(clauses[next], t) {
                p.end = clauses[next].upperBound
                next += 1
            } else {
                break
            }
        }
        // A title after the name, when the name's clause ends with it.
        if p.rest == nil, next < clauses.count {
            let clause = clauses[next]
            var start = clause.lowerBound
            if t.starts(clause, with: "the ") { start += 4 }
            let candidate = start..<clause.upperBound
            if isTitle(candidate, t) {
                var title = cutTitle(candidate, t)
                var stopped = title.upperBound < candidate.upperBound
                p.end = title.upperBound
                // `Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic`
                var j = next + 1
                var country = Countries.inTitle(title, t)
                while !stopped, country == nil, j < clauses.count {
                    // `State Minister of Foreign Affairs, the Federal Democratic Republic of Ethiopia`;
                    // `Minister for Foreign Affairs, International Business, Trade and Energy of the
                    // Commonwealth of Dominica`: up to two more offices, whole, before the country.
                    var matched: (end: Int, cut: Range<Int>, country: String)?
                    var e = j
                    while e < clauses.count, e < j + 3 {
                        let more = clauses[e]
                        // `Secretary of State for Foreign, Commonwealth, and Development Affairs of …`
                        guard t.startsUpper(more.lowerBound, end: more.upperBound) || t.starts(more, with: "the ")
                                || t.starts(more, with: "and ") && t.startsUpper(more.lowerBound + 4, end: more.upperBound),
                              !isTimeOrDate(more, t) else { break }
                        let cut = cutTitle(more, t)
                        // `Federal Minister for Foreign Affairs, Germany`: the country alone.
                        if let found = Countries.inTitle(cut, t) ?? Countries.named(cut, t) {
                            matched = (e, cut, found)
                            break
                        }
                        guard cut.upperBound == more.upperBound, t.hasWords(more, atMost: 6) else { break }
                        e += 1
                    }
                    guard let matched else { break }
                    country = matched.country
                    title = title.lowerBound..<matched.cut.upperBound
                    stopped = matched.cut.upperBound < clauses[matched.end].upperBound
                    p.end = matched.cut.upperBound
                    j = matched.end + 1
                }
                p.titleAfter = title
                p.titleCountry = country
            }
        } else if let rest = p.rest, t.starts(rest, with: "of "), p.titleBefore != nil {
            // `President Gabriel Boric Font of Chile`: the country is in `rest`.
            p.end = cutTitle(rest, t).upperBound
        }
        return p
    }

    /// Where title words before a name stop, when the phrase opens with a title and a name
    /// follows: the index of the first name word.
    private static func preTitleEnd(_ words: [Range<Int>], _ t: RecordText) -> Int? {
        guard var first = words.first else { return nil }
        var k = 0
        // `His Majesty the King Felipe VI`
        if t.equals(first, "the"), words.count > 2, titleOpeners.contains(words[1], t) {
            k = 1
            first = words[1]
        }
        // `Republic of Chile President Ricardo Lagos Escobar`, `Republic of Korea (ROK) Minister of
        // Foreign Affairs and Trade Kim Sung-hwan`, `Indian Foreign Minister Pranab Mukherjee`:
        // a country before the title.
        if k == 0, Countries.adjectives[first, t] != nil, words.count > 1, titleOpeners.contains(words[1], t) {
            k = 1
        } else if k == 0, !titleOpeners.contains(first, t) {
            // (The first word opens no title, so it is no title noun either.)
            var j = 1
            while j < words.count, j < 8, !titleNouns.contains(words[j], t) { j += 1 }
            guard j > 0, j < words.count, titleNouns.contains(words[j], t) else { return nil }
            let country = words[0..<j].map(t.string).filter { !$0.hasPrefix("(") }.joined(separator: " ")
            guard Countries.known.contains(Countries.shortName(Substring(country))) else { return nil }
            k = j
        }
        while k < words.count, titleWords.contains(words[k], t) {
            // `President of Russia Dmitry Medvedev`: a country inside the title words.
            if t.equals(words[k], "of") || t.equals(words[k], "the") {
                var j = k + 1
                while j < words.count, j - k <= 6 {
                    let phrase = Countries.fromTitle("President of " + t.string(words[k + 1].lowerBound..<words[j].upperBound)) ?? ""
                    if Countries.known.contains(phrase), j + 1 < words.count, isNameWord(words[j + 1], t),
                       !titleWords.contains(words[j + 1], t) {
                        k = j
                        break
                    }
                    j += 1
                }
            }
            k += 1
            // `Custodian of the Two Holy Mosques`
            if k + 1 < words.count, t.equals(words[k], "the"), t.equals(words[k - 1], "of"),
               titleWords.contains(words[k + 1], t) {
                k += 1
            }
        }
        // `for`/`and`/`of` belong inside a title, never at its end.
        while k > 0, t.matches("for", at: words[k - 1].lowerBound, end: words[k - 1].upperBound) && words[k - 1].count == 3
                || t.matches("and", at: words[k - 1].lowerBound, end: words[k - 1].upperBound) && words[k - 1].count == 3
                || t.matches("of", at: words[k - 1].lowerBound, end: words[k - 1].upperBound) && words[k - 1].count == 2 {
            k -= 1
        }
        // A title alone (`Prime Minister`) is not a person; nor is `Minister Gemba`'s title
        // allowed to swallow a name made of title words.
        guard k > 0, k < words.count, isNameWord(words[k], t) else { return nil }
        // `Chancellor of the Federal Republic of Germany`: the rest of a country's name, not a person.
        if k >= 2, t.equals(words[k - 1], "Federal") || t.equals(words[k - 2], "the"), countryNameWords.contains(words[k], t) { return nil }
        return k
    }

    private static let countryNameWords = WordSet([
        "Republic", "Kingdom", "Federation", "Union", "Commonwealth", "States", "Emirates", "Islands", "Sultanate",
    ])

    /// `r` up to where the title ends: before a word about the meeting (`commencing`, `who`,
    /// `during`), a parenthesis or a time.
    static func cutTitle(_ r: Range<Int>, _ t: RecordText) -> Range<Int> {
        // Word by word, the next two read only where a stop word asks about them: most titles
        // end at their first stop or parenthesis, and an array of every word cost more than the rest.
        guard let first = t.firstWord(r) else { return t.trimmed(r) }
        var end = r.upperBound
        var previous = first
        var word = t.nextWord(after: first, in: r)
        while let w = word {
            defer { previous = w }
            let next = t.nextWord(after: w, in: r)
            word = next
            if t[w.lowerBound] == UInt8(ascii: "(") || Bytes.isDigit(t[w.lowerBound]) {
                end = previous.upperBound
                break
            }
            guard titleStops.contains(w, t) else { continue }
            // `Secretary for Relations with States`, `Minister for Relations with Parliament`:
            // an office named for whom it deals with.
            if t.equals(previous, "Relations"), t.equals(w, "with"), let nextWord = next,
               t.startsUpper(nextWord.lowerBound, end: nextWord.upperBound) || t.equals(nextWord, "the") {
                continue
            }
            // Compared by bytes: no other spelling of these ASCII words is the same `String`.
            let isFor = t.equals(w, "for"), isAnd = t.equals(w, "and"), isTo = t.equals(w, "to"), isIn = t.equals(w, "in")
            // `Minister for Foreign Affairs`, `Minister in charge of`, `Ambassador to Japan`,
            // `Vice President and Minister of …`: these words stay when a title word follows.
            if isFor || isAnd || isTo || isIn || t.equals(w, "on") {
                if let nextWord = next {
                    if isFor || isAnd, t.startsUpper(nextWord.lowerBound, end: nextWord.upperBound),
                       !DateText.isMonthName(nextWord, t), !t.equals(nextWord, "Japan") || isFor {
                        continue
                    }
                    if isIn, t.equals(nextWord, "charge") { continue }
                    let after = t.equals(nextWord, "the") ? t.nextWord(after: nextWord, in: r) : nil
                    // `Permanent State Secretary in the Ministry for Foreign Affairs of Finland`
                    if isIn, let after, t.equals(after, "Ministry") { continue }
                    // `Foreign Minister for the Democratic Socialist Republic of Sri Lanka`,
                    // `Prime Minister of Samoa and the Chair of the Pacific Islands Forum`.
                    if isFor || isAnd, let after {
                        if isFor && t.startsUpper(after.lowerBound, end: after.upperBound) && !DateText.isMonthName(after, t)
                            || isAnd && titleNouns.contains(after, t) {
                            continue
                        }
                    }
                    if isTo, t.equals(nextWord, "Japan") || t.equals(nextWord, "the"), envoys.contains(previous, t) { continue }
                    // `Ambassador of the Republic of Lithuania to Japan`
                    if isTo, t.equals(nextWord, "Japan"), envoys.contains(first, t) { continue }
                }
            }
            end = previous.upperBound
            break
        }
        return t.trimmed(r.lowerBound..<end)
    }

    private static func isTimeOrDate(_ r: Range<Int>, _ t: RecordText) -> Bool {
        guard let first = t.firstWord(r) else { return true }
        return DateText.isMonthName(first, t) || Bytes.isDigit(t[first.lowerBound])
    }

    /// Where a clause's own name ends, if it holds one after its title words.
    private static func nameEnd(_ r: Range<Int>, _ t: RecordText) -> Int? {
        let words = t.words(r)
        guard let k = preTitleEnd(words, t) else { return nil }
        return words[k].upperBound
    }

    /// Whether a clause is a title (`Prime Minister of Japan`, `Minister for Foreign Affairs`,
    /// `Vice President and Minister of Foreign Affairs of Colombia`).
    static func isTitle(_ r: Range<Int>, _ t: RecordText) -> Bool {
        // The first four words are all that is asked about.
        let head = r.lowerBound..<min(r.upperBound, r.lowerBound + 80)
        guard let first = t.firstWord(head) else { return false }
        // `minister of Foreign Affairs of the ROK`, as some records write it. (The lower-case
        // openers start in lower case, so a capital needs no look-up there.)
        guard t.startsUpper(first.lowerBound, end: first.upperBound) else { return lowerCaseTitleOpeners.contains(first, t) }
        if titleOpeners.contains(first, t) { return true }
        // Every title noun opens a title (`titleNounsOpenTitles`): the first word is asked once.
        var word = t.nextWord(after: first, in: head)
        var k = 1
        while let w = word, k < 4 {
            if titleNouns.contains(w, t) { return true }
            word = t.nextWord(after: w, in: head)
            k += 1
        }
        return false
    }

    /// The name as a reader writes it, given name first, for Japan's principal (`KAMIKAWA Yoko`
    /// → `Yoko Kamikawa`), and the family name the record calls them by afterwards.
    static func japaneseName(_ words: [Range<Int>], _ t: RecordText) -> (name: String, family: String) {
        guard words.contains(where: { t.isAllCaps($0) }) else { return japaneseNameAsWritten(words, t) }
        let caps = words.filter { t.isAllCaps($0) }
        if caps.count < words.count {
            let given = words.filter { !t.isAllCaps($0) }.map(t.string)
            let family = caps.map { titleCase(t.string($0)) }.joined(separator: " ")
            return ((given + [family]).joined(separator: " "), family)
        }
        let written = words.map { titleCase(t.string($0)) }
        // `Machimura Nobutaka`: family name first, not in capitals; a known family name says so.
        if written.count == 2, JapanesePrincipals.isKnown(written[0]), !JapanesePrincipals.isKnown(written[1]) {
            return (written[1] + " " + written[0], written[0])
        }
        return (written.joined(separator: " "), written.last ?? "")
    }

    /// `japaneseName` for a name with no word in capitals: the words as written. The strings
    /// are made from the ranges (a name's words stand one space apart, so the whole name is one
    /// copy) and the known names asked by bytes: a `String` a word and `Set` hashing cost more
    /// than the rest of reading Japan's principal.
    static func japaneseNameAsWritten(_ words: [Range<Int>], _ t: RecordText) -> (name: String, family: String) {
        guard let first = words.first, let last = words.last else { return ("", "") }
        // `Machimura Nobutaka`: family name first, not in capitals; a known family name says so.
        if words.count == 2, JapanesePrincipals.isKnown(exactly: words[0], t), !JapanesePrincipals.isKnown(exactly: words[1], t) {
            let family = t.string(words[0])
            return (t.string(words[1]) + " " + family, family)
        }
        var oneSpaceApart = true
        for k in words.indices.dropFirst() where words[k].lowerBound != words[k - 1].upperBound + 1 || t[words[k - 1].upperBound] != 0x20 {
            oneSpaceApart = false
            break
        }
        let name = oneSpaceApart ? t.string(first.lowerBound..<last.upperBound) : words.map(t.string).joined(separator: " ")
        return (name, words.count == 1 ? name : t.string(last))
    }

    /// The counterpart's name exactly as written, and the family name the record uses for them
    /// afterwards (`President Kuczynski`, `Minister González-Olaechea`), looked for in `later`.
    static func writtenName(_ p: Person, _ t: RecordText, later: Range<Int>) -> (name: String, family: String) {
        let words = p.nameWords
        let name = nameAsWritten(p, t)
        if words.count == 1 || p.familyFirst { return (name, t.string(words[0])) }
        if let family = familyName(words, t, later: later) { return (name, family) }
        // No later mention of a later word: capitals mark the family name (`Celinda SOSA Lunda`), else the last word.
        let caps = words.filter { t.isAllCaps($0) && $0.count > 2 }
        if !caps.isEmpty, caps.count < words.count {
            return (name, caps.map { titleCase(t.string($0)) }.joined(separator: " "))
        }
        // The first word, when the text calls them by it afterwards: a family name written
        // first (`Li Keqiang` then `Premier Li`, `Moon Jae-in` then `President Moon`) or the
        // name a person goes by (`Prayut Chan-o-cha` then `Prime Minister Prayut`).
        if t.startsUpper(words[0].lowerBound, end: words[0].upperBound), !t.equals(words[0], "Sheikh"),
           !t.equals(words[0], "Haji"), !t.equals(words[0], "Alhaji"), Countries.named(words[0], t) == nil,
           mentions(words[0], t, in: later) > 0 {
            return (name, t.string(words[0]))
        }
        // `King Felipe VI`: a regnal number is not what anyone is called by.
        if let last = words.last, isRegnalNumber(last, t) { return (name, t.string(words[words.count - 2])) }
        return (name, t.string(words.last!))
    }

    /// The name's words as written, with its suffix (`Ferdinand R. Marcos, Jr.`).
    static func nameAsWritten(_ p: Person, _ t: RecordText) -> String {
        var name = t.string(p.nameWords.first!.lowerBound..<p.nameWords.last!.upperBound)
        if let suffix = p.suffix { name += ", " + t.string(suffix) }
        return name
    }

    /// One to three capitalised words that are neither a title, a suffix nor a country.
    private static func areGivenNames(_ clause: Range<Int>, _ t: RecordText) -> Bool {
        let words = t.words(clause)
        guard (1...3).contains(words.count), !nameSuffixes.contains(clause, t), !postNominals.contains(clause, t),
              !dropHonorifics(clause, t).1, Countries.named(clause, t) == nil else { return false }
        return words.allSatisfy { w in
            t.startsUpper(w.lowerBound, end: w.upperBound) && !titleOpeners.contains(w, t) && !titleNouns.contains(w, t)
                && !w.contains { Bytes.isDigit(t[$0]) || t[$0] == UInt8(ascii: "(") }
        }
    }

    /// `II`, `VI`, `XVI`: the number after a monarch's name.
    static func isRegnalNumber(_ w: Range<Int>, _ t: RecordText) -> Bool {
        w.count <= 5 && w.allSatisfy { t[$0] == UInt8(ascii: "I") || t[$0] == UInt8(ascii: "V") || t[$0] == UInt8(ascii: "X") }
    }

    /// Of the name's runs of words after the first, the one the text uses most afterwards;
    /// longer wins a tie. Capitals compare without case (`VIZCARRA` → `President Vizcarra`).
    private static func familyName(_ words: [Range<Int>], _ t: RecordText, later: Range<Int>) -> String? {
        var best: (count: Int, length: Int, text: String)?
        for i in 1..<words.count {
            for j in i..<min(words.count, i + 3) {
                let candidate = words[i].lowerBound..<words[j].upperBound
                if isRegnalNumber(words[j], t), i == j { continue }
                let anyCaps = words[i...j].contains { t.isAllCaps($0) }
                // Without capitals the bytes are searched as they are, and a run never mentioned
                // is never made a `String`.
                let count: Int
                let text: String
                if anyCaps {
                    text = t.string(candidate).split(separator: " ").map { word in
                        word.allSatisfy({ !$0.isLowercase }) ? titleCase(String(word)) : String(word)
                    }.joined(separator: " ")
                    count = mentions(text, t, in: later)
                } else {
                    count = mentions(candidate, t, in: later)
                    guard count > 0 else { continue }
                    text = t.string(candidate)
                }
                guard count > 0 else { continue }
                if best == nil || count > best!.count || count == best!.count && j - i + 1 > best!.length {
                    best = (count, j - i + 1, text)
                }
            }
        }
        return best?.text
    }

    /// How often `word` occurs in `r` as a whole word.
    static func mentions(_ word: String, _ t: RecordText, in r: Range<Int>) -> Int {
        var copy = word
        return copy.withUTF8 { needle in
            var count = 0
            var from = r.lowerBound
            while from < r.upperBound, let hit = t.find(needle, in: from..<r.upperBound) {
                if wholeWord(hit, hit + needle.count, t) { count += 1 }
                from = hit + needle.count
            }
            return count
        }
    }

    /// How often the bytes of `needle` occur in `r` as whole words.
    static func mentions(_ needle: Range<Int>, _ t: RecordText, in r: Range<Int>) -> Int {
        var count = 0
        var from = r.lowerBound
        while from < r.upperBound, let hit = t.find(bytesAt: needle, in: from..<r.upperBound) {
            let end = hit + needle.count
            if wholeWord(hit, end, t) { count += 1 }
            from = end
        }
        return count
    }

    private static func wholeWord(_ hit: Int, _ end: Int, _ t: RecordText) -> Bool {
        let before = hit == 0 ? 0x20 : t[hit - 1]
        let after = end >= t.count ? 0x20 : t[end]
        // Letters (and the tails of accented letters) glue on; quotes and no-break spaces do not.
        let okBefore = before < 0x80 ? !Bytes.isAlnum(before) && before != UInt8(ascii: "-")
            : before == 0x9C || before == 0x98 || before == 0xA0
        let okAfter = after < 0x80 ? !Bytes.isAlnum(after) && after != UInt8(ascii: "-") : after == 0xE2 || after == 0xC2
        return okBefore && okAfter
    }

    /// `GONZÁLEZ-OLAECHEA` → `González-Olaechea`.
    static func titleCase(_ word: String) -> String {
        // ASCII, the common case, byte by byte: `Character` case mapping cost thousands of
        // instructions a word, and gives the same letters for ASCII.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var atStart = true
            let bytes = word.utf8.map { b -> UInt8 in
                defer { atStart = b == UInt8(ascii: "-") }
                return atStart ? (Bytes.isLower(b) ? b - 0x20 : b) : Bytes.lower(b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return word.split(separator: "-", omittingEmptySubsequences: false)
            .map { part in part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            .joined(separator: "-")
    }
}
