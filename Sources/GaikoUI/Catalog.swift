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
        let precedes = { (a: Int, b: Int) -> Bool in
            switch (meetings[a].date, meetings[b].date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (meetings[a].id, a) < (meetings[b].id, b)
            }
        }
        // A loaded corpus is newest first already: its days reversed (each day's meetings kept
        // in their order) are this order, which one pass confirms; sorting 100,000 meetings was
        // a tenth of the first screen.
        let candidate = Self.newestFirstReversed(meetings)
        let inOrder = zip(candidate, candidate.dropFirst()).allSatisfy { precedes($0, $1) }
        let order = inOrder ? candidate : meetings.indices.sorted(by: precedes)
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

    /// The indices of a newest-first corpus in time order: the dated days from the last back,
    /// each day's meetings as they stand, then the undated ones as they stand.
    private static func newestFirstReversed(_ meetings: [Meeting]) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(meetings.count)
        var datedEnd = 0
        while datedEnd < meetings.count, meetings[datedEnd].date != nil { datedEnd += 1 }
        var end = datedEnd
        while end > 0 {
            var start = end - 1
            while start > 0, meetings[start - 1].date == meetings[end - 1].date { start -= 1 }
            order.append(contentsOf: start..<end)
            end = start
        }
        order.append(contentsOf: datedEnd..<meetings.count)
        return order
    }

    /// The axis showing every dated meeting, in whole years.
    func wholeScale(columns: Int) -> TimeScale? {
        guard let firstDay, let lastDay else { return nil }
        return .years(from: firstDay, to: lastDay, columns: columns)
    }
}
