/// Sentence and clause boundaries inside one line.
enum Sentences {
    /// The first sentence of `line`, without its full stop. A stop after an abbreviation
    /// (`Mr.`, `H.E.`, `a.m.`, an initial) does not end a sentence.
    static func first(_ line: Range<Int>, _ t: RecordText) -> Range<Int> {
        var depth = 0
        var i = line.lowerBound
        while i < line.upperBound {
            i = t.firstIndex(ofAny: UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), from: i, end: line.upperBound)
            guard i < line.upperBound else { break }
            let b = t[i]
            if b == UInt8(ascii: "(") {
                depth += 1
            } else if b == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
            } else if b == UInt8(ascii: "."), depth == 0 {
                let next = i + 1
                if next >= line.upperBound { return line.lowerBound..<i }
                let gap = t.spaceLength(at: next, end: line.upperBound)
                // `commencing at 17:10. (local time; …)`: a stray stop before a parenthesis that
                // goes on in lower case ends nothing.
                let opensAside = next + gap + 1 < line.upperBound && t[next + gap] == UInt8(ascii: "(") && Bytes.isLower(t[next + gap + 1])
                // `… to Turkey.(The meeting was …)`: a parenthesis can open the next sentence.
                if gap > 0 || t[next] == UInt8(ascii: "("), !opensAside, !isAbbreviation(endingAt: i, from: line.lowerBound, t) {
                    return line.lowerBound..<i
                }
            }
            i += 1
        }
        return line
    }

    /// Every sentence of `line`, in order.
    static func all(_ line: Range<Int>, _ t: RecordText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // A paragraph holds a few sentences: room for them at once, not a growth per one or two.
        out.reserveCapacity(8)
        var rest = line
        while !rest.isEmpty {
            let s = first(rest, t)
            let trimmed = t.trimmed(s)
            if !trimmed.isEmpty { out.append(trimmed) }
            // Past the sentence and its full stop.
            let next = min(rest.upperBound, s.upperBound + 1)
            if next <= rest.lowerBound { break }
            rest = t.trimmed(next..<rest.upperBound)
        }
        return out
    }

    private static let abbreviations = WordSet([
        "Mr", "Ms", "Mrs", "Dr", "Prof", "St", "Jr", "Sr", "No", "Hon", "Gen", "Lt", "Col", "Sen",
        "Rep", "Gov", "Amb", "Mt", "Messrs", "approx", "etc", "vs", "Nov", "Dec", "Jan", "Feb",
        "Aug", "Sept", "Oct", "Rt", "Rev", "Thu", "Tue", "Wed", "Fri", "Sat", "Sun", "Mon", "res",
    ])

    /// Whether the word before the stop at `dot` is an abbreviation.
    static func isAbbreviation(endingAt dot: Int, from start: Int, _ t: RecordText) -> Bool {
        var i = dot
        while i > start, t[i - 1] != UInt8(ascii: " "), t[i - 1] != UInt8(ascii: "(") { i -= 1 }
        let word = i..<dot
        if word.isEmpty { return false }
        if t.firstIndex(of: UInt8(ascii: "."), in: word) != nil { return true }  // H.E, U.S, a.m
        if word.count == 1, Bytes.isUpper(t[i]) { return true }  // an initial
        return word.count <= 6 && abbreviations.contains(word, t)
    }

    /// The comma-separated clauses of `r` outside parentheses, trimmed.
    /// At most `limit` clauses are read: a person's phrase never needs the rest of a sentence.
    static func clauses(_ r: Range<Int>, _ t: RecordText, limit: Int = .max) -> [Range<Int>] {
        let out = clauses(r, t, heedingParentheses: true, limit: limit)
        return out.balanced ? out.clauses : clauses(r, t, heedingParentheses: false, limit: limit).clauses
    }

    /// `clauses(r, t).last`, without keeping the others.
    static func lastClause(_ r: Range<Int>, _ t: RecordText) -> Range<Int>? {
        let heeding = lastClause(r, t, heedingParentheses: true)
        return heeding.balanced ? heeding.last : lastClause(r, t, heedingParentheses: false).last
    }

    private static func lastClause(_ r: Range<Int>, _ t: RecordText, heedingParentheses: Bool) -> (last: Range<Int>?, balanced: Bool) {
        var last: Range<Int>?
        let balanced = forEachClause(r, t, heedingParentheses: heedingParentheses) { last = $0; return true }
        return (last, balanced)
    }

    /// A parenthesis left open (`(local time; (9:35 p.m. Japan time)`) would hide every comma
    /// after it, so such a range is split again with parentheses ignored.
    private static func clauses(_ r: Range<Int>, _ t: RecordText, heedingParentheses: Bool, limit: Int) -> (clauses: [Range<Int>], balanced: Bool) {
        var out: [Range<Int>] = []
        out.reserveCapacity(8)
        let balanced = forEachClause(r, t, heedingParentheses: heedingParentheses) { c in
            out.append(c)
            return out.count < limit
        }
        return (out, out.count == limit || balanced)
    }

    /// Hands each non-empty, trimmed clause of `r` (split at commas, outside parentheses when
    /// heeding them) to `body` until it answers false; whether the parentheses were balanced.
    private static func forEachClause(_ r: Range<Int>, _ t: RecordText, heedingParentheses: Bool, _ body: (Range<Int>) -> Bool) -> Bool {
        var depth = 0
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            i = t.firstIndex(ofAny: UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), from: i, end: r.upperBound)
            guard i < r.upperBound else { break }
            let b = t[i]
            if b == UInt8(ascii: "("), heedingParentheses {
                depth += 1
            } else if b == UInt8(ascii: ")"), heedingParentheses {
                depth = max(0, depth - 1)
            } else if b == UInt8(ascii: ","), depth == 0 {
                let c = t.trimmed(start..<i)
                if !c.isEmpty, !body(c) { return true }
                start = i + 1
            }
            i += 1
        }
        let c = t.trimmed(start..<r.upperBound)
        if !c.isEmpty { _ = body(c) }
        return depth == 0
    }

    /// Whether a word starts at `i`: the byte before it is not a letter or digit.
    static func wordStarts(at i: Int, _ t: RecordText, from start: Int) -> Bool {
        i <= start || !(Bytes.isAlnum(t[i - 1]) || t[i - 1] >= 0xC0)
    }

    /// Whether a word ends at `i`.
    static func wordEnds(at i: Int, _ t: RecordText, end: Int) -> Bool {
        i >= end || !(Bytes.isAlnum(t[i]) || t[i] >= 0xC0)
    }
}
