/// The public JSON form of a meeting (documented in `docs/json.md`), shared by `gaiko export`
/// and `--json` on `list` and `show`. Every key is always present, null where the record says
/// nothing; keys come in the order below.
public enum MeetingJSON {
    /// The keys of a meeting object, in the order they are written.
    public static let keys = [
        "id", "source", "title", "date", "kind", "format", "japan", "counterpart", "venue", "venue_country",
        "occasion", "start_local", "end_local", "start_jst", "duration_minutes", "lead", "sections",
        "references", "warnings",
    ]

    public static func value(_ m: Meeting) -> JSONValue {
        // The body read once: a cached meeting reads it from the cache file on each ask.
        let body = m.body.value
        return .object([
            ("id", .string(m.id)),
            ("source", .string(m.source)),
            ("title", .string(m.title)),
            ("date", .optional(m.date?.description)),
            ("kind", .string(m.kind.rawValue)),
            ("format", .string(m.format.rawValue)),
            ("japan", principal(m.japan, withCountry: false)),
            ("counterpart", principal(m.counterpart, withCountry: true)),
            ("venue", .optional(m.venue)),
            ("venue_country", .optional(m.venueCountry)),
            ("occasion", .optional(m.occasion)),
            ("start_local", .optional(m.startLocal?.description)),
            ("end_local", .optional(m.endLocal?.description)),
            ("start_jst", .optional(m.startJST?.description)),
            ("duration_minutes", .optional(m.durationMinutes)),
            ("lead", .array(body.lead.map(JSONValue.string))),
            ("sections", .array(body.sections.map(section))),
            ("references", .array(body.references.map(reference))),
            ("warnings", .array(m.warnings.map(JSONValue.string))),
        ])
    }

    static func principal(_ p: Principal, withCountry: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("name", .optional(p.name)),
            ("family_name", .optional(p.familyName)),
            ("title", .optional(p.title)),
        ]
        if withCountry { members.append(("country", .optional(p.country))) }
        return .object(members)
    }

    /// A paragraph is written with its marker (`Paragraph.fullText`), as it reads in the record.
    static func section(_ s: Section) -> JSONValue {
        .object([
            ("title", .optional(s.title)),
            ("paragraphs", .array(s.paragraphs.map { .string($0.fullText) })),
        ])
    }

    static func reference(_ r: Reference) -> JSONValue {
        .object([("title", .string(r.title)), ("text", .string(r.text))])
    }

    /// One meeting as a pretty-printed object.
    public static func string(_ meeting: Meeting) -> String {
        JSONWriter.string(value(meeting), pretty: true)
    }

    /// Many meetings in `format`, ending with a newline.
    public static func string(_ meetings: [Meeting], format: ExportFormat) -> String {
        switch format {
        case .json:
            return JSONWriter.string(.array(meetings.map(value)), pretty: true) + "\n"
        case .ndjson:
            return meetings.map { JSONWriter.string(value($0), pretty: false) + "\n" }.joined()
        }
    }
}

/// `gaiko export --format`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// One array, pretty-printed.
    case json
    /// One compact object a line.
    case ndjson
}
