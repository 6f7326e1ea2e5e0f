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

    /// Items on the axis, summed over columns.
    public var count: Int { columns.reduce(0) { $0 + $1.count } }

    /// The column holding `id`, or nil.
    public func column(of id: Int) -> Int? {
        columns.firstIndex { $0.contains(id) }
    }
}
