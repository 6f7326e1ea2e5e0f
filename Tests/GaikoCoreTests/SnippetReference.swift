@testable import GaikoCore

/// The snippet as gaiko made it before `SnippetText` (2026-11-30): every paragraph flattened
/// and measured `Character` by `Character`, highlights from `LocatedTerms`. Kept as the reference
/// the fast path must equal, byte for byte.
enum SnippetReference {
    static func snippet(_ query: SearchQuery, of meeting: Meeting, width: Int) -> Snippet {
        // Every piece is flattened and searched: the reference takes no short cut, not even
        // `mayHighlight`, so that the filter is checked too.
        var opening: [String] = []
        for raw in IndexedText.readingOrder(of: meeting) {
            let piece = flatten(raw)
            if opening.count < 2, !piece.isEmpty { opening.append(piece) }
            let marks = highlights(query, in: piece)
            if let first = marks.first { return cut(piece, around: first.lowerBound, highlights: marks, width: width) }
        }
        let text = opening.count > 1 ? opening[1] : opening.first ?? ""
        return cut(text, around: 0, highlights: [], width: width)
    }

    static func highlights(_ query: SearchQuery, in text: String) -> [Range<Int>] {
        let phrases = query.positivePhrases
        guard !phrases.isEmpty else { return [] }
        let located = LocatedTerms.scan(text)
        var ranges: [Range<Int>] = []
        for phrase in phrases {
            let n = phrase.terms.count
            guard n > 0, located.count >= n, let last = phrase.terms.last else { continue }
            for start in 0...(located.count - n) {
                let tail = located[start + n - 1]
                guard tail.term.starts(with: last) else { continue }
                guard (0..<(n - 1)).allSatisfy({ located[start + $0].term == phrase.terms[$0] }) else { continue }
                ranges.append(located[start].start..<tail.byteEnds[last.count - 1])
            }
        }
        return SearchQuery.merged(ranges)
    }

    static func flatten(_ text: String) -> String {
        Sanitizer.clean(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }

    static func cut(_ text: String, around focus: Int, highlights: [Range<Int>], width: Int) -> Snippet {
        guard width > 0 else { return Snippet(text: "", highlights: []) }
        let chars = Array(text)
        let widths = chars.map(DisplayWidth.of)
        if widths.reduce(0, +) <= width { return Snippet(text: text, highlights: highlights) }
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
