#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a parsed `Meeting` is written into the cache and read back. This is the one file to
/// change when `Meeting` (or a type inside it) gains or loses a field.
///
/// `source` is not stored: the loader gives every meeting the path it was loaded from, so a
/// cached meeting carries the path as the user spelt it this time, exactly as a parse would.
///
/// `schema` lists the fields this codec writes; `modelSchema` reads them off the model by
/// reflection. When the two differ (a field was added to `Meeting` but not here), the cache
/// turns itself off rather than drop the field, and `MeetingCodecTests` fails naming the
/// difference. Both strings feed the cache file's version, so a changed codec never reads
/// entries an older one wrote.
enum MeetingCodec {
    /// The fields written, in order, per type. Keep in step with `encode` and `decode`.
    static let schema = """
        Meeting(id:String,title:String,date:Optional<Day>,kind:MeetingKind,format:MeetingFormat,japan:Principal,\
        counterpart:Principal,venue:Optional<String>,venueCountry:Optional<String>,occasion:Optional<String>,\
        startLocal:Optional<TimeOfDay>,endLocal:Optional<TimeOfDay>,startJST:Optional<JSTDateTime>,\
        durationMinutes:Optional<Int>,warnings:Array<String>,body:BodyStorage) \
        MeetingBody(lead:Array<String>,sections:Array<Section>,references:Array<Reference>) Day(year:Int,month:Int,day:Int) \
        Principal(name:Optional<String>,familyName:Optional<String>,title:Optional<String>,country:Optional<String>) \
        Paragraph(marker:Optional<String>,text:String) Section(title:Optional<String>,paragraphs:Array<Paragraph>) \
        Reference(title:String,text:String) TimeOfDay(hour:Int,minute:Int) JSTDateTime(day:Day,time:TimeOfDay) \
        MeetingKind(\(MeetingKind.allCases.map(\.rawValue).joined(separator: ","))) \
        MeetingFormat(\(MeetingFormat.allCases.map(\.rawValue).joined(separator: ",")))
        """

    /// The same description, read from the model's stored properties (`source` left out, as
    /// the codec leaves it out).
    static let modelSchema: String = {
        let meeting = Meeting(id: "", source: "", title: "", date: nil, kind: .other)
        func fields(_ name: String, _ value: Any, skipping: Set<String> = []) -> String {
            let list = Mirror(reflecting: value).children.compactMap { child -> String? in
                guard let label = child.label, !skipping.contains(label) else { return nil }
                return "\(label):\(type(of: child.value))"
            }
            return "\(name)(\(list.joined(separator: ",")))"
        }
        return [
            fields("Meeting", meeting, skipping: ["source"]),
            fields("MeetingBody", MeetingBody()),
            fields("Day", Day(year: 0, month: 0, day: 0)),
            fields("Principal", Principal()),
            fields("Paragraph", Paragraph(text: "")),
            fields("Section", Section(paragraphs: [])),
            fields("Reference", Reference(title: "", text: "")),
            fields("TimeOfDay", TimeOfDay(hour: 0, minute: 0)),
            fields("JSTDateTime", JSTDateTime(day: Day(year: 0, month: 0, day: 0), time: TimeOfDay(hour: 0, minute: 0))),
            "MeetingKind(\(MeetingKind.allCases.map(\.rawValue).joined(separator: ",")))",
            "MeetingFormat(\(MeetingFormat.allCases.map(\.rawValue).joined(separator: ",")))",
        ].joined(separator: " ")
    }()

    /// Whether this codec writes every field the model has.
    static var matchesModel: Bool { schema == modelSchema }

    /// The facts: everything but the body, which is written apart (`encodeBody`) so that a list
    /// reads none of it.
    static func encodeHead(_ m: Meeting, into w: inout CacheWriter) {
        w.string(m.id)
        w.string(m.title)
        w.optional(m.date) { $0.day($1) }
        w.string(m.kind.rawValue)
        w.string(m.format.rawValue)
        w.principal(m.japan)
        w.principal(m.counterpart)
        w.optional(m.venue) { $0.string($1) }
        w.optional(m.venueCountry) { $0.string($1) }
        w.optional(m.occasion) { $0.string($1) }
        w.optional(m.startLocal) { $0.time($1) }
        w.optional(m.endLocal) { $0.time($1) }
        w.optional(m.startJST) { w, t in w.day(t.day); w.time(t.time) }
        w.optional(m.durationMinutes) { $0.int($1) }
        w.array(m.warnings) { $0.string($1) }
    }

    static func encodeBody(_ b: MeetingBody, into w: inout CacheWriter) {
        w.array(b.lead) { $0.string($1) }
        w.array(b.sections) { w, s in
            w.optional(s.title) { $0.string($1) }
            w.array(s.paragraphs) { w, p in
                w.optional(p.marker) { $0.string($1) }
                w.string(p.text)
            }
        }
        w.array(b.references) { w, r in
            w.string(r.title)
            w.string(r.text)
        }
    }

    /// Head and body one after the other (tests).
    static func encode(_ m: Meeting, into w: inout CacheWriter) {
        encodeHead(m, into: &w)
        encodeBody(m.body.value, into: &w)
    }

    static func decodeHead(_ r: inout CacheReader, source: String, body: BodyStorage) throws -> Meeting {
        var pool = StringPool()
        return try decodeHead(&r, source: source, body: body, pool: &pool)
    }

    /// A head, its recurring strings (titles, names, places, warnings) taken from `pool`.
    /// `source` and `body` are taken, not borrowed: the meeting is their last holder, and a
    /// borrowed pair cost a retain and a release of each on every head of a warm start.
    static func decodeHead(_ r: inout CacheReader, source: consuming String, body: consuming BodyStorage,
                           pool: inout StringPool) throws -> Meeting {
        let id = try r.string()
        let title = try r.string(pool: &pool)
        let date = try r.optional { try $0.day() }
        let kind = try r.named(MeetingKind.self)
        let format = try r.named(MeetingFormat.self)
        let japan = try r.principal(pool: &pool)
        let counterpart = try r.principal(pool: &pool)
        let venue = try r.optionalString(pool: &pool)
        let venueCountry = try r.optionalString(pool: &pool)
        let occasion = try r.optionalString(pool: &pool)
        let startLocal = try r.optional { try $0.time() }
        let endLocal = try r.optional { try $0.time() }
        let startJST = try r.optional { JSTDateTime(day: try $0.day(), time: try $0.time()) }
        let duration = try r.optional { try $0.int() }
        var warnings: [String] = []
        let warningCount = try r.count()
        if warningCount > 0 {
            warnings.reserveCapacity(warningCount)
            for _ in 0..<warningCount { warnings.append(try r.string(pool: &pool)) }
        }
        return Meeting(
            id: id, source: source, title: title, date: date, kind: kind, format: format, japan: japan, counterpart: counterpart,
            venue: venue, venueCountry: venueCountry, occasion: occasion, startLocal: startLocal, endLocal: endLocal,
            startJST: startJST, durationMinutes: duration, warnings: warnings, body: body)
    }

    /// The first fields of a head, the ones a first screen's outline keeps; the rest unread.
    static func decodeOutline(_ r: inout CacheReader) throws -> (date: Day?, kind: MeetingKind, format: MeetingFormat) {
        try r.skipString()  // id
        try r.skipString()  // title
        let date = try r.optional { try $0.day() }
        return (date, try r.named(MeetingKind.self), try r.named(MeetingFormat.self))
    }

    static func decodeBody(_ r: inout CacheReader) throws -> MeetingBody {
        let lead = try decodeLead(&r)
        let sections = try decodeSections(&r)
        let references = try decodeReferences(&r)
        return MeetingBody(lead: lead, sections: sections, references: references)
    }

    // One part of a body, the parts before it skipped without making their strings: export
    // and the detail read `lead`, `sections` and `references` one after the other.

    static func decodeLead(_ r: inout CacheReader) throws -> [String] {
        try r.array { try $0.string() }
    }

    static func decodeSections(_ r: inout CacheReader) throws -> [Section] {
        try r.array { r in
            Section(title: try r.optional { try $0.string() },
                    paragraphs: try r.array { r in Paragraph(marker: try r.optional { try $0.string() }, text: try r.string()) })
        }
    }

    static func decodeReferences(_ r: inout CacheReader) throws -> [Reference] {
        try r.array { r in Reference(title: try r.string(), text: try r.string()) }
    }

    /// Each text of an encoded body in reading order (lead paragraphs; each section's title and
    /// paragraphs, markers left out; each reference's title and text), as the bytes stored,
    /// until `visit` returns false. No string is made: a search quoting thousands of meetings
    /// reads past most paragraphs.
    static func forEachText(_ r: inout CacheReader, _ visit: (UnsafeRawBufferPointer) -> Bool) throws {
        for _ in 0..<(try r.count()) { guard visit(try r.raw(try r.count())) else { return } }
        for _ in 0..<(try r.count()) {
            switch try r.byte() {
            case 0: break
            case 1: guard visit(try r.raw(try r.count())) else { return }
            default: throw CacheDamage()
            }
            for _ in 0..<(try r.count()) {
                try r.skipOptionalString()
                guard visit(try r.raw(try r.count())) else { return }
            }
        }
        for _ in 0..<(try r.count()) {
            guard visit(try r.raw(try r.count())) else { return }
            guard visit(try r.raw(try r.count())) else { return }
        }
    }

    static func skipLead(_ r: inout CacheReader) throws {
        for _ in 0..<(try r.count()) { try r.skipString() }
    }

    static func skipSections(_ r: inout CacheReader) throws {
        for _ in 0..<(try r.count()) {
            try r.skipOptionalString()
            for _ in 0..<(try r.count()) {
                try r.skipOptionalString()
                try r.skipString()
            }
        }
    }

    /// Head and body one after the other, the body decoded at once (tests).
    static func decode(_ r: inout CacheReader, source: String) throws -> Meeting {
        var meeting = try decodeHead(&r, source: source, body: BodyStorage(MeetingBody()))
        meeting.body = BodyStorage(try decodeBody(&r))
        return meeting
    }
}

extension CacheWriter {
    fileprivate mutating func day(_ d: Day) {
        int(d.year)
        int(d.month)
        int(d.day)
    }

    fileprivate mutating func time(_ t: TimeOfDay) {
        int(t.hour)
        int(t.minute)
    }

    fileprivate mutating func principal(_ p: Principal) {
        optional(p.name) { $0.string($1) }
        optional(p.familyName) { $0.string($1) }
        optional(p.title) { $0.string($1) }
        optional(p.country) { $0.string($1) }
    }
}

extension CacheReader {
    fileprivate mutating func skipString() throws { _ = try raw(try count()) }

    fileprivate mutating func skipOptionalString() throws {
        switch try byte() {
        case 0: return
        case 1: try skipString()
        default: throw CacheDamage()
        }
    }

    /// A case stored by its raw value, matched on the bytes: making each head's kind and format
    /// a `String` to look it up was a twentieth of decoding the head.
    fileprivate mutating func named<T: CaseIterable & RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        let stored = try raw(try count())
        for value in T.allCases {
            var name = value.rawValue
            let same = name.withUTF8 { name in
                name.count == stored.count && (name.isEmpty || memcmp(name.baseAddress!, stored.baseAddress!, name.count) == 0)
            }
            if same { return value }
        }
        throw CacheDamage()
    }

    fileprivate mutating func day() throws -> Day {
        Day(year: try int(), month: try int(), day: try int())
    }

    fileprivate mutating func time() throws -> TimeOfDay {
        TimeOfDay(hour: try int(), minute: try int())
    }

    fileprivate mutating func optionalString(pool: inout StringPool) throws -> String? {
        switch try byte() {
        case 0: return nil
        case 1: return try string(pool: &pool)
        default: throw CacheDamage()
        }
    }

    fileprivate mutating func principal(pool: inout StringPool) throws -> Principal {
        Principal(name: try optionalString(pool: &pool), familyName: try optionalString(pool: &pool),
                  title: try optionalString(pool: &pool), country: try optionalString(pool: &pool))
    }

    fileprivate mutating func principal() throws -> Principal {
        Principal(name: try optional { try $0.string() }, familyName: try optional { try $0.string() },
                  title: try optional { try $0.string() }, country: try optional { try $0.string() })
    }
}
