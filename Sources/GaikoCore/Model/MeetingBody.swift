/// The part of a meeting after its facts: the lead, the sections and the references. About nine
/// tenths of a record's bytes, and read only to show, export, quote or index a meeting.
struct MeetingBody: Sendable, Hashable {
    var lead: [String] = []
    var sections: [Section] = []
    var references: [Reference] = []
}

/// Where a meeting's body is: in memory, in the record it was parsed from (places in its text,
/// made into strings when asked for), or still in the cache file the meeting was read from,
/// decoded each time it is asked for. A list of 100,000 cached meetings thus holds their facts
/// alone, and the text stays in the page cache, shared by every process.
///
/// Equal and hashed by the text, wherever it is, so a cached meeting equals the parsed one.
struct BodyStorage: Sendable, Hashable {
    private enum Place: Sendable {
        case memory(MeetingBody)
        case record(RecordBody)
        case stored(StoredBody)
    }

    private var place: Place

    init(_ body: MeetingBody) { place = .memory(body) }

    init(stored: StoredBody) { place = .stored(stored) }

    init(record: RecordBody) { place = .record(record) }

    /// The body, decoded from the cache file if it is there. Not kept (but for a very large
    /// one, `StoredBody.keptFrom`): a search that quotes thousands of meetings would otherwise
    /// end up holding all of them.
    var value: MeetingBody {
        switch place {
        case .memory(let body): body
        case .record(let record): record.value
        case .stored(let stored): stored.value
        }
    }

    // Each part alone: a stored body decodes only what is asked for.

    var lead: [String] {
        switch place {
        case .memory(let body): body.lead
        case .record(let record): record.lead
        case .stored(let stored): stored.lead
        }
    }

    var sections: [Section] {
        switch place {
        case .memory(let body): body.sections
        case .record(let record): record.sections
        case .stored(let stored): stored.sections
        }
    }

    var references: [Reference] {
        switch place {
        case .memory(let body): body.references
        case .record(let record): record.references
        case .stored(let stored): stored.references
        }
    }

    /// Each text in reading order (lead; section titles and paragraphs; reference titles and
    /// texts) as UTF-8, until `visit` returns false: from the cache file's bytes when the body
    /// is there, so no string is made for a text the caller passes over.
    func forEachText(_ visit: (UnsafeRawBufferPointer) -> Bool) {
        if case .record(let record) = place { return record.forEachText(visit) }
        if case .stored(let stored) = place, stored.forEachText(visit) { return }
        // A damaged stored body was not visited at all: its decoded value (read from the record) is.
        let body = value
        func each(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { visit(UnsafeRawBufferPointer($0)) }
        }
        for text in body.lead { guard each(text) else { return } }
        for section in body.sections {
            if let title = section.title { guard each(title) else { return } }
            for paragraph in section.paragraphs { guard each(paragraph.text) else { return } }
        }
        for reference in body.references {
            guard each(reference.title), each(reference.text) else { return }
        }
    }

    /// Whether there is neither lead nor section (references aside): asked of every record
    /// parsed, so a body in its record makes no string to answer.
    var hasNoLeadOrSections: Bool {
        switch place {
        case .memory(let body): body.lead.isEmpty && body.sections.isEmpty
        case .record(let record): record.leadCount == 0 && record.sectionCount == 0
        case .stored(let stored): stored.lead.isEmpty && stored.sections.isEmpty
        }
    }

    /// The body, leaving an empty one behind, so that a caller that changes it and puts it back
    /// holds the only reference to its arrays (no copy on write).
    mutating func take() -> MeetingBody {
        let body = value
        place = .memory(MeetingBody())
        return body
    }

    /// Whether the body is still places in the record it was parsed from (tests).
    var isInRecord: Bool {
        if case .record = place { return true }
        return false
    }

    /// Whether the body is still in the cache file (tests).
    var isStored: Bool {
        if case .stored = place { return true }
        return false
    }

    /// Whether the body is a large one from the cache file, kept since it was first decoded (tests).
    var isKeptDecoded: Bool {
        if case .stored(let stored) = place { return stored.isKeptDecoded }
        return false
    }

    static func == (a: BodyStorage, b: BodyStorage) -> Bool {
        if case .stored(let x) = a.place, case .stored(let y) = b.place, x.isSameEntry(as: y) { return true }
        return a.value == b.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
