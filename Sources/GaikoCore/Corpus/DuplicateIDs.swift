/// Makes meeting ids unique: the first record with an id keeps it, later ones (in the order
/// given) get `-2`, `-3` …, skipping any suffixed id another record already has.
enum DuplicateIDs {
    static func resolve(_ meetings: [Meeting]) -> [Meeting] {
        var taken = Set(meetings.map(\.id))
        var seen: Set<String> = []
        var next: [String: Int] = [:]
        return meetings.map { meeting in
            guard seen.contains(meeting.id) else {
                seen.insert(meeting.id)
                return meeting
            }
            var n = next[meeting.id, default: 2]
            while taken.contains("\(meeting.id)-\(n)") { n += 1 }
            next[meeting.id] = n + 1
            var renamed = meeting
            renamed.id = "\(meeting.id)-\(n)"
            taken.insert(renamed.id)
            return renamed
        }
    }
}
