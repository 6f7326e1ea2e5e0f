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
    /// See `SearchIndex.snippet(for:query:width:)`.
    public func snippet(of meeting: Meeting, width: Int) -> Snippet {
        let pieces = IndexedText.readingOrder(of: meeting).map(Self.flatten).filter { !$0.isEmpty }
        for piece in pieces {
            let marks = highlights(in: piece)
            if let first = marks.first { return Self.cut(piece, around: first.lowerBound, highlights: marks, width: width) }
        }
        let opening = pieces.count > 1 ? pieces[1] : pieces.first ?? ""
        return Self.cut(opening, around: 0, highlights: [], width: width)
    }

    /// One line, safe to print.
    static func flatten(_ text: String) -> String {
        Sanitizer.clean(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
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
