import GaikoCore

/// What the detail pane's Related section lists for one meeting: `Related.find`'s answer in
/// groups, each with a heading, one line per meeting (date, kind, principals) and a note of
/// what it left out.
struct RelatedSection: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var meeting: Int
        var text: String
    }

    struct Group: Sendable, Hashable {
        var heading: String
        var entries: [Entry]
        /// `… 7 more with Peru`, when the group shows only the nearest.
        var more: String?
    }

    /// Nil while the connections are being built.
    var groups: [Group]?

    static let pending = RelatedSection(groups: nil)

    /// Meetings with the same country shown: the nearest in time, enough to read around one.
    static let countryLimit = 5

    /// Records with more text than this are not read for mentions: that reading is the only part
    /// whose cost grows with the record, and it would run on every selection of one. Every
    /// ordinary record is far below it.
    static let mentionsTextLimit = DetailDocument.wrapWholeLimit

    static func make(for index: Int, meetings: [Meeting], connections: Connections) -> RelatedSection {
        let m = meetings[index]
        let readsMentions = !Browser.hasText([m], moreThan: mentionsTextLimit)
        let reasons = readsMentions ? Set(RelationReason.allCases) : Set(RelationReason.allCases).subtracting([.mentioned])
        let found = Related.find(index, in: meetings, connections: connections, limit: countryLimit, reasons: reasons)
        func entries(_ reason: RelationReason) -> [Entry] {
            found.filter { $0.reason == reason }.map { r in
                Entry(meeting: r.meeting, text: line(meetings[r.meeting]) + (r.evidence.map { " · “\($0)”" } ?? ""))
            }
        }
        var groups: [Group] = []
        let principals = entries(.samePrincipals)
        if !principals.isEmpty {
            groups.append(Group(heading: "Same principals · " + Format.principals(m) + " before and after", entries: principals))
        }
        let country = entries(.sameCountry)
        if !country.isEmpty, let c = connections.country[index] {
            let name = connections.countries[c].name
            let left = connections.countries[c].meetings.count - 1 - country.count
            groups.append(Group(heading: "Same country · \(name) · nearest first", entries: country,
                                more: left > 0 ? "… \(left) more with \(name) (c: countries)" : nil))
        }
        let occasion = entries(.sameOccasion)
        if !occasion.isEmpty {
            groups.append(Group(heading: "Same occasion · " + (m.occasion ?? "the same event"), entries: occasion))
        }
        let mentioned = entries(.mentioned)
        if !mentioned.isEmpty {
            groups.append(Group(heading: "Mentioned in this record", entries: mentioned))
        } else if !readsMentions {
            groups.append(Group(heading: "Mentioned in this record", entries: [],
                                more: "not read in a record this long (gaiko related lists them)"))
        }
        return RelatedSection(groups: groups)
    }

    /// `2017-11-08  FM      Kono – Luna`: the list's columns, so entries read like its rows.
    static func line(_ m: Meeting) -> String {
        (m.date?.description ?? Format.pad("undated", 10)) + "  " + Format.pad(m.kind.label, 6) + "  " + Format.principals(m)
    }
}

extension BrowserState {
    /// The section for the meeting at `index`: pending until the connections arrive.
    func relatedSection(for index: Int?) -> RelatedSection {
        guard let connections else { return .pending }
        guard let index else { return RelatedSection(groups: []) }
        return .make(for: index, meetings: meetings, connections: connections)
    }

    /// `]`/`[`: the cursor to the next or previous related entry (the first `]` to the first,
    /// the first `[` to the last), scrolling the detail to show it.
    mutating func moveRelated(_ step: Step) {
        guard connections != nil else {
            status = "Related meetings are still being gathered…"
            return
        }
        let count = detail.relatedTargets.count
        guard count > 0 else {
            status = "Nothing related to this meeting"
            return
        }
        let target: Int
        if let cursor = relatedCursor {
            target = Self.moved(cursor, step: step, page: 1, count: count)
            if target == cursor { status = step == .previous ? "First related meeting" : "Last related meeting" }
        } else {
            target = step == .previous || step == .last ? count - 1 : 0
        }
        relatedCursor = target
        focus = .detail
        let height = max(1, detailTextRect?.height ?? 1)
        let position = detail.position(for: DetailAnchor(block: detail.relatedBlocks[target], offset: 0))
        let top = detailTopPosition
        if position < top || position > detail.moved(top, by: height - 1) {
            // Some context above: the group's heading, when it is near.
            detailAnchor = detail.anchor(at: min(detail.moved(position, by: -min(3, height / 3)), detail.lastTop(height: height)))
        }
    }

    /// `Enter` in the detail: the related meeting under the cursor becomes the selection, read
    /// from its top, and the jump is in the history, so `Ctrl-O` comes back. A meeting the
    /// kept search hides is opened all the same: the search goes, and the status line says so.
    mutating func openRelated() {
        guard let cursor = relatedCursor, detail.relatedTargets.indices.contains(cursor) else {
            let next = keyTable.keys(for: .nextRelated, in: [.detail]).first?.label ?? "]"
            status = "\(next) moves to a related meeting, Enter opens it"
            return
        }
        let target = detail.relatedTargets[cursor]
        if chronoPosition(of: target) == nil {
            filter = nil
            keptFrom = nil
            setVisible(catalog.chronological)
            status = "Search cleared to open \(meetings[target].id)"
        }
        if let s = selected { noteRead(s) }
        select(target)
        noteRead(target)
        focus = .detail
    }
}
