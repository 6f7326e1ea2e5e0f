/// Items grouped by the column of a `TimeScale` they fall in, in one pass: drawing a timeline of
/// thousands of meetings costs one visit per meeting, never a comparison between pairs.
public struct TimelineBuckets: Sendable, Hashable {
    public let scale: TimeScale
    /// Per column, the items in it in the order they were given.
    public private(set) var columns: [[Int]]
    /// Items before and after the axis (off screen when the axis is zoomed in).
    public private(set) var before = 0
    public private(set) var after = 0

    /// `items` pairs an identifier (a corpus index) with its day's ordinal.
    public init(items: some Sequence<(id: Int, ordinal: Int)>, scale: TimeScale) {
        self.scale = scale
        columns = Array(repeating: [], count: scale.columns)
        for item in items {
            if item.ordinal < scale.start {
                before += 1
            } else if item.ordinal >= scale.end {
                after += 1
            } else if let col = scale.column(of: item.ordinal) {
                columns[col].append(item.id)
            }
        }
    }

    /// The same for `ids`, where `ordinals[id]` is each one's day (`Int.min`: undated, left out).
    /// Not generic, so a caller in another module runs it specialised: the browser redraws its
    /// timeline on every key, and at 100,000 meetings the generic form spent a fifth of a second
    /// a frame looking up type metadata.
    public init(ids: [Int], ordinals: [Int], scale: TimeScale) {
        self.scale = scale
        if let inOrder = Self.columnsOfTimeOrdered(ids, ordinals, scale) {
            (columns, before, after) = inOrder
            return
        }
        // Two passes, counting first, so each column is allocated once at its size: appending
        // 100,000 ids one by one to a hundred growing arrays was most of a frame.
        var columnOf = [Int32](repeating: -1, count: ids.count)
        var counts = [Int](repeating: 0, count: scale.columns)
        for (k, id) in ids.enumerated() {
            let ordinal = ordinals[id]
            if ordinal == .min { continue }
            if ordinal < scale.start {
                before += 1
            } else if ordinal >= scale.end {
                after += 1
            } else if let col = scale.column(of: ordinal) {
                columnOf[k] = Int32(col)
                counts[col] += 1
            }
        }
        var columns = counts.map { count -> [Int] in
            var column: [Int] = []
            column.reserveCapacity(count)
            return column
        }
        for (k, col) in columnOf.enumerated() where col >= 0 { columns[Int(col)].append(ids[k]) }
        self.columns = columns
    }

    /// The buckets of `ids` when their days never go back (the browser's time order, undated
    /// last): each column is then one run of `ids`, found where the column's first day starts,
    /// and copied whole. Nil as soon as a day goes back. Filtering a list of 100,000 in the
    /// prompt buckets it on every key; this does it in a copy instead of a pass per meeting.
    static func columnsOfTimeOrdered(_ ids: [Int], _ ordinals: [Int], _ scale: TimeScale)
        -> (columns: [[Int]], before: Int, after: Int)? {
        // The dated ones first: undated (`Int.min`) may only follow them.
        var dated = ids.count
        while dated > 0, ordinals[ids[dated - 1]] == .min { dated -= 1 }
        var previous = Int.min
        for k in 0..<dated {
            let ordinal = ordinals[ids[k]]
            guard ordinal != .min, ordinal >= previous else { return nil }
            previous = ordinal
        }
        // The first position at or after `k` whose day is at least `day`.
        func firstReaching(_ day: Int, from k: Int) -> Int {
            var low = k, high = dated
            while low < high {
                let mid = (low + high) / 2
                if ordinals[ids[mid]] < day { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let start = firstReaching(scale.start, from: 0)
        let end = firstReaching(scale.end, from: start)
        var columns = [[Int]](repeating: [], count: scale.columns)
        var k = start
        while k < end {
            guard let col = scale.column(of: ordinals[ids[k]]) else { return nil }
            // The first day of the next column: the smallest day whose column is past `col`.
            var next = end
            if col + 1 < scale.columns {
                let firstDay = scale.start + ((col + 1) * scale.days + scale.columns - 1) / scale.columns
                next = max(k + 1, firstReaching(firstDay, from: k))
            }
            columns[col] = Array(ids[k..<next])
            k = next
        }
        return (columns, start, dated - end)
    }

    /// Items on the axis, summed over columns.
    public var count: Int { columns.reduce(0) { $0 + $1.count } }

    /// The column holding `id`, or nil.
    public func column(of id: Int) -> Int? {
        columns.firstIndex { $0.contains(id) }
    }
}
