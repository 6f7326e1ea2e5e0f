import GaikoCore

/// How a lead states when the meeting took place, in the phrasings of the real records.
struct TimePhrase {
    /// Follows the date in the lead: `(local time)` placed after the day, or nothing.
    var afterDay: String
    /// `commencing at 3:48 p.m. (local time) for approximately 35 minutes`.
    var text: String

    /// `local` is false for meetings in Japan and telephone talks, whose times are already JST.
    static func make(day: Day, start: TimeOfDay, minutes: Int, utcOffset: Int, local: Bool,
                     rng: inout SplitMix64) -> TimePhrase {
        let at = "commencing at " + clock(start)
        let tag = local ? " (local time)" : ""
        let variant = rng.below(local ? 7 : 4)
        switch variant {
        case 0: return TimePhrase(afterDay: "", text: at + tag + " for approximately \(minutes) minutes")
        case 1:
            let end = TimeOfDay(hour: (start.minutesSinceMidnight + minutes) / 60,
                                minute: (start.minutesSinceMidnight + minutes) % 60)
            return TimePhrase(afterDay: "", text: at + " until " + clock(end) + tag)
        case 2: return TimePhrase(afterDay: "", text: at + tag + " for " + hoursAndMinutes(minutes))
        case 3: return TimePhrase(afterDay: "", text: at + tag + " for \(minutes) minutes")
        case 4: return TimePhrase(afterDay: " (local time)", text: at + " for approximately \(minutes) minutes")
        case 5:
            let (jstDay, jst) = japanTime(day: day, start: start, utcOffset: utcOffset)
            let on = jstDay == day ? "" : " on " + monthDay(jstDay)
            return TimePhrase(afterDay: "", text: at + " local time (" + clock(jst) + on
                              + " JST), for approximately \(minutes) minutes")
        default:
            let (jstDay, jst) = japanTime(day: day, start: start, utcOffset: utcOffset)
            let on = jstDay == day ? "" : " on " + monthDay(jstDay)
            return TimePhrase(afterDay: "", text: at + " (local time; " + clock(jst, padMidnight: true) + on
                              + ", Japan Standard Time) for approximately \(minutes) minutes")
        }
    }

    /// `3:48 p.m.`; the 2024 record writes the hour after midnight as `00:50 a.m.`.
    static func clock(_ t: TimeOfDay, padMidnight: Bool = false) -> String {
        let minute = t.minute < 10 ? "0\(t.minute)" : "\(t.minute)"
        let suffix = t.hour < 12 ? " a.m." : " p.m."
        let hour12 = t.hour % 12 == 0 ? (t.hour == 0 && padMidnight ? "00" : "12") : "\(t.hour % 12)"
        return hour12 + ":" + minute + suffix
    }

    /// `about 2 hours and 30 minutes`, `about 1 hour`, `about 45 minutes`.
    static func hoursAndMinutes(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        var parts: [String] = []
        if h > 0 { parts.append(h == 1 ? "1 hour" : "\(h) hours") }
        if m > 0 { parts.append("\(m) minutes") }
        return "about " + parts.joined(separator: " and ")
    }

    static func japanTime(day: Day, start: TimeOfDay, utcOffset: Int) -> (Day, TimeOfDay) {
        let total = day.ordinal * 1440 + start.minutesSinceMidnight + (540 - utcOffset)
        let ordinal = Int((Double(total) / 1440).rounded(.down))
        let inDay = total - ordinal * 1440
        return (Day(ordinal: ordinal), TimeOfDay(hour: inDay / 60, minute: inDay % 60))
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `November 16`.
    static func monthDay(_ d: Day) -> String { months[d.month - 1] + " \(d.day)" }
}
