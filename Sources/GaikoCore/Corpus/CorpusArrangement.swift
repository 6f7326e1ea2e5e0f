/// Where each loaded meeting goes in the corpus and which meetings are renamed: what assembling
/// a load works out from every meeting's id and date. The cache stores it, so an unchanged
/// collection is not sorted again.
struct CorpusArrangement: Sendable, Equatable {
    /// Per position in the corpus, the index among the load's outcomes of the meeting there.
    var order: [Int]
    /// Positions whose meeting's id an earlier record has, and the id each gets instead.
    var renamed: [Renamed]

    struct Renamed: Sendable, Equatable {
        var position: Int
        var id: String
    }

    init(order: [Int], renamed: [(position: Int, id: String)]) {
        self.order = order
        self.renamed = renamed.map { Renamed(position: $0.position, id: $0.id) }
    }

    /// Duplicate ids resolved in load order, then the corpus's order (`MeetingOrder.newestFirst`).
    init(_ outcomes: [CorpusLoader.Outcome]) {
        var loaded: [Int] = []
        var ids: [String] = []
        var days: [Day?] = []
        loaded.reserveCapacity(outcomes.count)
        ids.reserveCapacity(outcomes.count)
        days.reserveCapacity(outcomes.count)
        for index in outcomes.indices {
            // The id and the day read through `map`, which lends the meeting to the closure:
            // binding it with `case .success(let meeting)` copied every meeting, a retain and a
            // release of each of its strings, a tenth of a second at 100,000.
            if case .success(let (id, day)) = outcomes[index].map({ ($0.id, $0.date) }) {
                loaded.append(index)
                ids.append(id)
                days.append(day)
            }
        }
        let unique = DuplicateIDs.resolve(ids: ids)
        let permutation = MeetingOrder.newestFirst.permutation(days: days, ids: unique)
        order = permutation.map { loaded[$0] }
        renamed = permutation.enumerated().compactMap { position, p in
            unique[p] == ids[p] ? nil : Renamed(position: position, id: unique[p])
        }
    }

    /// Whether this arrangement can place `outcomes`: every meeting exactly once, nothing else.
    /// A stored arrangement is checked so, as anything read from the cache is.
    func fits(_ outcomes: [CorpusLoader.Outcome]) -> Bool {
        var placed = [Bool](repeating: false, count: outcomes.count)
        for index in order {
            guard index >= 0, index < outcomes.count, !placed[index], case .success = outcomes[index] else { return false }
            placed[index] = true
        }
        let meetings = outcomes.reduce(0) { count, outcome in
            if case .success = outcome { return count + 1 }
            return count
        }
        var previous = -1
        for r in renamed {
            guard r.position > previous, r.position < order.count else { return false }
            previous = r.position
        }
        return meetings == order.count
    }
}
