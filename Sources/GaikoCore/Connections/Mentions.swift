/// Earlier meetings a record names: "the summit meeting held with President Kuczynski in
/// November last year", "At the Japan-Peru Summit Meeting in November 2016", "the meeting held
/// in 2014". A phrase links only when exactly one earlier meeting with the same counterpart
/// country fits everything it says (kind, `Japan-X`, year, month, day, the person after `with`;
/// a bare `meeting` also needs a principal in common); otherwise it says nothing. Words near the
/// phrase that are not a date ("held in Lima") are passed over, never guessed at.
enum Mentions {
    struct Mention: Hashable {
        var meeting: Int
        var phrase: String
    }

    /// What a phrase says about the meeting it names.
    struct Reference: Equatable {
        var kind: MeetingKind?
        var pairCountry: String?
        var year: Int?
        var month: Int?
        var day: Int?
        var names: [String] = []
        var phrase: String
    }

    static func find(_ i: Int, in meetings: [Meeting], connections c: Connections) -> [Mention] {
        let m = meetings[i]
        guard let day = m.date else { return [] }
        var texts = m.lead
        for section in m.sections { texts += section.paragraphs.map(\.text) }
        texts += m.references.map(\.text)
        var out: [Mention] = []
        for text in texts {
            for reference in references(in: text, on: day) {
                if let target = resolve(reference, from: i, day: day, meetings, c),
                   !out.contains(where: { $0.meeting == target }) {
                    out.append(Mention(meeting: target, phrase: reference.phrase))
                }
            }
        }
        return out
    }

    static func resolve(_ r: Reference, from i: Int, day: Day, _ meetings: [Meeting], _ c: Connections) -> Int? {
        guard let country = c.country[i] else { return nil }
        if let pair = r.pairCountry, fold(pair) != fold(c.countries[country].name) { return nil }
        let mine = Set(c.people(of: i))
        let names = Set(r.names.map(fold))
        var found: Int?
        for candidate in c.countries[country].meetings where candidate != i {
            guard let d = meetings[candidate].date, d < day else { continue }
            if let year = r.year, d.year != year { continue }
            if r.year == nil && d.ordinal < day.ordinal - 366 { continue }
            if let month = r.month, d.month != month { continue }
            if let dd = r.day, d.day != dd { continue }
            if let kind = r.kind, meetings[candidate].kind != kind { continue }
            if r.kind == nil && r.pairCountry == nil && mine.isDisjoint(with: c.people(of: candidate)) { continue }
            if !names.isEmpty {
                let families = [meetings[candidate].japan.familyName, meetings[candidate].counterpart.familyName]
                    .compactMap { $0 }.map(fold)
                if !families.contains(where: names.contains) { continue }
            }
            if found != nil { return nil }
            found = candidate
        }
        return found
    }

    static func fold(_ s: String) -> String { PersonIdentity.words(s).joined(separator: " ") }

    // MARK: - Reading phrases

    struct Token {
        enum Kind { case word, comma, stop }
        var kind: Kind
        var text: String
        var lower: String
        var range: Range<String.Index>
    }

    /// Words, commas and clause ends, read on UTF-8 bytes: every byte of a non-ASCII scalar
    /// counts as a letter, which is all the English keywords need, and is many times faster
    /// than asking each `Character` whether it is one.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let utf8 = text.utf8
        var start: String.Index?
        func flush(_ end: String.Index) {
            if let s = start {
                let w = String(text[s..<end])
                out.append(Token(kind: .word, text: w, lower: w.lowercased(), range: s..<end))
            }
            start = nil
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let b = utf8[index]
            let next = utf8.index(after: index)
            let isWord = b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
            if isWord || ((b == 0x2D || b == 0x27) && start != nil) {
                if start == nil { start = index }
            } else {
                flush(index)
                switch b {
                case UInt8(ascii: ","): out.append(Token(kind: .comma, text: ",", lower: ",", range: index..<next))
                case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!"),
                     UInt8(ascii: "("), UInt8(ascii: ")"):
                    out.append(Token(kind: .stop, text: String(UnicodeScalar(b)), lower: String(UnicodeScalar(b)), range: index..<next))
                default: break
                }
            }
            index = next
        }
        flush(utf8.endIndex)
        return out
    }

    static let nouns: Set<String> = ["meeting", "summit", "talk", "talks", "conversation"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// Each phrase in `text` that names a meeting by its date.
    static func references(in text: String, on today: Day) -> [Reference] {
        let t = tokens(text)
        var out: [Reference] = []
        var k = 0
        while k < t.count {
            defer { k += 1 }
            guard t[k].kind == .word, nouns.contains(t[k].lower) else { continue }
            // "summit meeting", "telephone talk": the last noun reads the phrase.
            if k + 1 < t.count, t[k + 1].kind == .word, nouns.contains(t[k + 1].lower) { continue }
            var r = Reference(phrase: "")
            var start = k
            var back = k - 1
            while back >= 0, back >= k - 5, t[back].kind == .word {
                let w = t[back].lower
                if w == "summit" || t[k].lower == "summit" { r.kind = .summit }
                if w.hasPrefix("ministers") && back > 0 && t[back - 1].lower == "foreign" { r.kind = .foreignMinisters }
                if w == "telephone" { r.kind = .telephone }
                if w.hasPrefix("japan-") {
                    r.pairCountry = String(t[back].text.dropFirst("japan-".count))
                    start = back
                }
                if w == "the" || w == "at" { start = back + (w == "at" ? 1 : 0); break }
                start = back
                back -= 1
            }
            if t[k].lower == "summit" { r.kind = .summit }
            // Forward to a date, within one clause.
            var j = k + 1
            var sawWith = false
            var end: Int?
            while j < t.count, j <= k + 12, t[j].kind == .word {
                let w = t[j].lower
                if w == "with" { sawWith = true }
                if w == "last" || w == "this", j + 1 < t.count, t[j + 1].lower == "year" {
                    r.year = today.year - (w == "last" ? 1 : 0)
                    end = j + 1
                    break
                }
                if w == "in" || w == "on", let (date, last) = readDate(t, from: j + 1, today: today) {
                    r.year = date.year; r.month = date.month; r.day = date.day
                    end = last
                    break
                }
                if sawWith && w != "with" && t[j].text.first?.isUppercase == true { r.names.append(t[j].text) }
                j += 1
            }
            guard let end, r.year != nil || r.month != nil else { continue }
            r.phrase = String(text[t[start].range.lowerBound..<t[end].range.upperBound])
            out.append(r)
            k = end
        }
        return out
    }

    /// `November 2016`, `November last year`, `November 10, 2016`, `November`, `2014`; the index
    /// of its last token.
    static func readDate(_ t: [Token], from j: Int, today: Day) -> ((year: Int?, month: Int?, day: Int?), Int)? {
        guard j < t.count, t[j].kind == .word else { return nil }
        if let year = Int(t[j].text), t[j].text.count == 4, (1900...2100).contains(year) { return ((year, nil, nil), j) }
        guard let month = months.firstIndex(of: t[j].lower).map({ $0 + 1 }) else { return nil }
        var result: (year: Int?, month: Int?, day: Int?) = (nil, month, nil)
        var last = j
        var n = j + 1
        if n < t.count, t[n].kind == .word, let d = Int(t[n].text), (1...31).contains(d) {
            result.day = d; last = n; n += 1
        }
        if n < t.count, t[n].kind == .comma { n += 1 }
        if n < t.count, t[n].kind == .word {
            if let year = Int(t[n].text), t[n].text.count == 4 {
                result.year = year; last = n
            } else if (t[n].lower == "last" || t[n].lower == "this"), n + 1 < t.count, t[n + 1].lower == "year" {
                result.year = today.year - (t[n].lower == "last" ? 1 : 0); last = n + 1
            }
        }
        return (result, last)
    }
}
