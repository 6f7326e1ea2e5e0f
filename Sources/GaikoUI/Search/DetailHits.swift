import GaikoCore

extension DetailDocument {
    /// Every hit of `query` in the document, top to bottom.
    func hits(for query: SearchQuery) -> [DetailHit] {
        sources.enumerated().flatMap { block, text in
            query.highlights(in: text).map { DetailHit(block: block, range: $0) }
        }
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
