import GaikoCore

extension DetailDocument {
    /// Every match of `query` in the document, top to bottom. Words of the query that stand
    /// next to each other in the text (`north korea` on "North Korea") are one match, so `n`
    /// steps from match to match rather than from word to word.
    func hits(for query: SearchQuery) -> [DetailHit] {
        sources.enumerated().flatMap { block, text in
            Self.joined(query.highlights(in: text), in: Array(text)).map { DetailHit(block: block, range: $0) }
        }
    }

    /// Joins ranges separated only by a short run of spaces and punctuation.
    static func joined(_ ranges: [Range<Int>], in text: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for range in ranges {
            if let last = out.last, range.lowerBound >= last.upperBound, range.lowerBound - last.upperBound <= 3,
               text[last.upperBound..<min(range.lowerBound, text.count)].allSatisfy({ !$0.isLetter && !$0.isNumber }) {
                out[out.count - 1] = last.lowerBound..<range.upperBound
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// The line a hit starts on.
    func line(of hit: DetailHit) -> Int {
        line(for: DetailAnchor(block: hit.block, offset: hit.range.lowerBound))
    }
}

extension DetailLine {
    /// Where `ranges` (Character offsets in the line's paragraph) fall on this line, as columns
    /// relative to the text span, with the range each cell belongs to.
    ///
    /// Wrapping joins words with one space however many the source had, so characters are
    /// walked alongside the source rather than assuming `offset + i`.
    func cells(of ranges: [Range<Int>], source: [Character]) -> [(column: Int, width: Int, range: Range<Int>)] {
        guard offset >= 0, !ranges.isEmpty, let text = spans.last?.text else { return [] }
        var out: [(column: Int, width: Int, range: Range<Int>)] = []
        var position = offset
        var column = 0
        var r = ranges.firstIndex { $0.upperBound > position } ?? ranges.count
        for ch in text {
            let width = DisplayWidth.of(Sanitizer.clean(String(ch)))
            while r < ranges.count, ranges[r].upperBound <= position { r += 1 }
            if r == ranges.count { break }
            if ranges[r].contains(position) { out.append((column, width, ranges[r])) }
            column += width
            position += 1
            if ch == " " {
                while position < source.count, source[position] == " " { position += 1 }
            }
        }
        return out
    }
}
