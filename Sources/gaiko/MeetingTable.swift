import GaikoCore

/// The rows of `gaiko list` and `gaiko search`: date, kind, the two principals and the venue,
/// in columns aligned by display width. Each cell is sanitised and measured once, when the
/// table is made, however many times it is padded or cut afterwards.
struct MeetingTable {
    static let columnCount = 4
    static let kindColumn = 1
    static let gap = 2

    /// Row-major: cell `column` of row `row` is at `row * columnCount + column`.
    private var texts: [String] = []
    private var textWidths: [Int] = []
    private var kinds: [MeetingKind] = []
    /// The widest cell of each column.
    private(set) var columnWidths = [Int](repeating: 0, count: columnCount)

    var count: Int { kinds.count }

    /// The meetings at `rows` in `meetings`, in that order.
    init(_ meetings: [Meeting], rows: [Int]) {
        kinds.reserveCapacity(rows.count)
        texts.reserveCapacity(rows.count * Self.columnCount)
        textWidths.reserveCapacity(rows.count * Self.columnCount)
        // Each meeting is read where it lies, field by field: passing a whole `Meeting` copies
        // it, a retain and a release for each of its dozens of strings and arrays.
        meetings.withUnsafeBufferPointer { meetings in
            for row in rows { append(meetings.baseAddress! + row) }
        }
    }

    private mutating func append(_ m: UnsafePointer<Meeting>) {
        append(m.pointee.date?.description ?? "undated")
        append(m.pointee.kind.label)
        append(Self.familyName(m.pointee.japan) + " – " + Self.familyName(m.pointee.counterpart))
        switch (m.pointee.venue, m.pointee.venueCountry) {
        case let (venue?, country?): append(venue + ", " + country)
        case let (venue?, nil): append(venue)
        case let (nil, country?): append(country)
        case (nil, nil): append("")
        }
        kinds.append(m.pointee.kind)
    }

    static func familyName(_ p: Principal) -> String { p.familyName ?? p.name ?? "?" }

    /// Sanitised, and without trailing spaces, which would read as padding or end the line.
    private mutating func append(_ text: String) {
        var text = Sanitizer.clean(text)
        if text.utf8.last == 0x20 {
            text = String(text.reversed().drop { $0 == " " }.reversed())
        }
        let width = DisplayWidth.of(text)
        let column = texts.count % Self.columnCount
        texts.append(text)
        textWidths.append(width)
        columnWidths[column] = max(columnWidths[column], width)
    }

    /// Writes row `row` and a newline. Cells are padded to their column's width; with a
    /// `width`, the line is cut to it, the cut cell ending in `…`. Never ends in a space.
    func write(row: Int, width: Int?, style: Styler, to out: inout Output) {
        var used = 0
        // Padding is owed rather than written, so that nothing follows the last cell.
        var owed = 0
        for column in 0..<Self.columnCount {
            let cell = row * Self.columnCount + column
            let text = texts[cell], textWidth = textWidths[cell]
            if textWidth > 0 {
                if let width, used + owed >= width { break }
                out.appendSpaces(owed)
                used += owed
                if let width, used + textWidth > width {
                    write(WordWrap.truncate(text, width: width - used), row: row, column: column, style: style, to: &out)
                    break
                }
                write(text, row: row, column: column, style: style, to: &out)
                used += textWidth
                owed = columnWidths[column] - textWidth + Self.gap
            } else {
                owed += columnWidths[column] + Self.gap
            }
        }
        out.append("\n")
    }

    private func write(_ text: String, row: Int, column: Int, style: Styler, to out: inout Output) {
        out.append(column == Self.kindColumn ? style.kind(text, kinds[row]) : text)
    }

    /// Every row, each cut to `width` when there is one.
    func write(width: Int?, style: Styler, to out: inout Output) {
        for row in 0..<count { write(row: row, width: width, style: style, to: &out) }
    }
}
