/// A query that could not be parsed, with a message for the status line or stderr.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Folded terms that must appear at consecutive positions. Every term but the last must match
/// a whole word; the last matches the start of a word, so results appear while typing.
struct Phrase: Sendable, Hashable {
    var terms: [[UInt8]]
}

/// One condition on a meeting.
enum QueryTest: Sendable, Hashable {
    case text(Phrase, TermSpace)
    case kind(MeetingKind)
    case years(ClosedRange<Int>)
}

struct QueryClause: Sendable, Hashable {
    var negated: Bool
    var test: QueryTest
}

/// A parsed search query: a meeting matches when it satisfies every group, and it satisfies a
/// group when it satisfies any of the group's clauses (`a OR b c` is `(a OR b) AND c`).
/// The syntax is described for users in `docs/search.md`.
public struct SearchQuery: Sendable, Hashable {
    /// The query as typed.
    public let text: String
    let groups: [[QueryClause]]

    public static func parse(_ text: String) throws(QueryError) -> SearchQuery {
        SearchQuery(text: text, groups: try QueryParser.groups(of: text))
    }

    /// True when the query has no terms: it matches everything and clears a filter.
    public var isEmpty: Bool { groups.isEmpty }

    /// The plain words and phrases that must (or may, under OR) appear: what highlighting shows.
    var positivePhrases: [Phrase] {
        var result: [Phrase] = []
        for clause in groups.joined() where !clause.negated {
            if case .text(let phrase, .plain) = clause.test, !result.contains(phrase) { result.append(phrase) }
        }
        return result
    }

    /// Character-offset ranges within `text` that this query's positive words and phrases match,
    /// sorted and not overlapping: what the detail pane and list highlight. A word's range covers
    /// only the characters its typed prefix matched (`nik` marks `Nik` in `Nikkei`).
    public func highlights(in text: String) -> [Range<Int>] {
        let phrases = positivePhrases
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
        return Self.merged(ranges)
    }

    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound < last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
