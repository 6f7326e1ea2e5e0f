import GaikoCore

/// The selected meeting, from its wrapped document at the offset `apply` settled.
enum DetailView {
    static func draw(_ state: BrowserState, into grid: inout Grid, rect: Rect, focused: Bool) {
        let detail = state.detail
        let text = state.detailTextRect ?? rect.inner
        var title = Pane.detail.title
        if let m = state.selectedMeeting {
            title = m.kind.label + " · " + (m.date.map(Format.longDate) ?? "undated")
        }
        var footer: String?
        if !detail.isEmpty, text.height > 0 {
            let top = state.detailTopPosition
            if let first = detail.lineNumber(of: top), let count = detail.lineCount {
                footer = "\(first + 1)–\(min(count, first + text.height)) of \(count)"
            } else {
                // Too long to count its lines without wrapping it all: the share of text above,
                // or 100% once the end is in view.
                let atEnd = detail.moved(top, by: text.height - 1) == detail.end
                footer = "\(atEnd ? 100 : detail.percent(at: top))%"
            }
        }
        grid.box(rect, title: title + state.singlePaneHint, footer: footer, focused: focused)
        guard text.width > 0, text.height > 0 else { return }
        if state.selected == nil {
            grid.put("Nothing selected", x: text.x, y: text.y, maxWidth: text.width, role: .dim)
            return
        }
        let query = state.filter?.query
        // Hits are found per paragraph, before wrapping, so a phrase split over two lines is
        // still one hit; each visible paragraph is searched once.
        var blockHits: [Int: (source: [Character], ranges: [Range<Int>])] = [:]
        // The Related entry under the `]`/`[` cursor, drawn as the list draws its selection.
        let cursorBlock = state.relatedCursor.flatMap { detail.relatedBlocks.indices.contains($0) ? detail.relatedBlocks[$0] : nil }
        let cursorRole: StyleRole = focused ? .selected : .selectedUnfocused
        for (row, line) in detail.lines(from: state.detailTopPosition, count: text.height).enumerated() {
            let isCursor = line.block == cursorBlock
            if isCursor {
                grid.fill(x: text.x - 1, y: text.y + row, width: text.width + 1, height: 1, role: cursorRole)
                grid.put("▌", x: text.x - 1, y: text.y + row, role: cursorRole)
            }
            for span in line.spans where span.column < text.width {
                grid.put(span.text, x: text.x + span.column, y: text.y + row, maxWidth: text.width - span.column, role: isCursor ? cursorRole : span.role)
            }
            guard let query, let span = line.spans.last, span.column < text.width,
                  detail.blocks.indices.contains(line.block) else { continue }
            if blockHits[line.block] == nil {
                let ranges = detail.hits(in: line.block, for: query)
                blockHits[line.block] = (ranges.isEmpty ? [] : Array(detail.blocks[line.block].text), ranges)
            }
            let hits = blockHits[line.block]!
            for cell in line.cells(of: hits.ranges, source: hits.source) where span.column + cell.column < text.width {
                let current = state.currentMatch == DetailHit(block: line.block, range: cell.range)
                let x = text.x + span.column + cell.column
                grid.restyle(x: x, y: text.y + row, width: min(cell.width, text.width - span.column - cell.column), role: current ? .currentMatch : .match)
            }
        }
    }
}
