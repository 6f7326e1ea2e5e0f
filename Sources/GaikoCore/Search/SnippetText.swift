/// A paragraph as a snippet is cut from it (whitespace runs made single spaces, unsafe scalars
/// replaced, as `SearchQuery.flatten` does), held as scalars, for text in which every scalar is
/// a `Character` of its own. There scalar offsets are the Character offsets that
/// `Snippet.highlights` counts in, so highlights and the cut need no grapheme breaking, no
/// `Character` array and no `String` per word: that made snippets seven times dearer.
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
        var raw = raw
        guard let out = raw.withUTF8({ Self.flatten($0) }) else { return nil }
        scalars = out
    }

    /// Reads the UTF-8 bytes (valid: they are a `String`'s) one at a time, ASCII without
    /// decoding. A scalar takes at least one byte and a placeholder replaces one scalar, so the
    /// result never holds more scalars than there are bytes.
    private static func flatten(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var simple = true
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var n = 0
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var kept: Unicode.Scalar
                if b < 0x80 {
                    i += 1
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        pendingSpace = n > 0
                        continue
                    }
                    kept = b < 0x20 || b == 0x7F ? Sanitizer.placeholder(for: Unicode.Scalar(b)).unicodeScalars.first! : Unicode.Scalar(b)
                } else {
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var v = UInt32(b) & (0xFF >> (length + 1))
                    for j in 1..<length { v = v << 6 | UInt32(bytes[i + j] & 0x3F) }
                    i += length
                    guard isStandalone(v), let scalar = Unicode.Scalar(v) else {
                        simple = false
                        break
                    }
                    // `Character.isWhitespace` is its first scalar's property; here each is one scalar.
                    if scalar.properties.isWhitespace {
                        pendingSpace = n > 0
                        continue
                    }
                    kept = Sanitizer.isUnsafe(scalar) ? Sanitizer.placeholder(for: scalar).unicodeScalars.first! : scalar
                }
                if pendingSpace {
                    buffer[n] = " "
                    n += 1
                    pendingSpace = false
                }
                buffer[n] = kept
                n += 1
            }
            count = n
        }
        return simple ? out : nil
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
        var terms = FlatTerms(scalars)
        return highlights(phrases, from: 0, before: Int.max, in: &terms)
    }

    /// The ranges of matches that start at term `first` or later and before offset `limit`,
    /// merged. Terms are read only as far as that needs.
    private func highlights(_ phrases: [Phrase], from first: Int, before limit: Int, in terms: inout FlatTerms) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = first
        while terms.has(start), terms.start[start] < limit {
            ranges.append(contentsOf: matches(phrases, at: start, in: &terms))
            start += 1
        }
        return SearchQuery.merged(ranges)
    }

    /// Each phrase's match whose first term is term `t`.
    private func matches(_ phrases: [Phrase], at t: Int, in terms: inout FlatTerms) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for phrase in phrases {
            let n = phrase.terms.count
            guard n > 0, let last = phrase.terms.last, !last.isEmpty, terms.has(t + n - 1) else { continue }
            let tail = t + n - 1
            guard terms.starts(tail, with: last) else { continue }
            guard (0..<(n - 1)).allSatisfy({ terms.equals(t + $0, phrase.terms[$0]) }) else { continue }
            found.append(terms.start[t]..<terms.end(of: tail, prefix: last.count))
        }
        return found
    }

    /// The snippet around the first match of `phrases`, or nil when nothing matches: what
    /// `highlights` and `cut` together give, reading terms only from the first match to the
    /// end of what the cut keeps.
    func snippet(_ phrases: [Phrase], width limit: Int) -> Snippet? {
        snippet(phrases, width: limit, textBefore: false, textAfter: false)?.snippet
    }

    /// What a paragraph's snippet is, or nil when this text, a stretch of it, cannot tell.
    enum Answer: Equatable {
        case found(Snippet)
        case noMatch

        var snippet: Snippet? {
            if case .found(let snippet) = self { return snippet }
            return nil
        }
    }

    /// The same for a stretch of a paragraph: `textBefore` and `textAfter` say whether the
    /// flattened paragraph goes on before and after it (then with a space between). The answer
    /// is the whole paragraph's, or nil when it might differ: the terms ran out at the end, the
    /// cut reached either end, or the stretch fits whole.
    func snippet(_ phrases: [Phrase], width limit: Int, textBefore: Bool, textAfter: Bool) -> Answer? {
        var terms = FlatTerms(scalars, from: firstCandidate(phrases))
        var first = 0
        while terms.has(first), matches(phrases, at: first, in: &terms).isEmpty { first += 1 }
        let answer: Answer
        if !terms.has(first) {
            answer = .noMatch
        } else if limit <= 0 {
            answer = .found(Snippet(text: "", highlights: []))
        } else if let window = window(around: terms.start[first], width: limit) {
            if textBefore && window.start == 0 || textAfter && window.end == scalars.count { return nil }
            answer = .found(cut(window, highlights: highlights(phrases, from: first, before: window.end, in: &terms)))
        } else {
            if textBefore || textAfter { return nil }
            answer = .found(Snippet(text: string(0..<scalars.count), highlights: highlights(phrases, from: first, before: Int.max, in: &terms)))
        }
        return textAfter && terms.ranOut ? nil : answer
    }

    /// The snippet of a paragraph of plain ASCII (`bytes`), flattening only a stretch around
    /// the first word that begins like a phrase: paragraphs run to thousands of characters and
    /// a snippet shows one line. The stretch starts and ends at whitespace, so its flattened
    /// form is the paragraph's with the same terms; when its answer might differ from the
    /// whole paragraph's (`snippet(_:width:textBefore:textAfter:)`), the whole is taken. Nil
    /// for text that is not ASCII or phrases that do not start with an ASCII word.
    static func snippet(ofASCII bytes: UnsafeBufferPointer<UInt8>, _ phrases: [Phrase], width limit: Int) -> Answer? {
        let firsts = phrases.compactMap(\.terms.first)
        guard limit > 0, !firsts.isEmpty, firsts.count == phrases.count,
              firsts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 < 0x80 } }), Bytes.isASCII(bytes) else { return nil }
        let n = bytes.count
        func isWord(_ i: Int) -> Bool { FlatTerms.fold[Int(bytes[i])] != 0 }
        func isSpace(_ i: Int) -> Bool { bytes[i] == 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0D) }
        func begins(at i: Int, with word: [UInt8]) -> Bool {
            guard i + word.count <= n else { return false }
            for k in word.indices where FlatTerms.fold[Int(bytes[i + k])] != word[k] { return false }
            return true
        }
        // The first word that may start a match; none, and nothing matches. Each phrase's
        // first word is looked for before the earliest found so far, eight places at a time:
        // only a place whose byte (and the next, for a longer word) folds like the word's is
        // tried. A letter with its 0x20 bit set stands for both cases, so no place is missed.
        var candidate = -1
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let fold = Bytes.repeated(0x20)
        for word in firsts where word.count <= n {
            let first = Bytes.repeated(word[0] | 0x20)
            let second = Bytes.repeated((word.count > 1 ? word[1] : 0) | 0x20)
            let found = Bytes.firstFlagged(from: 0, end: min(candidate >= 0 ? candidate : n, n - word.count + 1),
                                           reach: 9, wordwise: word.count > 1, flags: { i in
                Bytes.zeroBytes((Bytes.word(raw, at: i) | fold) ^ first)
                    & Bytes.zeroBytes((Bytes.word(raw, at: i + 1) | fold) ^ second)
            }) { i in isWord(i) && (i == 0 || !isWord(i - 1)) && begins(at: i, with: word) ? i : nil }
            if let found { candidate = found }
        }
        guard candidate >= 0 else { return .noMatch }
        // A stretch from a word start well before it to a word end well past a line after it.
        var low = max(0, candidate - (limit / 2 + 16))
        while low > 0, !(isSpace(low - 1) && !isSpace(low)) { low -= 1 }
        var before = low
        while before > 0, isSpace(before - 1) { before -= 1 }
        if before == 0 { low = 0 }
        var high = min(n, candidate + 3 * limit + 64)
        while high < n, !(isSpace(high) && !isSpace(high - 1)) { high += 1 }
        var after = high
        while after < n, isSpace(after) { after += 1 }
        if after == n { high = n }
        let stretch = SnippetText(scalars: flatten(UnsafeBufferPointer(rebasing: bytes[low..<high]))!)
        if let answer = stretch.snippet(phrases, width: limit, textBefore: low > 0, textAfter: high < n) { return answer }
        guard low > 0 || high < n else { return nil }
        return SnippetText(scalars: flatten(bytes)!).snippet(phrases, width: limit, textBefore: false, textAfter: false)
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Where reading terms may start: the first ASCII word that begins like the first word of
    /// one of `phrases`, or the start of the word holding the first scalar from U+0080 up,
    /// whichever comes first. Every word before it is ASCII and begins unlike each phrase, so
    /// no match starts there; it ends before a separator, so the terms from here on are those
    /// a read from the start would give.
    private func firstCandidate(_ phrases: [Phrase]) -> Int {
        let firsts = phrases.compactMap(\.terms.first)
        guard firsts.count == phrases.count, firsts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 < 0x80 } }) else { return 0 }
        let count = scalars.count
        func begins(at p: Int, with word: [UInt8]) -> Bool {
            guard p + word.count <= count else { return false }
            for (k, b) in word.enumerated() {
                let v = scalars[p + k].value
                guard v < 0x80, FlatTerms.fold[Int(v)] == b else { return false }
            }
            return true
        }
        var wordStart = -1
        for p in 0..<count {
            let v = scalars[p].value
            if v >= 0x80 { return wordStart >= 0 ? wordStart : p }
            guard FlatTerms.fold[Int(v)] != 0 else {
                wordStart = -1
                continue
            }
            if wordStart < 0 {
                wordStart = p
                if firsts.contains(where: { begins(at: p, with: $0) }) { return p }
            }
        }
        return count
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
        guard let window = window(around: focus, width: limit) else {
            return Snippet(text: string(0..<scalars.count), highlights: highlights)
        }
        return cut(window, highlights: highlights)
    }

    /// Where `SearchQuery.cut` cuts: from a word start up to a quarter of the width before
    /// `focus`, to as far as the width allows. Nil when the whole text fits.
    private func window(around focus: Int, width limit: Int) -> (start: Int, end: Int)? {
        let count = scalars.count
        var total = 0
        var i = 0
        while i < count && total <= limit {
            total += width(i)
            i += 1
        }
        if total <= limit { return nil }
        var start = focus
        var before = 0
        while start > 0 && before + width(start - 1) <= limit / 4 {
            start -= 1
            before += width(start)
        }
        if start > 0, start < focus, let space = scalars[start..<focus].firstIndex(of: " ") { start = space + 1 }
        var budget = limit - (start > 0 ? 1 : 0)  // the leading ellipsis
        var end = start
        while end < count && width(end) <= budget {
            budget -= width(end)
            end += 1
        }
        if end < count {
            // Room for the trailing ellipsis.
            while end > start && budget < 1 {
                end -= 1
                budget += width(end)
            }
        }
        return (start, end)
    }

    private func cut(_ window: (start: Int, end: Int), highlights: [Range<Int>]) -> Snippet {
        let (start, end) = window
        let lead = start > 0 ? "…" : "", tail = end < scalars.count ? "…" : ""
        let shift = (start > 0 ? 1 : 0) - start
        let kept = highlights.compactMap { range -> Range<Int>? in
            let low = max(range.lowerBound, start), high = min(range.upperBound, end)
            return low < high ? (low + shift)..<(high + shift) : nil
        }
        return Snippet(text: lead + string(start..<end) + tail, highlights: kept)
    }

    func string(_ range: Range<Int>) -> String {
        // Most snippets are ASCII: their bytes are their scalars, copied in one go rather than
        // appended scalar by scalar.
        if scalars[range].allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (k, scalar) in scalars[range].enumerated() { buffer[k] = UInt8(truncatingIfNeeded: scalar.value) }
                return range.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

/// The located terms of a `SnippetText`, flat, read on demand: term `t` starts at scalar
/// `start[t]`, its folded bytes are `bytes[from[t] ..< from[t + 1]]`, and `ends[k]` is the
/// offset just past the scalar that gave folded byte `k`.
private struct FlatTerms {
    private let scalars: [Unicode.Scalar]
    /// The next scalar to read.
    private var next = 0
    private var cache = FoldCache()
    private(set) var start: [Int] = []
    private var from: [Int] = [0]
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    /// The terms of `scalars` from offset `first`, which must start a term or a separator.
    init(_ scalars: [Unicode.Scalar], from first: Int = 0) {
        self.scalars = scalars
        next = first
        bytes.reserveCapacity(scalars.count)
        ends.reserveCapacity(scalars.count)
    }

    /// Whether a term was asked for past the last one: a stretch of a paragraph cannot say
    /// what follows it.
    private(set) var ranOut = false

    /// Whether term `t` exists, reading on until it does or the text ends.
    mutating func has(_ t: Int) -> Bool {
        while start.count <= t, next < scalars.count { readTerm() }
        if t >= start.count { ranOut = true }
        return t < start.count
    }

    /// Reads scalars until one more term is complete or the text ends, folding as
    /// `LocatedTerms.scan` does.
    private mutating func readTerm() {
        var open = false
        var length = 0
        reading: while next < scalars.count {
            let offset = next
            let scalar = scalars[offset]
            let v = scalar.value
            var letters: [UInt8] = []
            if v < 0x80 {
                let folded = Self.fold[Int(v)]
                if folded == 0 {
                    next += 1
                    if open { break reading }
                    continue
                }
                if !open {
                    start.append(offset)
                    open = true
                }
                if length < Folding.maxTermBytes {
                    bytes.append(folded)
                    ends.append(offset + 1)
                    length += 1
                }
                next += 1
                continue
            }
            switch cache.fold(scalar) {
            case .separator:
                next += 1
                if open { break reading }
                continue
            case .mark:
                next += 1
                continue
            case .letters(let folded):
                letters = folded
            case .ideograph:
                // Ends the open term (read again as a term of its own on the next call).
                if open { break reading }
                let utf8 = Array(String(scalar).utf8)
                start.append(offset)
                bytes.append(contentsOf: utf8)
                ends.append(contentsOf: repeatElement(offset + 1, count: utf8.count))
                from.append(bytes.count)
                next += 1
                return
            }
            if !open {
                start.append(offset)
                open = true
            }
            for b in letters where length < Folding.maxTermBytes {
                bytes.append(b)
                ends.append(offset + 1)
                length += 1
            }
            next += 1
        }
        if open { from.append(bytes.count) }
    }

    /// For each ASCII byte, its folded form if words are made of it, else 0: what
    /// `Folding.classify` says for ASCII, without building its `[UInt8]`.
    static let fold: [UInt8] = (0..<128).map { b -> UInt8 in
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
