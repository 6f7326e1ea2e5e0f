/// Interface placeholder, replaced by the search issue work: an index over a corpus's meetings.
public struct SearchIndex: Sendable {
    let texts: [String]

    public init(meetings: [Meeting]) {
        texts = meetings.map { m in
            ([m.title] + m.lead + m.sections.flatMap { [$0.title ?? ""] + $0.paragraphs.map(\.text) }).joined(separator: "\n").lowercased()
        }
    }

    /// Indices (into the `meetings` the index was built from) of the meetings that match, ascending.
    public func matches(_ query: SearchQuery) -> [Int] {
        texts.indices.filter { i in query.words.allSatisfy { texts[i].contains($0) } }
    }
}
