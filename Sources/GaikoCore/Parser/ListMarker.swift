/// A list marker at the start of a line, as written: `1.`, `1`, `(1)`, `1)`, `(a)`, `-`, `•`.
struct ListMarker {
    enum Style: Equatable {
        case dotted        // 1.
        case bare          // 1 Beginning
        case parenthesised // (1), (a), (iv)
        case closing       // 1)
        case bullet        // -, •, ・, *
    }

    var style: Style
    /// The marker's bytes.
    var marker: Range<Int>
    /// The text after it, trimmed.
    var text: Range<Int>

    /// Numbered markers can head a section; bullets cannot.
    var isNumbered: Bool { style != .bullet }

    /// The marker that starts line `r`, if any.
    static func read(_ r: Range<Int>, in t: RecordText) -> ListMarker? {
        guard !r.isEmpty else { return nil }
        let lo = r.lowerBound, hi = r.upperBound
        let first = t[lo]

        if Bytes.isDigit(first) {
            var i = lo
            while i < hi, Bytes.isDigit(t[i]), i - lo < 3 { i += 1 }
            guard i < hi, !Bytes.isDigit(t[i]) else { return nil }
            let after = t[i]
            if after == UInt8(ascii: ".") {
                // `1.5 million` is a number, not a marker.
                if i + 1 < hi, Bytes.isDigit(t[i + 1]) { return nil }
                return make(.dotted, lo..<i + 1, hi, t)
            }
            if after == UInt8(ascii: ")") { return make(.closing, lo..<i + 1, hi, t) }
            // `1 Beginning`: a short number, a space, a capital. A year is not a marker.
            // `1    Opening Remarks`: any run of spaces.
            var gap = 0
            while i + gap < hi, case let n = t.spaceLength(at: i + gap, end: hi), n > 0 { gap += n }
            if gap > 0, i - lo <= 2, t.startsUpper(i + gap, end: hi) { return make(.bare, lo..<i, hi, t) }
            return nil
        }

        if first == UInt8(ascii: "(") {
            var i = lo + 1
            while i < hi, i - lo <= 4, Bytes.isDigit(t[i]) || Bytes.isLower(t[i]) { i += 1 }
            guard i < hi, i > lo + 1, t[i] == UInt8(ascii: ")") else { return nil }
            let inner = lo + 1..<i
            // `(1)`, `(a)`, `(iv)`: digits, one letter, or a small roman numeral.
            let digits = inner.allSatisfy { Bytes.isDigit(t[$0]) }
            let roman = inner.allSatisfy { t[$0] == UInt8(ascii: "i") || t[$0] == UInt8(ascii: "v") || t[$0] == UInt8(ascii: "x") }
            guard digits || roman || inner.count == 1 else { return nil }
            return make(.parenthesised, lo..<i + 1, hi, t)
        }

        let bulletLength = bulletLength(at: lo, in: t, end: hi)
        if bulletLength > 0 {
            let end = lo + bulletLength
            guard end < hi, t.spaceLength(at: end, end: hi) > 0 else { return nil }
            return make(.bullet, lo..<end, hi, t)
        }
        return nil
    }

    private static func make(_ style: Style, _ marker: Range<Int>, _ end: Int, _ t: RecordText) -> ListMarker {
        ListMarker(style: style, marker: marker, text: t.trimmed(marker.upperBound..<end))
    }

    /// `-`, `*`, `•`, `・`, `–`, `○`, `●`, `■`, `◆`, `▪`.
    private static func bulletLength(at i: Int, in t: RecordText, end: Int) -> Int {
        let b = t[i]
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") { return 1 }
        guard b >= 0xE2 else { return 0 }
        for bullet: StaticString in ["•", "・", "–", "○", "●", "■", "◆", "▪"] where t.matches(bullet, at: i, end: end) {
            return bullet.utf8CodeUnitCount
        }
        return 0
    }
}
