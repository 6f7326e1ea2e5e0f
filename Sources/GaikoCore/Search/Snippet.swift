import Foundation

/// A line of a meeting's text cut to fit a width, with what the query matched in it.
public struct Snippet: Sendable, Hashable {
    /// Safe to print: whitespace runs are single spaces and control characters are replaced.
    public var text: String
    /// Character offsets in `text`, sorted and not overlapping.
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }
}

extension SearchIndex {
    /// The first paragraph of meeting `index` where the query's words appear, cut to `width`
    /// terminal columns around the first match (with `…` where cut). When no word appears
    /// (an empty or field-only query), the opening of the text after the title.
    public func snippet(for index: Int, query: SearchQuery, width: Int) -> Snippet {
        query.snippet(of: meetings[index], width: width)
    }
}

extension SearchQuery {
    /// The snippets of `meetings` at `indices`, in that order, made on all cores: with
    /// thousands of matches (`gaiko search tpp` at 100,000 records) they were most of the
    /// command's time. The query's phrases are worked out once, and each run of meetings shares
    /// one `FoldCache`: a fresh one per meeting classified every accented letter and curly
    /// quote anew, meeting after meeting (a twentieth of `gaiko search tpp`).
    public func snippets(of meetings: [Meeting], at indices: [Int], width: Int) -> [Snippet] {
        let phrases = positivePhrases
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(64, indices.count / max(1, cores * 4))
        return OrderedParallelMap.map(indices, chunkSize: chunk, state: { FoldCache() }) { folds, i in
            snippet(of: meetings[i], phrases, width: width, folds: &folds)
        }
    }
}

extension SearchQuery {
    /// See `SearchIndex.snippet(for:query:width:)`.
    public func snippet(of meeting: Meeting, width: Int) -> Snippet {
        var folds = FoldCache()
        return snippet(of: meeting, positivePhrases, width: width, folds: &folds)
    }

    /// The same, for the query's `phrases`, classifying scalars through `folds`.
    func snippet(of meeting: Meeting, _ phrases: [Phrase], width: Int, folds cache: inout FoldCache) -> Snippet {
        // Pieces are flattened one at a time, stopping at the first with a match: flattening a
        // whole meeting for every result made `gaiko search` slow on large corpora. The opening
        // (shown when nothing matches) is kept as written and flattened only if needed.
        var found: Snippet?
        var folds = cache
        defer { cache = folds }
        // The pieces in reading order (`IndexedText.readingOrder`), as bytes: a string is made
        // only of a piece that may hold a match.
        let visit = { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard self.mayHighlight(bytes, phrases, folds: &folds) else { return true }
            // A plain ASCII paragraph is flattened only around its first match.
            if let answer = SnippetText.snippet(ofASCII: bytes, phrases, width: width) {
                found = answer.snippet
                return found == nil
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if let flat = SnippetText(flattening: text) {
                found = flat.snippet(phrases, width: width)
                return found == nil
            }
            let piece = Self.flatten(text)
            let marks = self.highlights(in: piece)
            if let first = marks.first { found = Self.cut(piece, around: first.lowerBound, highlights: marks, width: width) }
            return found == nil
        }
        var title = meeting.title
        if title.withUTF8({ visit(UnsafeRawBufferPointer($0)) }) { meeting.body.forEachText(visit) }
        if let found { return found }
        // No match (a field-only query, or words the folding of a piece hides): the opening,
        // looked for only now, since nearly every snippet of a word search finds its match.
        var opening: [String] = []
        let open = { (raw: UnsafeRawBufferPointer) -> Bool in
            let text = String(decoding: raw.bindMemory(to: UInt8.self), as: UTF8.self)
            if !Self.flattensToNothing(text) { opening.append(text) }
            return opening.count < 2
        }
        if title.withUTF8({ open(UnsafeRawBufferPointer($0)) }) { meeting.body.forEachText(open) }
        let raw = opening.count > 1 ? opening[1] : opening.first ?? ""
        if let text = SnippetText(flattening: raw) { return text.cut(around: 0, highlights: [], width: width) }
        return Self.cut(Self.flatten(raw), around: 0, highlights: [], width: width)
    }

    /// Whether `flatten` leaves nothing of `text`: it is all whitespace `Character`s.
    static func flattensToNothing(_ text: String) -> Bool {
        var text = text
        let ascii: Bool? = text.withUTF8 { bytes in
            for b in bytes {
                if b >= 0x80 { return nil }
                if b != 0x20 && !(b >= 0x09 && b <= 0x0D) { return false }
            }
            return true
        }
        return ascii ?? text.allSatisfy(\.isWhitespace)
    }

    /// False when `text` surely has no match: no phrase's first word occurs in it in any case,
    /// and none of its scalars from U+0080 up could spell part of one (see `cannotSpell`). Most
    /// paragraphs of a long result list are ruled out this way without folding them word by word.
    func mayHighlight(_ text: String) -> Bool { mayHighlight(text, positivePhrases) }

    func mayHighlight(_ text: String, _ phrases: [Phrase]) -> Bool {
        var text = text
        var folds = FoldCache()
        return text.withUTF8 { mayHighlight($0, phrases, folds: &folds) }
    }

    func mayHighlight(_ bytes: UnsafeBufferPointer<UInt8>, _ phrases: [Phrase], folds: inout FoldCache) -> Bool {
        let ascii = Bytes.isASCII(bytes)
        for phrase in phrases {
            guard let first = phrase.terms.first, !first.isEmpty, first.allSatisfy({ $0 < 0x80 }) else { return true }
            if Self.contains(bytes, ignoringCase: first) { return true }
            if !ascii && !Self.cannotSpell(first, in: bytes, folds: &folds) { return true }
        }
        return false
    }

    /// True when no scalar of `bytes` from U+0080 up can be part of a term that starts with
    /// `needle` (lower-case ASCII): each ends a term, or folds to letters none of which is in
    /// `needle`. Then such a term's first letters are ASCII letters side by side in `bytes`,
    /// which `contains(_:ignoringCase:)` finds: flattening only turns whitespace into spaces
    /// and unsafe scalars into placeholders, which end terms too. A mark (invisible inside a
    /// term) or anything not decoded answers false.
    static func cannotSpell(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, folds: inout FoldCache) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            guard b >= 0x80 else {
                i += 1
                continue
            }
            let length = b >= 0xF8 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            guard length > 0, i + length <= n else { return false }
            var v = UInt32(b) & (0xFF >> (length + 1))
            for j in 1..<length {
                let c = bytes[i + j]
                guard c & 0xC0 == 0x80 else { return false }
                v = v << 6 | UInt32(c & 0x3F)
            }
            i += length
            guard let scalar = Unicode.Scalar(v) else { return false }
            switch folds.fold(scalar) {
            case .separator, .ideograph: continue
            case .mark: return false
            case .letters(let folded): if folded.contains(where: needle.contains) { return false }
            }
        }
        return true
    }

    /// Whether `needle` (lower-case ASCII) occurs in `bytes`, ASCII letters compared in any case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, ignoringCase needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        let first = needle[0]
        let last = bytes.count - needle.count
        func matches(at i: Int) -> Bool {
            guard bytes[i] | 0x20 == first || bytes[i] == first else { return false }
            var k = 1
            while k < needle.count, bytes[i + k] == needle[k] || (bytes[i + k] &- 0x41 < 26 && bytes[i + k] | 0x20 == needle[k]) {
                k += 1
            }
            return k == needle.count
        }
        // Eight bytes at a time, folded to lower case by the 0x20 bit, looked at one by one only
        // where one of them may be the needle's first byte: most paragraphs of a long result
        // list hold no candidate at all.
        let wanted = Bytes.repeated(first | 0x20), fold = Bytes.repeated(0x20)
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        guard needle.count > 1 else {
            return Bytes.firstFlagged(from: 0, end: last + 1, flags: { i in
                Bytes.zeroBytes((Bytes.word(raw, at: i) | fold) ^ wanted)
            }) { matches(at: $0) ? true : nil } ?? false
        }
        // The second byte too (the word one byte on): `t` begins a place in every few words
        // of English, `tp` in hardly any. Either byte with its 0x20 bit set is a superset of
        // what `matches` takes, so no place is missed.
        let second = Bytes.repeated(needle[1] | 0x20)
        return Bytes.firstFlagged(from: 0, end: last + 1, reach: 9, flags: { i in
            Bytes.zeroBytes((Bytes.word(raw, at: i) | fold) ^ wanted)
                & Bytes.zeroBytes((Bytes.word(raw, at: i + 1) | fold) ^ second)
        }) { matches(at: $0) ? true : nil } ?? false
    }

    /// One line, safe to print.
    static func flatten(_ text: String) -> String {
        if isFlat(text) { return Sanitizer.clean(text) }
        return Sanitizer.clean(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    /// Plain ASCII with single spaces between words and none at the ends: nothing to collapse,
    /// which is most paragraphs, and checking bytes is far cheaper than splitting Characters.
    static func isFlat(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            var previous: UInt8 = 0
            for b in bytes {
                if b >= 0x80 || (b >= 0x09 && b <= 0x0D) || (b == 0x20 && previous == 0x20) { return false }
                previous = b
            }
            return true
        }
    }

    /// `text` cut to `width` columns so the character at `focus` shows with some words before it.
    static func cut(_ text: String, around focus: Int, highlights: [Range<Int>], width: Int) -> Snippet {
        guard width > 0 else { return Snippet(text: "", highlights: []) }
        let chars = Array(text)
        let widths = chars.map(DisplayWidth.of)
        if widths.reduce(0, +) <= width { return Snippet(text: text, highlights: highlights) }

        // Up to a quarter of the width of context before the match, starting at a word.
        var start = focus
        var before = 0
        while start > 0 && before + widths[start - 1] <= width / 4 {
            start -= 1
            before += widths[start]
        }
        if start > 0, start < focus, let space = chars[start..<focus].firstIndex(of: " ") { start = space + 1 }
        let lead = start > 0 ? "…" : ""
        var budget = width - lead.count
        var end = start
        while end < chars.count && widths[end] <= budget {
            budget -= widths[end]
            end += 1
        }
        if end < chars.count {
            // Room for the trailing ellipsis.
            while end > start && budget < 1 {
                end -= 1
                budget += widths[end]
            }
        }
        let tail = end < chars.count ? "…" : ""
        let shift = lead.count - start
        let kept = highlights.compactMap { range -> Range<Int>? in
            let low = max(range.lowerBound, start), high = min(range.upperBound, end)
            return low < high ? (low + shift)..<(high + shift) : nil
        }
        return Snippet(text: lead + String(chars[start..<end]) + tail, highlights: kept)
    }
}
