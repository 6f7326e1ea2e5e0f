/// What the key sentence says: `On <date>, commencing at <time> for <duration>, <Japan's
/// principal>, visiting <place> to attend <occasion>, held a <kind> with <counterpart>.`
///
/// The genre writes who met whom in a handful of shapes (see `Hinge`): `A held a meeting with B`,
/// `A paid a courtesy call on B`, `A received a courtesy call from B`, `A and B held a summit
/// meeting`, `A attended a dinner hosted by B`, `the Japanese side was A … represented by B`.
/// Either side may come first; the side that names Japan, or a Japanese office-holder, is Japan's.
struct MeetingSentence {
    var date: DateText.MonthDay?
    var times = MeetingTimes()
    var duration: Int?
    var japan = Principal()
    var counterpart = Principal()
    /// The country the counterpart's own words name (`of the Republic of Chile`).
    var counterpartCountry: String?
    /// The words naming the meeting (`held a foreign ministers’ meeting`).
    var meetingWords: Range<Int>?
    var isCourtesyCall = false
    /// The sentence read (places and occasions are read from it too).
    var range: Range<Int> = 0..<0

    /// `The meeting started at 6pm and lasted for forty five minutes`: when the key sentence
    /// gives no time or duration, the next sentences about the meeting may.
    mutating func readTimesAfter(among sentences: [Range<Int>], _ t: RecordText) {
        guard times.start == nil || duration == nil else { return }
        for s in sentences.filter({ $0.lowerBound >= range.upperBound }).prefix(2) {
            // `The two subsequently held a Foreign Ministers' Meeting from 5:05 pm …`
            let aboutMeeting = t.starts(s, with: "The meeting") || t.starts(s, with: "The talk") || t.starts(s, with: "The call")
                || t.starts(s, with: "The two ") && t.find(" held ", in: s) != nil
                || t.starts(s, with: "The summit") || t.starts(s, with: "It ") || t.find(" started", in: s) != nil
                || t.find(" began", in: s) != nil || t.find(" lasted", in: s) != nil
                // `(Approximately 60 minute consultations from 10:55 a.m., followed by a lunch)`
                || t.starts(s, with: "(Approximately ") || t.starts(s, with: "(approximately ")
            guard aboutMeeting else { continue }
            if times.start == nil {
                // `The call lasted … from 20:45 (Tokyo time)`: Japan's time alone counts too.
                let later = MeetingTimes.read(s, t)
                if later.start != nil || later.jst != nil { times = later }
            }
            if duration == nil { duration = Duration.minutes(in: s, t) }
        }
    }

    /// Whether the sentence names this month and day anywhere.
    func mentions(month: Int, day: Int, _ t: RecordText) -> Bool {
        var from = range.lowerBound
        while from < range.upperBound, let d = DateText.firstMonthDay(in: from..<range.upperBound, of: t) {
            if d.month == month && d.day == day { return true }
            from = max(d.range.upperBound, from + 1)
        }
        return false
    }

    /// The first sentence of `lines` that says who met whom, read.
    static func find(in lines: [Range<Int>], _ t: RecordText) -> MeetingSentence? {
        found(in: lines, t)?.sentence
    }

    /// The first sentence of `lines` that says who met whom, read, with its line and the line's
    /// sentences (the parser reads on in them: splitting a paragraph again cost as much as reading it).
    static func found(in lines: [Range<Int>], _ t: RecordText) -> (sentence: MeetingSentence, line: Range<Int>, sentences: [Range<Int>])? {
        // `(1) Courtesy call on Hon. Mr. A, Prime Minister of Vanuatu` over the paragraph `On
        // April 11, State Minister B paid a courtesy call on Hon. Mr. A, …`: a heading naming
        // one side gives way to a later sentence naming the same person and the other side.
        var oneSided: (sentence: MeetingSentence, line: Range<Int>, sentences: [Range<Int>])?
        for line in lines {
            let sentences = Sentences.all(line, t)
            for (k, s) in sentences.enumerated() {
                guard var hinge = Hinge.find(in: s, t) else { continue }
                // `… Secretary of State Hillary Rodham Clinton visited Japan … . She held a meeting
                // with Foreign Minister Hirofumi Nakasone`: the subject named a sentence before.
                if k > 0, isPronoun(t.trimmed(hinge.left), t) { hinge.left = sentences[k - 1] }
                // `Upon request from U.S. Secretary of State Condoleezza Rice, Foreign Minister
                // Hirofumi Nakasone had a teleconference with her`: the partner named first.
                if startsWithObjectPronoun(hinge.right, t), let split = partnerNamedFirst(hinge.left, t) {
                    hinge.left = split.subject
                    hinge.right = split.partner
                }
                let sentence = read(s, hinge, t)
                // `1. Meetings with government dignitaries and others`: a heading with a meeting
                // word names nobody; the meeting is told further on.
                if sentence.japan.isUnread, sentence.counterpart.isUnread { continue }
                if let first = oneSided {
                    guard !sentence.japan.isUnread, !sentence.counterpart.isUnread,
                          sentence.counterpart.familyName == first.sentence.counterpart.familyName else { continue }
                    return (sentence, line, sentences)
                }
                if sentence.japan.isUnread || sentence.counterpart.isUnread {
                    oneSided = (sentence, line, sentences)
                    continue
                }
                return (sentence, line, sentences)
            }
        }
        return oneSided
    }

    private static func startsWithObjectPronoun(_ r: Range<Int>, _ t: RecordText) -> Bool {
        guard let first = t.firstWord(t.trimmed(r)) else { return false }
        return t.equals(first, "her") || t.equals(first, "him")
    }

    /// In `Upon request from A's title A, B …`, the last clause (B) and the person the earlier
    /// clause names, from its title or honorific on.
    private static func partnerNamedFirst(_ left: Range<Int>, _ t: RecordText) -> (subject: Range<Int>, partner: Range<Int>)? {
        let clauses = Sentences.clauses(left, t)
        guard clauses.count >= 2, let last = clauses.last, let earlier = clauses.dropLast().last else { return nil }
        let words = t.words(earlier)
        for (i, w) in words.enumerated().dropFirst() where t.startsUpper(w.lowerBound, end: w.upperBound) {
            let opensTitle = Principals.titleOpeners.contains(w, t)
                || Countries.adjectives[w, t] != nil && i + 1 < words.count && Principals.titleOpeners.contains(words[i + 1], t)
            guard opensTitle || Principals.dropHonorifics(w.lowerBound..<earlier.upperBound, t).1 else { continue }
            return (last, w.lowerBound..<earlier.upperBound)
        }
        return nil
    }

    private static func isPronoun(_ r: Range<Int>, _ t: RecordText) -> Bool {
        t.equals(r, "She") || t.equals(r, "He") || t.equals(r, "They")
    }

    static func read(_ s: Range<Int>, _ hinge: Hinge, _ t: RecordText) -> MeetingSentence {
        var m = MeetingSentence()
        m.range = s
        m.date = DateText.firstMonthDay(in: s, of: t)
        m.times = MeetingTimes.read(s, t)
        m.duration = Duration.minutes(in: s, t)
        m.isCourtesyCall = hinge.isCourtesyCall
        m.meetingWords = hinge.words

        let sides = Self.sides(hinge, t)
        m.readJapan(sides.japan, t)
        m.readCounterpart(sides.counterpart, country: sides.country, t, later: sides.later)
        return m
    }

    /// The counterpart's name as `read` gives it, and whether they have a title, when the
    /// sentence names both sides; nothing else is read (no family names, no countries kept).
    static func namedCounterpart(_ hinge: Hinge, _ t: RecordText) -> (name: String, hasTitle: Bool)? {
        let sides = Self.sides(hinge, t)
        guard !sides.japan.isEmpty, !sides.counterpart.isEmpty else { return nil }
        return (Principals.nameAsWritten(sides.counterpart, t), sides.counterpart.title != nil)
    }

    /// The people on each side of the hinge, Japan's first; the counterpart's country as their
    /// own words name it; the text after the people (names mentioned later decide family names).
    private static func sides(_ hinge: Hinge, _ t: RecordText)
        -> (japan: Principals.Person, counterpart: Principals.Person, country: String?, later: Range<Int>) {
        var left = Self.side(in: hinge.left, t)
        var right = Principals.person(hinge.right, t)
        let later = (right.isEmpty ? hinge.right.lowerBound : right.end)..<t.count
        var leftCountry = Self.country(of: left, t), rightCountry = Self.country(of: right, t)
        let rightScore = japanScore(right, country: rightCountry, t)
        if !right.isEmpty, left.isEmpty ? rightScore > 0 : rightScore > japanScore(left, country: leftCountry, t) {
            swap(&left, &right)
            swap(&leftCountry, &rightCountry)
        }
        return (left, right, rightCountry, later)
    }

    /// The country a person's own words name: their title's, else `of …` after the name.
    /// Worked out once a person: it is the dearest part of reading a sentence.
    private static func country(of p: Principals.Person, _ t: RecordText) -> String? {
        if let title = p.titleAfter {
            if let country = p.titleCountry { return country }
            // `Taoiseach (Prime Minister of Ireland)`: an office in its own language, explained.
            if let aside = asideAfter(title, t), let country = Countries.inTitle(aside, t) { return country }
        } else if let title = p.titleBefore, let country = Countries.inTitle(withoutTrailingAside(title, t), t) {
            return country
        }
        if let rest = p.rest, t.starts(rest, with: "of ") { return countryAfterOf(rest, t) }
        return nil
    }

    /// What a parenthesis right after `r` holds, if one opens there and closes within a title's length.
    private static func asideAfter(_ r: Range<Int>, _ t: RecordText) -> Range<Int>? {
        var i = r.upperBound
        while i < t.count, t[i] == UInt8(ascii: " ") { i += 1 }
        guard i < t.count, t[i] == UInt8(ascii: "(") else { return nil }
        let limit = min(t.count, i + 120)
        guard let close = t.firstIndex(of: UInt8(ascii: ")"), in: i + 1..<limit) else { return nil }
        return t.trimmed(i + 1..<close)
    }

    /// `… of the Republic of Korea (ROK)`: the title without the parenthesis at its end.
    private static func withoutTrailingAside(_ r: Range<Int>, _ t: RecordText) -> Range<Int> {
        guard t.ends(r, with: ")") else { return r }
        var open = r.upperBound - 1
        while open > r.lowerBound, t[open] != UInt8(ascii: "(") { open -= 1 }
        return open > r.lowerBound ? t.trimmed(r.lowerBound..<open) : r
    }

    /// `of the UK on the phone at the request of the latter`: `of`, the country's capitalised
    /// words, and no further.
    private static func countryAfterOf(_ rest: Range<Int>, _ t: RecordText) -> String? {
        var start: Int?
        var end = rest.lowerBound
        for (k, w) in t.words(rest).enumerated() {
            if k == 0 || t.equals(w, "the") && k == 1 { continue }
            guard t.startsUpper(w.lowerBound, end: w.upperBound) || t.equals(w, "of") || t.equals(w, "and") || t.equals(w, "the") else { break }
            if start == nil { start = w.lowerBound }
            end = w.upperBound
        }
        guard let start else { return nil }
        // `of the Republic of Peru` reads as a title's country does; `of the UK` by its short name.
        return Countries.inTitle(rest.lowerBound..<end, t) ?? Countries.named(start..<end, t)
    }

    /// The person on the left of the hinge: the first clause that names someone by an honorific
    /// or a title (the clauses before it are the date and time).
    private static func side(in r: Range<Int>, _ t: RecordText) -> Principals.Person {
        let clauses = Sentences.clauses(r, t)
        for (k, clause) in clauses.enumerated() {
            let first = t.firstWord(clause)
            // Asked once: both tests below want it for most clauses.
            let opensWithOpener = first.map { Self.openers.contains($0, t) } ?? false
            // `2005 from about 17:00 (BST) … Minister for Foreign Affairs Machimura Nobutaka held
            // talks`: a clause about the time that runs on into the person.
            // `starting from 3:35 p.m. for approximately 15 minutes Mr. KISHIDA Fumio, Prime
            // Minister of Japan had a meeting`: the person closes the clause, or the last clause
            // runs into the verb.
            if let first,
               Bytes.isDigit(t[first.lowerBound]) || opensWithOpener || !t.startsUpper(first.lowerBound, end: first.upperBound),
               let p = personInside(clause.lowerBound..<r.upperBound, clause, t), k == clauses.count - 1 || p.rest == nil,
               // `During the visit … of the United Nations General Assembly, H.E. Mr. A, …`: a
               // title word inside the clause loses to a person with an honorific after it.
               p.hadHonorific || !clauses[(k + 1)...].contains(where: { Principals.opensWithHonorificOrTitle($0, t) }) {
                return p
            }
            // `during his visit to Washington, D.C., Minister …`: an abbreviation is no person.
            if Self.isAbbreviation(clause, t) { continue }
            // `On November 12`, `commencing at 3 p.m.`: not a person.
            if let first, !t.startsUpper(first.lowerBound, end: first.upperBound),
               !t.starts(clause, with: "the ") { continue }
            if let first, DateText.isMonthName(first, t) || DateText.isWeekday(first, t)
                || opensWithOpener || isParticiple(first, t) { continue }
            if t.starts(clause, with: "On ") || t.starts(clause, with: "From ") || t.starts(clause, with: "Commencing")
                || t.starts(clause, with: "Following") || t.starts(clause, with: "After ") || t.starts(clause, with: "Before ")
                || t.starts(clause, with: "At ") || t.starts(clause, with: "In ") || t.starts(clause, with: "During ") {
                continue
            }
            let p = Principals.person(clause.lowerBound..<r.upperBound, t)
            guard !p.isEmpty, p.hadHonorific || p.title != nil || k + 1 < clauses.count && Principals.isTitle(clauses[k + 1], t) else {
                continue
            }
            return p
        }
        return Principals.Person()
    }

    /// `D.C.`, `U.S.A.`: capitals and full stops only.
    private static func isAbbreviation(_ clause: Range<Int>, _ t: RecordText) -> Bool {
        clause.count >= 2 && t.ends(clause, with: ".") && clause.allSatisfy { t[$0] == UInt8(ascii: ".") || (t[$0] &- 0x41) < 26 }
    }

    /// The first person named inside a clause that does not open with one: from an honorific or
    /// a title word that a name follows.
    private static func personInside(_ r: Range<Int>, _ clause: Range<Int>, _ t: RecordText) -> Principals.Person? {
        // The words after the first, one at a time: most clauses are read to their end.
        var word = t.firstWord(clause).flatMap { t.nextWord(after: $0, in: clause) }
        while let w = word {
            word = t.nextWord(after: w, in: clause)
            guard t.startsUpper(w.lowerBound, end: w.upperBound),
                  Principals.titleOpeners.contains(w, t) || Principals.dropHonorifics(w.lowerBound..<clause.upperBound, t).1 else { continue }
            let p = Principals.person(w.lowerBound..<r.upperBound, t)
            if !p.isEmpty, p.hadHonorific || p.title != nil { return p }
        }
        return nil
    }

    /// `Having arrived at …, Prime Minister Fukuda held`, `Taking the opportunity of …`: a clause
    /// opened by a participle tells what came before; the person follows it.
    private static func isParticiple(_ w: Range<Int>, _ t: RecordText) -> Bool {
        w.count > 5 && t[w.upperBound - 3] == UInt8(ascii: "i") && t[w.upperBound - 2] == UInt8(ascii: "n")
            && t[w.upperBound - 1] == UInt8(ascii: "g")
    }

    /// Words that open a clause about when or how long, not a person.
    private static let openers = WordSet([
        "On", "For", "At", "From", "In", "During", "After", "Before", "Following", "Commencing", "Beginning",
        "Starting", "Around", "About", "Approximately", "Shortly", "Today", "Yesterday", "This", "Earlier", "Later",
        "Prior", "Since", "Until", "Over", "Upon", "While", "When", "As", "Afterwards", "Afterward", "Then",
        "Subsequently", "Next", "Finally", "Also", "Meanwhile", "Furthermore", "Moreover", "Thereafter",
    ])

    /// How strongly a person reads as Japan's principal: their title names Japan, their name is
    /// a known Japanese office-holder's, or the Japanese way of writing it (`KISHIDA Fumio`).
    /// A title naming another country counts against.
    static func japanScore(_ p: Principals.Person, country: String?, _ t: RecordText) -> Int {
        var score = 0
        if let country {
            score += country == "Japan" ? 3 : -3
        } else if let title = p.title, t.find(" Japan", in: title) != nil || t.find("Japanese", in: title) != nil,
                  t.find(" to Japan", in: title) == nil {
            // (`Ambassador of the Republic of Lithuania to Japan` serves another country.)
            score += 2
        }
        if p.nameWords.contains(where: { JapanesePrincipals.isKnown($0, t) }) { score += 1 }
        return score
    }

    private mutating func readJapan(_ p: Principals.Person, _ t: RecordText) {
        guard !p.isEmpty else { return }
        let (name, family) = Principals.japaneseName(p.nameWords, t)
        japan.name = name
        japan.familyName = family
        if let title = p.title { japan.title = t.string(title) }
    }

    private mutating func readCounterpart(_ p: Principals.Person, country: String?, _ t: RecordText, later: Range<Int>) {
        guard !p.isEmpty else { return }
        // `an informal meeting with Chileans of Japanese descent`: one bare word, with neither
        // honorific nor title, names a group, not a person.
        guard p.nameWords.count > 1 || p.hadHonorific || p.title != nil || p.counterpartWords != nil else { return }
        let (name, family) = Principals.writtenName(p, t, later: later)
        counterpart.name = name
        counterpart.familyName = family
        if let title = p.title { counterpart.title = t.string(title) }
        if let country, country != "Japan" {
            counterpartCountry = country
        } else if p.titleAfter != nil, let before = p.titleBefore, let country = Countries.inTitle(before, t), country != "Japan" {
            counterpartCountry = country
        } else if let words = p.counterpartWords {
            counterpartCountry = t.words(words).lazy.compactMap { Countries.adjectives[$0, t] }.first
        }
    }
}

extension Principal {
    /// `self == Principal()`, without making and destroying a blank one to compare with (the
    /// key sentence's search asked it up to six times a sentence).
    var isUnread: Bool { name == nil && familyName == nil && title == nil && country == nil }
}
