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
        return text.utf8.withContiguousStorageIfAvailable { parse(RecordText(borrowing: $0, of: text), source: source) }!
    }

    private static func parse(_ t: RecordText, source: String) -> Meeting {
        let layout = RecordLayout.read(t)
        var warnings: [String] = []
        // The key sentence: in the lead, else in the first points (`1. On April 23, …`).
        var candidates = layout.lead + layout.firstPoints
        var reading = MeetingSentence.found(in: candidates, t)
        if reading == nil, let inHeader = MeetingSentence.found(in: layout.header, t) {
            reading = inHeader
            candidates = layout.header
        }
        // The key sentence's range stands for it below: copying the whole reading cost more.
        let found = reading?.sentence.range
        var sentence = reading?.sentence ?? MeetingSentence()
        // A visit's overview: the heading's person for a side the text did not name.
        var sideFromHeading = false
        if sentence.japan.isUnread || sentence.counterpart.isUnread, let heading = layout.title,
           let hinge = VisitHeading.hinge(heading, t) {
            let fromHeading = MeetingSentence.read(heading, hinge, t)
            if sentence.japan.isUnread, !fromHeading.japan.isUnread {
                sentence.japan = fromHeading.japan
                sideFromHeading = true
            }
            if sentence.counterpart.isUnread, !fromHeading.counterpart.isUnread {
                sentence.counterpart = fromHeading.counterpart
                sentence.counterpartCountry = sentence.counterpartCountry ?? fromHeading.counterpartCountry
                sideFromHeading = true
            }
            // The visitor read on Japan's side of some other sentence (`Prime Minister Singh
            // attended a luncheon hosted by …`): one person is not both sides.
            if sideFromHeading, let family = sentence.japan.familyName, family == sentence.counterpart.familyName {
                sentence.japan = Principal()
            }
        }
        // `… between Prime Minister Noda and Australian Prime Minister Gillard` over `Prime
        // Minister Noda met with his Australian counterpart Julia Gillard`: the heading's title
        // for a counterpart the sentence names without one, or without a country.
        if found != nil, let family = sentence.counterpart.familyName,
           sentence.counterpart.title == nil || sentence.counterpartCountry == nil,
           let heading = layout.title, let before = titleBefore(family, in: heading, t) {
            if sentence.counterpart.title == nil { sentence.counterpart.title = t.string(before.title) }
            if sentence.counterpartCountry == nil { sentence.counterpartCountry = before.country }
        }
        let keyLine = found.flatMap { r in candidates.first { $0.contains(r.lowerBound) } } ?? layout.lead.first
        // The key line's sentences, split once.
        let keySentences = keyLine.map { line in reading?.line == line ? reading!.sentences : Sentences.all(line, t) } ?? []
        if found != nil, let keyLine {
            sentence.readTimesAfter(among: keySentences, t)
            // `… engaged in a Summit Meeting and attended a banquet hosted by B.` then, under a
            // heading, `On July 25, for approximately 75 minutes from 4:30 p.m., A held a
            // summit meeting with B …`: the same meeting told again, with its times.
            // The name as the record writes it (`MARAPE`), or as read (`Marape`).
            // Only when the first telling gives no time at all (`beginning at 5:25PM (Japan
            // Standard Time)` is a time), and the second gives one.
            if sentence.times.start == nil, var family = sentence.counterpart.familyName,
               case var upper = family.uppercased(),
               let again = MeetingSentence.find(in: candidates.filter { line in
                   line.lowerBound > keyLine.upperBound
                       && (family.withUTF8 { t.find($0, in: line) } != nil || upper.withUTF8 { t.find($0, in: line) } != nil)
               }, t),
               again.counterpart.familyName == sentence.counterpart.familyName {
                if again.times.start != nil || again.times.jst != nil { sentence.times = again.times }
                if sentence.duration == nil { sentence.duration = again.duration }
            }
            // `1. Courtesy Call on President Putin` then `(5:50 p.m., Dec. 2 (local time, the same
            // hereafter), for approximately 30 minutes)`: the times in a note under the heading
            // that names the counterpart.
            if sentence.times.start == nil, let family = sentence.counterpart.familyName,
               let note = timeNote(under: family, in: layout.firstPoints, t) {
                sentence.times = MeetingTimes.read(note, t)
                if sentence.duration == nil { sentence.duration = Duration.minutes(in: note, t) }
            }
        }
        if found == nil, !candidates.isEmpty {
            warnings.append(sideFromHeading
                ? "The sentence saying who met whom was not found; the principals named in the heading are shown, times and place are not read"
                : "The sentence saying who met whom was not found; the principals, times and place are not read")
        }

        // A visit's overview with no sentence saying who met whom, its meeting under a point:
        // `1. Japan-Mongolia Summit Meeting (August 10, 14:35-15:55)`.
        var pointKind: MeetingKind?
        if found == nil, let point = VisitHeading.meetingPoint(layout, t) {
            pointKind = point.kind
            sentence.times = MeetingTimes.read(point.line, t)
            sentence.date = DateText.firstMonthDay(in: point.line, of: t)
            if sentence.counterpart.isUnread, let partner = VisitHeading.partner(after: point, in: layout, t) {
                sentence.counterpart = partner.counterpart
                sentence.counterpartCountry = partner.counterpartCountry
            }
        }
        let date = meetingDate(layout.dateLine, yearHint: layout.yearHint, sentence, t, &warnings)
        let kind = meetingKind(layout, sentence, pointKind, t, &warnings)
        let format = meetingFormat(layout, sentence, keyLine, t, kind: kind)

        var counterpart = sentence.counterpart
        counterpart.country = layout.title.flatMap { Countries.fromPair($0, t) }
            ?? layout.furniture.lazy.compactMap { Countries.fromPair($0, t) }.first
            ?? sentence.counterpartCountry
        // `Visit to Morocco by Minister for Foreign Affairs A`, then `A paid courtesy calls on His
        // Majesty King Mohammed VI`: the heading names the country the title does not.
        let visitedInHeading = layout.title.flatMap { VisitHeading.abroad($0, t) }
        if counterpart.country == nil { counterpart.country = visitedInHeading }
        // `Meeting between Mr. A, Minister for Foreign Affairs, and Mr. B, Vice President of the
        // Islamic Republic of Iran`, then `… Mr. B, Vice President and President of the Iran
        // Cultural Heritage and Tourism Organization`: the heading's title names the country.
        if counterpart.country == nil, let heading = layout.title, let family = counterpart.familyName {
            counterpart.country = countryAfter(family, in: heading, t)
        }
        // `Japan-Congo Summit Meeting` over `President of the Democratic Republic of the Congo`:
        // a heading may shorten the name its sentence gives whole.
        if let paired = counterpart.country, let own = sentence.counterpartCountry, characterCount(own) > characterCount(paired),
           own.hasSuffix(" " + paired) {
            counterpart.country = own
        }
        var places = found.map { Places.read($0, t, counterpartCountry: counterpart.country) } ?? Places.Reading()
        if places.venue == nil, let keyLine {
            // `On April 9, the Policy Consultations were held in Tokyo. The representative …`
            // `Prime Minister Abe … visited Bangkok, the Kingdom of Thailand, …` then, under `1.
            // Japan-Thailand Summit Meeting`, the meeting: the lead's lines before the key line too.
            let earlier = layout.lead.filter { $0.upperBound <= keyLine.lowerBound }.reversed().flatMap { Sentences.all($0, t) }
            for before in keySentences + earlier where before.upperBound <= sentence.range.lowerBound {
                let context = Places.read(before, t, counterpartCountry: counterpart.country)
                if context.venue != nil {
                    places.venue = context.venue
                    places.country = context.country
                    break
                }
            }
        }
        if format != .inPerson {
            // A call has no venue; a place in its sentence is where someone happened to be.
            places.venue = nil
            places.country = nil
        } else if places.venue == nil, let visited = visitedCountry(keyLine, keySentences, layout, counterpart: counterpart.country, t)
                    ?? visitedInHeading.flatMap({ $0 == counterpart.country ? $0 : nil })
                    ?? (sideFromHeading ? layout.title.flatMap({ VisitHeading.visited($0, t) }) : nil) {
            places.venue = visited
            places.country = visited
        }
        if places.occasion == nil, keyLine != nil {
            // The closure keeps the range, not `sentence`: a `var` an escaping closure holds lives
            // in a box on the heap, and every call given the sentence copied it out (its strings
            // retained and released) — five copies a record.
            let keyRange = sentence.range
            places.occasion = keySentences.lazy.filter { $0 != keyRange }
                .compactMap { Places.occasion(in: $0, t, strict: true) }.first
        }
        // The lead and the line after it: where a page tells of a second meeting.
        // (Only the times of `sentence` were read again since it was found.)
        if found != nil, let other = secondMeeting(after: sentence, in: layout.lead, then: layout.firstPoints.first, t) {
            warnings.append("The record describes a second meeting (with \(other)); only the first is read")
        }

        let title: String
        if let line = layout.title {
            title = t.string(line)
        } else if let country = counterpart.country {
            title = "Japan-\(country) \(kind.titleWords)"
        } else {
            title = "Untitled record"
            warnings.append("Title not found: no heading line and no counterpart country to name it by")
        }

        var times = sentence.times
        // Japan's clock is the local one for a meeting in Japan, and for a call made from Japan.
        if times.start == nil, let jst = times.jst, places.country == "Japan" || format != .inPerson {
            times.start = jst
        }
        let startJST = times.jst.flatMap { jstStart($0, times.jstDate, meetingDate: date, &warnings) }
        var duration = sentence.duration
        if duration == nil, let start = times.start, let end = times.end {
            let minutes = (end.minutesSinceMidnight - start.minutesSinceMidnight + 1440) % 1440
            if minutes > 0 { duration = minutes }
        }

        var meeting = Meeting(
            id: meetingID(date, kind), source: source, title: title, date: date,
            kind: kind, format: format, japan: sentence.japan, counterpart: counterpart,
            venue: places.venue, venueCountry: places.country, occasion: places.occasion,
            startLocal: times.start, endLocal: times.end, startJST: startJST, durationMinutes: duration,
            warnings: [], body: body(layout, t, &warnings)
        )
        addMissingFields(to: &meeting, warnings)
        return meeting
    }

    /// The lead, sections and references. They stay places in the record's text, made into
    /// strings when asked for, unless a contents list must change the sections first.
    private static func body(_ layout: RecordLayout, _ t: RecordText, _ warnings: inout [String]) -> BodyStorage {
        let builder = layout.body
        if !builder.mayHoldContentsList(t), let owner = t.owner, let record = builder.build(text: owner) {
            return BodyStorage(record: record)
        }
        var body = builder.value(t)
        let unread = ContentsList.apply(to: &body.sections)
        if unread > 0 { warnings.append("The text ends before \(unread) of the sections its contents list names: shown empty") }
        return BodyStorage(body)
    }

    /// The meeting's own local date. The date line is the page's date, usually the meeting's; when
    /// the key sentence names other days and never the date line's, the sentence's day is the
    /// meeting's (`November 13` page, `On November 12, …`), with the date line's year.
    private static func meetingDate(_ line: Day?, yearHint: Int?, _ m: MeetingSentence, _ t: RecordText, _ warnings: inout [String]) -> Day? {
        let said = m.times.localDate ?? m.date
        if let line {
            guard let said, said.month != line.month || said.day != line.day else { return line }
            // The page is dated in Japan: a date line equal to the JST date is not the local day.
            let lineIsJST = m.times.jstDate.map { $0.month == line.month && $0.day == line.day } ?? false
            if m.times.localDate == nil, !lineIsJST, m.mentions(month: line.month, day: line.day, t) { return line }
            let year = said.year ?? (said.month > line.month + 6 ? line.year - 1 : said.month + 6 < line.month ? line.year + 1 : line.year)
            guard let day = DateText.validDay(year, said.month, said.day) else { return line }
            warnings.append("The date line (\(line)) and the text (\(monthName(said.month)) \(said.day)) disagree; the text's date is used")
            return day
        }
        guard let said else {
            warnings.append("Date not found")
            return nil
        }
        if let year = said.year ?? yearHint, let day = DateText.validDay(year, said.month, said.day) { return day }
        warnings.append("Date incomplete: the text says \(monthName(said.month)) \(said.day) but gives no year and there is no date line")
        return nil
    }

    /// Courtesy calls are `other`; a telephone talk at any level is `telephone`; then the kind the
    /// heading or the sentence states; then who met whom.
    private static func meetingKind(_ layout: RecordLayout, _ sentence: MeetingSentence, _ pointKind: MeetingKind?, _ t: RecordText,
                                    _ warnings: inout [String]) -> MeetingKind {
        let title = layout.title
        if sentence.isCourtesyCall || title.map({ KindRules.isCourtesyCall($0, t) }) == true { return .other }
        let fromTitle = title.flatMap { KindRules.stated(in: $0, t) }
        let fromWords = sentence.meetingWords.flatMap { KindRules.stated(in: $0, t) }
        if fromTitle == .telephone || fromWords == .telephone { return .telephone }
        if let kind = fromTitle ?? fromWords ?? pointKind { return kind }
        if let kind = KindRules.fromTitles(japan: sentence.japan.title, counterpart: sentence.counterpart.title) { return kind }
        warnings.append("Kind of meeting not found: shown as Other")
        return .other
    }

    private static func meetingFormat(_ layout: RecordLayout, _ sentence: MeetingSentence, _ keyLine: Range<Int>?, _ t: RecordText, kind: MeetingKind) -> MeetingFormat {
        if kind == .telephone { return .telephone }
        if let title = layout.title, KindRules.isTelephone(title, t) { return .telephone }
        if let words = sentence.meetingWords, KindRules.isTelephone(words, t) { return .telephone }
        if layout.title.map({ KindRules.isVideo($0, t) }) == true || keyLine.map({ KindRules.isVideo($0, t) }) == true {
            return .video
        }
        return .inPerson
    }

    /// `welcomed Minister Acevedo’s visit to Japan`, `welcomed Minister Matsumoto's visit to
    /// Brazil`: one principal came to the other's country, though the key sentence does not say
    /// where they met.
    private static func visitedCountry(_ keyLine: Range<Int>?, _ keySentences: [Range<Int>], _ layout: RecordLayout, counterpart: String?, _ t: RecordText) -> String? {
        let lines = (keyLine.map { [$0] } ?? []) + layout.firstPoints.prefix(2)
        for (k, line) in lines.enumerated() {
            if t.find("visit to Japan", in: line) != nil || t.find("visiting Japan", in: line) != nil { return "Japan" }
            // Another country only when welcomed there: `a visit to Australia in January` may be
            // any visit.
            if let counterpart {
                var copy = "visit to " + counterpart
                for s in k == 0 && keyLine != nil ? keySentences : Sentences.all(line, t) where t.find("welcome", in: s) != nil {
                    if copy.withUTF8({ t.find($0, in: s) }) != nil { return counterpart }
                }
            }
        }
        // `From April 10 to 14, Mr. A … visited the Republic of Vanuatu and the Republic of Fiji.`,
        // then the meeting under a heading: the country visited that is the counterpart's.
        if var counterpart, let keyLine, let lastLead = layout.lead.last, keyLine.lowerBound > lastLead.upperBound {
            for line in layout.lead {
                for s in Sentences.all(line, t) {
                    guard let at = t.find(" visited ", in: s) else { continue }
                    if counterpart.withUTF8({ t.find($0, in: at..<s.upperBound) }) != nil { return counterpart }
                }
            }
        }
        return nil
    }

    /// The line right under the first point that names `family`, when it is a note in
    /// parentheses holding a time.
    private static func timeNote(under family: String, in points: [Range<Int>], _ t: RecordText) -> Range<Int>? {
        var family = family
        guard let k = points.firstIndex(where: { line in family.withUTF8 { t.find($0, in: line) } != nil }), k + 1 < points.count else { return nil }
        let note = points[k + 1]
        guard t.starts(note, with: "("), t.ends(note, with: ")"), note.count < 200,
              note.contains(where: { Bytes.isDigit(t[$0]) }) else { return nil }
        return note
    }

    /// The title written before `family` in a heading when it names a country (`… and U.S.
    /// President Obama`, `… and Australian Prime Minister Gillard`): the capitalised words back
    /// to the heading's joining word.
    static func titleBefore(_ family: String, in heading: Range<Int>, _ t: RecordText) -> (title: Range<Int>, country: String)? {
        var family = family
        guard let at = family.withUTF8({ t.find($0, in: heading) }), at > heading.lowerBound, t[at - 1] == 0x20 else { return nil }
        let end = at + family.utf8.count
        guard end == heading.upperBound || !Bytes.isLetter(t[end]) else { return nil }
        let words = t.words(heading.lowerBound..<at)
        var k = words.count
        while k > 0, t.startsUpper(words[k - 1].lowerBound, end: words[k - 1].upperBound) { k -= 1 }
        // The title stands after a joining word (`and`, `between`, `with`), never at the start.
        guard k > 0, k < words.count else { return nil }
        let title = words[k].lowerBound..<words[words.count - 1].upperBound
        guard Principals.isTitle(title, t) || Countries.adjectives[words[k], t] != nil || Countries.aliases[words[k], t] != nil,
              let country = Countries.inTitle(title, t) else { return nil }
        return (title, country)
    }

    /// The known country of the title after `name` in `line` (`…, B, Vice President of Iran`).
    private static func countryAfter(_ name: String, in line: Range<Int>, _ t: RecordText) -> String? {
        var name = name
        guard let at = name.withUTF8({ t.find($0, in: line) }) else { return nil }
        let after = t.trimmed(at + name.utf8.count..<line.upperBound)
        guard t.starts(after, with: ",") else { return nil }
        let title = Principals.cutTitle(t.trimmed(after.lowerBound + 1..<after.upperBound), t)
        return Countries.inTitle(title, t)
    }

    /// A later lead line (or the line after the lead, `next`) that says who met whom with
    /// someone else: the record holds two meetings. (The lines are not joined into one array:
    /// that cost an allocation a record.)
    private static func secondMeeting(after first: MeetingSentence, in lines: [Range<Int>], then next: Range<Int>?, _ t: RecordText) -> String? {
        guard let firstName = first.counterpart.name else { return nil }
        func other(in line: Range<Int>) -> String? {
            guard line.lowerBound > first.range.upperBound else { return nil }
            for s in Sentences.all(line, t) {
                guard let hinge = Hinge.find(in: s, t), !isReported(hinge, in: s, t),
                      let other = MeetingSentence.namedCounterpart(hinge, t) else { continue }
                if other.hasTitle, other.name != firstName, !holds(firstName, other.name), !holds(other.name, firstName) {
                    return other.name
                }
            }
            return nil
        }
        for line in lines {
            if let name = other(in: line) { return name }
        }
        return next.flatMap(other(in:))
    }

    /// `s.count`, read off the bytes for ASCII without a carriage return (each byte is a
    /// character there; only `\r\n` joins two): counting by `Character` cost hundreds of
    /// instructions a country name.
    static func characterCount(_ s: String) -> Int {
        var copy = s
        let bytewise = copy.withUTF8 { Bytes.isASCII($0) && !$0.contains(0x0D) }
        return bytewise ? s.utf8.count : s.count
    }

    /// A meeting told as something said or heard (`Prime Minister A explained that he has had
    /// telephone talks with B`, `President C noted that he had been notified of the meeting
    /// between D and E`): another occasion, not a second meeting of this record.
    static func isReported(_ hinge: Hinge, in s: Range<Int>, _ t: RecordText) -> Bool {
        let before = s.lowerBound..<hinge.words.lowerBound
        if t.find(" notified of ", in: before) != nil { return true }
        var from = before.lowerBound
        while let at = t.find(" that", in: from..<before.upperBound) {
            // `that` and `that,`, not `that's` or `thathe`.
            let end = at + 5
            if end < t.count, t[end] == 0x20 || t[end] == UInt8(ascii: ",") { return true }
            from = at + 1
        }
        return false
    }

    /// Whether `name` holds `other`: by bytes when both are plain NFC text (`Bytes.isPlainNFC`:
    /// each character one scalar, so Foundation's search by characters finds what the bytes do;
    /// it cost more than reading the sentence, `Erdoğan` and `Piñera` included), else as
    /// Foundation compares. (An empty `other`, which Foundation finds in no non-ASCII name, goes
    /// by bytes only beside ASCII, as before.)
    static func holds(_ name: String, _ other: String) -> Bool {
        var a = name, b = other
        // (The tests on the bytes: asking `utf8` a byte at a time cost more than the search.)
        let plain = other.isEmpty ? a.withUTF8(Bytes.isASCII) && b.withUTF8(Bytes.isASCII)
            : a.withUTF8(Bytes.isPlainNFC) && b.withUTF8(Bytes.isPlainNFC)
        guard plain else { return name.contains(other) }
        return a.withUTF8 { hay in
            b.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard hay.count >= needle.count else { return false }
                for i in 0...(hay.count - needle.count) {
                    var k = 0
                    while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                return false
            }
        }
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

    /// `DATE-KIND`: the date as `Day.description` writes it, put together from its digits
    /// (interpolating it cost as much as reading a meeting's place), written straight into the
    /// string's storage (an array of the bytes first cost an allocation more).
    static func meetingID(_ date: Day?, _ kind: MeetingKind) -> String {
        guard let date, date.year >= 0, date.month >= 0, date.day >= 0 else {
            return "\(date?.description ?? "undated")-\(kind.rawValue)"
        }
        // `String(n)`, padded with zeros to `width`, as `Day.pad` writes it.
        func digits(_ n: Int, width: Int) -> Int {
            var divisor = 1, count = 1
            while n / divisor >= 10 { divisor *= 10; count += 1 }
            return max(count, width)
        }
        var kindName = kind.rawValue
        let length = digits(date.year, width: 4) + digits(date.month, width: 2) + digits(date.day, width: 2) + 3 + kindName.utf8.count
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            func append(_ n: Int, width: Int) {
                var divisor = 1, count = 1
                while n / divisor >= 10 { divisor *= 10; count += 1 }
                for _ in count..<max(count, width) { out[at] = UInt8(ascii: "0"); at += 1 }
                while divisor > 0 {
                    out[at] = UInt8(ascii: "0") + UInt8(n / divisor % 10)
                    at += 1
                    divisor /= 10
                }
            }
            append(date.year, width: 4)
            out[at] = UInt8(ascii: "-"); at += 1
            append(date.month, width: 2)
            out[at] = UInt8(ascii: "-"); at += 1
            append(date.day, width: 2)
            out[at] = UInt8(ascii: "-"); at += 1
            kindName.withUTF8 { name in
                for b in name { out[at] = b; at += 1 }
            }
            return at
        }
    }

    /// `warnings` plus one line for each field the record did not give.
    /// (In place: a copy of the meeting cost as much as the warnings.)
    private static func addMissingFields(to m: inout Meeting, _ warnings: [String]) {
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
        if m.format == .inPerson {
            if m.venue == nil {
                w.append("Venue not found")
            } else if m.venueCountry == nil {
                w.append("Venue's country not found")
            }
        }
        if m.startLocal == nil && m.startJST == nil { w.append("Start time not found") }
        if m.durationMinutes == nil { w.append("Duration not found") }
        if m.body.hasNoLeadOrSections { w.append("No body text found") }
        m.warnings = w
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func monthName(_ m: Int) -> String { months[max(1, min(12, m)) - 1] }
}
