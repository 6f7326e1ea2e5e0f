/// What kind of meeting a record describes. The raw values are the public JSON spelling.
public enum MeetingKind: String, Sendable, Hashable, CaseIterable, Codable {
    case summit
    case foreignMinisters = "foreign-ministers"
    case telephone
    case other

    /// Short label for lists and the timeline caption.
    public var label: String {
        switch self {
        case .summit: "Summit"
        case .foreignMinisters: "FM"
        case .telephone: "Tel"
        case .other: "Other"
        }
    }

    /// Words used in generated titles: `Japan-<Country> <titleWords>`.
    public var titleWords: String {
        switch self {
        case .summit: "Summit Meeting"
        case .foreignMinisters: "Foreign Ministers' Meeting"
        case .telephone: "Telephone Talk"
        case .other: "Meeting"
        }
    }
}

/// How the principals met. Separate from the kind: a video conference between leaders is a
/// summit held by video. The raw values are the public JSON spelling.
public enum MeetingFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case inPerson = "in-person"
    case telephone
    case video

    /// Short label for the detail pane.
    public var label: String {
        switch self {
        case .inPerson: "in person"
        case .telephone: "by telephone"
        case .video: "by video"
        }
    }
}

/// A calendar day with no time zone: records give dates as the page's date line.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO 8601, `2017-11-10`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for placing meetings on a time axis.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Monday = 1 … Sunday = 7.
    public var isoWeekday: Int {
        let w = (ordinal % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday
        return w + 1
    }
}

/// One side of the meeting.
public struct Principal: Sendable, Hashable, Codable {
    /// As a reader writes it: given name first, honorifics dropped (`Shigeru Ishiba`).
    public var name: String?
    /// The name the record calls them by afterwards (`Kuczynski`, `González-Olaechea`).
    public var familyName: String?
    /// The title at first mention (`President of the Republic of Peru`).
    public var title: String?
    /// The country's short name; set for the counterpart only.
    public var country: String?

    public init(name: String? = nil, familyName: String? = nil, title: String? = nil, country: String? = nil) {
        self.name = name
        self.familyName = familyName
        self.title = title
        self.country = country
    }
}

/// A paragraph or point of the body. `marker` is the list marker as written (`1.`, `(2)`, `-`),
/// nil for a plain paragraph.
public struct Paragraph: Sendable, Hashable, Codable {
    public var marker: String?
    public var text: String

    public init(marker: String? = nil, text: String) {
        self.marker = marker
        self.text = text
    }

    /// The paragraph as it reads with its marker, for export and search.
    public var fullText: String {
        if let marker { return marker + " " + text }
        return text
    }
}

/// A headed section of the body, or (title nil) the points that stand under no heading.
public struct Section: Sendable, Hashable, Codable {
    public var title: String?
    public var paragraphs: [Paragraph]

    public init(title: String? = nil, paragraphs: [Paragraph]) {
        self.title = title
        self.paragraphs = paragraphs
    }
}

/// A `[Reference]` note.
public struct Reference: Sendable, Hashable, Codable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// A local time of day, 24-hour.
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }

    /// `09:19`.
    public var description: String { Day.pad(hour, 2) + ":" + Day.pad(minute, 2) }
}

/// A moment in Japan Standard Time, as the record states it.
public struct JSTDateTime: Sendable, Hashable, Codable, CustomStringConvertible {
    public var day: Day
    public var time: TimeOfDay

    public init(day: Day, time: TimeOfDay) {
        self.day = day
        self.time = time
    }

    /// `2024-11-18T00:50`.
    public var description: String { "\(day)T\(time)" }
}

/// One parsed record. Fields the parser could not determine are nil, and `warnings` says which:
/// values are never invented.
public struct Meeting: Sendable, Hashable, Identifiable {
    /// `DATE-KIND`, with `-2`, `-3` … added by the corpus when records collide.
    public var id: String
    /// The path as given on the command line, or `bundled:FILENAME`.
    public var source: String
    public var title: String
    public var date: Day?
    public var kind: MeetingKind
    public var format: MeetingFormat
    public var japan: Principal
    public var counterpart: Principal
    public var venue: String?
    public var venueCountry: String?
    public var occasion: String?
    public var startLocal: TimeOfDay?
    public var endLocal: TimeOfDay?
    public var startJST: JSTDateTime?
    public var durationMinutes: Int?
    /// What could not be determined, in words a reader understands.
    public var warnings: [String]
    /// The lead, sections and references: most of a record's bytes, and read only when the
    /// meeting is shown, exported or quoted. A meeting from the cache keeps them in the cache
    /// file until then (`BodyStorage`); equality and hashing still compare the text itself.
    var body: BodyStorage

    public init(
        id: String, source: String, title: String, date: Day?, kind: MeetingKind,
        format: MeetingFormat? = nil, japan: Principal = Principal(), counterpart: Principal = Principal(),
        venue: String? = nil, venueCountry: String? = nil, occasion: String? = nil,
        startLocal: TimeOfDay? = nil, endLocal: TimeOfDay? = nil, startJST: JSTDateTime? = nil,
        durationMinutes: Int? = nil, lead: [String] = [], sections: [Section] = [],
        references: [Reference] = [], warnings: [String] = []
    ) {
        self.init(id: id, source: source, title: title, date: date, kind: kind,
                  format: format ?? (kind == .telephone ? .telephone : .inPerson), japan: japan, counterpart: counterpart,
                  venue: venue, venueCountry: venueCountry, occasion: occasion, startLocal: startLocal, endLocal: endLocal,
                  startJST: startJST, durationMinutes: durationMinutes, warnings: warnings,
                  body: BodyStorage(MeetingBody(lead: lead, sections: sections, references: references)))
    }

    /// A meeting whose body is already where it will stay (a cache file's entry): made in
    /// place, with no empty body built and thrown away.
    init(
        id: String, source: String, title: String, date: Day?, kind: MeetingKind, format: MeetingFormat,
        japan: Principal, counterpart: Principal, venue: String?, venueCountry: String?, occasion: String?,
        startLocal: TimeOfDay?, endLocal: TimeOfDay?, startJST: JSTDateTime?, durationMinutes: Int?,
        warnings: [String], body: BodyStorage
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.kind = kind
        self.format = format
        self.japan = japan
        self.counterpart = counterpart
        self.venue = venue
        self.venueCountry = venueCountry
        self.occasion = occasion
        self.startLocal = startLocal
        self.endLocal = endLocal
        self.startJST = startJST
        self.durationMinutes = durationMinutes
        self.warnings = warnings
        self.body = body
    }

    /// The opening text, a paragraph per line of the record.
    public var lead: [String] {
        get { body.lead }
        _modify {
            var value = body.take()
            defer { body = BodyStorage(value) }
            yield &value.lead
        }
    }

    public var sections: [Section] {
        get { body.sections }
        _modify {
            var value = body.take()
            defer { body = BodyStorage(value) }
            yield &value.sections
        }
    }

    public var references: [Reference] {
        get { body.references }
        _modify {
            var value = body.take()
            defer { body = BodyStorage(value) }
            yield &value.references
        }
    }

    /// Headed sections' titles in order.
    public var sectionTitles: [String] { sections.compactMap(\.title) }

    /// Body paragraphs after the lead, not counting references.
    public var paragraphCount: Int { sections.reduce(0) { $0 + $1.paragraphs.count } }
}
