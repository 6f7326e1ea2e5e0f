/// Where the meeting was held and on what occasion: `visiting Da Nang, the Socialist Republic of
/// Viet Nam, to attend the APEC (…) Ministerial Meeting`, `at the Presidential Palace`.
enum Places {
    struct Reading {
        var venue: String?
        var country: String?
        var occasion: String?
    }

    static func read(_ s: Range<Int>, _ t: RecordText, counterpartCountry: String?) -> Reading {
        var reading = Reading()
        if let v = t.find("visiting ", in: s) {
            let parts = visitedPlaces(v + 9..<s.upperBound, t)
            if parts.count >= 2 {
                reading.venue = t.string(parts[0])
                reading.country = Countries.shortName(Substring(t.string(parts[1])))
            } else if let only = parts.first {
                let name = Substring(t.string(only))
                if Countries.isCountry(name, counterpart: counterpartCountry) {
                    reading.country = Countries.shortName(name)
                } else {
                    reading.venue = String(name)
                }
            }
        }
        if reading.venue == nil, let building = building(in: s, t) { reading.venue = building }
        if reading.venue == nil, let city = city(in: s, t) {
            reading.venue = t.string(city.name)
            if reading.country == nil, let country = city.country { reading.country = Countries.shortName(Substring(t.string(country))) }
        }
        if reading.country == nil, let venue = reading.venue, isInJapan(venue) { reading.country = "Japan" }
        // Only a country given: that is the place, as precisely as the record says.
        if reading.venue == nil, let country = reading.country { reading.venue = country }
        reading.occasion = occasion(in: s, t)
        return reading
    }

    /// The places after `visiting`: a city and a country, or one of them. Stops at the purpose
    /// (`to attend …`) or at the next clause that does not name a place.
    private static func visitedPlaces(_ r: Range<Int>, _ t: RecordText) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        for (k, clause) in Sentences.clauses(r, t).enumerated() {
            var c = clause
            var cut = false
            if let to = t.find(" to ", in: c) { c = c.lowerBound..<to; cut = true }
            if let forWord = t.find(" for ", in: c) { c = c.lowerBound..<forWord; cut = true }
            c = t.trimmed(c)
            let placeLike = t.startsUpper(c.lowerBound, end: c.upperBound) || t.starts(c, with: "the ")
            if c.isEmpty || k > 0 && !placeLike { break }
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
            if t.matches("the ", at: i, end: s.upperBound) { i += 4 }
            guard let name = capitalisedRun(i, s.upperBound, t) else { continue }
            let text = t.string(name)
            if isEvent(text) { continue }
            return text
        }
        return nil
    }

    /// `in Lima` or `in Lima, Peru`.
    private static func city(in s: Range<Int>, _ t: RecordText) -> (name: Range<Int>, country: Range<Int>?)? {
        var from = s.lowerBound
        while let at = t.find(" in ", in: from..<s.upperBound) {
            from = at + 4
            guard let name = capitalisedRun(from, s.upperBound, t) else { continue }
            let text = t.string(name)
            if isEvent(text) || text == "Japanese" || text == "English" { continue }
            var country: Range<Int>?
            if t.matches(", ", at: name.upperBound, end: s.upperBound),
               let c = capitalisedRun(name.upperBound + 2, s.upperBound, t) {
                country = c
            }
            return (name, country)
        }
        return nil
    }

    /// Capitalised words from `i` (with `of`, `the` and `’s` inside), up to the first other word.
    private static func capitalisedRun(_ i: Int, _ end: Int, _ t: RecordText) -> Range<Int>? {
        guard t.startsUpper(i, end: end) else { return nil }
        var last = i
        var j = i
        while j < end {
            var e = j
            while e < end, t[e] != UInt8(ascii: " "), t[e] != UInt8(ascii: ","), t[e] != UInt8(ascii: ";"),
                  t[e] != UInt8(ascii: "("), t[e] != UInt8(ascii: ")") { e += 1 }
            let word = j..<e
            if t.startsUpper(j, end: e) {
                last = e
            } else if !(t.string(word) == "of" || t.string(word) == "the") {
                break
            }
            guard e < end, t[e] == UInt8(ascii: " ") else { break }
            j = e + 1
        }
        return last > i ? i..<last : nil
    }

    private static func isEvent(_ name: String) -> Bool {
        for word: StaticString in ["Summit", "Meeting", "Conference", "Forum", "Session", "Assembly", "Ceremony", "Dinner", "Luncheon", "Games", "Expo"]
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
    /// Cooperation) Ministerial Meeting` → `APEC Ministerial Meeting`.
    static func occasion(in s: Range<Int>, _ t: RecordText) -> String? {
        for opener: StaticString in ["to attend ", "to participate in ", "on the margins of ", "on the sidelines of ", "on the occasion of ", "during "] {
            guard let at = t.find(opener, in: s) else { continue }
            var start = at + opener.utf8CodeUnitCount
            if t.matches("the ", at: start, end: s.upperBound) { start += 4 }
            guard t.startsUpper(start, end: s.upperBound) else { continue }
            let end = Sentences.clauses(start..<s.upperBound, t).first?.upperBound ?? s.upperBound
            var r = start..<end
            for stop: StaticString in [" held ", " and held", " had ", " met ", " attended "] {
                if let cut = t.find(stop, in: r) { r = r.lowerBound..<cut }
            }
            return withoutParentheses(t.trimmed(r), t)
        }
        return nil
    }

    /// `r` with every ` (…)` left out.
    private static func withoutParentheses(_ r: Range<Int>, _ t: RecordText) -> String {
        guard t.firstIndex(of: UInt8(ascii: "("), in: r) != nil else { return t.string(r) }
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var depth = 0
        for i in r {
            let b = t[i]
            if b == UInt8(ascii: "(") {
                if depth == 0, out.last == UInt8(ascii: " ") { out.removeLast() }
                depth += 1
            } else if b == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
