/// What kind of meeting a record describes: from its heading, else from the words for the
/// meeting in the sentence (`held a telephone talk`), else from who met whom.
enum KindRules {
    /// A kind stated in words (`Summit Meeting`, `foreign ministers’ meeting`, `telephone call`).
    static func stated(in r: Range<Int>, _ t: RecordText) -> MeetingKind? {
        if isTelephone(r, t) { return .telephone }
        // `Foreign Ministers’ Meeting`, `Foreign Minister’s meeting`, `foreign ministerial`; not
        // `Foreign Minister Kishida Meets …`, which names a person.
        if t.findIgnoringCase("foreign ministers", in: r) != nil || t.findIgnoringCase("foreign ministerial", in: r) != nil
            || t.findIgnoringCase("foreign minister’s", in: r) != nil || t.findIgnoringCase("foreign minister's", in: r) != nil {
            return .foreignMinisters
        }
        if t.findIgnoringCase("summit", in: r) != nil || t.findIgnoringCase("leaders’ meeting", in: r) != nil
            || t.findIgnoringCase("leaders' meeting", in: r) != nil {
            return .summit
        }
        return nil
    }

    /// Whether the words describe a video conference: `video conference`, `videoconference`,
    /// `video teleconference`, `online`, `virtually`.
    static func isVideo(_ r: Range<Int>, _ t: RecordText) -> Bool {
        // One pass over the line (a whole paragraph), trying only the phrases that start with the
        // letter found: one search per phrase cost more than the rest of reading the meeting.
        let end = r.upperBound
        var i = r.lowerBound
        // `h`, `o`, `t`, `v`, `w` in either case, as bits from 0x40.
        let firsts: UInt64 = (1 << 0x08 | 1 << 0x0F | 1 << 0x14 | 1 << 0x16 | 1 << 0x17) * (1 | 1 << 0x20)
        while i < end {
            let b = t[i]
            guard b >= 0x40, b < 0x80, firsts & (UInt64(1) << UInt64(b - 0x40)) != 0 else {
                i += 1
                continue
            }
            // Each phrase's second letter rules out most places before it is compared.
            let second = i + 1 < end ? Bytes.lower(t[i + 1]) : 0
            switch Bytes.lower(b) {
            case UInt8(ascii: "v") where second == UInt8(ascii: "i"):
                // `video` as the start of a word: `Mr. Hideo Watanabe` attended in person.
                if t.matchesIgnoringCase("video", at: i, end: end), Sentences.wordStarts(at: i, t, from: r.lowerBound) { return true }
                if t.matchesIgnoringCase("virtually", at: i, end: end) { return true }
            case UInt8(ascii: "t") where second == UInt8(ascii: "e") || second == UInt8(ascii: "o"):
                if t.matchesIgnoringCase("teleconference", at: i, end: end) || t.matchesIgnoringCase("took place online", at: i, end: end) {
                    return true
                }
            case UInt8(ascii: "o") where second == UInt8(ascii: "n"):
                if t.matchesIgnoringCase("online meeting", at: i, end: end) { return true }
            case UInt8(ascii: "w") where second == UInt8(ascii: "e"):
                if t.matchesIgnoringCase("web conference", at: i, end: end) { return true }
            case UInt8(ascii: "h") where second == UInt8(ascii: "e"):
                if t.matchesIgnoringCase("held online", at: i, end: end) { return true }
            default:
                break
            }
            i += 1
        }
        return false
    }

    /// `Courtesy Call on Prime Minister …`, `paid a courtesy call on`.
    static func isCourtesyCall(_ r: Range<Int>, _ t: RecordText) -> Bool {
        t.findIgnoringCase("courtesy call", in: r) != nil || t.findIgnoringCase("courtesy visit", in: r) != nil
    }

    static func isTelephone(_ r: Range<Int>, _ t: RecordText) -> Bool {
        t.findIgnoringCase("telephone", in: r) != nil || t.findIgnoringCase("phone call", in: r) != nil
            || t.findIgnoringCase("phone talk", in: r) != nil
    }

    /// From the principals' titles: two heads of state or government meet at a summit, two
    /// foreign ministers at a foreign ministers' meeting.
    static func fromTitles(japan: String?, counterpart: String?) -> MeetingKind? {
        guard let japan, let counterpart else { return nil }
        if isHead(japan), isHead(counterpart) { return .summit }
        if isForeignMinister(japan), isForeignMinister(counterpart) { return .foreignMinisters }
        return .other
    }

    private static func isJunior(_ title: String) -> Bool {
        // `President-elect`: not yet in office.
        title.containsAnyBytes(["Vice", "Deputy", "Former", "former", "Parliamentary", "State Minister", "-elect"])
    }

    /// A title of two offices (`Deputy Prime Minister and Minister of Foreign Affairs`,
    /// `Crown Prince and Prime Minister`) holds each of them.
    private static func offices(_ title: String) -> [Substring] {
        guard title.containsBytes(" and ") else { return [Substring(title)] }
        var parts: [Substring] = []
        var rest = Substring(title)
        while let and = rest.range(of: " and ") {
            parts.append(rest[..<and.lowerBound])
            rest = rest[and.upperBound...]
        }
        parts.append(rest)
        return parts
    }

    static func isHead(_ title: String) -> Bool {
        offices(title).contains { isHeadOffice(String($0)) }
    }

    static func isForeignMinister(_ title: String) -> Bool {
        offices(title).contains { isForeignMinisterOffice(String($0)) }
    }

    private static func isHeadOffice(_ title: String) -> Bool {
        guard !isJunior(title) else { return false }
        return title.containsAnyBytes(["President", "Prime Minister", "King", "Queen", "Emperor", "Chancellor", "Premier", "Sultan", "Emir", "Amir",
                                       "Head of State", "Head of Government", "State Counsellor"])
    }

    private static func isForeignMinisterOffice(_ title: String) -> Bool {
        guard !isJunior(title) else { return false }
        // `Minister for Development Cooperation and Foreign Trade`: trade, not foreign affairs.
        if title.containsAnyBytes(["Foreign Trade", "Foreign Economic"]),
           !title.containsAnyBytes(["Foreign Affairs", "Foreign Minister", "Foreign Relations", "Foreign Secretary"]) {
            return false
        }
        return title.containsAnyBytes(["Foreign", "External", "Secretary of State"])
    }
}
