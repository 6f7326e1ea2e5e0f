import GaikoCore

extension Grid {
    /// Restyles the cells of `text`, already drawn at (x, y), whose Characters fall in `ranges`,
    /// stopping at column `limit`. Only `.match`-style roles are written, so the text stays.
    mutating func highlight(_ text: String, x: Int, y: Int, ranges: [Range<Int>], limit: Int, role: StyleRole = .match) {
        guard !ranges.isEmpty else { return }
        var column = x
        var r = 0
        for (i, ch) in text.enumerated() {
            if column >= limit { break }
            while r < ranges.count, ranges[r].upperBound <= i { r += 1 }
            if r == ranges.count { break }
            let width = DisplayWidth.of(Sanitizer.clean(String(ch)))
            if ranges[r].contains(i) { restyle(x: column, y: y, width: min(width, limit - column), role: role) }
            column += width
        }
    }
}
