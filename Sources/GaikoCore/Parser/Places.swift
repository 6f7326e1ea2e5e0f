/// Where the meeting was held and on what occasion: `visiting Da Nang, the Socialist Republic of
/// Viet Nam, to attend the APEC (…) Ministerial Meeting`, `at the Presidential Palace`.
enum Places {
    struct Reading {
        var venue: String?
        var country: String?
        var occasion: String?
    }

    static func read(_ s: Range<Int>, _ t: RecordText, counterpartCountry: String?) -> Reading {
        // `Having arrived at Andrews Air Force Base …, Prime Minister Fukuda held a meeting … at the
        // White House`: where someone came from before the meeting is not where it was held.
        var s = s
        if t.starts(s, with: "Having "), let clause = Sentences.clauses(s, t).first, clause.upperBound < s.upperBound {
            s = clause.upperBound..<s.upperBound
        }
        var reading = Reading()
        var visitedCountry: String?
        if let v = visited(s, t) {
            let parts = visitedPlaces(v..<s.upperBound, t)
            if parts.count >= 2 {
                reading.venue = t.string(parts[0])
                reading.country = Countries.shortName(parts[1], t)
            } else if let only = parts.first {
                let name = Substring(t.string(only))
                if Countries.isCountry(name, counterpart: counterpartCountry) {
                    visitedCountry = Countries.shortName(name)
                    reading.country = visitedCountry
                    if let city = cityInParentheses(after: only.upperBound, s, t, counterpartCountry: counterpartCountry) {
                        reading.venue = t.string(city)
                    }
                } else {
                    reading.venue = String(name)
                }
            }
        }
        // A building is more precise than a country, a city more than a building.
        if reading.venue == nil, let city = city(in: s, t, counterpartCountry: counterpartCountry) {
            if Countries.isCountry(Substring(t.string(city.name)), counterpart: counterpartCountry) {
                if reading.country == nil { reading.country = Countries.shortName(city.name, t) }
            } else {
                reading.venue = t.string(city.name)
                if reading.country == nil, let country = city.country { reading.country = Countries.shortName(country, t) }
            }
        }
        if reading.venue == nil, let building = building(in: s, t) { reading.venue = building }
        if reading.country == nil, let venue = reading.venue, isInJapan(venue) { reading.country = "Japan" }
        // Only a country given: that is the place, as precisely as the record says.
        if reading.venue == nil, let country = reading.country { reading.venue = country }
        reading.occasion = occasion(in: s, t, strict: false)
        return reading
    }

    /// Where the place after `visiting`, `visit to`, `visits to` starts.
    private static func visited(_ s: Range<Int>, _ t: RecordText) -> Int? {
        // `the visiting Secretary of State`: a visitor, not a place visited.
        if let v = t.find("visiting ", in: s), !(v >= s.lowerBound + 4 && t.matches("the ", at: v - 4, end: s.upperBound)) { return v + 9 }
        if let v = t.find(" visited ", in: s), t.startsUpper(v + 9, end: s.upperBound) { return v + 9 }
        if let v = t.find("isit to ", in: s), v > s.lowerBound, t[v - 1] == UInt8(ascii: "v") || t[v - 1] == UInt8(ascii: "V") { return v + 8 }
        if let v = t.find("isits to ", in: s), v > s.lowerBound { return v + 9 }
        if let v = t.find("isit in ", in: s), v > s.lowerBound { return v + 8 }
        return nil
    }

    /// The places after `visiting`: a city and a country, or one of them. Stops at the purpose
    /// (`to attend …`) or at the next clause that does not name a place.
    private static func visitedPlaces(_ r: Range<Int>, _ t: RecordText) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        for clause in Sentences.clauses(r, t) {
            var c = clause
            var cut = false
            if let to = t.find(" to ", in: c) { c = c.lowerBound..<to; cut = true }
            if let forWord = t.find(" for ", in: c) { c = c.lowerBound..<forWord; cut = true }
            c = t.trimmed(c)
            let placeLike = t.startsUpper(c.lowerBound, end: c.upperBound) || t.starts(c, with: "the ")
            if c.isEmpty || !placeLike { break }
            // `Japan as an official guest (participants …`: the place ends at its first other word.
            if let run = capitalisedRun(t.starts(c, with: "the ") ? c.lowerBound + 4 : c.lowerBound, c.upperBound, t), run.upperBound < c.upperBound {
                c = c.lowerBound..<run.upperBound
                cut = true
            }
            parts.append(c)
            if cut || parts.count == 2 { break }
        }
        return parts
    }

    /// `at the Presidential Palace`: a capitalised place after `at` (an event is an occasion).
    private static func building(in s: Range<Int>, _ t: RecordText) -> String? {
        var from = s.lowerBound
        while let at = t.find(" at ", in: from..<s.upperBound) {
            from = at + 4
            var i = from
            // `at his Official Residence`
            for article: StaticString in ["the ", "his ", "her ", "their "] where t.matches(article, at: i, end: s.upperBound) {
                i += article.utf8CodeUnitCount
                break
            }
            guard let name = capitalisedRun(i, s.upperBound, t) else { continue }
            let text = t.string(name)
            if isEvent(text) { continue }
            return text
        }
        return nil
    }

    /// `in Lima` or `in Lima, Peru`.
    private static func city(in s: Range<Int>, _ t: RecordText, counterpartCountry: String?) -> (name: Range<Int>, country: Range<Int>?)? {
        var from = s.lowerBound
        var countryOnly: (name: Range<Int>, country: Range<Int>?)?
        while let at = t.find(" in ", in: from..<s.upperBound) {
            from = at + 4
            // `in the Kingdom of Spain where …`: a country's long name.
            var start = t.matches("the ", at: from, end: s.upperBound) && t.startsUpper(from + 4, end: s.upperBound) ? from + 4 : from
            // `in the city of Berlin`
            let inCity = t.matches("the city of ", at: from, end: s.upperBound)
            if inCity { start = from + 12 }
            guard let name = capitalisedRun(start, s.upperBound, t), !endsNamedThing(before: at, s, t) else { continue }
            let text = t.string(name)
            // `took part in Japan-UK Foreign Ministers' talks`: a pair names a meeting, not a place.
            if isEvent(text) || text.hasPrefix("Japan-") || text == "Japanese" || text == "English" || DateText.isMonthName(text)
                || DateText.isMonthName(String(text.split(separator: " ").first ?? "")) || text.hasPrefix("Charge") { continue }
            // `who is currently in Japan …, in Tokyo`: a country is kept only if no city follows.
            if Countries.isCountry(Substring(text), counterpart: counterpartCountry) {
                if let city = cityInParentheses(after: name.upperBound, s, t, counterpartCountry: counterpartCountry) {
                    return (city, name)
                }
                if countryOnly == nil { countryOnly = (name, nil) }
                continue
            }
            // After `the`, only a country: `in the Prime Minister's Office` is no city.
            if start != from, !inCity { continue }
            var country: Range<Int>?
            if t.matches(", ", at: name.upperBound, end: s.upperBound),
               let c = capitalisedRun(name.upperBound + 2, s.upperBound, t) {
                country = c
            }
            return (name, country)
        }
        return countryOnly
    }

    /// `in Ireland (the city of Dublin)`, `visited the Kingdom of Bahrain (Manama)`: the city
    /// in parentheses right after a country.
    private static func cityInParentheses(after i: Int, _ s: Range<Int>, _ t: RecordText, counterpartCountry: String?) -> Range<Int>? {
        guard t.matches(" (", at: i, end: s.upperBound) else { return nil }
        var start = i + 2
        if t.matches("the city of ", at: start, end: s.upperBound) { start += 12 }
        guard let name = capitalisedRun(start, s.upperBound, t), name.upperBound < s.upperBound,
              t[name.upperBound] == UInt8(ascii: ")") else { return nil }
        let text = t.string(name)
        // A city's name: not a country, an event, a building (`Prime Minister's Office`) or an
        // acronym (`EU`).
        if Countries.isCountry(Substring(text), counterpart: counterpartCountry) || isEvent(text) || DateText.isMonthName(text)
            || isBuilding(text) || t.isAllCaps(name) || text.contains("'") || text.contains("’") { return nil }
        return name
    }

    /// Whether the capitalised words before `i` name an agreement or an event, so that `in` is
    /// inside that name: `the Agreement on Cooperation in Science and Technology`, `the World
    /// Conference on Disaster Reduction in Tohoku`.
    private static func endsNamedThing(before i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        var e = i
        var words = 0
        while e > s.lowerBound, words < 10 {
            var b = e
            while b > s.lowerBound, t[b - 1] != UInt8(ascii: " ") { b -= 1 }
            let word = b..<e
            if namedThings.contains(word, t) { return true }
            guard t.startsUpper(b, end: e) || t.equals(word, "of") || t.equals(word, "on") || t.equals(word, "the")
                || t.equals(word, "and") || t.equals(word, "for") else { return false }
            words += 1
            e = b > s.lowerBound ? b - 1 : b
        }
        return false
    }

    private static let namedThings = WordSet([
        "Agreement", "Treaty", "Convention", "Conference", "Cooperation", "Programme", "Program", "Forum",
        "Committee", "Commission", "Partnership", "Protocol", "Memorandum", "Initiative", "Declaration",
    ])

    /// Capitalised words from `i` (with `of`, `the` and `’s` inside), up to the first other word.
    private static func capitalisedRun(_ i: Int, _ end: Int, _ t: RecordText) -> Range<Int>? {
        // `10 Downing Street`: a number opens a street address.
        if i < end, Bytes.isDigit(t[i]) {
            var j = i
            while j < end, Bytes.isDigit(t[j]) { j += 1 }
            guard j - i <= 4, j + 1 < end, t[j] == UInt8(ascii: " "), t.startsUpper(j + 1, end: end),
                  let rest = capitalisedRun(j + 1, end, t), t.find("Street", in: rest) != nil || t.find("Avenue", in: rest) != nil
            else { return nil }
            return i..<rest.upperBound
        }
        guard t.startsUpper(i, end: end) else { return nil }
        var last = i
        var j = i
        while j < end {
            var e = j
            while e < end, t[e] != UInt8(ascii: " "), t[e] != UInt8(ascii: ","), t[e] != UInt8(ascii: ";"),
                  t[e] != UInt8(ascii: "("), t[e] != UInt8(ascii: ")") { e += 1 }
            let word = j..<e
            // `United Nations (UN) Headquarters`: an acronym in parentheses inside the name.
            if t[j] == UInt8(ascii: "("), let close = t.firstIndex(of: UInt8(ascii: ")"), in: j..<min(end, j + 12)),
               close + 2 < end, t[close + 1] == UInt8(ascii: " "), t.startsUpper(close + 2, end: end),
               (j + 1..<close).allSatisfy({ Bytes.isUpper(t[$0]) || Bytes.isDigit(t[$0]) }) {
                j = close + 2
                continue
            }
            if t.startsUpper(j, end: e) {
                last = e
            } else if !(t.equals(word, "of") || t.equals(word, "the")) {
                break
            }
            guard e < end, t[e] == UInt8(ascii: " ") else { break }
            j = e + 1
        }
        return last > i ? i..<last : nil
    }

    private static func isEvent(_ name: String) -> Bool {
        for word: StaticString in ["Summit", "Meeting", "Conference", "Forum", "Session", "Assembly", "Ceremony", "Dinner", "Luncheon", "Games", "Expo", "Funeral", "Olympic", "Dialogue", "Congress", "Celebration", "Inauguration", "Enthronement", "Exposition", "Symposium"]
        where name.containsBytes(word) {
            return true
        }
        return false
    }

    private static func isInJapan(_ venue: String) -> Bool {
        japanesePlaces.contains(venue) || venue.hasSuffix("Prime Minister’s Office") || venue.hasSuffix("Prime Minister's Office")
    }

    private static let japanesePlaces: Set<String> = [
        "Tokyo", "Osaka", "Kyoto", "Hiroshima", "Nagoya", "Yokohama", "Kobe", "Fukuoka", "Sapporo",
        "Sendai", "Nagasaki", "Naha", "Okinawa", "Ise-Shima", "Iikura Guest House", "Akasaka Palace",
        "State Guest House", "Ministry of Foreign Affairs", "Imperial Palace", "Kantei",
    ]

    /// The event the meeting was held at: `to attend the APEC (Asia-Pacific Economic
    /// Cooperation) Ministerial Meeting` → `APEC Ministerial Meeting`, `who is attending the 11th
    /// Asia-Europe Meeting (ASEM 11) Summit Meeting in Mongolia`, `for the APEC Summit Meeting`.
    /// `strict` reads only the openers that always name an event (for sentences other than the
    /// key one).
    /// `everyByte` tries every place in turn, the plain scan the shortcut must agree with (tests).
    static func occasion(in s: Range<Int>, _ t: RecordText, strict: Bool, everyByte: Bool = false) -> String? {
        // The earliest opener that names an event wins (at one place, the later in the list):
        // one pass over the sentence, trying openers only where their first two letters stand.
        func opener(_ k: Int, at i: Int) -> String? {
            let (opener, needsEvent) = occasionOpeners[k]
            guard !(strict && needsEvent), t.matches(opener, at: i, end: s.upperBound) else { return nil }
            return event(after: opener, at: i, needsEvent: needsEvent, s, t)
        }
        // The openers with the letters at `i`, the later in the list first.
        func openerAt(_ i: Int) -> String? {
            let second = i + 1 < s.upperBound ? t[i + 1] : 0
            switch t[i] {
            case UInt8(ascii: "t") where second == UInt8(ascii: "o"): return opener(15, at: i) ?? opener(1, at: i) ?? opener(0, at: i)
            case UInt8(ascii: "o") where second == UInt8(ascii: "n"):
                return opener(11, at: i) ?? opener(7, at: i) ?? opener(3, at: i) ?? opener(2, at: i)
            case UInt8(ascii: "i") where second == UInt8(ascii: "n"): return opener(4, at: i)
            case UInt8(ascii: "a") where second == UInt8(ascii: "t"): return opener(10, at: i) ?? opener(5, at: i)
            case UInt8(ascii: "m") where second == UInt8(ascii: "e"): return opener(6, at: i)
            case UInt8(ascii: "b") where second == UInt8(ascii: "e"): return opener(12, at: i)
            case UInt8(ascii: "d") where second == UInt8(ascii: "u"): return opener(8, at: i)
            case UInt8(ascii: "f") where second == UInt8(ascii: "o"): return opener(9, at: i)
            // `who visited Japan for the participation to World Assembly for Women (WAW! 2020)`
            case UInt8(ascii: "p") where second == UInt8(ascii: "a"): return opener(14, at: i) ?? opener(13, at: i)
            default: return nil
            }
        }
        // Eight places at a time, trying only those where an opener's first two letters stand:
        // a test of every byte's letter cost a mispredicted jump for most of them.
        guard let base = t.bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        // The high bit of each byte of `x` equal to `letter` (and maybe of a byte just above one,
        // which `openerAt` turns down).
        func stands(_ x: UInt64, _ letter: Unicode.Scalar) -> UInt64 {
            Bytes.zeroBytes(x ^ Bytes.repeated(UInt8(letter.value)))
        }
        return Bytes.firstFlagged(from: s.lowerBound, end: s.upperBound, reach: 9, wordwise: !everyByte, flags: { i in
            let first = Bytes.word(raw, at: i), second = Bytes.word(raw, at: i + 1)
            return stands(second, "o") & (stands(first, "t") | stands(first, "f"))
                | stands(second, "n") & (stands(first, "o") | stands(first, "i"))
                | stands(second, "t") & stands(first, "a")
                | stands(second, "e") & (stands(first, "m") | stands(first, "b"))
                | stands(second, "u") & stands(first, "d")
                | stands(second, "a") & stands(first, "p")
        }, openerAt)
    }

    /// Words that open an occasion, and whether what follows must name an event.
    private static let occasionOpeners: [(StaticString, Bool)] = [
        ("to attend ", false), ("to participate in ", false), ("on the margins of ", false),
        ("on the sidelines of ", false), ("in the margins of ", false), ("attending ", false),
        ("meetings including ", false),
        ("on the occasion of ", true), ("during ", true), ("for the ", true), ("at the ", true),
        ("on the sideline of ", false), ("before the start of ", true),
        ("participation in ", true), ("participation to ", true), ("to take part in ", false),
    ]

    /// The event named after `opener` at `at`, if it names one.
    private static func event(after opener: StaticString, at: Int, needsEvent: Bool, _ s: Range<Int>, _ t: RecordText) -> String? {
        var start = at + opener.utf8CodeUnitCount
        var afterThe = false
        if t.matches("the ", at: start, end: s.upperBound) { start += 4; afterThe = true }
        // `to attend a United Nations (UN) General Assembly`: an event named with `a`.
        else if t.matches("a ", at: start, end: s.upperBound), t.startsUpper(start + 2, end: s.upperBound) { start += 2 }
        // `to attend related events of the Commemorative Summit …`: the event they belong to.
        for around: StaticString in ["related events of the ", "events related to the ", "related events of "]
        where t.matches(around, at: start, end: s.upperBound) {
            start += around.utf8CodeUnitCount
            afterThe = true
            break
        }
        guard start < s.upperBound else { return nil }
        guard t.startsUpper(start, end: s.upperBound) || Bytes.isDigit(t[start]) || startsWithOrdinal(start, s, t)
            || afterThe && !needsEvent && startsWithEventNoun(start, s, t) else { return nil }
        let end = Sentences.clauses(start..<s.upperBound, t).first?.upperBound ?? s.upperBound
        var r = start..<end
        for stop: StaticString in [" held ", " and held", " and a ", " and an ", " as ", " had ", " met ", " attended ", " which ", " to be held", " hosted ",
                                   " for approximately", " for about", " commencing", " during ", " in a ", " at the invitation", " from 1", " from 2", " from 3", " from 4",
                                   " from 5", " from 6", " from 7", " from 8", " from 9"] {
            if let cut = t.find(stop, in: r) { r = r.lowerBound..<cut }
        }
        // `… Summit Meeting in Mongolia`: the place is not part of the event's name.
        var search = r.lowerBound
        while let cut = t.find(" in ", in: search..<r.upperBound) {
            if t.startsUpper(cut + 4, end: r.upperBound) { r = r.lowerBound..<cut; break }
            search = cut + 4
        }
        let text = withoutParentheses(t.trimmed(r), t)
        let eventNamed = isEvent(text) || hasAcronym(text) && !opener.description.hasPrefix("at ")
        guard !text.isEmpty, !needsEvent || eventNamed, !isBuilding(text) else { return nil }
        guard !isVisitWord(text) else { return nil }
        return text
    }

    /// `to attend the state funeral for …`, `the ceremony of the commemoration of …`, `the meeting
    /// of the Foreign Ministers of …`: an event named in lower case.
    private static func startsWithEventNoun(_ i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        // Bytes compare as the strings would: no other spelling of these ASCII words is the same `String`.
        for w in t.words(i..<min(s.upperBound, i + 40)).prefix(3) {
            for noun: StaticString in ["funeral", "ceremony", "meeting", "summit", "conference", "inauguration", "commemoration", "celebration", "session"]
            where t.equals(w, noun) {
                return true
            }
        }
        return false
    }

    private static func startsWithOrdinal(_ i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        for word: StaticString in ["first ", "second ", "third ", "fourth ", "fifth ", "sixth ", "seventh ", "eighth ", "ninth ", "tenth ", "eleventh ", "twelfth "]
        where t.matches(word, at: i, end: s.upperBound) {
            return true
        }
        return false
    }

    /// `APEC`, `G20`, `TICAD7`, `PALM10`.
    private static func hasAcronym(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            return word.count >= 3 && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        }
    }

    /// `FAO Headquarters`: a place, not an event.
    private static func isBuilding(_ text: String) -> Bool {
        for word in ["Headquarters", "Office", "Palace", "Residence", "House", "Hall", "Hotel", "Center", "Centre", "Ministry"]
        where text.hasSuffix(word) {
            return true
        }
        return false
    }

    /// `Official Visit`, `State Visit` name the trip, not an event.
    private static func isVisitWord(_ text: String) -> Bool {
        // `President X` is a person; `Presidential Inauguration Ceremony` an event.
        text.hasSuffix("Visit") || text.hasSuffix("visit") || text.hasPrefix("Prime Minister") || text.hasPrefix("President ") || text == "President"
    }

    /// `r` with every ` (…)` that spells an acronym out left out: `APEC (Asia-Pacific Economic
    /// Cooperation) Ministerial Meeting` → `APEC Ministerial Meeting`. An acronym in parentheses is
    /// part of the name and stays: `… on African Development (TICAD7)`.
    private static func withoutParentheses(_ r: Range<Int>, _ t: RecordText) -> String {
        guard t.firstIndex(of: UInt8(ascii: "("), in: r) != nil else { return t.string(r) }
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        while i < r.upperBound {
            let b = t[i]
            guard b == UInt8(ascii: "(") else {
                out.append(b)
                i += 1
                continue
            }
            var depth = 0
            var close = i
            while close < r.upperBound {
                if t[close] == UInt8(ascii: "(") { depth += 1 }
                if t[close] == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                close += 1
            }
            let inner = i + 1..<min(close, r.upperBound)
            let isAcronym = inner.count <= 12 && !inner.isEmpty && !inner.contains { Bytes.isLower(t[$0]) }
            if isAcronym {
                out.append(contentsOf: t.bytes[i..<min(close + 1, r.upperBound)])
            } else if out.last == UInt8(ascii: " ") {
                out.removeLast()
            }
            i = close + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
