/// A paragraph as a snippet is cut from it (whitespace runs made single spaces, unsafe scalars
/// replaced, as `SearchQuery.flatten` does), held as scalars, for text in which every scalar is
/// a `Character` of its own. There scalar offsets are the Character offsets that
/// `Snippet.highlights` counts in, so highlights and the cut need no grapheme breaking, no
/// `Character` array and no `String` per word: that made snippets ten times dearer than this.
///
/// Which text qualifies is decided scalar by scalar (`isStandalone`): ASCII, Latin, Greek and
/// Cyrillic letters, general punctuation, CJK and Hangul syllables. None of them is ever joined
/// to a neighbour by Unicode's grapheme rules (UAX #29: they are not Extend, ZWJ, SpacingMark,
/// Prepend, Hangul jamo or regional indicators). Anything else (combining marks, emoji with
/// selectors, jamo) sends the paragraph down the `Character` path, which gives the same output.
struct SnippetText {
    private(set) var scalars: [Unicode.Scalar] = []

    /// The flattened, cleaned form of `raw`, or nil when some scalar might join its neighbour.
    init?(flattening raw: String) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            let v = scalar.value
            let isSpace: Bool
            if v < 0x80 {
                isSpace = v == 0x20 || (v >= 0x09 && v <= 0x0D)
            } else {
                guard Self.isStandalone(v) else { return nil }
                // `Character.isWhitespace` is its first scalar's property; here each is one scalar.
                isSpace = scalar.properties.isWhitespace
            }
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if Sanitizer.isUnsafe(scalar) {
                out.append(contentsOf: Sanitizer.placeholder(for: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        scalars = out
    }

    var isEmpty: Bool { scalars.isEmpty }

    /// True for a scalar (from U+0080 up) that forms a grapheme cluster alone whatever stands
    /// beside it, as long as its neighbours are such scalars too. Control-class scalars (C1,
    /// bidi marks, separators) qualify: the grapheme rules break on both sides of them.
    static func isStandalone(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0x24F: true  // C1 controls, Latin-1 Supplement, Latin Extended-A and -B
        case 0x370...0x3FF, 0x400...0x482, 0x48A...0x4FF: true  // Greek, Cyrillic without its combining marks
        case 0x61C: true  // Arabic letter mark, a control
        case 0x2000...0x200B, 0x200E...0x206F: true  // general punctuation, but not ZWNJ and ZWJ
        case 0x20A0...0x20C0: true  // currency signs
        case 0x2400...0x2426: true  // control pictures, the placeholders of `Sanitizer`
        case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation, but not its tone marks
        case 0x3041...0x3096, 0x309B...0x30FF: true  // kana, but not the combining voicing marks
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true  // CJK ideographs
        case 0xAC00...0xD7A3: true  // Hangul syllables (they join only jamo, which are excluded)
        case 0xFEFF, 0xFF01...0xFF5E, 0xFFFD: true  // byte order mark, fullwidth ASCII, replacement
        default: false
        }
    }

    /// What `SearchQuery.highlights(in:)` gives for this text: the same terms (`LocatedTerms`'
    /// folding and cut at `Folding.maxTermBytes`), kept in flat arrays, and the same matching.
    func highlights(_ phrases: [Phrase]) -> [Range<Int>] {
        guard !phrases.isEmpty else { return [] }
        var terms = FlatTerms()
        terms.scan(scalars)
        var ranges: [Range<Int>] = []
        for phrase in phrases {
            let n = phrase.terms.count
            guard n > 0, terms.count >= n, let last = phrase.terms.last, !last.isEmpty else { continue }
            for start in 0...(terms.count - n) {
                let tail = start + n - 1
                guard terms.starts(tail, with: last) else { continue }
                guard (0..<(n - 1)).allSatisfy({ terms.equals(start + $0, phrase.terms[$0]) }) else { continue }
                ranges.append(terms.start[start]..<terms.end(of: tail, prefix: last.count))
            }
        }
        return SearchQuery.merged(ranges)
    }

    /// Columns of the scalar at `i`: a Character's width is the sum of its scalars'.
    @inline(__always)
    private func width(_ i: Int) -> Int {
        let v = scalars[i].value
        return v < 0x7F && v >= 0x20 ? 1 : DisplayWidth.of(scalars[i])
    }

    /// `SearchQuery.cut` for this text, measuring only as far as the cut reaches.
    func cut(around focus: Int, highlights: [Range<Int>], width limit: Int) -> Snippet {
        guard limit > 0 else { return Snippet(text: "", highlights: []) }
        let count = scalars.count
        var total = 0
        var i = 0
        while i < count && total <= limit {
            total += width(i)
            i += 1
        }
        if total <= limit { return Snippet(text: string(0..<count), highlights: highlights) }

        var start = focus
        var before = 0
        while start > 0 && before + width(start - 1) <= limit / 4 {
            start -= 1
            before += width(start)
        }
        if start > 0, start < focus, let space = scalars[start..<focus].firstIndex(of: " ") { start = space + 1 }
        let lead = start > 0 ? "…" : ""
        var budget = limit - (start > 0 ? 1 : 0)
        var end = start
        while end < count && width(end) <= budget {
            budget -= width(end)
            end += 1
        }
        if end < count {
            while end > start && budget < 1 {
                end -= 1
                budget += width(end)
            }
        }
        let tail = end < count ? "…" : ""
        let shift = (start > 0 ? 1 : 0) - start
        let kept = highlights.compactMap { range -> Range<Int>? in
            let low = max(range.lowerBound, start), high = min(range.upperBound, end)
            return low < high ? (low + shift)..<(high + shift) : nil
        }
        return Snippet(text: lead + string(start..<end) + tail, highlights: kept)
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

/// The located terms of a `SnippetText`, flat: term `t` starts at scalar `start[t]`, its folded
/// bytes are `bytes[from[t] ..< from[t + 1]]`, and `ends[k]` is the offset just past the scalar
/// that gave folded byte `k`.
private struct FlatTerms {
    var start: [Int] = []
    var from: [Int] = [0]
    var bytes: [UInt8] = []
    var ends: [Int] = []

    var count: Int { start.count }

    mutating func scan(_ scalars: [Unicode.Scalar]) {
        var cache = FoldCache()
        var open = false
        var length = 0
        func flush() {
            if open {
                from.append(bytes.count)
                open = false
            }
        }
        func append(_ b: UInt8, at offset: Int) {
            if !open {
                start.append(offset)
                open = true
                length = 0
            }
            guard length < Folding.maxTermBytes else { return }
            bytes.append(b)
            ends.append(offset + 1)
            length += 1
        }
        for (offset, scalar) in scalars.enumerated() {
            let v = scalar.value
            if v < 0x80 {
                let folded = Self.fold[Int(v)]
                if folded == 0 { flush() } else { append(folded, at: offset) }
                continue
            }
            switch cache.fold(scalar) {
            case .separator: flush()
            case .mark: break
            case .letters(let letters):
                for b in letters { append(b, at: offset) }
            case .ideograph:
                flush()
                let utf8 = Array(String(scalar).utf8)
                start.append(offset)
                bytes.append(contentsOf: utf8)
                ends.append(contentsOf: repeatElement(offset + 1, count: utf8.count))
                from.append(bytes.count)
            }
        }
        flush()
    }

    /// For each ASCII byte, its folded form if words are made of it, else 0: what
    /// `Folding.classify` says for ASCII, without building its `[UInt8]`.
    private static let fold: [UInt8] = (0..<128).map { b -> UInt8 in
        switch UInt8(b) {
        case 0x41...0x5A: UInt8(b) | 0x20
        case 0x61...0x7A, 0x30...0x39: UInt8(b)
        default: 0
        }
    }

    func starts(_ t: Int, with prefix: [UInt8]) -> Bool {
        let low = from[t]
        guard from[t + 1] - low >= prefix.count else { return false }
        for k in prefix.indices where bytes[low + k] != prefix[k] { return false }
        return true
    }

    func equals(_ t: Int, _ term: [UInt8]) -> Bool {
        from[t + 1] - from[t] == term.count && starts(t, with: term)
    }

    func end(of t: Int, prefix: Int) -> Int { ends[from[t] + prefix - 1] }
}
