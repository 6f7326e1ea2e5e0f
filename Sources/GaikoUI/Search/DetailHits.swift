import GaikoCore

extension DetailDocument {
    /// The matches of `query` in block `block`, as Character ranges of its text; found once per
    /// query and block, so `n` and `N` and redrawing never search a paragraph twice. Words of the
    /// query that stand next to each other in the text (`north korea` on "North Korea") are one
    /// match, so `n` steps from match to match rather than from word to word.
    func hits(in block: Int, for query: SearchQuery) -> [Range<Int>] {
        guard blocks.indices.contains(block), block < relatedStart else { return [] }
        return cache.hits(of: block, for: query) {
            Self.joined(query.highlights(in: blocks[block].text), in: Array(blocks[block].text))
        }
    }

    /// Every match of `query` in the document, top to bottom (searches all of it).
    func hits(for query: SearchQuery) -> [DetailHit] {
        blocks.indices.flatMap { block in hits(in: block, for: query).map { DetailHit(block: block, range: $0) } }
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
    func position(of hit: DetailHit) -> DetailPosition {
        position(for: DetailAnchor(block: hit.block, offset: hit.range.lowerBound))
    }

    /// The line number a hit starts on (see `line(for:)`).
    func line(of hit: DetailHit) -> Int {
        line(for: DetailAnchor(block: hit.block, offset: hit.range.lowerBound))
    }

    /// The first hit on or below `position`, searching block by block from there.
    func firstHit(for query: SearchQuery, atOrAfter position: DetailPosition) -> DetailHit? {
        var block = max(0, position.block)
        while block < blocks.count {
            for range in hits(in: block, for: query) {
                let hit = DetailHit(block: block, range: range)
                if block > position.block || self.position(of: hit) >= position { return hit }
            }
            block += 1
        }
        return nil
    }

    /// The last hit above `position` (anywhere when nil), searching block by block upwards.
    func lastHit(for query: SearchQuery, before position: DetailPosition?) -> DetailHit? {
        var block = min(blocks.count - 1, position?.block ?? blocks.count - 1)
        while block >= 0 {
            for range in hits(in: block, for: query).reversed() {
                let hit = DetailHit(block: block, range: range)
                guard let position, block == position.block else { return hit }
                if self.position(of: hit) < position { return hit }
            }
            block -= 1
        }
        return nil
    }

    /// The hit after `hit` in reading order, if any.
    func hit(after hit: DetailHit, for query: SearchQuery) -> DetailHit? {
        if let next = hits(in: hit.block, for: query).first(where: { $0.lowerBound > hit.range.lowerBound }) {
            return DetailHit(block: hit.block, range: next)
        }
        var block = hit.block + 1
        while block < blocks.count {
            if let first = hits(in: block, for: query).first { return DetailHit(block: block, range: first) }
            block += 1
        }
        return nil
    }

    /// The hit before `hit` in reading order, if any.
    func hit(before hit: DetailHit, for query: SearchQuery) -> DetailHit? {
        if let previous = hits(in: hit.block, for: query).last(where: { $0.lowerBound < hit.range.lowerBound }) {
            return DetailHit(block: hit.block, range: previous)
        }
        var block = hit.block - 1
        while block >= 0 {
            if let last = hits(in: block, for: query).last { return DetailHit(block: block, range: last) }
            block -= 1
        }
        return nil
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
