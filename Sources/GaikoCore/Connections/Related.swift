/// Why a meeting is listed as related to another. The raw values are the public spelling
/// (`gaiko related`, its JSON).
public enum RelationReason: String, Sendable, Hashable, CaseIterable, Codable {
    case samePrincipals = "same principals"
    case sameCountry = "same country"
    case sameOccasion = "same occasion"
    case mentioned
}

/// One related meeting: a corpus index and the reason; for `mentioned`, the words that name it.
public struct RelatedMeeting: Sendable, Hashable, Codable {
    public var meeting: Int
    public var reason: RelationReason
    public var evidence: String?

    public init(meeting: Int, reason: RelationReason, evidence: String? = nil) {
        self.meeting = meeting
        self.reason = reason
        self.evidence = evidence
    }
}

/// A meeting's related meetings, a pure function of the corpus and its `Connections`. The
/// derived indexes make each question a few look-ups and one short scan, so the browser can ask
/// on every selection.
public enum Related {
    /// In the order of `RelationReason`: the previous and next meeting between the same two
    /// people; up to `limit` others with the same counterpart country, nearest in time first;
    /// others at the same occasion, in time order; earlier meetings the record names.
    /// A meeting can appear under more than one reason.
    ///
    /// `reasons` leaves some out: `mentioned` reads the whole record, which for a record of
    /// megabytes is the one part that takes long (the browser skips it there).
    public static func find(_ index: Int, in meetings: [Meeting], connections c: Connections, limit: Int = 10,
                            reasons: Set<RelationReason> = Set(RelationReason.allCases)) -> [RelatedMeeting] {
        var out: [RelatedMeeting] = []
        if reasons.contains(.samePrincipals) {
            out += samePrincipals(index, meetings, c).map { RelatedMeeting(meeting: $0, reason: .samePrincipals) }
        }
        if reasons.contains(.sameCountry) {
            out += sameCountry(index, meetings, c, limit: limit).map { RelatedMeeting(meeting: $0, reason: .sameCountry) }
        }
        if reasons.contains(.sameOccasion) {
            out += sameOccasion(index, meetings, c).map { RelatedMeeting(meeting: $0, reason: .sameOccasion) }
        }
        if reasons.contains(.mentioned) {
            out += Mentions.find(index, in: meetings, connections: c).map {
                RelatedMeeting(meeting: $0.meeting, reason: .mentioned, evidence: $0.phrase)
            }
        }
        return out
    }

    /// The latest earlier and the earliest later meeting between the same two people.
    static func samePrincipals(_ i: Int, _ meetings: [Meeting], _ c: Connections) -> [Int] {
        guard let japan = c.japanPerson[i], let other = c.counterpartPerson[i], let day = meetings[i].date else { return [] }
        // The smaller person's list, in time order: found by halving, then walked outwards to the
        // nearest meeting of the pair on each side (a person may meet thousands of others).
        let shorter = c.people[japan].meetings.count <= c.people[other].meetings.count ? japan : other
        let list = c.people[shorter].meetings
        let dated = datedCount(list, meetings)
        let at = position(of: day.ordinal, i, in: list, dated: dated, meetings)
        func isPair(_ m: Int) -> Bool { m != i && c.japanPerson[m] == japan && c.counterpartPerson[m] == other }
        var previous: Int?
        var k = at - 1
        while k >= 0 {
            if isPair(list[k]) { previous = list[k]; break }
            k -= 1
        }
        var next: Int?
        k = at
        while k < dated {
            if isPair(list[k]) { next = list[k]; break }
            k += 1
        }
        return [previous, next].compactMap { $0 }
    }

    /// How many of `list` (in time order, the undated last) have a date.
    private static func datedCount(_ list: [Int], _ meetings: [Meeting]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if meetings[list[mid]].date != nil { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first place in the dated part of `list` that does not come before meeting `i` on `day`.
    private static func position(of day: Int, _ i: Int, in list: [Int], dated: Int, _ meetings: [Meeting]) -> Int {
        var low = 0, high = dated
        while low < high {
            let mid = (low + high) / 2
            if (meetings[list[mid]].date!.ordinal, list[mid]) < (day, i) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Other meetings with the counterpart's country, nearest in time first, undated last.
    static func sameCountry(_ i: Int, _ meetings: [Meeting], _ c: Connections, limit: Int) -> [Int] {
        guard let country = c.country[i] else { return [] }
        let list = c.countries[country].meetings
        guard let day = meetings[i].date?.ordinal else {
            return Array(list.lazy.filter { $0 != i }.prefix(limit))
        }
        // The list is in time order: walk outwards from the meeting's place, found by halving
        // (a country may have thousands of meetings, and the browser asks on every move).
        let dated = list[..<datedCount(list, meetings)]
        let low = position(of: day, i, in: list, dated: dated.count, meetings)
        var before = low - 1, after = low
        var out: [Int] = []
        while out.count < limit {
            if after < dated.count && dated[after] == i { after += 1; continue }
            let b = before >= 0 ? day - meetings[dated[before]].date!.ordinal : Int.max
            let a = after < dated.count ? meetings[dated[after]].date!.ordinal - day : Int.max
            if a == Int.max && b == Int.max { break }
            if b <= a {
                out.append(dated[before]); before -= 1
            } else {
                out.append(dated[after]); after += 1
            }
        }
        for m in list[dated.count...] where out.count < limit { out.append(m) }
        return out
    }

    /// Other meetings within `SameOccasion.window` days whose occasion is the same one.
    static func sameOccasion(_ i: Int, _ meetings: [Meeting], _ c: Connections) -> [Int] {
        guard let occasion = meetings[i].occasion, let day = meetings[i].date?.ordinal else { return [] }
        let key = SameOccasion.key(occasion)
        guard !key.isEmpty else { return [] }
        let axis = c.chronological
        var low = 0, high = axis.count
        while low < high {
            let mid = (low + high) / 2
            if meetings[axis[mid]].date!.ordinal < day - SameOccasion.window { low = mid + 1 } else { high = mid }
        }
        var out: [Int] = []
        var keys: [String: [String]] = [:]
        for m in axis[low...] {
            guard meetings[m].date!.ordinal <= day + SameOccasion.window else { break }
            guard m != i, let other = meetings[m].occasion else { continue }
            let otherKey = keys[other] ?? SameOccasion.key(other)
            keys[other] = otherKey
            if SameOccasion.matches(key, otherKey) { out.append(m) }
        }
        return out
    }
}
