import GaikoCore

/// Rows of sanitised cells in columns aligned by display width, for the index commands
/// (`people`, `countries`, `related`). Lines are cut to `width` with `…` and never end in a space.
struct TextTable {
    var rows: [[String]] = []

    mutating func add(_ cells: [String]) { rows.append(cells.map { Sanitizer.clean($0) }) }

    func write(width: Int?, to out: inout Output) {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (c, cell) in row.enumerated() { widths[c] = max(widths[c], DisplayWidth.of(cell)) }
        }
        for row in rows {
            var line = ""
            var owed = 0
            for (c, cell) in row.enumerated() {
                guard !cell.isEmpty else { owed += widths[c] + 2; continue }
                line += String(repeating: " ", count: owed) + cell
                owed = widths[c] - DisplayWidth.of(cell) + 2
            }
            if let width, DisplayWidth.of(line) > width { line = WordWrap.truncate(line, width: width) }
            out.append(line + "\n")
        }
    }
}
