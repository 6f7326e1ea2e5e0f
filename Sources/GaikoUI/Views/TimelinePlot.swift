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
    /// Columns of the axis start here (one cell of padding inside the border, and the lanes'
    /// labels in a story).
    let x0: Int
    /// Who led each side, on the top rows, when the list is narrowed to one country and the
    /// pane has room (`StoryLanes`); the first lane's row is `rect.y`.
    let story: StoryLanes?
    /// Columns the lanes' labels (`Japan`, `Peru`) take before the axis.
    let storyLabelWidth: Int

    /// A story needs its two lanes and a row of marks, the axis, labels and a caption.
    static let storyMinimumHeight = 6

    init(state: BrowserState, rect: Rect) {
        self.rect = rect
        let country = state.storyCountry.flatMap { c in state.connections.map { (c, $0.countries[c].name) } }
        let tells = country != nil && rect.height >= Self.storyMinimumHeight && rect.width >= 40
        storyLabelWidth = tells ? min(12, max(5, DisplayWidth.of(country!.1))) + 1 : 0
        x0 = rect.x + 1 + storyLabelWidth
        let columns = max(0, rect.width - 2 - storyLabelWidth)
        let top = rect.y + (tells ? 2 : 0)
        let h = rect.height - (tells ? 2 : 0)
        switch h {
        case ...0:
            (stackRows, axisY, labelsY, captionY) = (0, nil, nil, nil)
        case 1:
            (stackRows, axisY, labelsY, captionY) = (1, nil, nil, nil)
        case 2:
            (stackRows, axisY, labelsY, captionY) = (1, top + 1, nil, nil)
        case 3:
            (stackRows, axisY, labelsY, captionY) = (1, top + 1, nil, top + 2)
        default:
            (stackRows, axisY, labelsY, captionY) = (h - 3, top + h - 3, top + h - 2, top + h - 1)
        }
        stackBottomY = top + stackRows - 1
        if columns > 0, let scale = state.timelineScale(columns: columns) {
            self.scale = scale
            buckets = state.timelineMemo.buckets(view: state.viewID, scale: scale) {
                TimelineBuckets(ids: state.chronological, ordinals: state.catalog.ordinals, scale: scale)
            }
            story = tells ? StoryLanes(state: state, country: country!.0, scale: scale) : nil
        } else {
            scale = nil
            buckets = nil
            story = nil
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
