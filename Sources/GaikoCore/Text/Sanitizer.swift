/// Makes record text safe to show: control characters, escape sequences and bidirectional
/// overrides never reach a terminal as they are. Each is replaced by a visible placeholder so a
/// reader can see something was there.
public enum Sanitizer {
    /// The placeholder for a C0 control, DEL or C1 control: the Unicode control pictures where
    /// they exist (`␛` for ESC), `�` otherwise.
    public static func placeholder(for scalar: Unicode.Scalar) -> Character {
        let v = scalar.value
        if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    /// True for scalars that must not be written to a terminal as they are.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        if v <= 0x9F { return true }  // C1, including CSI 0x9B
        // Bidi embeddings, overrides and isolates can reorder what follows them on screen.
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        // Invisible characters that hide text or break lines where none shows: a zero-width
        // space or word joiner inside a name, a stray byte order mark, the Unicode line and
        // paragraph separators (some terminals start a new line for them).
        if v == 0x200B || v == 0x2060 || v == 0xFEFF || v == 0x2028 || v == 0x2029 { return true }
        return false
    }

    /// Text of several lines (an argument parser's usage message), each line cleaned and the
    /// line breaks kept.
    public static func cleanLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }.joined(separator: "\n")
    }

    /// `text` with every unsafe scalar replaced by its placeholder. Tabs become a space, since
    /// a pane has no tab stops. Returns the input unchanged (no copy) when nothing needs doing.
    public static func clean(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xD8 || byte == 0xEF {
            // Cheap byte filter first; C1 controls start with 0xC2, the bidi marks and invisible
            // separators with 0xE2/0xD8, the byte order mark with 0xEF.
            needs = true
            break
        }
        if !needs { return text }
        if !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                out.append(" ")
            } else if isUnsafe(scalar) {
                out.append(contentsOf: placeholder(for: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
