import GaikoCore

extension BrowserState {
    /// The one way state changes: pure, no terminal, settles every scroll offset before returning.
    /// A count typed before a move (`5j`) repeats it, settling after each step.
    public mutating func apply(_ action: Action) {
        if case .countDigit(let digit) = action {
            addCountDigit(digit)
            return
        }
        let times = action.isRepeatable ? (pendingCount ?? 1) : 1
        if case .resize = action {} else { pendingCount = nil }
        let before = focus
        for _ in 0..<times { applyOnce(action) }
        if focus == .timeline, before != .timeline { timelineReturn = before }
        if focus == .detail, let s = selected { noteRead(s) }
    }

    private mutating func applyOnce(_ action: Action) {
        if case .resize = action {} else { status = nil }
        if goTo != nil, applyGoTo(action) {
            reconcile()
            return
        }
        switch action {
        case .quit, .suspend, .redraw, .openRecord, .countDigit:
            break
        case .copyCitation:
            status = selected == nil ? "No meeting to cite" : "Citation copied to the clipboard (OSC 52)"
        case .back:
            goBack()
        case .clearSearch:
            clearSearch()
        case .openGoTo:
            openGoTo()
        case .historyBack:
            stepThroughReads(forward: false)
        case .historyForward:
            stepThroughReads(forward: true)
        case .unbound(let label):
            let help = keyTable.keys(for: .help).first?.label ?? "?"
            status = "\(label) is not bound here · \(help) lists the keys"
        case .select(let step):
            moveSelection(inTime: false, step: step, page: paneInner(.list)?.height ?? 1)
        case .selectInTime(let step):
            moveSelection(inTime: true, step: step, page: max(1, chronological.count / 10))
        case .scrollDetail(let step):
            scrollDetail(step)
        case .scrollHelp(let step):
            let page = max(1, HelpView.box(width: width, height: height, lineCount: helpLines.count).inner.height)
            helpOffset = Self.moved(helpOffset, step: step, page: page, count: Int.max / 2)
        case .focusNext:
            focus = focus.next
        case .focusPrevious:
            focus = focus.previous
        case .focusTimeline:
            focus = .timeline
        case .openDetail:
            if selected != nil { focus = .detail }
        case .toggleOrder:
            order = order.toggled
            rebuildRows()
            status = "Sorted \(order.label)"
        case .toggleZoom:
            zoomed.toggle()
        case .zoomTimelineIn:
            zoomTimeline(by: 1)
        case .zoomTimelineOut:
            zoomTimeline(by: -1)
        case .openHelp:
            helpOpen = true
            helpOffset = 0
        case .closeHelp:
            helpOpen = false
        case .openSearch, .promptInsert, .promptEdit, .promptHistory, .promptAccept, .promptCancel, .nextMatch, .previousMatch:
            applySearch(action)
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
        case .showIndex(let kind):
            showIndex(kind)
        case .moveIndex(let step):
            moveIndex(step)
        case .cycleIndexOrder:
            cycleIndexOrder()
        case .openIndexEntry:
            openIndexEntry()
        case .closeIndex:
            listIndex = nil
        case .moveRelated(let step):
            moveRelated(step)
        case .openRelated:
            openRelated()
        case .click(let x, let y):
            click(x: x, y: y)
        case .wheel(let x, let y, let down):
            wheel(x: x, y: y, down: down)
        }
        reconcile()
    }

    // MARK: geometry

    /// A pane's rectangle now, or the one it gets when it is focused (hidden in single-pane mode).
    func paneRect(_ pane: Pane) -> Rect? {
        layout.rect(of: pane) ?? Layout(width: width, height: height, focus: pane, zoomed: zoomed, story: storyCountry != nil).rect(of: pane)
    }

    func paneInner(_ pane: Pane) -> Rect? { paneRect(pane)?.inner }

    /// Text columns in the detail: the pane inside its border, less a space each side.
    var detailTextRect: Rect? {
        guard let r = paneInner(.detail) else { return nil }
        return Rect(x: r.x + 1, y: r.y, width: r.width - 2, height: r.height)
    }

    /// Zoom levels of the timeline in days; nil is the whole span.
    var timelineSpans: [Int?] {
        guard let whole = catalog.wholeScale(columns: 1) else { return [nil] }
        return [nil] + [5 * 365 + 1, 2 * 365].filter { $0 < whole.days }.map { Optional($0) }
    }

    /// The axis the timeline draws at `columns` columns.
    func timelineScale(columns: Int) -> TimeScale? {
        guard let whole = catalog.wholeScale(columns: columns) else { return nil }
        guard timelineSpans.indices.contains(timelineZoom), let span = timelineSpans[timelineZoom] else { return whole }
        return TimeScale(start: timelineStart, end: timelineStart + span, columns: columns)
    }

    // MARK: moves

    static func moved(_ position: Int, step: Step, page: Int, count: Int) -> Int {
        let target: Int = switch step {
        case .next: position + 1
        case .previous: position - 1
        case .first: 0
        case .last: count - 1
        case .pageDown: position + max(1, page - 1)
        case .pageUp: position - max(1, page - 1)
        case .halfPageDown: position + max(1, page / 2)
        case .halfPageUp: position - max(1, page / 2)
        }
        return max(0, min(count - 1, target))
    }

    mutating func select(_ index: Int?) {
        guard index != selected else { return }
        selected = index
        resetDetail()
    }

    /// Moves in list order, or in time order over dated meetings only (an undated meeting has
    /// no place in time; from one, time moves start at the latest dated meeting).
    private mutating func moveSelection(inTime: Bool, step: Step, page: Int) {
        let count = inTime ? datedCount : rows.count
        guard count > 0 else { return }
        var position = 0
        if let s = selected {
            if inTime {
                let p = chronoPosition(of: s) ?? count
                position = p < count ? p : count - 1
                if p >= count, step == .previous || step == .next { select(chronological[position]); return }
            } else {
                position = rows.firstIndex(of: s) ?? 0
            }
        }
        let target = Self.moved(position, step: step, page: page, count: count)
        select(inTime ? chronological[target] : rows[target])
    }

    /// Binary search by the catalog's time rank: `chronological` is sorted by it.
    func chronoPosition(of index: Int) -> Int? {
        let rank = catalog.rank[index]
        var lo = 0, hi = chronological.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if catalog.rank[chronological[mid]] < rank { lo = mid + 1 } else { hi = mid }
        }
        return lo < chronological.count && chronological[lo] == index ? lo : nil
    }

    /// Moves by lines from the top line shown, wrapping only the paragraphs passed over.
    private mutating func scrollDetail(_ step: Step) {
        let height = max(1, detailTextRect?.height ?? 1)
        let lastTop = detail.lastTop(height: height)
        let lines: Int
        switch step {
        case .first:
            detailAnchor = .top
            return
        case .last:
            detailAnchor = detail.anchor(at: lastTop)
            return
        case .next: lines = 1
        case .previous: lines = -1
        case .pageDown: lines = max(1, height - 1)
        case .pageUp: lines = -max(1, height - 1)
        case .halfPageDown: lines = max(1, height / 2)
        case .halfPageUp: lines = -max(1, height / 2)
        }
        detailAnchor = detail.anchor(at: min(detail.moved(detailTopPosition, by: lines), lastTop))
    }

    private mutating func zoomTimeline(by delta: Int) {
        let level = max(0, min(timelineSpans.count - 1, timelineZoom + delta))
        guard level != timelineZoom else {
            status = delta > 0 ? "Timeline fully zoomed in" : "Timeline shows the whole span"
            return
        }
        timelineZoom = level
        if let span = timelineSpans[level], let day = selectedMeeting?.date {
            timelineStart = day.ordinal - span / 2
        } else if let span = timelineSpans[level], let whole = catalog.wholeScale(columns: 1) {
            timelineStart = whole.end - span
        }
    }

    private mutating func click(x: Int, y: Int) {
        guard !helpOpen, let pane = layout.pane(atX: x, y: y) else { return }
        focus = pane
        switch pane {
        case .list:
            guard let inner = paneInner(.list), inner.contains(x: x, y: y) else { return }
            if listIndex != nil {
                clickIndex(row: y - inner.y)
                return
            }
            let row = listOffset + (y - inner.y)
            if rows.indices.contains(row) { select(rows[row]) }
        case .timeline:
            guard let inner = paneInner(.timeline) else { return }
            let plot = TimelinePlot(state: self, rect: inner)
            if let hit = plot.meeting(atX: x, y: y, current: selected) { select(hit) }
        case .detail:
            break
        }
    }

    private mutating func wheel(x: Int, y: Int, down: Bool) {
        if helpOpen {
            helpOffset = max(0, helpOffset + (down ? 3 : -3))
            return
        }
        switch layout.pane(atX: x, y: y) {
        case .list where listIndex != nil:
            for _ in 0..<3 { moveIndex(down ? .next : .previous) }
        case .list:
            for _ in 0..<3 { moveSelection(inTime: false, step: down ? .next : .previous, page: 1) }
        case .detail:
            let top = detail.moved(detailTopPosition, by: down ? 3 : -3)
            detailAnchor = detail.anchor(at: min(top, detail.lastTop(height: detailTextRect?.height ?? 1)))
        case .timeline:
            moveSelection(inTime: true, step: down ? .next : .previous, page: 1)
        case nil:
            break
        }
    }

    // MARK: settling

    /// Brings every derived value in line with the selection and size: the list scrolled to show
    /// the selection with a margin, the detail re-wrapped at its anchor, the zoomed timeline
    /// around the selection, the help offset in range.
    mutating func reconcile() {
        if let s = selected, chronoPosition(of: s) != nil {} else { select(rows.first) }

        if let h = paneInner(.list)?.height, h > 0 {
            listOffset = Self.offsetKeeping(selectedRow ?? 0, visible: h, count: rows.count, offset: listOffset)
        } else {
            listOffset = 0
        }

        let textWidth = max(0, detailTextRect?.width ?? 0)
        let relatedReady = connections != nil
        if detail.meeting == selected, detail.width == textWidth, textWidth > 0, !detail.isEmpty, detail.relatedReady != relatedReady {
            detail = detail.replacingRelated(relatedSection(for: selected))
        } else if detail.meeting != selected || detail.width != textWidth || detail.relatedReady != relatedReady {
            // After a resize the paragraphs are the same; only their wrapping is new.
            detail = detail.meeting == selected && detail.width > 0 && textWidth > 0 && detail.relatedReady == relatedReady
                ? detail.rewrapped(width: textWidth)
                : DetailDocument(meetings: meetings, meeting: selected, width: textWidth, related: relatedSection(for: selected))
        }
        if let cursor = relatedCursor, !detail.relatedTargets.indices.contains(cursor) { relatedCursor = nil }
        let detailHeight = max(0, detailTextRect?.height ?? 0)
        detailTopPosition = min(detail.position(for: detailAnchor), detail.lastTop(height: detailHeight))

        timelineZoom = max(0, min(timelineSpans.count - 1, timelineZoom))
        if let span = timelineSpans[timelineZoom], let whole = catalog.wholeScale(columns: 1) {
            if let day = selectedMeeting?.date?.ordinal {
                let margin = span / 8
                if day < timelineStart + margin || day >= timelineStart + span - margin {
                    timelineStart = day - span / 2
                }
            }
            timelineStart = max(whole.start, min(whole.end - span, timelineStart))
        }

        settleIndex()

        let helpHeight = HelpView.box(width: width, height: height, lineCount: helpLines.count).inner.height
        helpOffset = max(0, min(helpLines.count - helpHeight, helpOffset))
    }

    /// A scroll offset that shows `position` with up to two rows of context either side.
    static func offsetKeeping(_ position: Int, visible: Int, count: Int, offset: Int) -> Int {
        let margin = min(2, (visible - 1) / 2)
        var offset = offset
        if position - margin < offset { offset = position - margin }
        if position + margin > offset + visible - 1 { offset = position + margin - visible + 1 }
        return max(0, min(max(0, count - visible), offset))
    }
}
