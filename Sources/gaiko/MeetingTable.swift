import GaikoCore

/// `gaiko list` rows: date, kind, the two principals, venue, in columns aligned by display width.
enum MeetingTable {
    /// A cell of a row, and the meeting kind when it is the kind cell (to colour it).
    struct Cell {
        var text: String
        var kind: MeetingKind? = nil
    }

    static func cells(for m: Meeting) -> [Cell] {
        let japan = familyName(m.japan)
        let counterpart = familyName(m.counterpart)
        let place = [m.venue, m.venueCountry].compactMap { $0 }.joined(separator: ", ")
        return [
            Cell(text: m.date?.description ?? "undated"),
            Cell(text: m.kind.label, kind: m.kind),
            Cell(text: "\(japan) – \(counterpart)"),
            Cell(text: place),
        ].map { Cell(text: Sanitizer.clean($0.text), kind: $0.kind) }
    }

    static func familyName(_ p: Principal) -> String { p.familyName ?? p.name ?? "?" }

    /// One line a meeting. With a `width`, each line is cut to it (with `…`).
    static func lines(_ meetings: [Meeting], width: Int?, style: Styler) -> [String] {
        let rows = meetings.map(cells)
        let columnCount = rows.first?.count ?? 0
        let widths = (0..<columnCount).map { column in rows.map { DisplayWidth.of($0[column].text) }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            var used = 0
            for (column, cell) in row.enumerated() {
                let last = column == columnCount - 1
                let pad = last ? 0 : widths[column] - DisplayWidth.of(cell.text) + 2
                var text = cell.text + String(repeating: " ", count: pad)
                if let width {
                    let room = width - used
                    if room <= 0 { break }
                    if DisplayWidth.of(text) > room {
                        // Trailing padding never needs an ellipsis; only real text does.
                        let trimmed = trimmingTrailingSpaces(text)
                        text = DisplayWidth.of(trimmed) <= room ? trimmed : WordWrap.truncate(trimmed, width: room)
                        line += styled(text, cell, style)
                        break
                    }
                }
                used += DisplayWidth.of(text)
                line += styled(text, cell, style)
            }
            return trimmingTrailingSpaces(line)
        }
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        String(text.reversed().drop { $0 == " " }.reversed())
    }

    static func styled(_ text: String, _ cell: Cell, _ style: Styler) -> String {
        guard let kind = cell.kind else { return text }
        let core = trimmingTrailingSpaces(text)
        return style.kind(core, kind) + String(repeating: " ", count: text.count - core.count)
    }
}
