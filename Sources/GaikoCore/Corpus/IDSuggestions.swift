/// Finding a meeting by what someone typed, and the nearest ids when nothing matches.
extension Corpus {
    /// The meeting with exactly this id; else the one whose id matches ignoring case; else the
    /// only meeting whose id starts with `query` (so a date alone finds a day's single meeting).
    public func meeting(matching query: String) -> Meeting? {
        if let exact = meetings.first(where: { $0.id == query }) { return exact }
        let lowered = query.lowercased()
        if let caseless = meetings.first(where: { $0.id.lowercased() == lowered }) { return caseless }
        let prefixed = meetings.filter { $0.id.lowercased().hasPrefix(lowered) }
        return prefixed.count == 1 && !lowered.isEmpty ? prefixed[0] : nil
    }

    /// Up to `limit` ids closest to `query`: ids it is a prefix of first, then by edit distance,
    /// then by longest common prefix, then by id.
    public func closestIDs(to query: String, limit: Int = 5) -> [String] {
        let q = Array(query.lowercased())
        let ranked = meetings.map { meeting -> (id: String, prefixed: Bool, distance: Int, common: Int) in
            let id = Array(meeting.id.lowercased())
            let prefixed = !q.isEmpty && id.starts(with: q)
            return (meeting.id, prefixed, EditDistance.between(q, id), EditDistance.commonPrefix(q, id))
        }
        return ranked.sorted { a, b in
            if a.prefixed != b.prefixed { return a.prefixed }
            if a.distance != b.distance { return a.distance < b.distance }
            if a.common != b.common { return a.common > b.common }
            return a.id < b.id
        }
        .prefix(max(0, limit))
        .map(\.id)
    }
}

/// Levenshtein distance over characters.
enum EditDistance {
    static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    static func commonPrefix(_ a: [Character], _ b: [Character]) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }
}
