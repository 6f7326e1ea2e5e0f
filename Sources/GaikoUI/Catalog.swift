import GaikoCore

/// The corpus with the orderings the browser needs, computed once when it opens.
public struct Catalog: Sendable {
    public let corpus: Corpus
    /// Corpus indices in time order: dated meetings earliest first (ties by id), undated last.
    public let chronological: [Int]
    /// Each corpus index's position in `chronological`.
    public let rank: [Int]
    /// Each corpus index's day as `Day.ordinal`, `Int.min` when undated: the timeline reads it
    /// on every frame.
    public let ordinals: [Int]
    /// The first and last dated meetings' days, nil when nothing is dated.
    public let firstDay: Day?
    public let lastDay: Day?

    public init(corpus: Corpus) {
        self.corpus = corpus
        let meetings = corpus.meetings
        let order = meetings.indices.sorted { a, b in
            switch (meetings[a].date, meetings[b].date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (meetings[a].id, a) < (meetings[b].id, b)
            }
        }
        chronological = order
        var rank = Array(repeating: 0, count: meetings.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        self.rank = rank
        ordinals = meetings.map { $0.date?.ordinal ?? .min }
        let dated = order.compactMap { meetings[$0].date }
        firstDay = dated.first
        lastDay = dated.last
    }

    public var meetings: [Meeting] { corpus.meetings }

    /// The axis showing every dated meeting, in whole years.
    func wholeScale(columns: Int) -> TimeScale? {
        guard let firstDay, let lastDay else { return nil }
        return .years(from: firstDay, to: lastDay, columns: columns)
    }
}
