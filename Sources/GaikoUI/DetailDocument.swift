import GaikoCore

/// A run of text at a column of a detail line.
struct DetailSpan: Sendable, Hashable {
    var column: Int
    var text: String
    var role: StyleRole
}

/// One wrapped line of the detail pane. `block` numbers the paragraph it came from and `offset`
/// is where the line starts in that paragraph's text (-1 for the blank line before a block), so a
/// reading position survives re-wrapping at another width. The paragraph's text is always the
/// last span (a label or marker comes before it), which is where search hits are marked.
struct DetailLine: Sendable, Hashable {
    var spans: [DetailSpan]
    var block: Int
    var offset: Int
}

/// Where the reader is in the detail pane, independent of the pane's width.
public struct DetailAnchor: Sendable, Hashable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static let top = DetailAnchor(block: 0, offset: -1)
}

/// A meeting laid out as lines for a pane width: metadata header, rule, body.
struct DetailDocument: Sendable {
    let meeting: Int?
    let width: Int
    private(set) var lines: [DetailLine] = []
    /// Each block's source text, indexed by `DetailLine.block`: what search highlights are
    /// computed on, before wrapping.
    private(set) var sources: [String] = []
    private var block = 0

    /// Label column of the header: the longest label and two spaces, within reason.
    private var labelWidth = 10

    init(meetings: [Meeting], meeting index: Int?, width: Int) {
        self.meeting = index
        self.width = width
        guard let index, width > 0 else { return }
        build(meetings[index])
    }

    /// The line showing `anchor`: the last line of its block starting at or before its offset.
    func line(for anchor: DetailAnchor) -> Int {
        var found: Int?
        for (i, line) in lines.enumerated() {
            if line.block > anchor.block { break }
            if line.block == anchor.block, line.offset <= anchor.offset || found == nil { found = i }
            if line.block == anchor.block, line.offset > anchor.offset { break }
        }
        if let found { return found }
        // The block no longer exists (another meeting): the end.
        return anchor.block > (lines.last?.block ?? 0) ? max(0, lines.count - 1) : 0
    }

    func anchor(at line: Int) -> DetailAnchor {
        guard lines.indices.contains(line) else { return .top }
        return DetailAnchor(block: lines[line].block, offset: lines[line].offset)
    }

    // MARK: building

    private mutating func build(_ m: Meeting) {
        let counterpartLabel = m.counterpart.country ?? "Partner"
        labelWidth = min(14, max(7, DisplayWidth.of(counterpartLabel) + 2))
        paragraph(m.title, role: .heading)
        labelled("When", when(m))
        // A call has no place; saying how it was held is the answer to "where".
        let place = m.format == .inPerson ? Format.place(m) ?? Format.missing : [m.format.label, Format.place(m)].compactMap { $0 }.joined(separator: ", ")
        labelled("Where", [place, m.occasion].compactMap { $0 }.joined(separator: " · "))
        labelled("Japan", Format.principal(m.japan))
        labelled(counterpartLabel, Format.principal(m.counterpart))
        for warning in m.warnings {
            paragraph(warning, role: .dim, marker: "!")
        }
        lines.append(DetailLine(spans: [DetailSpan(column: 0, text: String(repeating: "─", count: width), role: .border)], block: block, offset: 0))
        sources.append("")
        block += 1

        for text in m.lead {
            blank()
            paragraph(text, role: .normal)
        }
        for section in m.sections {
            if let title = section.title {
                blank()
                paragraph(title, role: .heading)
            }
            for p in section.paragraphs {
                blank()
                paragraph(p.text, role: .normal, marker: p.marker.map(Self.displayMarker))
            }
        }
        for reference in m.references {
            blank()
            paragraph("[Reference] " + reference.title, role: .reference)
            paragraph(reference.text, role: .normal, indent: 2)
        }
    }

    /// `-` and friends read better as a bullet.
    static func displayMarker(_ marker: String) -> String {
        ["-", "*", "・", "•", "●", "○", "◆"].contains(marker) ? "•" : marker
    }

    private func when(_ m: Meeting) -> String {
        var parts = [m.date.map(Format.longDate) ?? Format.missing]
        if let start = m.startLocal {
            var time = "\(start)"
            if let end = m.endLocal { time += "–\(end)" }
            parts.append(Format.unbroken(time + " local"))
            if let jst = m.startJST { parts.append(Format.unbroken("\(jst.time) JST \(Format.date(jst.day))")) }
        } else {
            parts.append(Format.unbroken("time \(Format.missing)"))
        }
        parts.append(Format.unbroken(m.durationMinutes.map { "\($0) min" } ?? "duration \(Format.missing)"))
        return parts.joined(separator: " · ")
    }

    private mutating func blank() {
        lines.append(DetailLine(spans: [], block: block, offset: -1))
    }

    private mutating func labelled(_ label: String, _ value: String) {
        let w = labelWidth
        for (i, line) in WordWrap.wrap(value, width: width, firstIndent: w, indent: w).enumerated() {
            var spans = [DetailSpan(column: w, text: line.text, role: .normal)]
            if i == 0 { spans.insert(DetailSpan(column: 0, text: WordWrap.truncate(label, width: w - 1), role: .label), at: 0) }
            lines.append(DetailLine(spans: spans, block: block, offset: line.offset))
        }
        sources.append(value)
        block += 1
    }

    /// A paragraph with an optional marker and a hanging indent that aligns every line after it.
    private mutating func paragraph(_ text: String, role: StyleRole, marker: String? = nil, indent: Int = 0) {
        var hang = indent
        if let marker { hang += DisplayWidth.of(marker) + 1 }
        // A marker wider than half the pane would leave no room: drop the hang.
        if hang > width / 2 { hang = 0 }
        for (i, line) in WordWrap.wrap(text, width: width, firstIndent: hang, indent: hang).enumerated() {
            var spans = [DetailSpan(column: hang, text: line.text, role: role)]
            if i == 0, let marker, hang > 0 { spans.insert(DetailSpan(column: indent, text: marker, role: role == .normal ? .label : role), at: 0) }
            lines.append(DetailLine(spans: spans, block: block, offset: line.offset))
        }
        sources.append(text)
        block += 1
    }
}
