/// Times of day in the meeting sentence: `3:48 p.m.`, `12 a.m.`, `10:25 a.m. until 10:45 a.m.`,
/// and the Japan Standard Time given alongside (`(5:10 a.m. on November 16 JST)`).
struct MeetingTimes {
    var start: TimeOfDay?
    var end: TimeOfDay?
    /// The JST start as written, with its date when the record gives one.
    var jst: TimeOfDay?
    var jstDate: DateText.MonthDay?

    static func read(_ s: Range<Int>, _ t: RecordText) -> MeetingTimes {
        var times = MeetingTimes()
        var i = s.lowerBound
        while i < s.upperBound {
            guard Bytes.isDigit(t[i]), isTokenStart(i, s, t), let (time, tokenEnd) = token(at: i, end: s.upperBound, t) else {
                i += 1
                continue
            }
            if let label = jstLabel(after: tokenEnd, s, t) {
                if times.jst == nil {
                    times.jst = time
                    times.jstDate = label
                }
            } else if times.start == nil {
                times.start = time
            } else if times.end == nil, endsRange(before: i, s, t) {
                times.end = time
            }
            i = tokenEnd
        }
        return times
    }

    private static func isTokenStart(_ i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        guard i > s.lowerBound else { return true }
        let b = t[i - 1]
        return !Bytes.isAlnum(b) && b != UInt8(ascii: ":") && b != UInt8(ascii: ".") && b != UInt8(ascii: ",")
    }

    /// A time at `i`: `9:19 a.m.`, `12 a.m.`, `00:50 a.m.`, `12 noon`, or 24-hour `15:48`.
    static func token(at i: Int, end: Int, _ t: RecordText) -> (TimeOfDay, Int)? {
        var j = i, hour = 0
        while j < end, Bytes.isDigit(t[j]), j - i < 2 {
            hour = hour * 10 + Int(t[j] - 0x30)
            j += 1
        }
        guard j > i, j >= end || !Bytes.isDigit(t[j]) else { return nil }
        var minute = 0, hasMinutes = false
        if j + 2 < end, t[j] == UInt8(ascii: ":"), Bytes.isDigit(t[j + 1]), Bytes.isDigit(t[j + 2]),
           j + 3 >= end || !Bytes.isDigit(t[j + 3]) {
            minute = Int(t[j + 1] - 0x30) * 10 + Int(t[j + 2] - 0x30)
            hasMinutes = true
            j += 3
        }
        guard minute < 60 else { return nil }
        var k = j
        if k < end { k += t.spaceLength(at: k, end: end) }
        if let (pm, after) = meridiem(at: k, end: end, t) {
            guard hour <= 12 else { return nil }
            let h = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            return (TimeOfDay(hour: h, minute: minute), after)
        }
        guard hasMinutes, hour < 24 else { return nil }
        return (TimeOfDay(hour: hour, minute: minute), j)
    }

    /// `a.m.`/`p.m.` (any case, dots optional) or `noon`; true for afternoon.
    private static func meridiem(at k: Int, end: Int, _ t: RecordText) -> (Bool, Int)? {
        for (literal, pm): (StaticString, Bool) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true), ("noon", true)]
        where t.matchesIgnoringCase(literal, at: k, end: end) {
            let after = k + literal.utf8CodeUnitCount
            if after < end, Bytes.isLetter(t[after]) { continue }
            return (pm, after)
        }
        return nil
    }

    /// When the time that ends at `e` is labelled Japan Standard Time, the date given with it
    /// (nil inside when none). Looks only as far as the label can reach: to the next `(`, `)`
    /// or `;`, so `10:50 a.m. (local time; 00:50 a.m. … JST)` keeps 10:50 local.
    private static func jstLabel(after e: Int, _ s: Range<Int>, _ t: RecordText) -> DateText.MonthDay?? {
        var i = e
        while i < s.upperBound, t[i] == UInt8(ascii: " ") { i += 1 }
        if i < s.upperBound, t[i] == UInt8(ascii: "(") { i += 1 }
        var stop = i
        let limit = min(s.upperBound, i + 100)
        while stop < limit {
            let b = t[stop]
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "(") || b == UInt8(ascii: ";") { break }
            stop += 1
        }
        let window = i..<stop
        var labelled = false
        if let at = t.find("JST", in: window), Sentences.wordStarts(at: at, t, from: window.lowerBound),
           Sentences.wordEnds(at: at + 3, t, end: window.upperBound) {
            labelled = true
        } else if t.find("Japan Standard Time", in: window) != nil || t.find("Japan time", in: window) != nil
            || t.find("Tokyo time", in: window) != nil {
            labelled = true
        }
        guard labelled else { return nil }
        return .some(DateText.firstMonthDay(in: window, of: t))
    }

    /// Whether the words before `i` make the time the end of a range: `until`, `to`, `and`, `–`.
    private static func endsRange(before i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        var j = i
        while j > s.lowerBound, t[j - 1] == UInt8(ascii: " ") { j -= 1 }
        for word: StaticString in ["until", "to", "till", "through", "and", "-", "–"] {
            let n = word.utf8CodeUnitCount
            if j - n >= s.lowerBound, t.matches(word, at: j - n, end: j),
               Sentences.wordStarts(at: j - n, t, from: s.lowerBound) || !Bytes.isLetter(t[j - n]) {
                return true
            }
        }
        return false
    }
}
