import CNcursesw
import GaikoUI

/// Paints `Grid`s into a curses window, writing only the cells that changed since the last
/// paint. Curses then sends only what differs from the terminal (`wnoutrefresh`/`doupdate`), so
/// an idle or unchanged screen costs nothing.
struct Painter {
    private(set) var previous: Grid?

    /// Forgets what was painted, so the next paint writes every cell (after a resize, a suspend).
    mutating func invalidate() {
        previous = nil
    }

    /// Writes the cells of `grid` that differ from the last painted grid. Returns how many cells
    /// were written.
    @discardableResult
    mutating func paint(_ grid: Grid, into window: UnsafeMutablePointer<WINDOW>, palette: Palette) -> Int {
        let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        var written = 0
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                // Continuation cells belong to the wide character on their left: if one changed
                // alone (a restyle), the wide character is what gets rewritten.
                guard cell.width > 0 else {
                    if let old, old[x, y] != cell, x > 0, grid[x - 1, y].width == 2,
                       old[x - 1, y] == grid[x - 1, y] {
                        Painter.put(grid[x - 1, y], x: x - 1, y: y, window: window, palette: palette)
                        written += 1
                    }
                    continue
                }
                if let old, old[x, y] == cell { continue }
                Painter.put(cell, x: x, y: y, window: window, palette: palette)
                written += 1
            }
        }
        previous = grid
        return written
    }

    /// One cell through the wide-character API. A cell holds one grapheme: a base character and
    /// up to `CCHARW_MAX - 1` combining marks.
    static func put(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
        // On the stack: a heap array per changed cell was a good part of a keystroke's cost.
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { chars in
            chars.initialize(repeating: 0)
            var count = 0
            for scalar in cell.text.unicodeScalars where count < Int(CCHARW_MAX) {
                chars[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 { chars[0] = 0x20 }
            draw(chars.baseAddress!, role: cell.role, x: x, y: y, window: window, palette: palette)
        }
    }

    private static func draw(_ chars: UnsafePointer<wchar_t>, role: StyleRole, x: Int, y: Int,
                             window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
        let style = palette.style(role)
        var character = cchar_t()
        _ = setcchar(&character, chars, style.attributes, style.pair, nil)
        // The bottom-right cell returns ERR (the cursor cannot advance) but is still drawn.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
    }
}
