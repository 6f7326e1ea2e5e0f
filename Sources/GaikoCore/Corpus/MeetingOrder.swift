/// The orders meetings are listed in. Both break ties by id, so the order is total and never
/// depends on how the records were loaded; undated meetings come last in either.
public enum MeetingOrder: String, Sendable, CaseIterable {
    case newestFirst = "newest"
    case oldestFirst = "oldest"

    public func sorted(_ meetings: [Meeting]) -> [Meeting] {
        meetings.sorted(by: areInIncreasingOrder)
    }

    public func areInIncreasingOrder(_ a: Meeting, _ b: Meeting) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return self == .newestFirst ? x > y : x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
    }
}
