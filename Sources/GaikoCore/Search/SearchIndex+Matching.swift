extension SearchIndex {
    /// The matching meetings as a bitset: every group must hold, any clause of a group may.
    func matchSet(_ query: SearchQuery) -> Bitset {
        postings.withBuffers { matchSet(query, $0) }
    }

    func matchSet(_ query: SearchQuery, _ p: PostingBuffers) -> Bitset {
        var result = Bitset(count: count, full: true)
        for group in query.groups {
            var any = Bitset(count: count)
            for clause in group {
                var set = matchSet(clause.test, p)
                if clause.negated { set.invert() }
                any.formUnion(set)
            }
            result.formIntersection(any)
        }
        return result
    }

    func matchSet(_ test: QueryTest, _ p: PostingBuffers) -> Bitset {
        var set = Bitset(count: count)
        switch test {
        case .kind(let kind):
            let ordinal = UInt8(MeetingKind.allCases.firstIndex(of: kind)!)
            for (i, k) in kinds.enumerated() where k == ordinal { set.insert(i) }
        case .years(let range):
            for (i, y) in years.enumerated() where y != 0 && range.contains(Int(y)) { set.insert(i) }
        case .text(let phrase, let space):
            set = matchSet(phrase, space: space, p)
        }
        return set
    }

    /// The term ranges each of a phrase's words covers: whole words, except the last, which
    /// is a prefix.
    func termRanges(_ phrase: Phrase, space: TermSpace, _ p: PostingBuffers) -> [Range<Int>] {
        let tag: [UInt8] = space == .plain ? [] : [space.rawValue]
        return phrase.terms.enumerated().map { i, term in
            i == phrase.terms.count - 1 ? p.prefixRange(tag + term) : p.exactRange(tag + term)
        }
    }

    func matchSet(_ phrase: Phrase, space: TermSpace, _ p: PostingBuffers) -> Bitset {
        let ranges = termRanges(phrase, space: space, p)
        var candidates = Bitset(count: count, full: true)
        for (i, range) in ranges.enumerated() {
            if range.isEmpty { return Bitset(count: count) }
            if i == ranges.count - 1, prefixUnions.isWorthKeeping(range, p) {
                // The typed prefix: kept, since the same short prefix comes back key after key.
                let key = (space == .plain ? [] : [space.rawValue]) + phrase.terms[i]
                candidates.formIntersection(prefixUnions.set(for: key) { union(range, p) })
            } else {
                candidates.formIntersection(union(range, p))
            }
        }
        guard ranges.count > 1, !candidates.isEmpty else { return candidates }
        return phraseMatches(ranges, among: candidates, p)
    }

    /// Meetings that hold any of the terms in `range`.
    func union(_ range: Range<Int>, _ p: PostingBuffers) -> Bitset {
        var set = Bitset(count: count)
        set.withWords { words in
            for t in range {
                Self.forEachMeeting(ofTerm: t, p) { meeting in
                    words[meeting >> 6] |= 1 << UInt64(meeting & 63)
                }
            }
        }
        return set
    }

    /// Walks the postings of the terms in `range`, calling `body` with each meeting, the
    /// term, and (when `wantPositions` says so for that meeting) its positions of the term.
    func forEachPosting(
        in range: Range<Int>, _ p: PostingBuffers, wantPositions: (Int) -> Bool,
        _ body: (_ meeting: Int, _ term: Int, _ count: Int, _ positions: [UInt32]) -> Void
    ) {
        let positions = p.positions
        for t in range {
            var positionOffset = p.positionStarts[t]
            Self.forEachMeeting(ofTerm: t, p) { meeting in
                let n = Int(Varint.read(positions, &positionOffset))
                if wantPositions(meeting) {
                    var list: [UInt32] = []
                    list.reserveCapacity(n)
                    var position: UInt32 = 0
                    for _ in 0..<n {
                        position += Varint.read(positions, &positionOffset)
                        list.append(position)
                    }
                    body(meeting, t, n, list)
                } else {
                    Varint.skip(n, in: positions, &positionOffset)
                    body(meeting, t, n, [])
                }
            }
        }
    }

    /// Of `candidates` (which hold every word), those where the words stand next to each
    /// other. Occurrences are keys `meeting << 32 | position`; each word keeps the keys that
    /// follow a surviving key of the word before.
    private func phraseMatches(_ ranges: [Range<Int>], among candidates: Bitset, _ p: PostingBuffers) -> Bitset {
        var keys = follow(nil, ranges[0], among: candidates, p).keys
        var matched = Bitset(count: count)
        for range in ranges.dropFirst() {
            guard !keys.isEmpty else { break }
            (keys, matched) = follow(keys, range, among: candidates, p)
            if range.count > 1 { keys.sort() }
        }
        return matched
    }

    /// The occurrences of the terms in `range` (in candidate meetings) that come right after
    /// one of `previous` (sorted), or all of them when `previous` is nil; and their meetings.
    private func follow(
        _ previous: [UInt64]?, _ range: Range<Int>, among candidates: Bitset, _ p: PostingBuffers
    ) -> (keys: [UInt64], meetings: Bitset) {
        // Where each meeting's previous keys start and end, so a lookup scans only its own few.
        var starts: [Int32] = [], ends: [Int32] = []
        if let previous {
            starts = Array(repeating: -1, count: count)
            ends = Array(repeating: -1, count: count)
            for (k, key) in previous.enumerated() {
                let m = Int(key >> 32)
                if starts[m] < 0 { starts[m] = Int32(k) }
                ends[m] = Int32(k + 1)
            }
        }
        var keys: [UInt64] = []
        var meetings = Bitset(count: count)
        let positions = p.positions
        for t in range {
            var positionOffset = p.positionStarts[t]
            Self.forEachMeeting(ofTerm: t, p) { meeting in
                let n = Int(Varint.read(positions, &positionOffset))
                let wanted = candidates.contains(meeting) && (previous == nil || starts[meeting] >= 0)
                guard wanted else {
                    Varint.skip(n, in: positions, &positionOffset)
                    return
                }
                var position: UInt32 = 0
                for _ in 0..<n {
                    position &+= Varint.read(positions, &positionOffset)
                    let key = UInt64(meeting) << 32 | UInt64(position)
                    if let previous {
                        guard position > 0, Self.sortedContains(previous, Int(starts[meeting])..<Int(ends[meeting]), key - 1) else { continue }
                    }
                    keys.append(key)
                    meetings.insert(meeting)
                }
            }
        }
        return (keys, meetings)
    }

    /// Each meeting in term `t`'s list, ascending: the list is varints, the first a meeting
    /// index and the rest gaps. A term's positions are stored in the same meeting order, so
    /// callers that need them read them alongside.
    @inline(__always)
    private static func forEachMeeting(ofTerm t: Int, _ p: PostingBuffers, _ body: (Int) -> Void) {
        let docs = p.docs
        var offset = p.docStarts[t]
        let end = p.docStarts[t + 1]
        var meeting = 0
        var first = true
        while offset < end {
            let v = Int(Varint.read(docs, &offset))
            meeting = first ? v : meeting + v
            first = false
            body(meeting)
        }
    }

    /// Binary search of `keys[range]`, which is sorted.
    @inline(__always)
    private static func sortedContains(_ keys: [UInt64], _ range: Range<Int>, _ key: UInt64) -> Bool {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < range.upperBound && keys[low] == key
    }
}
