/// Country names: the short name a reader uses (`the Socialist Republic of Viet Nam` → `Viet Nam`),
/// found in a title (`… of the Republic of Peru`) or a pair heading (`Japan-Peru Relations`).
enum Countries {
    /// Long or abbreviated forms whose short name is not what is left after `… of`.
    static let aliases = WordMap([
        "United States of America": "United States", "U.S.": "United States", "US": "United States",
        "USA": "United States", "U.S.A.": "United States",
        "United Kingdom of Great Britain and Northern Ireland": "United Kingdom", "U.K.": "United Kingdom",
        "UK": "United Kingdom", "Republic of Korea": "Republic of Korea", "ROK": "Republic of Korea",
        "Korea": "Republic of Korea", "Democratic People's Republic of Korea": "North Korea",
        "Democratic People’s Republic of Korea": "North Korea", "DPRK": "North Korea", "DRC": "Democratic Republic of the Congo",
        "Russian Federation": "Russia", "Argentine Republic": "Argentina", "United Mexican States": "Mexico",
        "Lao People's Democratic Republic": "Laos", "Lao People’s Democratic Republic": "Laos", "Lao PDR": "Laos",
        "Kyrgyz Republic": "Kyrgyz Republic", "Slovak Republic": "Slovakia", "Czech Republic": "Czechia",
        "Hellenic Republic": "Greece", "Swiss Confederation": "Switzerland", "Holy See": "Holy See",
        "Republic of China": "Taiwan", "Viet Nam": "Viet Nam", "Vietnam": "Viet Nam", "UAE": "United Arab Emirates",
        "Türkiye": "Türkiye", "Turkey": "Türkiye", "Republic of Türkiye": "Türkiye",
        "Kingdom of the Netherlands": "Netherlands", "Kingdom of Saudi Arabia": "Saudi Arabia",
        "People's Republic of China": "China", "People’s Republic of China": "China", "PRC": "China",
        "Republic of the Philippines": "Philippines", "Union of Myanmar": "Myanmar",
        "Republic of the Union of Myanmar": "Myanmar", "Brunei Darussalam": "Brunei", "Swaziland": "Eswatini",
        "Ivory Coast": "Côte d'Ivoire", "Cape Verde": "Cabo Verde", "Burma": "Myanmar",
        "Republic of Moldova": "Moldova", "Syrian Arab Republic": "Syria", "State of Palestine": "Palestine",
        "Islamic Republic of Iran": "Iran", "Islamic Republic of Afghanistan": "Afghanistan",
        "Islamic Republic of Pakistan": "Pakistan", "Islamic Republic of Mauritania": "Mauritania",
        "Federated States of Micronesia": "Micronesia", "Timor Leste": "Timor-Leste", "East Timor": "Timor-Leste",
        "Kingdom of Cambodia": "Cambodia", "Kingdom of Thailand": "Thailand", "Kingdom of Bhutan": "Bhutan",
        "Kingdom of Tonga": "Tonga", "Kingdom of Bahrain": "Bahrain", "Kingdom of Morocco": "Morocco",
        "Kingdom of Spain": "Spain", "Kingdom of Sweden": "Sweden", "Kingdom of Norway": "Norway",
        "Kingdom of Denmark": "Denmark", "Kingdom of Belgium": "Belgium", "Kingdom of Lesotho": "Lesotho",
        "Hashemite Kingdom of Jordan": "Jordan", "Sultanate of Oman": "Oman", "State of Qatar": "Qatar",
        "State of Kuwait": "Kuwait", "State of Israel": "Israel", "Czech": "Czechia",
        "Italian Republic": "Italy", "French Republic": "France", "Portuguese Republic": "Portugal",
        "Lebanese Republic": "Lebanon", "Gabonese Republic": "Gabon", "Togolese Republic": "Togo",
        "Tunisian Republic": "Tunisia", "Algerian People's Democratic Republic": "Algeria", "South Korea": "Republic of Korea",
        "Federal Republic of Germany": "Germany", "Kingdom of Great Britain and Northern Ireland": "United Kingdom",
        // Names the ministry has since changed: its pages now file them under the new one.
        "Palestinian Authority": "Palestine", "Macedonia": "North Macedonia", "PNG": "Papua New Guinea",
        "Cote d'Ivoire": "Côte d'Ivoire", "Cote d’Ivoire": "Côte d'Ivoire", "Republic of Cote d'Ivoire": "Côte d'Ivoire",
        "Former Yugoslav Republic of Macedonia": "North Macedonia", "Republic of North Macedonia": "North Macedonia",
    ])

    /// Words that describe a state's form and come before `of` in its full name.
    private static let formWords: Set<String> = [
        "Republic", "Socialist", "Federal", "Democratic", "People's", "People’s", "Islamic", "Arab",
        "Kingdom", "State", "States", "Commonwealth", "Federative", "Plurinational", "Bolivarian",
        "Oriental", "Co-operative", "Cooperative", "United", "Principality", "Grand", "Duchy",
        "Sultanate", "Union", "Independent", "Hashemite", "Federation", "Democratic-Republic",
        "Confederation", "Emirate", "Territory",
    ]

    /// Words after `of` that name a portfolio, not a country (`Minister of Foreign Affairs of Chile`).
    private static let portfolioWords: Set<String> = [
        "Foreign", "External", "State", "Defense", "Defence", "Economy", "Trade", "Finance",
        "Europe", "International", "Affairs", "Relations", "Government",
    ]

    /// The short name of a country written in full, `the` and the state's form dropped.
    /// Trims and splits on UTF-8 bytes: it runs several times for every record, and `Character`
    /// operations here cost a tenth of all parsing.
    static func shortName(_ phrase: Substring) -> String {
        // The same trimming on the contiguous bytes, where there are some: stepping through the
        // view's indices cost more than the rest.
        let trimmed = phrase.utf8.withContiguousStorageIfAvailable { u -> (lo: Int, hi: Int, hasOf: Bool) in
            let (lo, hi) = trimmedBounds(0, u.count) { u[$0] }
            return (lo, hi, hasOfWord(UnsafeBufferPointer(rebasing: u[lo..<hi])))
        }
        if let trimmed {
            let u = phrase.utf8
            let p = phrase[u.index(u.startIndex, offsetBy: trimmed.lo)..<u.index(u.startIndex, offsetBy: trimmed.hi)]
            let whole = String(p)
            if let alias = aliases[whole] { return alias }
            guard trimmed.hasOf else { return whole }
            return shortName(taken: p, whole)
        }
        return shortNameFromView(phrase)
    }

    /// `lo..<hi` of a phrase (its bytes read by `byte`) without its leading spaces and `the `, and
    /// without the dots it ends with but those of `U.S.` and `U.K.`: the trimming both forms of
    /// `shortName` start with.
    @inline(__always)
    private static func trimmedBounds(_ lo: Int, _ hi: Int, _ byte: (Int) -> UInt8) -> (lo: Int, hi: Int) {
        var lo = lo, hi = hi
        while lo < hi, byte(lo) == 0x20 { lo += 1 }
        if hi - lo >= 4, byte(lo) == UInt8(ascii: "t") || byte(lo) == UInt8(ascii: "T"), byte(lo + 1) == UInt8(ascii: "h"),
           byte(lo + 2) == UInt8(ascii: "e"), byte(lo + 3) == 0x20 {
            lo += 4
        }
        func endsWith(_ a: UInt8) -> Bool {
            hi - lo >= 4 && byte(hi - 4) == UInt8(ascii: "U") && byte(hi - 3) == UInt8(ascii: ".") && byte(hi - 2) == a
                && byte(hi - 1) == UInt8(ascii: ".")
        }
        while hi > lo, byte(hi - 1) == UInt8(ascii: "."), !endsWith(UInt8(ascii: "S")), !endsWith(UInt8(ascii: "K")) { hi -= 1 }
        return (lo, hi)
    }

    /// `shortName` of a range of the record, read on its bytes: the same trimming, the same
    /// lookups (`WordMap` and `WordSet` answer as the dictionary and set of strings do), without a
    /// `String` for the phrase and each of its words. Places and pair headings ask it for nearly
    /// every record, and those strings were most of reading a place.
    static func shortName(_ r: Range<Int>, _ t: RecordText) -> String {
        let (lo, hi) = trimmedBounds(r.lowerBound, r.upperBound) { t[$0] }
        let p = lo..<hi
        if let alias = aliases[p, t] { return alias }
        guard hasOfWord(t.bytes[p]) else { return t.string(p) }
        // Split at ASCII spaces, as the `String` version splits: the words before the first `of`
        // must all be form words (`Federative Republic of …`), and a word must follow it.
        var i = lo
        var formWordsBefore = 0
        while i < hi {
            while i < hi, t[i] == 0x20 { i += 1 }
            guard i < hi else { break }
            var e = i
            while e < hi, t[e] != 0x20 { e += 1 }
            let word = i..<e
            if t.equals(word, "of") {
                var next = e
                while next < hi, t[next] == 0x20 { next += 1 }
                guard formWordsBefore > 0, next < hi else { break }
                return shortName(next..<hi, t)
            }
            guard formWordSet.contains(word, t) else { break }
            formWordsBefore += 1
            i = e
        }
        return t.string(p)
    }

    private static let formWordSet = WordSet(formWords)

    /// `shortName` of a phrase already trimmed, that holds an `of` word.
    private static func shortName(taken p: Substring, _ whole: String) -> String {
        let words = p.utf8.split(separator: 0x20)
        if let of = words.firstIndex(where: { $0.elementsEqual("of".utf8) }), of > 0, of + 1 < words.count,
           words[..<of].allSatisfy({ formWords.contains(String(Substring($0))) }) {
            return shortName(p[words[of + 1].startIndex...])
        }
        return whole
    }

    private static func shortNameFromView(_ phrase: Substring) -> String {
        let u = phrase.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 0x20 { lo = u.index(after: lo) }
        let afterThe = u.index(lo, offsetBy: 4, limitedBy: hi) ?? hi
        if u[lo..<afterThe].elementsEqual("the ".utf8) || u[lo..<afterThe].elementsEqual("The ".utf8) { lo = afterThe }
        while hi > lo, u[u.index(before: hi)] == UInt8(ascii: "."),
              !u[lo..<hi].reversed().starts(with: "U.S.".utf8.reversed()),
              !u[lo..<hi].reversed().starts(with: "U.K.".utf8.reversed()) {
            hi = u.index(before: hi)
        }
        let p = phrase[lo..<hi]
        let whole = String(p)
        if let alias = aliases[whole] { return alias }
        // A form word needs an `of` word after it, and that has a space on each side.
        guard hasOfWord(p.utf8) else { return whole }
        let words = p.utf8.split(separator: 0x20)
        if let of = words.firstIndex(where: { $0.elementsEqual("of".utf8) }), of > 0, of + 1 < words.count,
           words[..<of].allSatisfy({ formWords.contains(String(Substring($0))) }) {
            return shortName(p[words[of + 1].startIndex...])
        }
        return whole
    }

    private static func hasOfWord(_ u: some Sequence<UInt8>) -> Bool {
        var a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0
        for d in u {
            if d == 0x20, a == 0x20, b == 0x6F, c == 0x66 { return true }
            (a, b, c) = (b, c, d)
        }
        return false
    }

    /// The country in a title: `President of the Republic of Peru` → `Peru`,
    /// `Premier of the State Council of the People's Republic of China` → `China`,
    /// `Secretary of State of the United States` → `United States`. A known country after any
    /// `of` wins; else the last `of` that does not name a portfolio.
    static func fromTitle(_ title: String) -> String? {
        // `Ambassador Extraordinary and Plenipotentiary of the Kingdom of Spain to Japan`
        var title = title
        if title.hasSuffix(" to Japan"), title.utf8.count > 9 { title = String(title.dropLast(9)) }
        // Most titles name their country after an `of`; without one only an adjective can.
        var copy = title
        let hasOf = copy.withUTF8 { u -> Bool in
            guard u.count >= 4 else { return false }
            for i in 0...(u.count - 4) where u[i] == 0x20 && (u[i + 1] | 0x20) == 0x6F && u[i + 2] == 0x66 && u[i + 3] == 0x20 { return true }
            return false
        }
        if !hasOf {
            guard let space = title.firstIndex(of: " ") else { return nil }
            if let country = adjectives[String(title[..<space])] { return country }
            // `United States Senator`: a name of several words before the office.
            let words = title.split(separator: " ")
            for count in [3, 2] where words.count > count {
                let name = words[..<count].joined(separator: " ")
                if let alias = aliases[name] { return alias }
                if known.contains(name) { return name }
            }
            return nil
        }
        if let quick = afterLastOf(title) { return quick }
        let words = title.split(separator: " ")
        var fallback: String?
        for (k, word) in words.enumerated() where (word == "of" || word == "Of") && k + 1 < words.count {
            let next = words[k + 1]
            if portfolioWords.contains(String(next)) { continue }
            let name = shortName(title[next.startIndex...])
            if known.contains(name) { return name }
            if let first = name.unicodeScalars.first, first.properties.isUppercase { fallback = name }
        }
        // `Japanese Prime Minister`, `Peruvian Foreign Minister`.
        if let first = words.first, let country = adjectives[String(first)] { return country }
        return fallback
    }

    /// The common case, found without taking the title apart: what follows an `of` (the last
    /// first) is a known country or a known long form (`… of the Republic of Peru` → `Peru`,
    /// `… of the United Mexican States` → `Mexico`). Nil sends the title to the full reading.
    private static func afterLastOf(_ title: String) -> String? {
        let u = Array(title.utf8)
        var i = u.count - 4
        while i >= 0 {
            if u[i] == 0x20, u[i + 1] == 0x6F, u[i + 2] == 0x66, u[i + 3] == 0x20 {
                var start = i + 4
                if u.count - start > 4, u[start] == 0x74 || u[start] == 0x54, u[start + 1] == 0x68, u[start + 2] == 0x65, u[start + 3] == 0x20 {
                    start += 4
                }
                var end = u.count
                while end > start, u[end - 1] == 0x2E { end -= 1 }
                let candidate = String(decoding: u[start..<end], as: UTF8.self)
                if let alias = aliases[candidate] { return alias }
                // `… of the Democratic Republic of the Congo`: the last `of` names only half of it.
                if candidate == "Congo", i >= 19, u[(i - 19)..<i].elementsEqual("Democratic Republic".utf8) {
                    return "Democratic Republic of the Congo"
                }
                if known.contains(candidate) { return candidate }
            }
            i -= 1
        }
        return nil
    }

    /// The country a title range names, when it names a known one.
    static func inTitle(_ r: Range<Int>, _ t: RecordText) -> String? {
        // A name `afterLastOf` found in `known` is not asked about again.
        guard let (country, isKnown) = fromTitle(r, t), isKnown || known.contains(country) else { return nil }
        return country
    }

    /// `fromTitle` read from the record's bytes: the common cases without making the title a
    /// `String`, the rest as `fromTitle` reads them; and whether the name is known to be in `known`.
    private static func fromTitle(_ r: Range<Int>, _ t: RecordText) -> (String, known: Bool)? {
        // `Ambassador Extraordinary and Plenipotentiary of the Kingdom of Spain to Japan`
        var r = r
        if t.ends(r, with: " to Japan"), r.count > 9 { r = r.lowerBound..<r.upperBound - 9 }
        // `Character` and `String` comparisons can differ from bytes only outside plain NFC text
        // (the word tables answer as their strings do either way).
        guard t.isPlainNFC(r) else { return fromTitle(t.string(r)).map { ($0, false) } }
        var hasOf = false
        if r.count >= 4 {
            for i in r.lowerBound...(r.upperBound - 4) where t[i] == 0x20 && (t[i + 1] | 0x20) == 0x6F && t[i + 2] == 0x66 && t[i + 3] == 0x20 {
                hasOf = true
                break
            }
        }
        if !hasOf {
            guard let space = t.firstIndex(of: 0x20, in: r) else { return nil }
            if let country = adjectives[r.lowerBound..<space, t] { return (country, false) }
            // `U.S. President`, `ROK Foreign Minister`: a short name before the office.
            if let alias = aliases[r.lowerBound..<space, t] { return (alias, false) }
            // `United States Senator`: a name of several words before the office.
            let words = t.words(r)
            for count in [3, 2] where words.count > count {
                let name = words[0].lowerBound..<words[count - 1].upperBound
                if let alias = aliases[name, t] { return (alias, false) }
                if known.contains(name, t) { return (t.string(name), true) }
            }
            return nil
        }
        if let quick = afterLastOf(r, t) { return quick }
        return fromTitle(t.string(r)).map { ($0, false) }
    }

    /// `afterLastOf` on the record's bytes.
    private static func afterLastOf(_ r: Range<Int>, _ t: RecordText) -> (String, known: Bool)? {
        var i = r.upperBound - 4
        while i >= r.lowerBound {
            if t[i] == 0x20, t[i + 1] == 0x6F, t[i + 2] == 0x66, t[i + 3] == 0x20 {
                var start = i + 4
                if r.upperBound - start > 4, t[start] == 0x74 || t[start] == 0x54, t[start + 1] == 0x68, t[start + 2] == 0x65, t[start + 3] == 0x20 {
                    start += 4
                }
                var end = r.upperBound
                while end > start, t[end - 1] == 0x2E { end -= 1 }
                let candidate = start..<end
                if let alias = aliases[candidate, t] { return (alias, false) }
                // `… of the Democratic Republic of the Congo`: the last `of` names only half of it.
                if t.equals(candidate, "Congo"), i - 19 >= r.lowerBound, t.equals(i - 19..<i, "Democratic Republic") {
                    return ("Democratic Republic of the Congo", true)
                }
                if known.contains(candidate, t) { return (t.string(candidate), true) }
            }
            i -= 1
        }
        return nil
    }

    /// Adjectives that stand for a country before a title.
    static let adjectives = WordMap([
        "Japanese": "Japan", "Chinese": "China", "Korean": "Republic of Korea", "American": "United States",
        "British": "United Kingdom", "French": "France", "German": "Germany", "Italian": "Italy",
        "Russian": "Russia", "Indian": "India", "Australian": "Australia", "Canadian": "Canada",
        "Peruvian": "Peru", "Chilean": "Chile", "Brazilian": "Brazil", "Mexican": "Mexico",
        "U.S.": "United States", "US": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom",
        "ROK": "Republic of Korea", "Indonesian": "Indonesia", "Vietnamese": "Viet Nam", "Thai": "Thailand",
        "Philippine": "Philippines", "Malaysian": "Malaysia", "Singaporean": "Singapore", "Mongolian": "Mongolia",
        "Spanish": "Spain", "Turkish": "Türkiye", "Israeli": "Israel", "Egyptian": "Egypt", "Saudi": "Saudi Arabia",
        "Iranian": "Iran", "Pakistani": "Pakistan", "Ukrainian": "Ukraine", "Polish": "Poland",
        "Norwegian": "Norway", "Swedish": "Sweden", "Danish": "Denmark", "Finnish": "Finland", "Icelandic": "Iceland",
        "Dutch": "Netherlands", "Belgian": "Belgium", "Swiss": "Switzerland", "Austrian": "Austria",
        "Portuguese": "Portugal", "Greek": "Greece", "Irish": "Ireland", "Hungarian": "Hungary", "Czech": "Czechia",
        "Romanian": "Romania", "Bulgarian": "Bulgaria", "Serbian": "Serbia", "Croatian": "Croatia",
        "Argentine": "Argentina", "Colombian": "Colombia", "Cuban": "Cuba", "Kenyan": "Kenya", "Nigerian": "Nigeria",
        "Ghanaian": "Ghana", "Ethiopian": "Ethiopia", "Jordanian": "Jordan", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
        "Kuwaiti": "Kuwait", "Omani": "Oman", "Bahraini": "Bahrain", "Lao": "Laos", "Cambodian": "Cambodia",
        "Burmese": "Myanmar", "Bangladeshi": "Bangladesh", "Nepalese": "Nepal",
        "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Fijian": "Fiji",
        "Palestinian": "Palestine", "Iraqi": "Iraq", "Afghan": "Afghanistan", "Syrian": "Syria",
        "Lebanese": "Lebanon", "Moroccan": "Morocco", "Tunisian": "Tunisia", "Algerian": "Algeria",
        "Libyan": "Libya", "Sudanese": "Sudan", "Yemeni": "Yemen", "Tanzanian": "Tanzania",
        "Ugandan": "Uganda", "Rwandan": "Rwanda", "Zambian": "Zambia", "Angolan": "Angola",
        "Mozambican": "Mozambique", "Senegalese": "Senegal", "Malian": "Mali", "Ivorian": "Côte d'Ivoire",
        "Cameroonian": "Cameroon", "Zimbabwean": "Zimbabwe", "Namibian": "Namibia", "Ecuadorian": "Ecuador",
        "Venezuelan": "Venezuela", "Bolivian": "Bolivia", "Uruguayan": "Uruguay", "Paraguayan": "Paraguay",
        "Panamanian": "Panama", "Guatemalan": "Guatemala", "Honduran": "Honduras", "Salvadoran": "El Salvador",
        "Nicaraguan": "Nicaragua", "Jamaican": "Jamaica", "Haitian": "Haiti", "Maldivian": "Maldives",
        "Bhutanese": "Bhutan", "Tajik": "Tajikistan", "Kyrgyz": "Kyrgyz Republic", "Turkmen": "Turkmenistan",
        "Azerbaijani": "Azerbaijan", "Armenian": "Armenia", "Georgian": "Georgia", "Belarusian": "Belarus",
        "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia", "Slovak": "Slovakia",
        "Slovenian": "Slovenia", "Albanian": "Albania", "Macedonian": "North Macedonia", "Bosnian": "Bosnia and Herzegovina",
        "Montenegrin": "Montenegro", "Cypriot": "Cyprus", "Maltese": "Malta", "Samoan": "Samoa", "Tongan": "Tonga",
    ])

    /// The counterpart country in `Japan-Peru Summit Meeting`, `Japan–Viet Nam Relations`,
    /// `Japan-Republic of Korea Summit Meeting`, `Japan-Bosnia and Herzegovina Relations`.
    static func fromPair(_ r: Range<Int>, _ t: RecordText) -> String? {
        guard let at = t.find("Japan", in: r) else { return nil }
        var i = at + 5
        for dash: StaticString in ["-", "–", "—", " - ", " – "] where t.matches(dash, at: i, end: r.upperBound) {
            i += dash.utf8CodeUnitCount
            break
        }
        guard i > at + 5, t.startsUpper(i, end: r.upperBound) else { return nil }
        // The words taken are kept as their count, the first and where the last name word ends
        // (joiners closing the run are not part of the name): an array of them was allocated for
        // each line asked about.
        var firstTaken = 0..<0
        var count = 0
        var longestKnown: Int?
        var endOfLongest = 0
        // Where the name ends without the joiners closing it, and how many words that leaves.
        var endBeforeJoiners = 0, countBeforeJoiners = 0
        // Word by word: the loop stops at the first word that is not part of the name.
        let rest = i..<r.upperBound
        var next = t.firstWord(rest)
        while let word = next {
            next = t.nextWord(after: word, in: rest)
            if isJoiner(word, t) {
                if count == 0 { firstTaken = word }
                count += 1
                continue
            }
            if pairStopWords.contains(word, t) || t[word.lowerBound] == UInt8(ascii: "(") || t.starts(word, with: "Leaders")
                || t.starts(word, with: "Ministers") { break }
            guard t.startsUpper(word.lowerBound, end: word.upperBound) else { break }
            if count == 0 { firstTaken = word }
            count += 1
            endBeforeJoiners = word.upperBound
            countBeforeJoiners = count
            let phrase = firstTaken.lowerBound..<word.upperBound
            if known.contains(phrase, t) || aliases[phrase, t] != nil {
                longestKnown = count
                endOfLongest = word.upperBound
            }
            if count > 8 { break }
        }
        // (A known prefix ends with a name word, never a joiner.)
        if let n = longestKnown {
            count = n
            endBeforeJoiners = endOfLongest
            countBeforeJoiners = n
        }
        // `Japan-Norwegian Foreign Ministers’ Meeting`
        if longestKnown == nil, count == 1, let country = adjectives[firstTaken, t] { return country }
        // `Japan-Solomon Relations`, `Japan-Kyrgyz Foreign Ministers’ Meeting`: a name's first word.
        if longestKnown == nil, count == 1, let country = byFirstWord[t.string(firstTaken)] { return country }
        guard countBeforeJoiners > 0 else { return nil }
        let first = firstTaken, last = endBeforeJoiners
        // A three-way heading (`Japan-Australia-India-U.S.`) names no one counterpart.
        let name = shortName(first.lowerBound..<last, t)
        if name.utf8.contains(UInt8(ascii: "-")), !known.contains(name) {
            let head = String(name.split(separator: "-").first ?? "")
            return known.contains(head) ? nil : name
        }
        return name
    }

    /// `of`, `and`, `the`: inside a country's name (`Bosnia and Herzegovina`), never at its end.
    static func isJoiner(_ w: Range<Int>, _ t: RecordText) -> Bool {
        t.equals(w, "of") || t.equals(w, "and") || t.equals(w, "the")
    }

    static let pairStopWords = WordSet([
        "Summit", "Foreign", "Relations", "Telephone", "Meeting", "Meetings", "Talk", "Talks",
        "Ministerial", "Vice-Ministerial", "Video", "Teleconference", "Joint", "Economic", "Strategic",
        "Working", "Defense", "Defence", "Dialogue", "Consultation", "Consultations", "Policy",
        "High-Level", "Prime", "Vice", "Heads", "Bilateral", "Security", "Courtesy", "Dinner",
        "Luncheon", "Parliamentary", "Friendship", "Year", "Investment", "Agreement", "Exchange",
        "Leaders", "Summary", "Online", "Phone", "Video-Conference", "Dinner", "Lunch",
    ])

    /// Whether a place name is a country rather than a city.
    static func isCountry(_ phrase: Substring, counterpart: String?) -> Bool {
        if phrase.hasPrefix("the ") || phrase.hasPrefix("The ") { return true }
        let short = shortName(phrase)
        if short != String(phrase) { return true }
        if let counterpart, short == counterpart { return true }
        return known.contains(short)
    }

    /// `Germany`, `the Republic of Korea`: a range that is a country's name and nothing more.
    static func named(_ r: Range<Int>, _ t: RecordText) -> String? {
        let name = shortName(r, t)
        return known.contains(name) ? name : nil
    }

    /// The countries whose name has several words, by a first word no other country's name
    /// starts with (`Solomon` → `Solomon Islands`; `United` or `South` are left out), and that
    /// is not a word of other names too (`Republic`, `Central`).
    static let byFirstWord: [String: String] = {
        let common: Set<Substring> = ["Republic", "Democratic", "Federated", "Central", "Holy", "European"]
        var names: [Substring: [String]] = [:]
        for name in known.strings where name.contains(" ") {
            let first = name.prefix { $0 != " " }
            if !common.contains(first) { names[first, default: []].append(name) }
        }
        var byWord: [String: String] = [:]
        for (word, full) in names where full.count == 1 { byWord[String(word)] = full[0] }
        return byWord
    }()

    /// Country short names, for telling `visiting Chile` from `visiting Lima`.
    static let known = WordSet(
        """
        Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|\
        Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|\
        Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Brunei Darussalam|Bulgaria|Burkina Faso|\
        Burundi|Cabo Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|\
        Comoros|Congo|Costa Rica|Côte d'Ivoire|Côte d’Ivoire|Croatia|Cuba|Cyprus|Czechia|Denmark|\
        Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|\
        Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|\
        Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|\
        Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|\
        Kyrgyz Republic|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|\
        Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|\
        Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|\
        Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|\
        Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|\
        Qatar|Republic of Korea|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|\
        Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|\
        Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|\
        South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|\
        Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Türkiye|\
        Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|\
        Uzbekistan|Vanuatu|Venezuela|Viet Nam|Yemen|Zambia|Zimbabwe|Democratic Republic of the Congo|\
        Holy See|Kosovo|Cook Islands|Niue|Kyrgyzstan|Federated States of Micronesia|Czech Republic|\
        European Union|Bosnia-Herzegovina|Palestinian Authority
        """.split(separator: "|").map(String.init)
    )
}
