import GaikoCore

/// Who meets whom, when and where: everything about a record except its wording.
struct MeetingPlan {
    enum Setting {
        case occasion(SynthOccasion)
        case counterpartCountry
        case japan
        case telephone
    }

    var kind: MeetingKind
    var date: Day
    var country: SynthCountry
    var japan: SynthPerson
    var japanIsPrimeMinister: Bool
    var counterpart: SynthPerson
    var counterpartIsHead: Bool
    var setting: Setting
    var layout: RecordLayout

    static func random(rng: inout SplitMix64) -> MeetingPlan {
        let kind = rng.pick([MeetingKind.summit, .summit, .foreignMinisters, .foreignMinisters, .telephone, .other])
        let year = rng.int(1990...2026), month = rng.int(1...12)
        let date = Day(year: year, month: month, day: rng.int(1...daysIn(month: month, year: year)))
        let country = rng.pick(Countries.all)

        // Summits pair heads, foreign ministers pair ministers; "other" crosses the levels.
        let leaders: Bool
        var counterpartIsHead: Bool
        switch kind {
        case .summit: leaders = true; counterpartIsHead = true
        case .foreignMinisters: leaders = false; counterpartIsHead = false
        case .telephone: leaders = rng.chance(70); counterpartIsHead = leaders
        case .other: leaders = rng.chance(50); counterpartIsHead = !leaders
        }
        let japan = leaders ? JapaneseOfficials.primeMinister(year: year, month: month)
            : JapaneseOfficials.foreignMinister(year: year, month: month)
        let counterpart = counterpartIsHead ? rng.pick(country.heads) : rng.pick(country.ministers)

        let setting: Setting
        if kind == .telephone {
            setting = .telephone
        } else {
            switch rng.below(3) {
            case 0: setting = .occasion(rng.pick(Occasions.all))
            case 1: setting = .counterpartCountry
            default: setting = .japan
            }
        }
        return MeetingPlan(kind: kind, date: date, country: country, japan: japan, japanIsPrimeMinister: leaders,
                           counterpart: counterpart, counterpartIsHead: counterpartIsHead, setting: setting,
                           layout: rng.pick(RecordLayout.allCases))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Where the meeting's local clock runs, minutes from UTC.
    var utcOffset: Int {
        switch setting {
        case .occasion(let o): o.utcOffset
        case .counterpartCountry: country.utcOffset
        case .japan, .telephone: 540
        }
    }

    var japanRole: String { japanIsPrimeMinister ? "Prime Minister" : "Minister for Foreign Affairs" }

    var counterpartRole: String { counterpartIsHead ? country.headRole : country.ministerRole }

    /// `Prime Minister Abe`, `Foreign Minister Kono`.
    var japanReference: String {
        (japanIsPrimeMinister ? "Prime Minister " : "Minister ") + japan.familyName
    }

    /// `President Humala`, `Premier Li`, `Secretary Ebrard`: the role up to its `of`/`for`.
    var counterpartReference: String {
        var role = counterpartRole
        for cut in [" of ", " for ", ","] {
            if let r = role.firstRange(of: cut) { role = String(role[..<r.lowerBound]) }
        }
        if role.hasPrefix("Federal ") { role.removeFirst("Federal ".count) }
        return role + " " + counterpart.familyName
    }

    /// `Japan-Peru Summit Meeting`, with the typographic apostrophe the records use.
    var title: String {
        let pair = "Japan-" + country.name
        switch kind {
        case .summit: return pair + " Summit Meeting"
        case .foreignMinisters: return pair + " Foreign Ministers’ Meeting"
        case .telephone: return pair + (japanIsPrimeMinister ? " Summit Telephone Talk" : " Foreign Ministers’ Telephone Talk")
        case .other: return pair + " Meeting"
        }
    }

    /// `the two leaders`, `the two ministers`, or `the two sides` when the levels differ.
    var pair: String {
        if japanIsPrimeMinister && counterpartIsHead { return "the two leaders" }
        if !japanIsPrimeMinister && !counterpartIsHead { return "the two ministers" }
        return "the two sides"
    }
}
