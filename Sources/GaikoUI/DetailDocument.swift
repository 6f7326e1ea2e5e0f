import Foundation
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

/// A line of the detail by paragraph: the `line`th wrapped line of block `block`. Unlike a line
/// number it can be found without wrapping the paragraphs before it.
struct DetailPosition: Sendable, Hashable, Comparable {
    var block: Int
    var line: Int

    static func < (a: DetailPosition, b: DetailPosition) -> Bool {
        (a.block, a.line) < (b.block, b.line)
    }
}

/// One paragraph of the detail before wrapping: what it says and how it is laid out.
struct DetailBlock: Sendable {
    enum Layout: Sendable {
        /// Text with an optional marker and a hanging indent.
        case paragraph(role: StyleRole, marker: String?, indent: Int)
        /// A header value after its label.
        case labelled(String)
        /// The rule under the header.
        case rule
        /// One line of the Related section: cut to the width, never wrapped, so each entry is
        /// one line the cursor can stand on.
        case entry
    }

    var layout: Layout
    /// The paragraph's text: what search highlights are computed on, before wrapping.
    var text: String
    /// Whether a blank line comes first (it belongs to this block, offset -1).
    var spaced: Bool
}

/// A meeting laid out as lines for a pane width: metadata header, rule, body.
///
/// Paragraphs are wrapped when they are first shown, not all at once, so a record far larger
/// than the screen costs only the paragraphs in view (and those `n`, `N` and scrolling pass
/// through). A document of at most `wrapWholeLimit` bytes, which is every ordinary record, is
/// wrapped whole when it is built, so it has exact line numbers for the pane's `12–40 of 65`;
/// a larger one gives its place as a share of its text instead. Wrapped lines and search hits
/// are kept in a cache that copies of the document share: both are pure functions of the
/// meeting, the width and the query, so sharing them changes nothing but the time taken.
struct DetailDocument: Sendable {
    let meeting: Int?
    let width: Int
    private(set) var blocks: [DetailBlock] = []
    /// Where each block starts in the text, in UTF-8 bytes, and (last) the total: the index of
    /// paragraph starts a long document's footer is measured by.
    private(set) var byteStarts: [Int] = [0]
    /// The first line number of each block, and (last) the line count; nil for a document
    /// too long to wrap whole.
    private(set) var lineStarts: [Int]?
    let cache = DetailCache()
    /// Where the Related section starts (`blocks.count` without one): search hits and `n`/`N`
    /// stay in the meeting's own text.
    private(set) var relatedStart = 0
    /// The Related section's entries: the block each is drawn in and the meeting it opens.
    private(set) var relatedBlocks: [Int] = []
    private(set) var relatedTargets: [Int] = []
    /// Whether the section lists what the connections say (false: it says they are pending,
    /// or the document has no section); a document built before they arrived is built again.
    private(set) var relatedReady = false

    /// Label column of the header: the longest label and two spaces, within reason.
    private var labelWidth = 10

    /// Documents up to this many bytes of text are wrapped whole when built.
    static let wrapWholeLimit = 256 * 1024

    /// `related`: the section the document ends with; nil for none.
    init(meetings: [Meeting], meeting index: Int?, width: Int, related: RelatedSection? = nil,
         wrapWholeLimit: Int = DetailDocument.wrapWholeLimit) {
        self.meeting = index
        self.width = width
        relatedReady = related?.groups != nil
        guard let index, width > 0 else { return }
        build(meetings[index])
        relatedStart = blocks.count
        if let related { build(related) }
        byteStarts = [0]
        byteStarts.reserveCapacity(blocks.count + 1)
        for block in blocks { byteStarts.append(byteStarts[byteStarts.count - 1] + block.text.utf8.count) }
        wrapWholeIfShort(limit: wrapWholeLimit)
    }

    /// The same meeting at another width: the blocks do not depend on it, only their wrapping.
    func rewrapped(width: Int, wrapWholeLimit: Int = DetailDocument.wrapWholeLimit) -> DetailDocument {
        var copy = DetailDocument(meeting: meeting, width: width, blocks: blocks, byteStarts: byteStarts, labelWidth: labelWidth)
        (copy.relatedStart, copy.relatedBlocks, copy.relatedTargets, copy.relatedReady) = (relatedStart, relatedBlocks, relatedTargets, relatedReady)
        copy.wrapWholeIfShort(limit: wrapWholeLimit)
        return copy
    }

    /// The same meeting and width with another Related section (the connections arrived): the
    /// meeting's blocks are kept as they are, so a record of megabytes is not laid out again.
    func replacingRelated(_ related: RelatedSection, wrapWholeLimit: Int = DetailDocument.wrapWholeLimit) -> DetailDocument {
        var copy = DetailDocument(meeting: meeting, width: width, blocks: Array(blocks[..<relatedStart]),
                                  byteStarts: Array(byteStarts[...relatedStart]), labelWidth: labelWidth)
        copy.relatedStart = relatedStart
        copy.relatedReady = related.groups != nil
        copy.build(related)
        for block in copy.blocks[relatedStart...] { copy.byteStarts.append(copy.byteStarts[copy.byteStarts.count - 1] + block.text.utf8.count) }
        copy.wrapWholeIfShort(limit: wrapWholeLimit)
        return copy
    }

    private init(meeting: Int?, width: Int, blocks: [DetailBlock], byteStarts: [Int], labelWidth: Int) {
        self.meeting = meeting
        self.width = width
        self.blocks = blocks
        self.byteStarts = byteStarts
        self.labelWidth = labelWidth
    }

    private mutating func wrapWholeIfShort(limit: Int) {
        guard !blocks.isEmpty, byteStarts[byteStarts.count - 1] <= limit else { return }
        var starts = [0]
        starts.reserveCapacity(blocks.count + 1)
        for b in blocks.indices { starts.append(starts[b] + lines(of: b).count) }
        lineStarts = starts
    }

    var isEmpty: Bool { blocks.isEmpty }

    /// Each block's source text, indexed by `DetailLine.block`.
    var sources: [String] { blocks.map(\.text) }

    // MARK: lines by position

    /// The wrapped lines of block `b` (at least one), wrapped now if they were not yet.
    func lines(of b: Int) -> [DetailLine] {
        if let lines = cache.lines(of: b) { return lines }
        let lines = wrap(block: b)
        cache.store(lines, of: b, keepingAll: lineStarts != nil || blocks.count <= DetailCache.blockLimit)
        return lines
    }

    var start: DetailPosition { DetailPosition(block: 0, line: 0) }

    /// The last line.
    var end: DetailPosition {
        guard let last = blocks.indices.last else { return start }
        return DetailPosition(block: last, line: lines(of: last).count - 1)
    }

    func line(at position: DetailPosition) -> DetailLine? {
        guard blocks.indices.contains(position.block) else { return nil }
        let lines = lines(of: position.block)
        return lines.indices.contains(position.line) ? lines[position.line] : nil
    }

    /// The line showing `anchor`: the last line of its block starting at or before its offset
    /// (the first line when none does); the end when the block does not exist (another meeting).
    func position(for anchor: DetailAnchor) -> DetailPosition {
        guard !blocks.isEmpty, anchor.block >= 0 else { return start }
        guard anchor.block < blocks.count else { return end }
        let lines = lines(of: anchor.block)
        // Offsets rise through a block: binary search for the last one at or before the anchor's.
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].offset <= anchor.offset { lo = mid + 1 } else { hi = mid }
        }
        return DetailPosition(block: anchor.block, line: max(0, lo - 1))
    }

    func anchor(at position: DetailPosition) -> DetailAnchor {
        guard let line = line(at: position) else { return .top }
        return DetailAnchor(block: line.block, offset: line.offset)
    }

    /// `position` moved `count` lines down (up when negative), stopping at either end; wraps
    /// only the blocks it passes.
    func moved(_ position: DetailPosition, by count: Int) -> DetailPosition {
        guard !blocks.isEmpty else { return start }
        var p = position
        var n = count
        while n > 0 {
            let last = lines(of: p.block).count - 1
            if n <= last - p.line { p.line += n; return p }
            if p.block == blocks.count - 1 { p.line = last; return p }
            n -= last - p.line + 1
            p = DetailPosition(block: p.block + 1, line: 0)
        }
        while n < 0 {
            if -n <= p.line { p.line += n; return p }
            if p.block == 0 { p.line = 0; return p }
            n += p.line + 1
            p.block -= 1
            p.line = lines(of: p.block).count - 1
        }
        return p
    }

    /// Up to `count` lines from `position` down.
    func lines(from position: DetailPosition, count: Int) -> [DetailLine] {
        guard count > 0 else { return [] }
        var out: [DetailLine] = []
        var p = position
        while out.count < count, blocks.indices.contains(p.block) {
            let lines = lines(of: p.block)
            if p.line < lines.count { out += lines[p.line..<min(lines.count, p.line + count - out.count)] }
            p = DetailPosition(block: p.block + 1, line: 0)
        }
        return out
    }

    /// The lowest top line that still fills a pane of `height` lines.
    func lastTop(height: Int) -> DetailPosition {
        moved(end, by: -max(0, height - 1))
    }

    // MARK: line numbers

    /// The line number of `position`, when the document was wrapped whole.
    func lineNumber(of position: DetailPosition) -> Int? {
        guard let lineStarts else { return nil }
        guard lineStarts.indices.contains(position.block) else { return 0 }
        return lineStarts[position.block] + position.line
    }

    /// Lines in all, when the document was wrapped whole.
    var lineCount: Int? { lineStarts?.last }

    /// How far into the text `position` is, 0–100, by where its block starts.
    func percent(at position: DetailPosition) -> Int {
        let total = byteStarts[byteStarts.count - 1]
        guard total > 0, byteStarts.indices.contains(position.block) else { return 0 }
        return min(100, byteStarts[position.block] * 100 / total)
    }

    // MARK: the whole document (every line wrapped: for ordinary records and tests)

    /// Every line, top to bottom.
    var lines: [DetailLine] { blocks.indices.flatMap { lines(of: $0) } }

    /// The line number showing `anchor` (see `position(for:)`).
    func line(for anchor: DetailAnchor) -> Int {
        let position = position(for: anchor)
        if let number = lineNumber(of: position) { return number }
        return blocks.indices.prefix(position.block).reduce(0) { $0 + lines(of: $1).count } + position.line
    }

    func anchor(at line: Int) -> DetailAnchor {
        anchor(at: moved(start, by: max(0, line)))
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
        blocks.append(DetailBlock(layout: .rule, text: "", spaced: false))

        for text in m.lead {
            paragraph(text, role: .normal, spaced: true)
        }
        for section in m.sections {
            if let title = section.title {
                paragraph(title, role: .heading, spaced: true)
            }
            for p in section.paragraphs {
                paragraph(p.text, role: .normal, marker: p.marker.map(Self.displayMarker), spaced: true)
            }
        }
        for reference in m.references {
            paragraph("[Reference] " + reference.title, role: .reference, spaced: true)
            paragraph(reference.text, role: .normal, indent: 2)
        }
    }

    /// The Related section: a heading, then each group's heading, its entries and what it left
    /// out; one line when it is pending or finds nothing.
    private mutating func build(_ related: RelatedSection) {
        paragraph("Related", role: .heading, spaced: true)
        guard let groups = related.groups else {
            paragraph("Finding related meetings…", role: .dim)
            return
        }
        if groups.isEmpty { paragraph("Nothing related in these records", role: .dim) }
        for (n, group) in groups.enumerated() {
            paragraph(group.heading, role: .label, spaced: n > 0)
            for entry in group.entries {
                relatedBlocks.append(blocks.count)
                relatedTargets.append(entry.meeting)
                blocks.append(DetailBlock(layout: .entry, text: entry.text, spaced: false))
            }
            if let more = group.more { paragraph(more, role: .dim, indent: 2) }
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

    private mutating func labelled(_ label: String, _ value: String) {
        blocks.append(DetailBlock(layout: .labelled(label), text: value, spaced: false))
    }

    /// A paragraph; one longer than `pieceBytes` becomes several blocks, cut at spaces, the
    /// later ones without the marker but with the same hanging indent. Each piece is then wrapped
    /// and searched on its own, so a paragraph of 50 MB costs no more to show than its pieces in
    /// view. What that changes is confined to such paragraphs: a line ends where a piece does,
    /// and a phrase across two pieces is not highlighted.
    private mutating func paragraph(_ text: String, role: StyleRole, marker: String? = nil, indent: Int = 0, spaced: Bool = false) {
        var hang = indent
        if let marker { hang += DisplayWidth.of(marker) + 1 }
        var first = true
        for piece in Self.pieces(of: text) {
            let layout = DetailBlock.Layout.paragraph(role: role, marker: first ? marker : nil, indent: first ? indent : hang)
            blocks.append(DetailBlock(layout: layout, text: piece, spaced: first && spaced))
            first = false
        }
    }

    /// Longest text wrapped and searched as one block.
    static let pieceBytes = 16 * 1024

    /// `text` cut at the first space after every `pieceBytes` bytes (the space dropped), or,
    /// with no space in the next kilobyte, between two characters there.
    static func pieces(of text: String) -> [String] {
        let bytes = text.utf8
        guard bytes.count > pieceBytes else { return [text] }
        var pieces: [String] = []
        var start = text.startIndex
        while start < text.endIndex {
            guard let target = bytes.index(start, offsetBy: pieceBytes, limitedBy: text.endIndex) else {
                pieces.append(String(text[start...]))
                break
            }
            let limit = bytes.index(target, offsetBy: 1024, limitedBy: text.endIndex) ?? text.endIndex
            var cut = target
            while cut < limit, bytes[cut] != 0x20 { cut = bytes.index(after: cut) }
            if cut < text.endIndex, bytes[cut] == 0x20 {
                pieces.append(String(text[start..<cut]))
                start = bytes.index(after: cut)
                continue
            }
            // No space: back to the nearest character boundary (a grapheme is never split).
            cut = target
            while cut > start, cut.samePosition(in: text) == nil { cut = bytes.index(before: cut) }
            if cut == start { cut = limit }
            pieces.append(String(text[start..<cut]))
            start = cut
        }
        return pieces
    }

    // MARK: wrapping

    /// Block `b`'s lines: the blank line before it, if any, then its text wrapped to the width.
    private func wrap(block b: Int) -> [DetailLine] {
        let block = blocks[b]
        var lines: [DetailLine] = []
        if block.spaced { lines.append(DetailLine(spans: [], block: b, offset: -1)) }
        switch block.layout {
        case .rule:
            lines.append(DetailLine(spans: [DetailSpan(column: 0, text: String(repeating: "─", count: width), role: .border)], block: b, offset: 0))
        case .entry:
            let text = WordWrap.truncate(block.text, width: max(0, width - 2))
            lines.append(DetailLine(spans: [DetailSpan(column: min(2, width), text: text, role: .normal)], block: b, offset: 0))
        case .labelled(let label):
            let w = labelWidth
            for (i, line) in WordWrap.wrap(block.text, width: width, firstIndent: w, indent: w).enumerated() {
                var spans = [DetailSpan(column: w, text: line.text, role: .normal)]
                if i == 0 { spans.insert(DetailSpan(column: 0, text: WordWrap.truncate(label, width: w - 1), role: .label), at: 0) }
                lines.append(DetailLine(spans: spans, block: b, offset: line.offset))
            }
        case .paragraph(let role, let marker, let indent):
            // A marker and a hanging indent that aligns every line after it.
            var hang = indent
            if let marker { hang += DisplayWidth.of(marker) + 1 }
            // A marker wider than half the pane would leave no room: drop the hang.
            if hang > width / 2 { hang = 0 }
            for (i, line) in WordWrap.wrap(block.text, width: width, firstIndent: hang, indent: hang).enumerated() {
                var spans = [DetailSpan(column: hang, text: line.text, role: role)]
                if i == 0, let marker, hang > 0 { spans.insert(DetailSpan(column: indent, text: marker, role: role == .normal ? .label : role), at: 0) }
                lines.append(DetailLine(spans: spans, block: b, offset: line.offset))
            }
        }
        return lines
    }
}

/// The wrapped lines and search hits of one `DetailDocument`, filled in as they are needed.
/// A class so that the document stays a value that reads as pure: it only ever remembers what
/// it would compute again the same way. Locked, because copies of a `BrowserState` may be
/// rendered on another thread.
final class DetailCache: @unchecked Sendable {
    /// In a long document, how many blocks' lines are kept before the cache starts again, so
    /// reading through 50 MB does not keep all of it wrapped.
    static let blockLimit = 4_096

    private let lock = NSLock()
    private var wrapped: [Int: [DetailLine]] = [:]
    private var hitQuery: SearchQuery?
    private var hits: [Int: [Range<Int>]] = [:]

    func lines(of block: Int) -> [DetailLine]? {
        lock.withLock { wrapped[block] }
    }

    func store(_ lines: [DetailLine], of block: Int, keepingAll: Bool) {
        lock.withLock {
            if !keepingAll, wrapped.count >= Self.blockLimit { wrapped.removeAll(keepingCapacity: true) }
            wrapped[block] = lines
        }
    }

    /// Block `block`'s hits for `query`, computed once per query.
    func hits(of block: Int, for query: SearchQuery, compute: () -> [Range<Int>]) -> [Range<Int>] {
        if let known = lock.withLock({ hitQuery == query ? hits[block] : nil }) { return known }
        let found = compute()
        lock.withLock {
            if hitQuery != query {
                hitQuery = query
                hits.removeAll()
            }
            hits[block] = found
        }
        return found
    }

    /// How many blocks are wrapped so far (for tests of laziness).
    var wrappedCount: Int { lock.withLock { wrapped.count } }
}
