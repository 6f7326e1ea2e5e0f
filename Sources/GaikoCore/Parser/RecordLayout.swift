/// A record's parts in reading order: heading, date line, lead, sections, references, with page
/// furniture set aside. Nothing here interprets a sentence; `MeetingSentence` does that.
struct RecordLayout {
    /// The record's own heading line, when it has one.
    var title: Range<Int>?
    var dateLine: Day?
    /// A year from a `June 2008` line or a breadcrumb ending `April, 2005`, for a record with no
    /// date line.
    var yearHint: Int?
    /// Furniture that may name the pair of countries (`Japan-Peru Relations`, captions, back links).
    var furniture: [Range<Int>] = []
    /// The opening lines, up to the first heading, numbered point or bullet.
    var lead: [Range<Int>] = []
    /// The short lines before the first sentence (heading, captions, navigation): where a record
    /// whose opening sentence has no full stop says who met whom.
    var header: [Range<Int>] = []
    /// The text of the first few lines after the lead, where a record without a lead states who
    /// met whom (`1. On April 23, the Japan-Bolivia Policy Dialogue took place …`).
    var firstPoints: [Range<Int>] = []
    /// The lead, sections and references as places in the text.
    var body = RecordBody.Builder()

    static func read(_ t: RecordText) -> RecordLayout {
        var layout = RecordLayout()
        let lines = layout.readHeaderAndFurniture(t)
        layout.readBody(lines, t)
        layout.body.finish(lead: layout.lead)
        return layout
    }

    // MARK: First pass: heading, date, furniture, references

    /// Sorts every line, keeping the body lines (lead and sections, references excluded).
    /// The header is every short line before the first sentence: the date line, the heading,
    /// breadcrumbs, captions and site navigation, in whatever order the page puts them.
    private mutating func readHeaderAndFurniture(_ t: RecordText) -> [Range<Int>] {
        let lines = t.lines()
        var bodyLines: [Range<Int>] = []
        bodyLines.reserveCapacity(lines.count)
        var inHeader = true
        var inFooter = false
        var reference: (title: Range<Int>?, text: [Range<Int>])?
        var headerLines: [(line: Range<Int>, afterDate: Bool)] = []
        // A few of each: room at once rather than a growth for the second and the fourth.
        headerLines.reserveCapacity(8)
        furniture.reserveCapacity(8)

        func closeReference() {
            guard let open = reference else { return }
            reference = nil
            guard let title = open.title else { return }
            body.addReference(title: title, lines: open.text)
        }

        for line in lines where !line.isEmpty {
            switch Furniture.kind(of: line, in: t) {
            case .breadcrumb, .caption:
                furniture.append(line)
                continue
            case .footer:
                furniture.append(line)
                // A footer link before any text is navigation at the top, not the end of the page.
                if !bodyLines.isEmpty { inFooter = true }
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
                if Self.isTitleLike(line, t) {
                    headerLines.append((line, dateLine != nil))
                    continue
                }
                // `• Prime Minister shaking hands with the President`: a caption in a list.
                if let m = ListMarker.read(line, in: t), m.style == .bullet, Self.isTitleLike(m.text, t) {
                    furniture.append(line)
                    continue
                }
                inHeader = false
            }
            bodyLines.append(line)
        }
        closeReference()
        yearHint = (headerLines.map(\.line) + furniture).lazy.compactMap { DateText.monthYear($0, in: t) }.first
        title = Self.heading(among: headerLines, t)
        header = headerLines.map(\.line)
        furniture += headerLines.map(\.line).filter { $0 != title }
        return bodyLines
    }

    /// The record's heading among the header's short lines: the last one before the date line,
    /// preferring one that names a meeting; after the date line only a line that names Japan's
    /// pair and a meeting (what follows the date is mostly photo captions).
    private static func heading(among lines: [(line: Range<Int>, afterDate: Bool)], _ t: RecordText) -> Range<Int>? {
        let before = lines.filter { !$0.afterDate }.map(\.line)
        if let named = before.last(where: { namesMeeting($0, t) }) { return named }
        if let last = before.last { return last }
        return lines.first { $0.afterDate && namesMeeting($0.line, t) && t.find("Japan", in: $0.line) != nil }?.line
    }

    /// `Japan-Peru Summit Meeting`, `Courtesy Call …`, `… Telephone Talk`.
    private static func namesMeeting(_ r: Range<Int>, _ t: RecordText) -> Bool {
        for word: StaticString in ["meeting", "talk", "summit", "call", "conference", "visit", "dinner", "lunch", "dialogue", "consultation", "events"]
        where t.findIgnoringCase(word, in: r) != nil {
            return true
        }
        return false
    }

    /// The title after `[Reference]` (possibly empty), when `line` opens a reference note.
    private static func referenceTitle(_ line: Range<Int>, _ t: RecordText) -> Range<Int>? {
        guard !line.isEmpty, t[line.lowerBound] == UInt8(ascii: "[") || t[line.lowerBound] == UInt8(ascii: "(") else { return nil }
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
        guard line.count <= 300, !t.ends(line, with: "."), ListMarker.read(line, in: t) == nil else { return false }
        // A long line is a caption only if it holds no sentence.
        if line.count > 160, Sentences.all(line, t).count > 1 { return false }
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
        let headings = Self.headings(lines, markers, t)
        var start = 0
        while start < lines.count, markers[start] == nil, !headings[start] { start += 1 }
        firstPoints = lines[start...].prefix(6).enumerated().map { k, line in markers[start + k]?.text ?? line }
        if start == lines.count {
            // No list at all: the first line opens, the rest are plain paragraphs.
            lead = Array(lines.prefix(1))
            firstPoints = Array(lines.dropFirst().prefix(4))
            body.reserve(sections: 1, paragraphs: lines.count - 1)
            for line in lines.dropFirst() { body.addParagraph(marker: nil, text: line) }
            return
        }
        lead = Array(lines[..<start])

        body.reserve(sections: headings[start...].lazy.filter { $0 }.count + 1, paragraphs: lines.count - start)
        for j in start..<lines.count {
            if headings[j] {
                var title = markers[j]?.text ?? lines[j]
                if t.ends(title, with: ":") { title = title.lowerBound..<title.upperBound - 1 }
                body.openSection(title: title)
            } else if let m = markers[j] {
                body.addParagraph(marker: m.marker, text: m.text)
            } else {
                body.addParagraph(marker: nil, text: lines[j])
            }
        }
    }

    /// The lines that head a top-level section:
    /// - a numbered line with a heading's text (`1 Beginning`, `2. Bilateral relations`) that has
    ///   something under it which is not the next heading-like line of the same list (`1. Economy`
    ///   `2. Security` in a row are points). `(1)`-style lines head sections only when the record
    ///   has no `1.`-style heading: otherwise they are sub-headings, read as points;
    /// - a short line with no marker standing alone above its paragraphs (`Opening remarks`).
    /// One flag a line: a set of line numbers cost a hash for each line asked about.
    private static func headings(_ lines: [Range<Int>], _ markers: [ListMarker?], _ t: RecordText) -> [Bool] {
        // Each line's answer once: every line is asked about with its neighbours.
        let headingLines = markers.map { m -> Bool in
            guard let m, m.isNumbered else { return false }
            return isHeadingText(m.text, t)
        }
        func headingLike(_ j: Int) -> Bool { headingLines[j] }
        func numbered(_ style: (ListMarker.Style) -> Bool) -> [Bool] {
            var out = [Bool](repeating: false, count: lines.count)
            for j in lines.indices {
                guard let m = markers[j], style(m.style), headingLike(j) else { continue }
                // A run of short numbered lines is a list, not headings.
                if j + 1 < lines.count, let next = markers[j + 1], next.style == m.style, headingLike(j + 1) { continue }
                if j > 0, let previous = markers[j - 1], previous.style == m.style, headingLike(j - 1) { continue }
                // The last line (often cut off by the end of the stored text) heads a section only
                // when it starts a new list, not when it continues the points above it.
                if j == lines.count - 1 {
                    let previousLine = markers[..<j].lastIndex(where: { $0 != nil })
                    let previous = previousLine.flatMap { markers[$0] }
                    // `3. The two leaders …` then `4. Prim`: in a list with no heading yet, the
                    // next point, cut off.
                    if let previousLine, previous?.style == m.style, !out[previousLine], !out[..<j].contains(true) { continue }
                    // `2. The Japan-EU Economic Partnership Agreement and the European economy:`
                    // after `1. Opening:`: a colon ends a heading like the ones before it.
                    let likeTheOthers = t.ends(m.text, with: ":") && out[..<j].contains(true)
                    guard likeTheOthers || readsAsHeading(m.text, t) && (previous?.style != m.style && previous != nil || t.words(m.text).count <= 4)
                    else { continue }
                }
                out[j] = true
            }
            fillNumberedGaps(&out, markers, headingLines, t)
            return out
        }
        var out = numbered { $0 == .dotted || $0 == .bare || $0 == .closing }
        if !out.contains(true), let bullets = bulletsOverSubheadings(lines, markers, headingLines, t) { return bullets }
        if !out.contains(true) { out = numbered { $0 == .parenthesised } }
        // Stand-alone headings (`Opening remarks`, `- Outset`): never the first body line (the
        // lead), never the last.
        for j in lines.indices.dropFirst().dropLast() {
            let text: Range<Int>
            if let m = markers[j] {
                guard m.style == .bullet else { continue }
                text = m.text
                // `- Opening:` above its paragraph: a bullet heading may end with a colon.
                if t.ends(text, with: ":"), markers[j + 1] == nil, isStandaloneHeading(text.lowerBound..<text.upperBound - 1, t) {
                    out[j] = true
                    continue
                }
            } else {
                text = lines[j]
            }
            guard isStandaloneHeading(text, t) else { continue }
            let next = markers[j + 1]?.text ?? lines[j + 1]
            // A paragraph or a point follows, not another short line.
            if markers[j + 1]?.style != .bullet && markers[j + 1] != nil || !isStandaloneHeading(next, t) { out[j] = true }
        }
        return out
    }

    /// `1. Opening remarks` (with paragraphs), `2. Bilateral relations`, `3. Japan-EU relations`,
    /// `4. Global challenges`, then `5. Regional affairs` (with paragraphs): lines numbered
    /// between two headings of the same list, in order, are headings too, even in a run with
    /// nothing under them (the page's text for them is past what was stored, or never written).
    private static func fillNumberedGaps(_ out: inout [Bool], _ markers: [ListMarker?], _ headingLines: [Bool], _ t: RecordText) {
        func number(_ j: Int) -> Int? {
            guard let m = markers[j] else { return nil }
            var n = 0, i = m.marker.lowerBound, digits = 0
            while i < m.marker.upperBound, Bytes.isDigit(t[i]) { n = n * 10 + Int(t[i] - 0x30); i += 1; digits += 1 }
            return digits > 0 ? n : nil
        }
        var previous: Int?
        for j in out.indices where out[j] {
            defer { previous = j }
            guard let p = previous, let style = markers[j]?.style, markers[p]?.style == style,
                  let first = number(p), let last = number(j), last - first >= 2 else { continue }
            let between = (p + 1..<j).filter { markers[$0]?.style == style }
            guard between.count == last - first - 1,
                  between.enumerated().allSatisfy({ k, i in number(i) == first + 1 + k && headingLines[i] }) else { continue }
            for i in between { out[i] = true }
        }
    }

    /// `- Bilateral Relations` with `(1) General Remarks` or a stand-alone `Economic Relations`
    /// under it: the bulleted lines head the sections and what is under them are sub-headings,
    /// read as points. Nil when no bulleted heading has a sub-heading right under it.
    private static func bulletsOverSubheadings(_ lines: [Range<Int>], _ markers: [ListMarker?], _ headingLines: [Bool], _ t: RecordText) -> [Bool]? {
        let heads = lines.indices.dropFirst().filter { j in
            guard let m = markers[j], m.style == .bullet else { return false }
            return isStandaloneHeading(m.text, t)
        }
        let overSubheading = heads.contains { j in
            guard j + 2 < lines.count else { return false }
            if let next = markers[j + 1] { return next.style == .parenthesised && headingLines[j + 1] }
            return isStandaloneHeading(lines[j + 1], t) && (markers[j + 2] == nil || markers[j + 2]?.style == .parenthesised)
        }
        guard overSubheading else { return nil }
        var out = [Bool](repeating: false, count: lines.count)
        for j in heads { out[j] = true }
        return out
    }

    /// A line cut off by the end of the stored text can look like a heading; a heading's words are
    /// mostly capitalised and hold no verb in the past (`Economic Relations and Cooperatio`, not
    /// `Minister Gemba encouraged Guatemala to adopt`).
    private static func readsAsHeading(_ r: Range<Int>, _ t: RecordText) -> Bool {
        // A sentence about someone: `Prime Minister Noda expla`.
        for subject: StaticString in ["Prime Minister", "President", "Minister", "Foreign Minister", "The ", "Both", "He ", "She "]
        where t.starts(r, with: subject) {
            return false
        }
        var long = 0, capitalised = 0
        for w in t.words(r) where w.count >= 4 {
            long += 1
            if t.startsUpper(w.lowerBound, end: w.upperBound) { capitalised += 1 }
            if t.ends(w, with: "ed") { return false }
        }
        return long > 0 && capitalised * 2 >= long
    }

    /// `Opening remarks`, `Bilateral relations`: a few words, a capital first, no stop at the end.
    private static func isStandaloneHeading(_ r: Range<Int>, _ t: RecordText) -> Bool {
        guard r.count <= 60, t.startsUpper(r.lowerBound, end: r.upperBound), isHeadingText(r, t) else { return false }
        let last = t[r.upperBound - 1]
        if last == UInt8(ascii: ":") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ")") { return false }
        return t.hasWords(r, atMost: 8)
    }

    /// Short and not a sentence: `Opening remarks`, `Challenges in the regional and international arenas`.
    static func isHeadingText(_ r: Range<Int>, _ t: RecordText) -> Bool {
        guard !r.isEmpty, r.count <= 100 else { return false }
        let last = t[r.upperBound - 1]
        // `Bilateral Relations, Regional Affairs etc.` ends with an abbreviation, not a sentence.
        if last == UInt8(ascii: "."), !t.ends(r, with: " etc.") || r.count > 80 { return false }
        if last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return false }
        // `Mr. Aso welcomed Mr. Khalili’s visit to Japan, and Mr. Khalili said:`, `Foreign
        // Minister Kishida made following points:`: what someone said follows, not a section.
        if last == UInt8(ascii: ":") {
            for verb: StaticString in [" said:", " stated:", " explained:", " replied:", " responded:", " added:", " noted:", " remarked:",
                                       " following points:", " as follows:"]
            where t.ends(r, with: verb) {
                return false
            }
        }
        return t.hasWords(r, atMost: 14)
    }
}
