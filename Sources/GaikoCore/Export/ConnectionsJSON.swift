/// The public JSON of the people and countries indexes and of related meetings (`gaiko people
/// --json`, `gaiko countries --json`, `gaiko related ID --json`; documented in `docs/json.md`).
/// Every key is always present, in the order written here.
public enum ConnectionsJSON {
    public static func person(_ p: Person, meetings: [Meeting]) -> JSONValue {
        .object([
            ("name", .string(p.name)),
            ("family_name", .optional(p.familyName)),
            ("country", .optional(p.country)),
            ("side", .string(p.isJapan ? "japan" : "counterpart")),
            ("count", .int(p.meetings.count)),
            ("first", .optional(p.first?.description)),
            ("last", .optional(p.last?.description)),
            ("spellings", .array(p.spellings.map(JSONValue.string))),
            ("titles", .array(p.titles.map { t in
                .object([
                    ("title", .string(t.title)),
                    ("count", .int(t.meetings)),
                    ("first", .optional(t.first?.description)),
                    ("last", .optional(t.last?.description)),
                ])
            })),
            ("meetings", .array(p.meetings.map { .string(meetings[$0].id) })),
        ])
    }

    public static func country(_ c: CountryEntry, meetings: [Meeting]) -> JSONValue {
        .object([
            ("country", .string(c.name)),
            ("count", .int(c.meetings.count)),
            ("first", .optional(c.first?.description)),
            ("last", .optional(c.last?.description)),
            ("meetings", .array(c.meetings.map { .string(meetings[$0].id) })),
        ])
    }

    public static func related(to index: Int, _ related: [RelatedMeeting], meetings: [Meeting]) -> JSONValue {
        .object([
            ("id", .string(meetings[index].id)),
            ("related", .array(related.map { r in
                let m = meetings[r.meeting]
                return .object([
                    ("reason", .string(r.reason.rawValue)),
                    ("id", .string(m.id)),
                    ("date", .optional(m.date?.description)),
                    ("kind", .string(m.kind.rawValue)),
                    ("title", .string(m.title)),
                    ("japan", .optional(m.japan.name ?? m.japan.familyName)),
                    ("counterpart", .optional(m.counterpart.name ?? m.counterpart.familyName)),
                    ("country", .optional(m.counterpart.country)),
                    ("evidence", .optional(r.evidence)),
                ])
            })),
        ])
    }
}
