/// Which index a piece of a meeting's text goes into. Plain words are everything a reader sees;
/// the field tags give `with:`, `country:`, `venue:` and `title:` their own terms, stored in the
/// same term list behind a tag byte no folded term can start with.
enum TermSpace: UInt8, CaseIterable, Sendable {
    case plain = 0
    case with = 1
    case country = 2
    case venue = 3
    case title = 4
}

enum IndexedText {
    /// Calls `body` for each piece of `meeting`'s searchable text, in reading order. Each piece
    /// is its own run of positions, so a phrase never matches across two of them.
    static func forEachPiece(of meeting: Meeting, _ body: (String, TermSpace) -> Void) {
        for text in readingOrder(of: meeting) { body(text, .plain) }
        for principal in [meeting.japan, meeting.counterpart] {
            for text in [principal.name, principal.familyName, principal.title, principal.country] {
                if let text { body(text, .plain) }
            }
        }
        for text in [meeting.venue, meeting.venueCountry, meeting.occasion] {
            if let text { body(text, .plain) }
        }
        for principal in [meeting.japan, meeting.counterpart] {
            if let name = principal.name { body(name, .with) }
            if let family = principal.familyName { body(family, .with) }
        }
        for text in [meeting.counterpart.country, meeting.venueCountry] {
            if let text { body(text, .country) }
        }
        if let venue = meeting.venue { body(venue, .venue) }
        body(meeting.title, .title)
    }

    /// The meeting's text as the detail pane shows it, a piece per paragraph: what snippets
    /// are cut from.
    static func readingOrder(of meeting: Meeting) -> [String] {
        var pieces = [meeting.title]
        pieces += meeting.lead
        for section in meeting.sections {
            if let title = section.title { pieces.append(title) }
            pieces += section.paragraphs.map(\.text)
        }
        for reference in meeting.references {
            pieces.append(reference.title)
            pieces.append(reference.text)
        }
        return pieces
    }
}
