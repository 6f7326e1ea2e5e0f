/// A record's parts in reading order: heading, date line, lead, sections, references, with page
/// furniture set aside. Nothing here interprets a sentence; `MeetingSentence` does that.
struct RecordLayout {
    /// The record's own heading line, when it has one.
    var title: Range<Int>?
    var dateLine: Day?
    /// Furniture that may name the pair of countries (`Japan-Peru Relations`, captions, back links).
    var furniture: [Range<Int>] = []
    /// The opening lines, up to the first heading, numbered point or bullet.
    var lead: [Range<Int>] = []
    var sections: [Section] = []
    var references: [Reference] = []

    static func read(_ t: RecordText) -> RecordLayout {
        var layout = RecordLayout()
        let body = layout.readHeaderAndFurniture(t)
        layout.readBody(body, t)
        return layout
    }

    // MARK: First pass: heading, date, furniture, references

    /// Sorts every line, keeping the body lines (lead and sections, references excluded).
    private mutating func readHeaderAndFurniture(_ t: RecordText) -> [Range<Int>] {
        var body: [Range<Int>] = []
        var inHeader = true
        var inFooter = false
        var reference: (title: Range<Int>?, text: [Range<Int>])?

        func closeReference() {
            guard let open = reference else { return }
            reference = nil
            guard let title = open.title else { return }
            references.append(Reference(title: t.string(title), text: open.text.map(t.string).joined(separator: "\n")))
        }

        for line in t.lines() where !line.isEmpty {
            switch Furniture.kind(of: line, in: t) {
            case .breadcrumb, .caption:
                furniture.append(line)
                continue
            case .footer:
                furniture.append(line)
                // A footer link before any text is navigation at the top, not the end of the page.
                if !body.isEmpty { inFooter = true }
                closeReference()
                continue
            case .none:
                break
            }
            if let rest = Self.referenceTitle(line, t) {
                closeReference()
                reference = (rest.isEmpty ? nil : rest, [])
                continue
            }
            if reference != nil {
                if reference?.title == nil {
                    reference?.title = line
                    continue
                }
                if ListMarker.read(line, in: t) == nil {
                    reference?.text.append(line)
                    continue
                }
                closeReference()
            }
            if inFooter { continue }
            if inHeader {
                if dateLine == nil, let day = DateText.dateLine(line, in: t) {
                    dateLine = day
                    continue
                }
                if title == nil, Self.isTitleLike(line, t) {
                    title = line
                    continue
                }
                inHeader = false
            }
            body.append(line)
        }
        closeReference()
        return body
    }

    /// The title after `[Reference]` (possibly empty), when `line` opens a reference note.
    private static func referenceTitle(_ line: Range<Int>, _ t: RecordText) -> Range<Int>? {
        for opener: StaticString in ["[Reference]", "(Reference)", "[References]", "[Reference:"]
        where t.starts(line, with: opener) {
            var rest = t.trimmed(line.lowerBound + opener.utf8CodeUnitCount..<line.upperBound)
            if t.ends(rest, with: "]") { rest = rest.lowerBound..<rest.upperBound - 1 }
            return rest
        }
        return nil
    }

    /// A heading: short, not a sentence, not a list item, not the start of the lead.
    private static func isTitleLike(_ line: Range<Int>, _ t: RecordText) -> Bool {
        guard line.count <= 160, !t.ends(line, with: "."), ListMarker.read(line, in: t) == nil else { return false }
        if t.starts(line, with: "On ") || t.starts(line, with: "From ") || t.starts(line, with: "Commencing") { return false }
        var letters = 0
        for i in line where Bytes.isLetter(t[i]) || t[i] >= 0xC0 {
            letters += 1
            if letters >= 2 { return true }
        }
        return false
    }

    // MARK: Second pass: lead, headings, points

    private mutating func readBody(_ lines: [Range<Int>], _ t: RecordText) {
        let markers = lines.map { ListMarker.read($0, in: t) }
        var start = 0
        while start < lines.count, markers[start] == nil { start += 1 }
        if start == lines.count {
            // No list at all: the first line opens, the rest are plain paragraphs.
            lead = Array(lines.prefix(1))
            let rest = lines.dropFirst().map { Paragraph(text: t.string($0)) }
            if !rest.isEmpty { sections = [Section(paragraphs: rest)] }
            return
        }
        lead = Array(lines[..<start])

        var current = Section(paragraphs: [])
        for j in start..<lines.count {
            guard let m = markers[j] else {
                current.paragraphs.append(Paragraph(text: t.string(lines[j])))
                continue
            }
            if m.isNumbered, Self.isHeadingText(m.text, t), j + 1 < lines.count, markers[j + 1]?.style != m.style {
                if current.title != nil || !current.paragraphs.isEmpty { sections.append(current) }
                current = Section(title: t.string(m.text), paragraphs: [])
            } else {
                current.paragraphs.append(Paragraph(marker: t.string(m.marker), text: t.string(m.text)))
            }
        }
        if current.title != nil || !current.paragraphs.isEmpty { sections.append(current) }
    }

    /// Short and not a sentence: `Opening remarks`, `Challenges in the regional and international arenas`.
    static func isHeadingText(_ r: Range<Int>, _ t: RecordText) -> Bool {
        guard !r.isEmpty, r.count <= 100 else { return false }
        let last = t[r.upperBound - 1]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return false }
        return t.words(r).count <= 14
    }
}
