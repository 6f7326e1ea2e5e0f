/// The orders meetings are listed in. Both break ties by id, so the order is total and never
/// depends on how the records were loaded; undated meetings come last in either.
public enum MeetingOrder: String, Sendable, CaseIterable {
    case newestFirst = "newest"
    case oldestFirst = "oldest"

    /// Sorts small keys and then moves each meeting once: swapping whole `Meeting` values (a
    /// dozen strings and arrays each) is what made sorting 100,000 of them slow.
    public func sorted(_ meetings: [Meeting]) -> [Meeting] {
        permutation(days: meetings.map(\.date), ids: meetings.map(\.id)).map { meetings[$0] }
    }

    /// `positions` in `meetings`, reordered so that the meetings they point at are in this
    /// order: for callers that leave the meetings where they are and walk them by position.
    public func sorted(_ positions: [Int], of meetings: [Meeting]) -> [Int] {
        permutation(days: positions.map { meetings[$0].date }, ids: positions.map { meetings[$0].id })
            .map { positions[$0] }
    }

    public func areInIncreasingOrder(_ a: Meeting, _ b: Meeting) -> Bool {
        precedes(SortKey(day: a.date, id: a.id), SortKey(day: b.date, id: b.id))
    }

    /// The positions of the meetings with these dates and ids, in this order.
    func permutation(days: [Day?], ids: [String]) -> [Int] {
        // One number per meeting that sorts in this order (undated last), and the ids only
        // between meetings of one day: copying keys with their ids in every comparison cost a
        // retain and a release of two strings each time.
        let newest = self == .newestFirst
        var ranks: [(rank: Int, index: Int)] = []
        ranks.reserveCapacity(days.count)
        for (index, day) in days.enumerated() {
            let packed = SortKey(day: day, id: "").day
            ranks.append((packed.map { newest ? -$0 : $0 } ?? .max, index))
        }
        // Ties broken on the ids' bytes, all copied once into one buffer and compared with
        // `memcmp`: comparing `utf8` views element by element was most of sorting a synthetic
        // collection, where many meetings share a day.
        let bytes = IDBytes(ids)
        ranks.sort { a, b in
            a.rank != b.rank ? a.rank < b.rank : bytes.precedes(a.index, b.index)
        }
        return ranks.map(\.index)
    }

    private struct SortKey {
        var day: Int?
        var id: String

        /// Packed so that comparing the numbers compares `Day`s (months and days stay below 100).
        init(day: Day?, id: String) {
            self.day = day.map { $0.year * 10_000 + $0.month * 100 + $0.day }
            self.id = id
        }
    }

    private func precedes(_ a: SortKey, _ b: SortKey) -> Bool {
        switch (a.day, b.day) {
        case let (x?, y?) where x != y: return self == .newestFirst ? x > y : x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
    }
}
