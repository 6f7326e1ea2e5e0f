/// A parsed record's body as places in the record's own text. Its strings are made when they are
/// asked for (to show, export or index the meeting): a load made a `String` for every paragraph
/// of every record, a tenth of the parse, and most are never read in a session.
///
/// The places are one array of `Int32` in reading order, so a body costs one allocation:
///
///     leadCount sectionCount referenceCount
///     lead:       start end                                   (leadCount times)
///     section:    titleStart titleEnd paragraphCount           (no title: -1 -1)
///       paragraph: markerStart markerEnd textStart textEnd     (no marker: -1 -1)
///     reference:  titleStart titleEnd lineCount, then start end for each line
///
/// Each string is made as the parser made it (`RecordText.string`), so a body read from here
/// equals the one the parser used to build.
struct RecordBody: Sendable {
    /// The whole record, contiguous UTF-8: the text the places point into.
    let text: String
    private let shape: [Int32]

    fileprivate init(text: String, shape: [Int32]) {
        self.text = text
        self.shape = shape
    }

    var leadCount: Int { Int(shape[0]) }
    var sectionCount: Int { Int(shape[1]) }

    var value: MeetingBody { read(lead: true, sections: true, references: true) }
    var lead: [String] { read(lead: true, sections: false, references: false).lead }
    var sections: [Section] { read(lead: false, sections: true, references: false).sections }
    var references: [Reference] { read(lead: false, sections: false, references: true).references }

    private func read(lead: Bool, sections: Bool, references: Bool) -> MeetingBody {
        withText { Self.decode(shape, $0, lead: lead, sections: sections, references: references) }
    }

    /// The parts of `shape` asked for, made into strings; the others are passed over.
    fileprivate static func decode(_ shape: [Int32], _ t: RecordText, lead wantLead: Bool = true, sections wantSections: Bool = true,
                                   references wantReferences: Bool = true) -> MeetingBody {
        var body = MeetingBody()
        var r = Reader(shape: shape)
        let (leadCount, sectionCount, referenceCount) = (r.int(), r.int(), r.int())
        if wantLead { body.lead.reserveCapacity(leadCount) }
        for _ in 0..<leadCount {
            let line = r.span()!
            if wantLead { body.lead.append(t.string(line)) }
        }
        if wantSections { body.sections.reserveCapacity(sectionCount) }
        for _ in 0..<sectionCount {
            let title = r.span()
            let count = r.int()
            guard wantSections else { r.skip(4 * count); continue }
            var section = Section(title: title.map(t.string), paragraphs: [])
            section.paragraphs.reserveCapacity(count)
            for _ in 0..<count {
                let marker = r.span()
                section.paragraphs.append(Paragraph(marker: marker.map(t.string), text: t.string(r.span()!)))
            }
            body.sections.append(section)
        }
        guard wantReferences else { return body }
        for _ in 0..<referenceCount {
            let title = r.span()!
            body.references.append(Reference(title: t.string(title), text: r.joinedLines(t)))
        }
        return body
    }

    /// `BodyStorage.forEachText` for this body: the record's own bytes, but for a text whose
    /// string differs from them (a place cut inside a character, a reference's joined lines).
    func forEachText(_ visit: (UnsafeRawBufferPointer) -> Bool) {
        withText { t in
            func each(_ place: Range<Int>) -> Bool {
                if t.isScalarBoundary(place.lowerBound), t.isScalarBoundary(place.upperBound) {
                    return visit(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: t.bytes[place])))
                }
                var text = t.string(place)
                return text.withUTF8 { visit(UnsafeRawBufferPointer($0)) }
            }
            var r = Reader(shape: shape)
            let (leadCount, sectionCount, referenceCount) = (r.int(), r.int(), r.int())
            for _ in 0..<leadCount { guard each(r.span()!) else { return } }
            for _ in 0..<sectionCount {
                if let title = r.span() { guard each(title) else { return } }
                for _ in 0..<r.int() {
                    r.skip(2)
                    guard each(r.span()!) else { return }
                }
            }
            for _ in 0..<referenceCount {
                guard each(r.span()!) else { return }
                var joined = r.joinedLines(t)
                guard joined.withUTF8({ visit(UnsafeRawBufferPointer($0)) }) else { return }
            }
        }
    }

    private func withText<R>(_ body: (RecordText) -> R) -> R {
        let owner = text
        var text = owner
        // Already contiguous (the parser made it so): this copies nothing.
        return text.withUTF8 { body(RecordText(borrowing: $0, of: owner)) }
    }

    private struct Reader {
        let shape: [Int32]
        var at = 0

        mutating func int() -> Int {
            defer { at += 1 }
            return Int(shape[at])
        }

        mutating func span() -> Range<Int>? {
            let start = int(), end = int()
            return start < 0 ? nil : start..<end
        }

        mutating func skip(_ n: Int) { at += n }

        /// A reference's text: a count of lines, then the lines, joined as the record had them.
        mutating func joinedLines(_ t: RecordText) -> String {
            (0..<int()).map { _ in t.string(span()!) }.joined(separator: "\n")
        }
    }

    /// The body as the layout reads it: lead lines, then sections opened one by one and their
    /// paragraphs, with references gathered alongside.
    struct Builder {
        private var lead: [Range<Int>] = []
        private var sections: [Int32] = []
        private var sectionCount = 0
        /// Where the open section's paragraph count is in `sections`.
        private var openCount: Int?
        private var references: [Int32] = []
        private var referenceCount = 0

        /// Room for this many sections and paragraphs at most, at once: an array grown a section
        /// at a time is copied at each step.
        mutating func reserve(sections sectionCount: Int, paragraphs: Int) {
            sections.reserveCapacity(3 * sectionCount + 4 * paragraphs)
        }

        /// Closes the open section (dropped if it has neither title nor paragraph) and opens one.
        mutating func openSection(title: Range<Int>?) {
            closeSection()
            append(title, to: &sections)
            openCount = sections.count
            sections.append(0)
        }

        mutating func addParagraph(marker: Range<Int>?, text: Range<Int>) {
            if openCount == nil { openSection(title: nil) }
            append(marker, to: &sections)
            append(text, to: &sections)
            sections[openCount!] += 1
        }

        mutating func addReference(title: Range<Int>, lines: [Range<Int>]) {
            append(title, to: &references)
            references.append(Int32(truncatingIfNeeded: lines.count))
            for line in lines { append(line, to: &references) }
            referenceCount += 1
        }

        /// The lead, known last, and the last section closed: the places are complete.
        mutating func finish(lead lines: [Range<Int>]) {
            lead = lines
            closeSection()
        }

        private mutating func closeSection() {
            guard let at = openCount else { return }
            openCount = nil
            if sections[at] == 0, sections[at - 2] < 0 {
                sections.removeSubrange((at - 2)...)
            } else {
                sectionCount += 1
            }
        }

        private func append(_ place: Range<Int>?, to out: inout [Int32]) {
            if let place {
                out.append(Int32(truncatingIfNeeded: place.lowerBound))
                out.append(Int32(truncatingIfNeeded: place.upperBound))
            } else {
                out.append(-1)
                out.append(-1)
            }
        }

        /// The body over `text` (the string the places were read in). Nil for a record too
        /// long for its places to fit in 32 bits.
        func build(text: String) -> RecordBody? {
            guard text.utf8.count < Int(Int32.max) else { return nil }
            return RecordBody(text: text, shape: shape())
        }

        /// The lead, sections and references made into strings at once.
        func value(_ t: RecordText) -> MeetingBody { RecordBody.decode(shape(), t) }

        private func shape() -> [Int32] {
            var shape: [Int32] = []
            shape.reserveCapacity(3 + 2 * lead.count + sections.count + references.count)
            shape.append(Int32(lead.count))
            shape.append(Int32(sectionCount))
            shape.append(Int32(referenceCount))
            for line in lead { append(line, to: &shape) }
            shape += sections
            shape += references
            return shape
        }

        /// Whether a paragraph could open a contents list (`- 1 Opening remarks`): only then do
        /// the sections need their strings before the meeting is made (`ContentsList.apply`).
        func mayHoldContentsList(_ t: RecordText) -> Bool {
            var r = Reader(shape: sections)
            let isDash: (UInt8) -> Bool = { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "*") }
            for _ in 0..<sectionCount {
                _ = r.span()
                for _ in 0..<r.int() {
                    let marker = r.span(), text = r.span()!
                    let first = marker ?? text
                    guard !first.isEmpty, isDash(t[first.lowerBound]) else { continue }
                    let paragraph = Paragraph(marker: marker.map(t.string), text: t.string(text))
                    if ContentsList.entry(paragraph, number: 1) != nil { return true }
                }
            }
            return false
        }
    }
}
