/// Turns one record's text into a `Meeting`. Reads the genre, not a list of known records: the
/// layout first (heading, date line, lead, sections, references, page furniture set aside), then
/// the lead's key sentence for the date, times, principals, place, occasion and kind. Whatever it
/// cannot find stays nil and is named in `warnings`; nothing is guessed.
public enum RecordParser {
    /// Parses `text` (a whole record). `source` is stored as the meeting's `source`.
    /// The id is `DATE-KIND` (or `undated-KIND`); the corpus adds `-2`, `-3` on collisions.
    public static func parse(_ text: String, source: String) -> Meeting {
        // The parser reads the string's own UTF-8 storage: copying every record into an array
        // first cost an allocation and a pass over the bytes for each of them.
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { parse(RecordText(borrowing: $0), source: source) }!
    }

    private static func parse(_ t: RecordText, source: String) -> Meeting {
        let layout = RecordLayout.read(t)
        // The key sentence opens the lead line that says who met whom.
        let keyLine = layout.lead.first { t.find(" with ", in: $0) != nil } ?? layout.lead.first
        let sentence = keyLine.map { MeetingSentence.read(Sentences.first($0, t), t) } ?? MeetingSentence()
        var warnings: [String] = []

        let date = meetingDate(layout.dateLine, sentence.date, &warnings)
        let kind = meetingKind(layout, sentence, t, &warnings)

        var counterpart = sentence.counterpart
        counterpart.country = layout.title.flatMap { Countries.fromPair($0, t) }
            ?? layout.furniture.lazy.compactMap { Countries.fromPair($0, t) }.first
            ?? sentence.counterpartCountry(t)
        let places = keyLine.map { Places.read(Sentences.first($0, t), t, counterpartCountry: counterpart.country) } ?? Places.Reading()

        let title: String
        if let line = layout.title {
            title = t.string(line)
        } else if let country = counterpart.country {
            title = "Japan-\(country) \(kind.titleWords)"
        } else {
            title = "Untitled record"
            warnings.append("Title not found: no heading line and no counterpart country to name it by")
        }

        let times = sentence.times
        let startJST = times.jst.flatMap { jstStart($0, times.jstDate, meetingDate: date, &warnings) }
        var duration = sentence.duration
        if duration == nil, let start = times.start, let end = times.end {
            let minutes = (end.minutesSinceMidnight - start.minutesSinceMidnight + 1440) % 1440
            if minutes > 0 { duration = minutes }
        }

        let meeting = Meeting(
            id: "\(date?.description ?? "undated")-\(kind.rawValue)", source: source, title: title, date: date,
            kind: kind, japan: sentence.japan, counterpart: counterpart,
            venue: places.venue, venueCountry: places.country, occasion: places.occasion,
            startLocal: times.start, endLocal: times.end, startJST: startJST, durationMinutes: duration,
            lead: layout.lead.map(t.string), sections: layout.sections, references: layout.references
        )
        return withMissingFields(meeting, warnings)
    }

    /// The date line; the sentence's date when there is none and it gives a year.
    private static func meetingDate(_ line: Day?, _ said: DateText.MonthDay?, _ warnings: inout [String]) -> Day? {
        if let line {
            if let said, said.month != line.month || said.day != line.day {
                warnings.append("The date line (\(line)) and the text (\(monthName(said.month)) \(said.day)) disagree; the date line is used")
            }
            return line
        }
        guard let said else {
            warnings.append("Date not found")
            return nil
        }
        if let year = said.year, let day = DateText.validDay(year, said.month, said.day) { return day }
        warnings.append("Date incomplete: the text says \(monthName(said.month)) \(said.day) but gives no year and there is no date line")
        return nil
    }

    private static func meetingKind(_ layout: RecordLayout, _ sentence: MeetingSentence, _ t: RecordText, _ warnings: inout [String]) -> MeetingKind {
        let fromTitle = layout.title.flatMap { KindRules.stated(in: $0, t) }
        let fromWords = sentence.meetingWords.flatMap { KindRules.stated(in: $0, t) }
        if fromTitle == .telephone || fromWords == .telephone { return .telephone }
        if let kind = fromTitle ?? fromWords { return kind }
        if let kind = KindRules.fromTitles(japan: sentence.japan.title, counterpart: sentence.counterpart.title) { return kind }
        warnings.append("Kind of meeting not found: shown as Other")
        return .other
    }

    /// The JST start on its stated date, or on the meeting's date when it states none. A date
    /// that falls in an earlier month than the meeting is in the next year (`December 31` →
    /// `January 1`).
    private static func jstStart(_ time: TimeOfDay, _ said: DateText.MonthDay?, meetingDate: Day?, _ warnings: inout [String]) -> JSTDateTime? {
        guard let said else {
            if let meetingDate { return JSTDateTime(day: meetingDate, time: time) }
            warnings.append("Japan Standard Time start given (\(time)) but its date is unknown")
            return nil
        }
        guard let year = said.year ?? meetingDate.map({ said.month < $0.month - 6 ? $0.year + 1 : $0.year }),
              let day = DateText.validDay(year, said.month, said.day) else {
            warnings.append("Japan Standard Time start given (\(time)) but its year is unknown")
            return nil
        }
        return JSTDateTime(day: day, time: time)
    }

    /// `warnings` plus one line for each field the record did not give.
    private static func withMissingFields(_ m: Meeting, _ warnings: [String]) -> Meeting {
        var m = m
        var w = warnings
        if m.japan.name == nil {
            w.append("Japan's principal not found")
        } else if m.japan.title == nil {
            w.append("Title of Japan's principal not found")
        }
        if m.counterpart.name == nil {
            w.append("Counterpart not found")
        } else if m.counterpart.title == nil {
            w.append("Counterpart's title not found")
        }
        if m.counterpart.country == nil { w.append("Counterpart's country not found") }
        if m.kind != .telephone {
            if m.venue == nil {
                w.append("Venue not found")
            } else if m.venueCountry == nil {
                w.append("Venue's country not found")
            }
        }
        if m.startLocal == nil && m.startJST == nil { w.append("Start time not found") }
        if m.durationMinutes == nil { w.append("Duration not found") }
        if m.lead.isEmpty && m.sections.isEmpty { w.append("No body text found") }
        m.warnings = w
        return m
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func monthName(_ m: Int) -> String { months[max(1, min(12, m)) - 1] }
}
