/// Makes meeting ids unique: the first record with an id keeps it, later ones (in the order
/// given) get `-2`, `-3` …, skipping any suffixed id another record already has.
enum DuplicateIDs {
    static func resolve(_ meetings: [Meeting]) -> [Meeting] {
        let unique = resolve(ids: meetings.map(\.id))
        return zip(meetings, unique).map { meeting, id in
            var renamed = meeting
            renamed.id = id
            return renamed
        }
    }

    /// The same rule on the ids alone, so a large corpus renames without copying meetings.
    static func resolve(ids: [String]) -> [String] {
        var taken = Set<String>(minimumCapacity: ids.count)
        var repeats: [Int] = []
        for (i, id) in ids.enumerated() where !taken.insert(id).inserted {
            repeats.append(i)
        }
        // Every original id is taken before any suffix is chosen, so `x-2` written in a record
        // keeps its id and a repeated `x` skips to `x-3`.
        // Each suffixed id is made once and hashed once (`insert` answers whether it was free):
        // synthetic collections repeat most ids, and interpolating each twice was most of this.
        var unique = ids
        var next: [String: Int] = [:]
        for i in repeats {
            let id = ids[i]
            var n = next[id, default: 2]
            var candidate = id + "-" + String(n)
            while !taken.insert(candidate).inserted {
                n += 1
                candidate = id + "-" + String(n)
            }
            next[id] = n + 1
            unique[i] = candidate
        }
        return unique
    }
}
