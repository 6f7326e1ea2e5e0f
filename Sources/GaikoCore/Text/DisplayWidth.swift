import CWidth

/// Terminal column widths, measured as curses and the terminal measure them: the C library's
/// `wcwidth` for the process locale, scalar by scalar (so a string is as wide as `wcswidth`
/// says). A grapheme cluster is as wide as its scalars together: `❤️` (U+2764 U+FE0F) is one
/// column, since the selector has no width of its own; a flag's two regional indicators are one
/// column each; a ZWJ sequence is its emoji side by side. Where the C library has no answer
/// (a scalar it does not know, or a locale that is not UTF-8, as in tests), the hand-kept
/// tables below stand in: combining marks and format characters take no column, East Asian
/// wide and fullwidth characters and emoji two, everything else one. Control characters are
/// never measured here: `Sanitizer` replaces them first.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        var columns = 0
        for scalar in character.unicodeScalars { columns += of(scalar) }
        return columns
    }

    /// Columns taken by a lone scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        let width = gaiko_scalar_width(v)
        if width >= 0 { return Int(width) }
        if isZeroWidth(scalar) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// How curses holds a cluster: one cell per scalar that takes columns, each with the
    /// zero-width scalars after it (a cell is one spacing character plus combining ones). A
    /// cluster of one such scalar is one cell; a flag or a ZWJ sequence is several.
    ///
    /// The zero width joiner between the cells of a sequence is left out: some terminals (tmux
    /// among them) draw a joined sequence in two columns where curses has counted one cell per
    /// emoji, and the rest of the line then lands short of where curses believes it is. Without
    /// the joiner every terminal shows the emoji side by side (👨👩👧), as wide as counted.
    public static func cells(of character: Character) -> [(text: String, width: Int)] {
        var out: [(text: String, width: Int)] = []
        for scalar in character.unicodeScalars {
            if scalar.value == 0x200D, !out.isEmpty { continue }
            let width = of(scalar)
            if width > 0 || out.isEmpty {
                out.append((String(scalar), width))
            } else {
                out[out.count - 1].text.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Columns taken by a string: the sum over its scalars, which is the sum over its clusters.
    public static func of(_ string: some StringProtocol) -> Int { measure(string) }

    // Concrete overloads, so that callers in other modules do not run the generic version
    // unspecialised, looking up protocol witnesses for every scalar.
    public static func of(_ string: String) -> Int { measure(string) }
    public static func of(_ string: Substring) -> Int { measure(string) }

    private static func measure(_ string: some StringProtocol) -> Int {
        var columns = 0
        for scalar in string.unicodeScalars {
            let v = scalar.value
            if v < 0x7F {
                if v >= 0x20 { columns += 1 }
            } else {
                columns += of(scalar)
            }
        }
        return columns
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            let v = scalar.value
            return (0x1160...0x11FF).contains(v) || v == 0x200B
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, plus the emoji blocks terminals draw wide.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
