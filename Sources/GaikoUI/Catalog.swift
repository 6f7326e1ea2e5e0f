import GaikoCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        // Every pass below reads the days as ordinals from one small array: reading each
        // meeting's date from the corpus (a few hundred bytes apart) was most of opening the
        // browser on 100,000 meetings.
        let ordinals = meetings.map { $0.date?.ordinal ?? .min }
        let precedes = { (a: Int, b: Int) -> Bool in
            let x = ordinals[a], y = ordinals[b]
            if x != y {
                if x == .min { return false }
                if y == .min { return true }
                return x < y
            }
            return Self.idPrecedes(meetings[a].id, a, meetings[b].id, b)
        }
        // A loaded corpus is newest first already: its days reversed (each day's meetings kept
        // in their order) are this order, which one pass confirms (or the corpus vouches for);
        // sorting 100,000 meetings was a tenth of the first screen.
        let candidate = Self.newestFirstReversed(ordinals)
        let inOrder = corpus.isNewestFirst || zip(candidate, candidate.dropFirst()).allSatisfy { precedes($0, $1) }
        let order = inOrder ? candidate : meetings.indices.sorted(by: precedes)
        chronological = order
        var rank = Array(repeating: 0, count: meetings.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        self.rank = rank
        self.ordinals = ordinals
        // Dated meetings come first in `order`: the first is the earliest, the last dated one
        // the latest.
        firstDay = order.first.flatMap { meetings[$0].date }
        lastDay = order.last(where: { ordinals[$0] != .min }).flatMap { meetings[$0].date }
    }

    /// `(x, a) < (y, b)` for ids, comparing ASCII ids by their bytes: a newest-first corpus has
    /// several meetings a day, so confirming its order compares most neighbours' ids, and the
    /// general `String` comparison was a third of opening the browser on 100,000 meetings.
    /// For ASCII, byte order is the order `String` gives.
    static func idPrecedes(_ x: String, _ a: Int, _ y: String, _ b: Int) -> Bool {
        let bytes: Int?? = x.utf8.withContiguousStorageIfAvailable { xs in
            y.utf8.withContiguousStorageIfAvailable { ys -> Int? in
                guard !xs.contains(where: { $0 >= 0x80 }), !ys.contains(where: { $0 >= 0x80 }) else { return nil }
                let common = min(xs.count, ys.count)
                let c = common == 0 ? 0 : memcmp(xs.baseAddress!, ys.baseAddress!, common)
                return c != 0 ? Int(c) : xs.count - ys.count
            } ?? nil
        }
        guard let compared = bytes ?? nil else { return (x, a) < (y, b) }
        return compared != 0 ? compared < 0 : a < b
    }

    public var meetings: [Meeting] { corpus.meetings }

    /// The indices of a newest-first corpus in time order: the dated days from the last back,
    /// each day's meetings as they stand, then the undated ones as they stand.
    private static func newestFirstReversed(_ ordinals: [Int]) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(ordinals.count)
        var datedEnd = 0
        while datedEnd < ordinals.count, ordinals[datedEnd] != .min { datedEnd += 1 }
        var end = datedEnd
        while end > 0 {
            var start = end - 1
            while start > 0, ordinals[start - 1] == ordinals[end - 1] { start -= 1 }
            order.append(contentsOf: start..<end)
            end = start
        }
        order.append(contentsOf: datedEnd..<ordinals.count)
        return order
    }

    /// The axis showing every dated meeting, in whole years.
    func wholeScale(columns: Int) -> TimeScale? {
        guard let firstDay, let lastDay else { return nil }
        return .years(from: firstDay, to: lastDay, columns: columns)
    }
}
