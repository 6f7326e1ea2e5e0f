/// Where the key sentence turns from one side to the other, in the shapes the genre uses:
///
/// - `A held a meeting / summit meeting / telephone talk / video conference with B`,
///   `A held a summit meeting and other events with B`, `A met (briefly) with B`,
///   `A held a Foreign Ministers’ Meeting (approximately 40 minutes) and a working dinner … with B`;
/// - `A paid a courtesy call on B`, `A received a courtesy call from B`;
/// - `A attended a dinner hosted by B`;
/// - `A and B held a summit meeting` (no `with`);
/// - `the representative of the Japanese side was A …, and the Bolivian side was represented by B`.
///
/// `left` is the text before the verb, `right` the text after the preposition; which side is
/// Japan's is decided later from what each side says.
struct Hinge {
    var left: Range<Int>
    var right: Range<Int>
    /// The verb phrase that names the meeting (`held a foreign ministers’ meeting`).
    var words: Range<Int>
    var isCourtesyCall = false

    /// The earliest of the shapes in `s`: a sentence may name a second meeting after the first
    /// (`… with B. (The meeting was intermitted by a courtesy call to C.)`).
    static func find(in s: Range<Int>, _ t: RecordText) -> Hinge? {
        // One pass finds which shapes' words the sentence holds; a shape is tried only then.
        let words = HingeWords.present(in: s, t)
        guard !words.isEmpty else { return nil }
        // `Courtesy`/`courtesy`, ` call from `: looked for only where the bytes are there.
        let call = !words.isDisjoint(with: [.courtesy, .callFrom, .callTo, .phonecall]) ? courtesyCall(s, t) : nil
        let with = !words.isDisjoint(with: [.with, .for]) ? self.with(s, t) : nil
        if let call, let with { return call.right.lowerBound < with.right.lowerBound ? call : with }
        if let found = call ?? with { return found }
        if words.contains(.hostedBy), let found = hostedBy(s, t) { return found }
        if words.contains(.japaneseSideWas), let found = representatives(s, t) { return found }
        if !words.isDisjoint(with: [.met, .greeted]), let found = metDirectly(s, t) { return found }
        if words.contains(.between), let found = between(s, t) { return found }
        if !words.isDisjoint(with: HingeWords.jointVerbs), let found = joint(s, t) { return found }
        if words.contains(.with), let found = looseWith(s, t) { return found }
        return words.contains(.togetherWith) ? togetherWith(s, t) : nil
    }

    /// `had a telephone conversation for approximately 15 minutes commencing at 4:15 p.m. on
    /// Wednesday, November 8, 2017, with H.E. Mr. …`: the meeting named first, its partner after
    /// other words, introduced by ` with ` and an honorific or a title.
    private static func looseWith(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        var from = s.lowerBound
        while let hit = t.find(" with ", in: from..<s.upperBound) {
            from = hit + 6
            let after = hit + 6..<s.upperBound
            let (body, honorific) = Principals.dropHonorifics(after, t)
            guard honorific || Principals.isTitle(body, t) else { continue }
            // A meeting word before it.
            var noun: Int?
            for word: StaticString in [" meeting", " talk", " conversation", " call", " conference", " summit"] {
                if let at = t.findIgnoringCase(word, in: s.lowerBound..<hit), noun == nil || at < noun! { noun = at }
            }
            guard let noun else { return nil }
            let verb = verbStart(before: noun, s, t)
            return Hinge(left: s.lowerBound..<verb, right: after, words: verb..<hit)
        }
        return nil
    }

    /// `paid a courtesy call on`, `made a courtesy call to`, `received a courtesy call from` (or `by`).
    private static func courtesyCall(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        guard let at = t.findIgnoringCase("courtesy call", in: s) ?? t.findIgnoringCase("courtesy visit", in: s) else {
            return callFrom(s, t)
        }
        var i = at + 13
        while i < s.upperBound, t[i] != UInt8(ascii: " ") { i += 1 }  // `calls`
        var j = i
        while j < s.upperBound, t[j] == UInt8(ascii: " ") { j += 1 }
        var prepositionEnd: Int?
        for word: StaticString in ["on ", "to ", "from ", "upon ", "with ", "by "] where t.matches(word, at: j, end: s.upperBound) {
            prepositionEnd = j + word.utf8CodeUnitCount
            break
        }
        guard let right = prepositionEnd else { return nil }
        let verb = verbStart(before: at, s, t)
        return Hinge(left: s.lowerBound..<verb, right: right..<s.upperBound, words: verb..<i, isCourtesyCall: true)
    }

    /// `received a telephone call from B`; `gave a telephone call to B`, `made a phone call to B`,
    /// `made a phonecall to B`.
    private static func callFrom(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        if let hit = t.find(" call from ", in: s) {
            let verb = verbStart(before: hit, s, t)
            return Hinge(left: s.lowerBound..<verb, right: hit + 11..<s.upperBound, words: verb..<hit + 5)
        }
        if let hit = t.find(" phonecall ", in: s) {
            let after = hit + 11
            for word: StaticString in ["to ", "from "] where t.matches(word, at: after, end: s.upperBound) {
                let verb = verbStart(before: hit, s, t)
                return Hinge(left: s.lowerBound..<verb, right: after + word.utf8CodeUnitCount..<s.upperBound, words: verb..<hit + 10)
            }
        }
        guard let hit = t.find(" call to ", in: s), t.findIgnoringCase("phone", in: max(s.lowerBound, hit - 12)..<hit) != nil,
              startsPerson(hit + 9..<s.upperBound, t) else { return nil }
        let verb = verbStart(before: hit, s, t)
        return Hinge(left: s.lowerBound..<verb, right: hit + 9..<s.upperBound, words: verb..<hit + 5)
    }

    /// `A met H.E. Ms. B, Prime Minister of Thailand, at her office`: `met` with no `with`, its
    /// object a person (an honorific or a title opens it).
    /// `A greeted the Hon. B, …, and subsequently held a foreign ministers' meeting`: the same,
    /// with an honorific after `greeted`.
    private static func metDirectly(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        if let hit = t.find(" met ", in: s), hit > s.lowerBound, startsPerson(hit + 5..<s.upperBound, t) {
            return Hinge(left: s.lowerBound..<hit, right: hit + 5..<s.upperBound, words: hit + 1..<hit + 4)
        }
        if let hit = t.find(" greeted ", in: s), hit > s.lowerBound, Principals.dropHonorifics(hit + 9..<s.upperBound, t).1 {
            return Hinge(left: s.lowerBound..<hit, right: hit + 9..<s.upperBound, words: hit + 1..<hit + 8)
        }
        return nil
    }

    /// `A signed the Memorandum on … together with H.E. Mr. B, …` (the meeting told in the next
    /// sentence: `The two subsequently held a Foreign Ministers' Meeting …`).
    private static func togetherWith(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        // Only with an honorific: `strengthen the alliance together with President Obama` is no meeting.
        guard let hit = t.find(" together with ", in: s), hit > s.lowerBound, Principals.dropHonorifics(hit + 15..<s.upperBound, t).1 else { return nil }
        let verb = verbStart(before: hit, s, t)
        return Hinge(left: s.lowerBound..<verb, right: hit + 15..<s.upperBound, words: verb..<hit)
    }

    /// `The summit meeting between Prime Minister Junichiro Koizumi and President of the Republic
    /// of the Philippines Gloria Macapagal-Arroyo, which took place on …`: the meeting named first,
    /// both sides after `between`, split at the `and` that opens a person.
    private static func between(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        guard let at = t.find(" between ", in: s) else { return nil }
        var noun = at
        while noun > s.lowerBound, Bytes.isLetter(t[noun - 1]) { noun -= 1 }
        guard meetingNouns.contains(noun..<at, t) else { return nil }
        let people = at + 9..<s.upperBound
        var from = people.lowerBound
        while let and = t.find(" and ", in: from..<people.upperBound) {
            from = and + 5
            if startsPerson(and + 5..<people.upperBound, t) {
                return Hinge(left: people.lowerBound..<and, right: and + 5..<people.upperBound, words: noun..<at)
            }
        }
        return nil
    }

    /// Whether `r` opens with an honorific, a title word or `his … counterpart`: where a person starts.
    private static func startsPerson(_ r: Range<Int>, _ t: RecordText) -> Bool {
        if Principals.opensWithHonorificOrTitle(r, t) { return true }
        // `his Chinese counterpart Mr. Li Zhaoxing`
        guard let first = t.firstWord(t.trimmed(r)), t.equals(first, "his") || t.equals(first, "her") else { return false }
        return t.words(r).prefix(3).contains { t.equals($0, "counterpart") }
    }

    /// Nouns for meetings, and verbs that take `with` directly.
    private static let meetingNouns = WordSet([
        "meeting", "meetings", "talk", "talks", "call", "conversation", "met", "summit", "dinner",
        "luncheon", "lunch", "breakfast", "conference", "exchange", "dialogue", "consultation", "consultations",
        "videoconference", "teleconference", "events", "briefly", "talked", "spoke", "discussions", "session",
        "conferred", "negotiations", "meet", "Meeting", "Talk", "Talks", "Conference", "Summit", "again", "views", "opinions",
        "Dinner", "Luncheon", "Lunch", "Breakfast", "Call", "Dialogue", "Consultation", "Consultations", "Dialog", "dialog",
        "Conversation", "Teleconference", "Videoconference", "Meetings", "telephone", "phone",
    ])

    /// ` with ` after the words for a meeting (or ` for ` after a meal: `hosted a dinner for`).
    /// The first one after a meeting word wins; a parenthesis before it is skipped (`meeting
    /// (lunch meeting) with`). `held a summit meeting with and hosted a working lunch for B`
    /// reads on to the second preposition.
    private static func with(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        var from = s.lowerBound
        while true {
            let withHit = t.find(" with ", in: from..<s.upperBound)
            var hit: Int
            var length = 6
            if let forHit = mealFor(in: from..<(withHit ?? s.upperBound), s, t) {
                hit = forHit
                length = 5
            } else if let withHit {
                hit = withHit
            } else {
                return nil
            }
            from = hit + length
            var b = hit
            // Skip `(approximately 40 minutes)` and `(lunch meeting)` back to the noun.
            while b > s.lowerBound, t[b - 1] == UInt8(ascii: ")") {
                var depth = 0
                var k = b - 1
                while k > s.lowerBound {
                    if t[k] == UInt8(ascii: ")") { depth += 1 }
                    if t[k] == UInt8(ascii: "(") { depth -= 1; if depth == 0 { break } }
                    k -= 1
                }
                b = k
                while b > s.lowerBound, t[b - 1] == UInt8(ascii: " ") { b -= 1 }
            }
            // `held a Japan-Brazil Foreign Ministers’ Dialogue, which was established on the
            // basis of …, with H.E. Mr. B`: the noun before the aside.
            if b > s.lowerBound, t[b - 1] == UInt8(ascii: ","),
               let aside = t.find(", which ", in: max(s.lowerBound, b - 300)..<b) {
                b = aside
            }
            // `held “the Second Japan-Qatar Foreign Ministers’ Strategic Dialogue” with`: the
            // noun inside the quotation marks.
            if b > s.lowerBound, t[b - 1] == UInt8(ascii: "\"") {
                b -= 1
            } else if b - 3 >= s.lowerBound, t[b - 3] == 0xE2, t[b - 2] == 0x80, t[b - 1] == 0x9D {
                b -= 3
            }
            var w = b
            while w > s.lowerBound, Bytes.isLetter(t[w - 1]) { w -= 1 }
            // `held a meeting for approximately 20 minutes with`: the noun before the duration.
            if !meetingNouns.contains(w..<b, t), t.equals(w..<b, "minutes") || t.equals(w..<b, "hour") || t.equals(w..<b, "hours"),
               let forAt = t.find(" for ", in: max(s.lowerBound, w - 40)..<w) {
                b = forAt
                w = b
                while w > s.lowerBound, Bytes.isLetter(t[w - 1]) { w -= 1 }
            }
            guard meetingNouns.contains(w..<b, t) else { continue }
            let verb = verbStart(before: w, s, t)
            var right = hit + length
            if t.matches("and ", at: right, end: s.upperBound) {
                let rest = right..<s.upperBound
                if let next = t.find(" for ", in: rest) ?? t.find(" with ", in: rest) {
                    right = next + (t.matches(" for ", at: next, end: s.upperBound) ? 5 : 6)
                }
            }
            return Hinge(left: s.lowerBound..<verb, right: right..<s.upperBound, words: verb..<hit)
        }
    }

    /// The first ` for ` in `r` after a meal (`Minister for Foreign Affairs Gemba hosted a … working
    /// dinner for B`: not the first ` for `).
    private static func mealFor(in r: Range<Int>, _ s: Range<Int>, _ t: RecordText) -> Int? {
        var from = r.lowerBound
        while let hit = t.find(" for ", in: from..<r.upperBound) {
            // `a working lunch for approximately 60 minutes) with B`: how long, not for whom.
            if isMeal(before: hit, s, t), !startsDuration(at: hit + 5, s, t) { return hit }
            from = hit + 5
        }
        return nil
    }

    /// Whether a length of time opens at `i` (`approximately 60 minutes`, `about an hour`, `90 minutes`).
    private static func startsDuration(at i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        guard i < s.upperBound else { return false }
        if Bytes.isDigit(t[i]) { return true }
        for word: StaticString in ["approximately ", "about ", "around ", "nearly ", "roughly ", "some ", "over ", "an hour", "one hour", "half an hour"]
        where t.matches(word, at: i, end: s.upperBound) {
            return true
        }
        return false
    }

    /// Whether the word before ` for ` at `i` is a meal one hosts (`hosted a dinner for`).
    private static func isMeal(before i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        var w = i
        while w > s.lowerBound, Bytes.isLetter(t[w - 1]) { w -= 1 }
        // ASCII letters only, so bytes compare as the strings would.
        let word = w..<i
        return t.equals(word, "dinner") || t.equals(word, "lunch") || t.equals(word, "luncheon") || t.equals(word, "breakfast")
            || t.equals(word, "banquet") || t.equals(word, "reception")
    }

    /// `attended a dinner hosted by B`.
    private static func hostedBy(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        guard let hit = t.find(" hosted by ", in: s) else { return nil }
        let verb = verbStart(before: hit, s, t)
        return Hinge(left: s.lowerBound..<verb, right: hit + 11..<s.upperBound, words: verb..<hit)
    }

    /// `The representative of the Japanese side was A, …, and the Bolivian side was represented by B`.
    private static func representatives(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        guard let japanese = t.find("Japanese side was ", in: s) else { return nil }
        var leftStart = japanese + 18
        if t.matches("represented by ", at: leftStart, end: s.upperBound) { leftStart += 15 }
        guard let other = t.find(" side was represented by ", in: leftStart..<s.upperBound) ?? t.find(" side was ", in: leftStart..<s.upperBound) else {
            return nil
        }
        let rightStart = t.matches(" side was represented by ", at: other, end: s.upperBound) ? other + 25 : other + 10
        // The left side ends at `, and the Bolivian`.
        var leftEnd = other
        if let and = t.find(", and ", in: leftStart..<other) { leftEnd = and }
        return Hinge(left: leftStart..<leftEnd, right: rightStart..<s.upperBound, words: s.lowerBound..<japanese)
    }

    /// `Prime Minister Junichiro Koizumi and Republic of Chile President Ricardo Lagos Escobar
    /// held a summit meeting`.
    private static func joint(_ s: Range<Int>, _ t: RecordText) -> Hinge? {
        var first: Int?
        for verb: StaticString in [" held ", " had ", " talked ", " met ", " spoke ", " conferred "] {
            // Only before the earliest so far: a later copy could not be the first.
            if let at = t.find(verb, in: s.lowerBound..<min(s.upperBound, (first ?? s.upperBound) + verb.utf8CodeUnitCount - 1)),
               first == nil || at < first! {
                first = at
            }
        }
        guard let held = first else { return nil }
        let words = held + 1..<min(s.upperBound, held + 60)
        // The cheap tests first; the kind's many phrases only when they fail.
        guard t.matches(" met ", at: held, end: s.upperBound) || t.findIgnoringCase("meeting", in: words) != nil
            || t.findIgnoringCase("talk", in: words) != nil || t.findIgnoringCase("telephone", in: words) != nil
            || KindRules.stated(in: words, t) != nil else { return nil }
        // The ` and ` before the verb that opens a second person (an honorific, a title, a
        // country: `and UK Secretary of State for Foreign and Commonwealth Affairs …`), else the
        // last one with a capital after it.
        var from = s.lowerBound
        var split: Int?
        var opensPerson: Int?
        while let and = t.find(" and ", in: from..<held) {
            if and > s.lowerBound, t.startsUpper(and + 5, end: held) {
                split = and
                let next = and + 5..<held
                let first = t.words(next).first.map(t.string) ?? ""
                if opensPerson == nil, Principals.dropHonorifics(next, t).1 || Principals.titleOpeners.contains(first)
                    || Countries.adjectives[first] != nil || Countries.known.contains(first) {
                    opensPerson = and
                }
            } else if and > s.lowerBound, opensPerson == nil, t.matches("the ", at: and + 5, end: held),
                      Principals.dropHonorifics(and + 5..<held, t).1 {
                // `A, Minister …, and the Rt Hon B MP, Secretary of State … of the United
                // Kingdom of Great Britain and Northern Ireland, held …`: an honorific after `the`.
                opensPerson = and
            }
            from = and + 5
        }
        guard let and = opensPerson ?? split else { return nil }
        return Hinge(left: s.lowerBound..<and, right: and + 5..<held, words: held + 1..<s.upperBound)
    }

    /// Where the verb before `i` starts (`held a …`, `paid a …`): the last verb word before it,
    /// else `i` itself.
    private static func verbStart(before i: Int, _ s: Range<Int>, _ t: RecordText) -> Int {
        var best = i
        // Only in the clause of the meeting words: `At talks held in Bangkok …, Mr. X exchanged views`.
        let clauseStart = Sentences.lastClause(s.lowerBound..<i, t)?.lowerBound ?? s.lowerBound
        let from = max(clauseStart > s.lowerBound ? clauseStart - 1 : s.lowerBound, i - 200)
        // The latest verb wins: read back from `i`, trying verbs only where a space stands.
        var at = i - 1
        while at >= from {
            if t[at] == UInt8(ascii: " "), isVerb(at, end: i, t) { best = at; break }
            at -= 1
        }
        return best
    }

    /// Whether one of the verbs that open the meeting words, with its spaces, stands at `at` (before `end`).
    private static func isVerb(_ at: Int, end: Int, _ t: RecordText) -> Bool {
        guard at + 1 < end else { return false }
        switch t[at + 1] {
        case UInt8(ascii: "h"):
            return t.matches(" held ", at: at, end: end) || t.matches(" had ", at: at, end: end) || t.matches(" hosted ", at: at, end: end)
                || t.matches(" hold ", at: at, end: end) || t.matches(" holds ", at: at, end: end)
        case UInt8(ascii: "p"): return t.matches(" paid ", at: at, end: end)
        case UInt8(ascii: "m"): return t.matches(" made ", at: at, end: end) || t.matches(" met ", at: at, end: end)
        case UInt8(ascii: "g"): return t.matches(" gave ", at: at, end: end)
        case UInt8(ascii: "r"): return t.matches(" received ", at: at, end: end)
        case UInt8(ascii: "a"): return t.matches(" attended ", at: at, end: end)
        case UInt8(ascii: "c"): return t.matches(" conducted ", at: at, end: end)
        case UInt8(ascii: "e"): return t.matches(" exchanged ", at: at, end: end)
        case UInt8(ascii: "s"): return t.matches(" signed ", at: at, end: end)
        default: return false
        }
    }
}
