import GaikoCore

/// The corpus's years on an axis with a mark per meeting and a caption for the selection.
enum TimelineView {
    static func draw(_ state: BrowserState, into grid: inout Grid, rect: Rect, focused: Bool) {
        let zoomLabel = state.timelineZoom == 0 ? "" : " · zoomed"
        let inner = rect.inner
        let plot = TimelinePlot(state: state, rect: inner)
        let storyLabel = plot.story == nil ? "" : " · who led each side"
        grid.box(rect, title: Pane.timeline.title + zoomLabel + storyLabel + state.singlePaneHint, focused: focused)
        guard inner.width > 2, inner.height > 0 else { return }
        if let story = plot.story, let scale = plot.scale { lanes(story, plot: plot, scale: scale, into: &grid) }
        guard let scale = plot.scale, let buckets = plot.buckets else {
            grid.put("No dated meetings", x: plot.x0, y: inner.y, maxWidth: inner.width - 1, role: .dim)
            return
        }
        let ticks = scale.ticks()
        if let axisY = plot.axisY {
            grid.fill(x: plot.x0, y: axisY, width: scale.columns, height: 1, role: .axis, character: "─")
            for tick in ticks {
                grid.put(tick.isMajor ? "┼" : "┴", x: plot.x0 + tick.column, y: axisY, role: .axis)
            }
            // Meetings off a zoomed axis are pointed at, not hidden.
            if buckets.before > 0 { grid.put("◂", x: inner.x, y: axisY, role: .label) }
            if buckets.after > 0 { grid.put("▸", x: inner.x + inner.width - 1, y: axisY, role: .label) }
        }
        if let labelsY = plot.labelsY {
            var free = plot.x0
            for tick in ticks where plot.x0 + tick.column >= free {
                free = grid.put(tick.label, x: plot.x0 + tick.column, y: labelsY, maxWidth: inner.x + inner.width - plot.x0 - tick.column, role: .axis) + 1
            }
        }
        let selected = state.selected
        var selectedColumn: Int?
        for column in 0..<scale.columns {
            for (level, mark) in plot.marks(column: column).enumerated() {
                let y = plot.stackBottomY - level
                switch mark {
                case .meeting(let i):
                    let isSelected = i == selected
                    if isSelected { selectedColumn = column }
                    grid.put(glyph(state.meetings[i].kind), x: plot.x0 + column, y: y, role: isSelected ? .selected : ListView.kindRole(state.meetings[i].kind))
                case .count(let n, let ids):
                    let isSelected = selected.map(ids.contains) ?? false
                    if isSelected { selectedColumn = column }
                    grid.put(n <= 9 ? String(n) : "+", x: plot.x0 + column, y: y, role: isSelected ? .selected : .label)
                }
            }
        }
        if let captionY = plot.captionY {
            caption(state, plot: plot, column: selectedColumn, into: &grid, y: captionY)
        }
    }

    /// `Japan  ┃Abe          ┃Suga  ┃Kishida`: each lane's label, then a bar and a name where
    /// its leader changes, the name cut before the next change.
    private static func lanes(_ story: StoryLanes, plot: TimelinePlot, scale: TimeScale, into grid: inout Grid) {
        let inner = plot.rect
        for (row, lane) in story.lanes.enumerated() {
            let y = inner.y + row
            let labelWidth = plot.storyLabelWidth - 1
            grid.put(WordWrap.truncate(lane.label, width: labelWidth), x: inner.x + 1, y: y, maxWidth: labelWidth, role: .label)
            // The first column no name has taken yet: a name that does not fit after its bar
            // (the latest leader, near the axis's end) goes before it when that room is free.
            var free = plot.x0
            for (k, run) in lane.runs.enumerated() {
                let end = k + 1 < lane.runs.count ? lane.runs[k + 1].column : scale.columns
                let x = plot.x0 + run.column
                grid.put("┃", x: x, y: y, role: .label)
                let room = end - run.column - 1
                let width = DisplayWidth.of(run.name)
                if width > room, x - free >= width + 1 {
                    grid.put(run.name, x: x - width, y: y, role: .normal)
                    free = x + 1
                } else if room > 0 {
                    free = grid.put(WordWrap.truncate(run.name, width: room), x: x + 1, y: y, maxWidth: room, role: .normal)
                } else {
                    free = x + 1
                }
            }
        }
    }

    static func glyph(_ kind: MeetingKind) -> String {
        switch kind {
        case .summit: "●"
        case .foreignMinisters: "◆"
        case .telephone: "○"
        case .other: "·"
        }
    }

    /// `▲ Fri 10 Nov 2017 · Summit · Abe – Kuczynski · Da Nang`, pointing at the mark when it can.
    private static func caption(_ state: BrowserState, plot: TimelinePlot, column: Int?, into grid: inout Grid, y: Int) {
        let inner = plot.rect
        guard let m = state.selectedMeeting, let selected = state.selected else { return }
        var parts = [m.date.map(Format.longDate) ?? "Undated", m.kind.label, Format.principals(m)]
        if let place = m.venue ?? m.venueCountry { parts.append(place) }
        if let column, let ids = plot.buckets?.columns[column], ids.count > 1, let at = ids.firstIndex(of: selected) {
            parts.append("\(at + 1) of \(ids.count) here")
        }
        let right = inner.x + inner.width
        guard let column else {
            let text = parts.joined(separator: " · ") + (m.date == nil ? " — not on the timeline" : " — off this stretch of the axis")
            grid.put(WordWrap.truncate(text, width: right - plot.x0), x: plot.x0, y: y, maxWidth: right - plot.x0, role: .normal)
            return
        }
        // The caption hangs off the mark's column, to its right or its left; it sheds its last
        // parts before it is cut.
        let x = plot.x0 + column
        for count in stride(from: parts.count, through: 1, by: -1) {
            let text = parts.prefix(count).joined(separator: " · ")
            let width = DisplayWidth.of(text)
            if x + 2 + width <= right {
                grid.put("▲ " + text, x: x, y: y, role: .normal)
                return
            }
            if x - width - 1 >= inner.x {
                grid.put(text + " ▲", x: x - width - 1, y: y, role: .normal)
                return
            }
        }
        let text = parts.joined(separator: " · ")
        if right - x >= x - inner.x {
            grid.put("▲ " + WordWrap.truncate(text, width: right - x - 2), x: x, y: y, maxWidth: right - x, role: .normal)
        } else {
            let cut = WordWrap.truncate(text, width: x - inner.x - 1)
            grid.put(cut + " ▲", x: x - DisplayWidth.of(cut) - 1, y: y, role: .normal)
        }
    }
}
