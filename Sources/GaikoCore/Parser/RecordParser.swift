/// Turns one record's text into a `Meeting`. Interface placeholder: the parser issue replaces the
/// body; callers (corpus loader, CLI) depend only on this signature.
public enum RecordParser {
    /// Parses `text` (a whole record). `source` is stored as the meeting's `source`.
    /// The id is `DATE-KIND` (or `undated-KIND`); the corpus adds `-2`, `-3` on collisions.
    public static func parse(_ text: String, source: String) -> Meeting {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return Meeting(
            id: "undated-other", source: source, title: firstLine, date: nil, kind: .other,
            lead: text.split(whereSeparator: \.isNewline).map(String.init),
            warnings: ["not parsed"]
        )
    }
}
