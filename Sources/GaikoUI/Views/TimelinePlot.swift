import GaikoCore

/// What the timeline pane shows at a size: the axis, the meetings bucketed per column and which
/// row each part goes on. Drawing and mouse hit tests both read it, so they always agree.
/// Rows, top to bottom: stacked marks, the axis, year or month labels, the caption.
struct TimelinePlot {
    /// The pane inside its border.
    let rect: Rect
    let scale: TimeScale?
    let buckets: TimelineBuckets?
    /// The axis row's y, nil when the pane is too short for one.
    let axisY: Int?
    let labelsY: Int?
    let captionY: Int?
    /// Rows for marks, counted up from the one just above the axis.
    let stackRows: Int
    let stackBottomY: Int
    /// Columns of the axis start here (one cell of padding inside the border).
    let x0: Int

    init(state: BrowserState, rect: Rect) {
        self.rect = rect
        x0 = rect.x + 1
        let columns = max(0, rect.width - 2)
        let h = rect.height
        switch h {
        case ...0:
            (stackRows, axisY, labelsY, captionY) = (0, nil, nil, nil)
        case 1:
            (stackRows, axisY, labelsY, captionY) = (1, nil, nil, nil)
        case 2:
            (stackRows, axisY, labelsY, captionY) = (1, rect.y + 1, nil, nil)
        case 3:
            (stackRows, axisY, labelsY, captionY) = (1, rect.y + 1, nil, rect.y + 2)
        default:
            (stackRows, axisY, labelsY, captionY) = (h - 3, rect.y + h - 3, rect.y + h - 2, rect.y + h - 1)
        }
        stackBottomY = rect.y + stackRows - 1
        if columns > 0, let scale = state.timelineScale(columns: columns) {
            self.scale = scale
            buckets = TimelineBuckets(ids: state.chronological, ordinals: state.catalog.ordinals, scale: scale)
        } else {
            scale = nil
            buckets = nil
        }
    }

    /// What a column's cell at stack level `level` (0 = just above the axis) shows.
    enum Mark {
        case meeting(Int)
        /// How many meetings of the column are not drawn as marks, and which they are.
        case count(Int, [Int])
    }

    func marks(column: Int) -> [Mark] {
        guard let items = buckets?.columns[column], !items.isEmpty, stackRows > 0 else { return [] }
        if items.count <= stackRows { return items.map(Mark.meeting) }
        let drawn = items.prefix(stackRows - 1)
        let rest = Array(items.dropFirst(stackRows - 1))
        return drawn.map(Mark.meeting) + [.count(rest.count, rest)]
    }

    /// The meeting a click at (x, y) picks: a mark, a count (cycling through what it counts) or,
    /// on an empty spot, the nearest meeting in that column or the ones beside it.
    func meeting(atX x: Int, y: Int, current: Int?) -> Int? {
        guard let buckets else { return nil }
        let column = x - x0
        for c in [column, column - 1, column + 1] where buckets.columns.indices.contains(c) {
            let marks = self.marks(column: c)
            guard !marks.isEmpty else { continue }
            let level = stackBottomY - y
            let mark = c == column && marks.indices.contains(level) ? marks[level] : marks[0]
            switch mark {
            case .meeting(let i):
                return i
            case .count(_, let ids):
                if let current, let at = ids.firstIndex(of: current) { return ids[(at + 1) % ids.count] }
                return ids.first
            }
        }
        return nil
    }
}
