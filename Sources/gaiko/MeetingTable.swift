import GaikoCore

/// The rows of `gaiko list` and `gaiko search`: id, date, kind, the two principals and the
/// venue, in columns aligned by display width. The id comes first, where it is easy to copy
/// for `gaiko show`.
///
/// Each cell is sanitised and measured once, when the table is made, and its UTF-8 kept in one
/// buffer with the others of its run of rows: writing 100,000 rows then copies bytes from a few
/// places instead of visiting 500,000 strings scattered over the heap.
struct MeetingTable {
    static let columnCount = 5
    static let dateColumn = 1
    static let kindColumn = 2
    static let gap = 2

    /// The rows in runs of `chunk`, each made on its own core: at 100,000 rows, measuring and
    /// copying every cell was a fifth of a warm `gaiko list`.
    private let parts: [Cells]
    private let chunk: Int
    /// The widest cell of each column.
    let columnWidths: [Int]
    let count: Int

    /// The meetings at `rows` in `meetings`, in that order.
    init(_ meetings: [Meeting], rows: [Int]) {
        let chunk = max(4_096, rows.count / 8)
        let starts = Array(stride(from: 0, to: rows.count, by: chunk))
        parts = OrderedParallelMap.map(starts, chunkSize: 1) { start in
            Cells(meetings, rows: rows[start..<min(rows.count, start + chunk)])
        }
        self.chunk = chunk
        count = rows.count
        var widths = [Int](repeating: 0, count: Self.columnCount)
        for part in parts {
            for column in widths.indices { widths[column] = max(widths[column], part.columnWidths[column]) }
        }
        columnWidths = widths
    }

    static func familyName(_ p: Principal) -> String { p.familyName ?? p.name ?? "?" }

    /// One run of rows: every cell's UTF-8 in one buffer; cell `i` (row `i / columnCount`)
    /// ends at `ends[i]`.
    fileprivate struct Cells: Sendable {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var widths: [Int] = []
        var kinds: [MeetingKind] = []
        var columnWidths = [Int](repeating: 0, count: MeetingTable.columnCount)
        /// Display width of the cell being added.
        private var pending = 0

        init(_ meetings: [Meeting], rows: ArraySlice<Int>) {
            kinds.reserveCapacity(rows.count)
            ends.reserveCapacity(rows.count * MeetingTable.columnCount)
            widths.reserveCapacity(rows.count * MeetingTable.columnCount)
            bytes.reserveCapacity(rows.count * 96)
            // Each meeting is read where it lies, field by field: passing a whole `Meeting` copies
            // it, a retain and a release for each of its dozens of strings and arrays.
            meetings.withUnsafeBufferPointer { meetings in
                for row in rows { append(meetings.baseAddress! + row) }
            }
        }

        private mutating func append(_ m: UnsafePointer<Meeting>) {
            add(m.pointee.id)
            endCell()
            if let date = m.pointee.date { add(date) } else { add("undated") }
            endCell()
            add(m.pointee.kind.label)
            endCell()
            add(MeetingTable.familyName(m.pointee.japan))
            addDash()
            add(MeetingTable.familyName(m.pointee.counterpart))
            endCell()
            // A venue that is only a country is written once (`Laos`, not `Laos, Laos`).
            let country = m.pointee.venueCountry == m.pointee.venue ? nil : m.pointee.venueCountry
            if let venue = m.pointee.venue { add(venue) }
            if m.pointee.venue != nil, country != nil { add(", ") }
            if let country { add(country) }
            endCell()
            kinds.append(m.pointee.kind)
        }

        /// Adds `text`, sanitised, to the cell being made.
        private mutating func add(_ text: String) {
            var text = text
            // Printable ASCII is safe as it stands and a column a byte: most cells are.
            let plain = text.withUTF8 { utf8 -> Bool in
                guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
                bytes.append(contentsOf: utf8)
                pending += utf8.count
                return true
            }
            if plain { return }
            let clean = Sanitizer.clean(text)
            bytes.append(contentsOf: clean.utf8)
            pending += DisplayWidth.of(clean)
        }

        /// ` – ` between the principals: three columns.
        private mutating func addDash() {
            bytes.append(contentsOf: [0x20, 0xE2, 0x80, 0x93, 0x20])
            pending += 3
        }

        /// `2017-11-10`, written digit by digit rather than through `Day.description`'s strings.
        private mutating func add(_ day: Day) {
            guard (0...9999).contains(day.year), (1...12).contains(day.month), (1...31).contains(day.day) else {
                return add(day.description)
            }
            func digits(_ n: Int, _ count: Int) {
                var divisor = 1
                for _ in 1..<count { divisor *= 10 }
                while divisor > 0 {
                    bytes.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
                    divisor /= 10
                }
            }
            digits(day.year, 4)
            bytes.append(UInt8(ascii: "-"))
            digits(day.month, 2)
            bytes.append(UInt8(ascii: "-"))
            digits(day.day, 2)
            pending += 10
        }

        /// Ends the cell being made, without trailing spaces: they would read as padding, or end
        /// the line.
        private mutating func endCell() {
            let start = ends.last ?? 0
            while bytes.count > start, bytes.last == 0x20 {
                bytes.removeLast()
                pending -= 1
            }
            let column = ends.count % MeetingTable.columnCount
            ends.append(bytes.count)
            widths.append(pending)
            columnWidths[column] = max(columnWidths[column], pending)
            pending = 0
        }
    }

    /// Writes row `row` and a newline. Cells are padded to their column's width; with a
    /// `width`, the line is cut to it, the cut cell ending in `…`. Never ends in a space.
    func write(row: Int, width: Int?, style: Styler, to out: inout Output) {
        write(row: row, width: width, shown: shownColumns(width: width), style: style, to: &out)
    }

    /// The columns to show at `width`: all of them when they fit (or in a pipe). On a narrow
    /// terminal the date goes first, since every id begins with it, so the venue keeps its place.
    func shownColumns(width: Int?) -> [Bool] {
        var shown = [Bool](repeating: true, count: Self.columnCount)
        let full = columnWidths.reduce(0, +) + Self.gap * (Self.columnCount - 1)
        if let width, full > width { shown[Self.dateColumn] = false }
        return shown
    }

    private func write(row: Int, width: Int?, shown: [Bool], style: Styler, to out: inout Output) {
        let part = parts[row / chunk]
        let row = row % chunk
        let ends = part.ends, widths = part.widths, kinds = part.kinds
        part.bytes.withUnsafeBufferPointer { bytes in
            var used = 0
            // Padding is owed rather than written, so that nothing follows the last cell.
            var owed = 0
            for column in 0..<Self.columnCount where shown[column] {
                let cell = row * Self.columnCount + column
                let text = UnsafeBufferPointer(rebasing: bytes[(cell == 0 ? 0 : ends[cell - 1])..<ends[cell]])
                let textWidth = widths[cell]
                if textWidth == 0 {
                    owed += columnWidths[column] + Self.gap
                    continue
                }
                if let width, used + owed >= width { break }
                out.appendSpaces(owed)
                used += owed
                if let width, used + textWidth > width {
                    let cut = WordWrap.truncate(String(decoding: text, as: UTF8.self), width: width - used)
                    out.append(column == Self.kindColumn ? style.kind(cut, kinds[row]) : cut)
                    break
                }
                if column == Self.kindColumn, style.enabled {
                    out.append(style.kind(String(decoding: text, as: UTF8.self), kinds[row]))
                } else {
                    out.append(text)
                }
                used += textWidth
                owed = columnWidths[column] - textWidth + Self.gap
            }
        }
        out.append("\n")
    }

    /// Every row, each cut to `width` when there is one.
    func write(width: Int?, style: Styler, to out: inout Output) {
        let shown = shownColumns(width: width)
        for row in 0..<count { write(row: row, width: width, shown: shown, style: style, to: &out) }
    }
}
