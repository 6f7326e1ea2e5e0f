import GaikoCore

/// One screen cell. A wide character occupies its own cell (width 2) and a continuation cell
/// (width 0, empty text) to its right, so every row has exactly `width` cells.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: UInt8
    public var role: StyleRole

    public init(_ text: String, width: UInt8 = 1, role: StyleRole = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(" ")
    static let continuation = Cell("", width: 0)
}

/// An in-memory screen: views render into it, tests read it as text, the terminal paints it.
/// Writing outside the grid is ignored, so no view can draw outside the window.
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes `text` at (x, y), clipped to `maxWidth` columns (and the grid), in `role`.
    /// Text is sanitised, measured per grapheme (`DisplayWidth`, as curses measures), and a
    /// grapheme that would not fit whole is replaced by a space. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole = .normal) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        let clean = Sanitizer.clean(text)
        for ch in clean {
            if col >= limit { break }
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // A lone combining mark or format character: attach to the previous cell.
                if col > 0, col - 1 >= x, col - 1 < width {
                    let i = y * width + col - 1
                    if cells[i].width > 0 { cells[i].text.append(ch) }
                }
                continue
            }
            if col + w > limit {
                if col >= 0 { setCell(Cell(" ", role: role), x: col, y: y) }
                col += 1
                break
            }
            if col >= 0 {
                if ch.unicodeScalars.count == 1 {
                    setCell(Cell(String(ch), width: UInt8(w), role: role), x: col, y: y)
                    if w == 2 { setCell(Cell("", width: 0, role: role), x: col + 1, y: y) }
                } else {
                    let pieces = DisplayWidth.cells(of: ch)
                    // A flag or a ZWJ sequence: curses holds one spacing character a cell, so
                    // the cluster takes a cell per emoji, written together or not at all.
                    var at = col
                    for piece in pieces where piece.width > 0 {
                        setCell(Cell(piece.text, width: UInt8(piece.width), role: role), x: at, y: y)
                        if piece.width == 2 { setCell(Cell("", width: 0, role: role), x: at + 1, y: y) }
                        at += piece.width
                    }
                }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces (or `character`) in `role`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole = .normal, character: String = " ") {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                setCell(Cell(character, role: role), x: col, y: row)
            }
        }
    }

    /// Changes the role of existing cells, keeping their text (selection bars, highlights).
    public mutating func restyle(x: Int, y: Int, width w: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) {
            cells[y * width + col].role = role
        }
    }

    /// Keeps the no-split invariant: overwriting half of a wide character blanks the other half.
    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(" ", role: cells[i + 1].role)
        }
        if old.width == 0, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(" ", role: cells[i - 1].role)
        }
        if cell.width == 2, x + 1 >= width {
            cells[i] = Cell(" ", role: cell.role)
            return
        }
        cells[i] = cell
    }

    /// Row `y` as plain text (continuation cells contribute nothing).
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        return s
    }

    /// The whole grid as text, one line per row, trailing spaces kept so sizes are visible.
    public var text: String {
        (0..<height).map(rowText).joined(separator: "\n")
    }
}
