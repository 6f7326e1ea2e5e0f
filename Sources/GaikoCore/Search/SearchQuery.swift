/// A query that could not be parsed, with a message for the status line or stderr.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Interface placeholder, replaced by the search issue work: a parsed search query.
public struct SearchQuery: Sendable, Hashable {
    public var text: String
    var words: [String]

    public static func parse(_ text: String) throws(QueryError) -> SearchQuery {
        SearchQuery(text: text, words: text.lowercased().split(separator: " ").map(String.init))
    }

    /// True when the query has no terms: it matches everything and clears a filter.
    public var isEmpty: Bool { words.isEmpty }

    /// Character-offset ranges within `text` that this query's terms match, in order and not
    /// overlapping: what the detail pane and list highlight.
    public func highlights(in text: String) -> [Range<Int>] {
        let lower = Array(text.lowercased())
        var ranges: [Range<Int>] = []
        for word in words {
            let w = Array(word)
            guard !w.isEmpty, w.count <= lower.count else { continue }
            for i in 0...(lower.count - w.count) where Array(lower[i..<i + w.count]) == w {
                ranges.append(i..<i + w.count)
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
