/// What kind of meeting a record describes: from its heading, else from the words for the
/// meeting in the sentence (`held a telephone talk`), else from who met whom.
enum KindRules {
    /// A kind stated in words (`Summit Meeting`, `foreign ministers’ meeting`, `telephone call`).
    static func stated(in r: Range<Int>, _ t: RecordText) -> MeetingKind? {
        if isTelephone(r, t) { return .telephone }
        // `Foreign Ministers’ Meeting`, `Foreign Minister’s meeting`, `foreign ministerial`; not
        // `Foreign Minister Kishida Meets …`, which names a person. (Each phrase holds `foreign
        // minister`: the others are looked for only where it stands.)
        if let at = t.findIgnoringCase("foreign minister", in: r) {
            let rest = at..<r.upperBound
            if t.findIgnoringCase("foreign ministers", in: rest) != nil || t.findIgnoringCase("foreign ministerial", in: rest) != nil
                || t.findIgnoringCase("foreign minister’s", in: rest) != nil || t.findIgnoringCase("foreign minister's", in: rest) != nil {
                return .foreignMinisters
            }
        }
        if t.findIgnoringCase("summit", in: r) != nil {
            return .summit
        }
        if let at = t.findIgnoringCase("leaders", in: r) {
            let rest = at..<r.upperBound
            if t.findIgnoringCase("leaders’ meeting", in: rest) != nil || t.findIgnoringCase("leaders' meeting", in: rest) != nil {
                return .summit
            }
        }
        return nil
    }

    /// Whether the words describe a video conference: `video conference`, `videoconference`,
    /// `video teleconference`, `online`, `virtually`.
    static func isVideo(_ r: Range<Int>, _ t: RecordText) -> Bool {
        // One pass over the line (a whole paragraph), eight bytes at a time, stopping only where
        // a phrase's rarest letter stands: `v` (video, virtually), `f` (teleconference, web
        // conference), `k` (took place online), `l` (online meeting, held online). One search per
        // phrase cost more than the rest of reading the meeting, and so did a stop at every `t`.
        guard let base = t.bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let end = r.upperBound
        // Flags may stand just above a letter too: `phraseAround` turns those down.
        let zeros = Bytes.zeroBytes
        // Whether `phrase` stands at `start`, inside `r`.
        func at(_ phrase: StaticString, _ start: Int) -> Bool {
            start >= r.lowerBound && t.matchesIgnoringCase(phrase, at: start, end: end)
        }
        func phraseAround(_ i: Int) -> Bool {
            switch t[i] | 0x20 {
            case UInt8(ascii: "v"):
                // `video` as the start of a word: `Mr. Hideo Watanabe` attended in person.
                return at("video", i) && Sentences.wordStarts(at: i, t, from: r.lowerBound) || at("virtually", i)
            case UInt8(ascii: "f"): return at("teleconference", i - 7) || at("web conference", i - 7)
            case UInt8(ascii: "k"): return at("took place online", i - 3)
            case UInt8(ascii: "l"): return at("online meeting", i - 2) || at("held online", i - 2)
            default: return false
            }
        }
        let v = Bytes.repeated(UInt8(ascii: "v")), f = Bytes.repeated(UInt8(ascii: "f"))
        let k = Bytes.repeated(UInt8(ascii: "k")), l = Bytes.repeated(UInt8(ascii: "l"))
        // Setting the 0x20 bit finds each letter in either case; only the bytes flagged are
        // tried (trying all eight cost a mispredicted jump each).
        return Bytes.firstFlagged(from: r.lowerBound, end: end, flags: { i in
            let w = Bytes.word(raw, at: i) | Bytes.repeated(0x20)
            return zeros(w ^ v) | zeros(w ^ f) | zeros(w ^ k) | zeros(w ^ l)
        }) { phraseAround($0) ? true : nil } ?? false
    }

    /// `Courtesy Call on Prime Minister …`, `paid a courtesy call on`.
    static func isCourtesyCall(_ r: Range<Int>, _ t: RecordText) -> Bool {
        // Both phrases open with `courtesy `: looked for from where it first stands.
        guard let at = t.findIgnoringCase("courtesy ", in: r) else { return false }
        let rest = at..<r.upperBound
        return t.findIgnoringCase("courtesy call", in: rest) != nil || t.findIgnoringCase("courtesy visit", in: rest) != nil
    }

    static func isTelephone(_ r: Range<Int>, _ t: RecordText) -> Bool {
        // Each phrase holds `phone`: looked for from where it first stands, and not at all without it.
        guard let at = t.findIgnoringCase("phone", in: r) else { return false }
        let rest = max(r.lowerBound, at - 4)..<r.upperBound
        return t.findIgnoringCase("telephone", in: rest) != nil || t.findIgnoringCase("phone call", in: rest) != nil
            || t.findIgnoringCase("phone talk", in: rest) != nil
    }

    /// From the principals' titles: two heads of state or government meet at a summit, two
    /// foreign ministers at a foreign ministers' meeting.
    static func fromTitles(japan: String?, counterpart: String?) -> MeetingKind? {
        guard let japan, let counterpart else { return nil }
        let ours = offices(of: japan), theirs = offices(of: counterpart)
        if ours.head, theirs.head { return .summit }
        if ours.foreignMinister, theirs.foreignMinister { return .foreignMinisters }
        return .other
    }

    // The phrases the titles are searched for, each set's first bytes worked out once.
    static let junior = BytePhrases(["Vice", "Deputy", "Former", "former", "Parliamentary", "State Minister", "-elect"])
    static let headOffices = BytePhrases(["President", "Prime Minister", "King", "Queen", "Emperor", "Chancellor", "Premier",
                                          "Sultan", "Emir", "Amir", "Head of State", "Head of Government", "State Counsellor", "Pope"])
    static let foreignTrade = BytePhrases(["Foreign Trade", "Foreign Economic"])
    static let foreignAffairs = BytePhrases(["Foreign Affairs", "Foreign Minister", "Foreign Relations", "Foreign Secretary"])
    static let foreignOffices = BytePhrases(["Foreign", "External", "Secretary of State"])

    /// The five sets above as one, each phrase tagged with its set's bit (`OfficeWords`): a title
    /// is read once for all of them. Asking each set in turn of both principals' titles, for
    /// the head and then the foreign minister, read a title up to eight times.
    static let officePhrases = TaggedBytePhrases([
        (junior, OfficeWords.junior.rawValue), (headOffices, OfficeWords.head.rawValue),
        (foreignTrade, OfficeWords.foreignTrade.rawValue), (foreignAffairs, OfficeWords.foreignAffairs.rawValue),
        (foreignOffices, OfficeWords.foreign.rawValue),
    ])

    /// Which of the phrase sets an office's title holds.
    struct OfficeWords: OptionSet {
        let rawValue: UInt8
        static let junior = OfficeWords(rawValue: 1 << 0)
        static let head = OfficeWords(rawValue: 1 << 1)
        static let foreignTrade = OfficeWords(rawValue: 1 << 2)
        static let foreignAffairs = OfficeWords(rawValue: 1 << 3)
        static let foreign = OfficeWords(rawValue: 1 << 4)

        /// `President-elect`: not yet in office.
        var isHead: Bool { !contains(.junior) && contains(.head) }

        /// `Minister for Development Cooperation and Foreign Trade`: trade, not foreign affairs.
        var isForeignMinister: Bool {
            !contains(.junior) && !(contains(.foreignTrade) && !contains(.foreignAffairs)) && contains(.foreign)
        }
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

    /// Whether any office of `title` is a head's, and whether any is a foreign minister's. A
    /// title of one office is read as it is: splitting it into an array of one `Substring` cost
    /// as much as the reading.
    static func offices(of title: String) -> (head: Bool, foreignMinister: Bool) {
        guard title.containsBytes(" and ") else {
            let words = OfficeWords(rawValue: title.bytePhraseTags(officePhrases))
            return (words.isHead, words.isForeignMinister)
        }
        var head = false, foreignMinister = false
        for office in offices(title) {
            let words = OfficeWords(rawValue: String(office).bytePhraseTags(officePhrases))
            head = head || words.isHead
            foreignMinister = foreignMinister || words.isForeignMinister
        }
        return (head, foreignMinister)
    }

    static func isHead(_ title: String) -> Bool {
        offices(of: title).head
    }

    static func isForeignMinister(_ title: String) -> Bool {
        offices(of: title).foreignMinister
    }
}
