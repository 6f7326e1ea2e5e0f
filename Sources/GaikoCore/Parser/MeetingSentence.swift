/// What the lead's key sentence says: `On <date>, commencing at <time> for <duration>,
/// <Japan's principal>, visiting <place> to attend <occasion>, held a <kind> with <counterpart>.`
struct MeetingSentence {
    var date: DateText.MonthDay?
    var times = MeetingTimes()
    var duration: Int?
    var japan = Principal()
    var counterpart = Principal()
    /// What follows the counterpart's name (`of the Republic of Chile`), for `counterpartCountry`.
    private var counterpartRest: Range<Int>?
    /// The words naming the meeting (`held a foreign ministers’ meeting`).
    var meetingWords: Range<Int>?

    static func read(_ s: Range<Int>, _ t: RecordText) -> MeetingSentence {
        var m = MeetingSentence()
        m.date = DateText.firstMonthDay(in: s, of: t)
        m.times = MeetingTimes.read(s, t)
        m.duration = Duration.minutes(in: s, t)
        if let with = anchor(s, t) {
            m.readJapan(s.lowerBound..<with, t)
            m.readCounterpart(with + 5..<s.upperBound, t)
        }
        return m
    }

    /// The counterpart's country as the sentence gives it: from the title, else from `of …`
    /// after the name. Computed on demand: a heading usually names the country already.
    func counterpartCountry(_ t: RecordText) -> String? {
        if let title = counterpart.title, let country = Countries.fromTitle(title) { return country }
        guard let rest = counterpartRest, t.starts(rest, with: "of ") else { return nil }
        return Countries.shortName(Substring(t.string(rest.lowerBound + 3..<rest.upperBound)))
    }

    /// Where `with ` introduces the counterpart: after the meeting words, else the first `with`.
    static func anchor(_ s: Range<Int>, _ t: RecordText) -> Int? {
        var from = s.lowerBound
        var first: Int?
        while let hit = t.find(" with ", in: from..<s.upperBound) {
            if first == nil { first = hit + 1 }
            var b = hit
            while b > s.lowerBound, Bytes.isLetter(t[b - 1]) || t[b - 1] >= 0x80 { b -= 1 }
            switch t.string(b..<hit) {
            case "meeting", "meetings", "talk", "talks", "call", "conversation", "met", "summit", "dinner",
                 "luncheon", "lunch", "breakfast", "conference", "exchange", "dialogue", "consultation", "videoconference":
                return hit + 1
            default:
                from = hit + 6
            }
        }
        return first
    }

    /// Japan's principal: the first clause before the counterpart that names a person by an
    /// honorific or a title, and the title in the clause after it (`Mr. Taro Kono, Minister …`).
    private mutating func readJapan(_ r: Range<Int>, _ t: RecordText) {
        let clauses = Sentences.clauses(r, t)
        meetingWords = clauses.last
        for (k, clause) in clauses.enumerated() {
            let p = Principals.phrase(clause, t)
            guard !p.nameWords.isEmpty, p.hadHonorific || p.title != nil else { continue }
            let later = p.nameWords.last!.upperBound..<t.count
            let (name, family) = Principals.names(p.nameWords, t, later: later)
            japan.name = name
            japan.familyName = family
            if let title = p.title {
                japan.title = t.string(title)
            } else if k + 1 < clauses.count, Principals.isTitle(clauses[k + 1], t) {
                japan.title = t.string(clauses[k + 1])
            }
            return
        }
    }

    /// The counterpart: `H.E. Mr. Ricardo Luna, Minister for Foreign Affairs of the Republic of
    /// Peru`, `President Gabriel Boric Font of Chile`, `the President of Chile, H.E. Mr. …`.
    private mutating func readCounterpart(_ r: Range<Int>, _ t: RecordText) {
        let clauses = Sentences.clauses(r, t)
        guard var nameClause = clauses.first else { return }
        var titleClause: Range<Int>?
        var next = 1
        if t.starts(nameClause, with: "the "), clauses.count > 1,
           Principals.isTitle(nameClause.lowerBound + 4..<nameClause.upperBound, t) {
            titleClause = nameClause.lowerBound + 4..<nameClause.upperBound
            nameClause = clauses[1]
            next = 2
        }
        let p = Principals.phrase(nameClause, t)
        guard !p.nameWords.isEmpty else { return }
        let later = p.nameWords.last!.upperBound..<t.count
        let (name, family) = Principals.names(p.nameWords, t, later: later)
        counterpart.name = name
        counterpart.familyName = family
        if titleClause == nil {
            if let title = p.title {
                titleClause = title
            } else if next < clauses.count, Principals.isTitle(clauses[next], t) {
                titleClause = clauses[next]
            }
        }
        if let titleClause { counterpart.title = t.string(titleClause) }
        counterpartRest = p.rest
    }
}
