/// Times of day in the meeting sentence: `3:48 p.m.`, `12 a.m.`, `10:25 a.m. until 10:45 a.m.`,
/// and the Japan Standard Time given alongside (`(5:10 a.m. on November 16 JST)`).
struct MeetingTimes {
    var start: TimeOfDay?
    var end: TimeOfDay?
    /// The JST start as written, with its date when the record gives one.
    var jst: TimeOfDay?
    var jstDate: DateText.MonthDay?
    /// The local date when the record states it beside a local time given second.
    var localDate: DateText.MonthDay?

    static func read(_ s: Range<Int>, _ t: RecordText) -> MeetingTimes {
        var times = MeetingTimes()
        // Whether the start was written without a.m./p.m. (`from 5:00 to 5:20 p.m.`).
        var startIsBare = false
        var startWasLabelledLocal = false
        var i = s.lowerBound
        while i < s.upperBound {
            // Only a digit can open a time, and `noon` or `midday` while no start is read: skip the rest.
            i = nextTimeStart(from: i, end: s.upperBound, noonToo: times.start == nil, t)
            guard i < s.upperBound else { break }
            // `at noon`, `At midday`, `at Noon local time`
            if t[i] | 0x20 == UInt8(ascii: "n") || t[i] | 0x20 == UInt8(ascii: "m"), times.start == nil,
               t.matchesIgnoringCase("noon", at: i, end: s.upperBound) || t.matchesIgnoringCase("midday", at: i, end: s.upperBound),
               i >= s.lowerBound + 3, t.matchesIgnoringCase("at ", at: i - 3, end: i) || i >= s.lowerBound + 5 && t.matches("from ", at: i - 5, end: i) {
                times.start = TimeOfDay(hour: 12, minute: 0)
                i += 4
                continue
            }
            guard Bytes.isDigit(t[i]), isTokenStart(i, s, t), let (time, tokenEnd, bare) = token(at: i, end: s.upperBound, t) else {
                i += 1
                continue
            }
            let label = self.label(after: tokenEnd, s, t)
            switch label {
            case .jst(let date):
                if times.jst == nil {
                    times.jst = time
                    times.jstDate = date ?? enclosingDate(around: i, s, t)
                }
            case .local(let date):
                // `2:07 a.m. (September 19, 1:07 p.m. local time)`: Japan's time came first.
                if let first = times.start, !startWasLabelledLocal, times.jst == nil, times.end == nil,
                   t.firstIndex(of: UInt8(ascii: "("), in: s.lowerBound..<i) != nil {
                    times.jst = first
                    times.jstDate = nil
                    times.start = time
                    times.localDate = date ?? enclosingDate(around: i, s, t)
                    startIsBare = bare
                    startWasLabelledLocal = true
                } else if times.start == nil {
                    times.start = time
                    startIsBare = bare
                    startWasLabelledLocal = true
                } else if times.end == nil, endsRange(before: i, s, t) {
                    // `10:25 a.m. until 10:45 a.m. (local time)`
                    times.end = time
                }
            case .none:
                if times.start == nil {
                    times.start = time
                    startIsBare = bare
                } else if times.end == nil, endsRange(before: i, s, t) {
                    times.end = time
                    if startIsBare, let start = times.start, !bare, time.hour >= 12, start.hour < 12, start.hour + 12 <= time.hour {
                        times.start = TimeOfDay(hour: start.hour + 12, minute: start.minute)
                    }
                }
            }
            i = tokenEnd
        }
        return times
    }

    /// The first place from `i` (before `end`) that holds a digit or, when `noonToo`, the `no` of
    /// `noon` or the `mi` of `midday` (the first letter in either case); else `end`. Eight bytes at a time: a loop stopping at
    /// every `n` cost a mispredicted branch each time, and a stop at every `n` and `m` (most of
    /// them in other words) cost a call each.
    static func nextTimeStart(from i: Int, end: Int, noonToo: Bool, _ t: RecordText) -> Int {
        guard let base = t.bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        let highs = Bytes.highs
        let zeros = Bytes.zeroBytes
        // Whether a time can open at `j` (with `j + 1` readable before `end` or not).
        func opens(_ j: Int) -> Bool {
            let b = t[j]
            if b &- 0x30 < 10 { return true }
            guard noonToo, j + 1 < end else { return false }
            return b | 0x20 == UInt8(ascii: "n") && t[j + 1] == UInt8(ascii: "o") || b | 0x20 == UInt8(ascii: "m") && t[j + 1] == UInt8(ascii: "i")
        }
        return Bytes.firstFlagged(from: i, end: end, reach: 9, flags: { i in
            let x = Bytes.word(raw, at: i)
            // A digit is a byte below 10 once `0` is taken off; the sum cannot carry between bytes.
            let y = x ^ Bytes.repeated(0x30)
            var flags = ~((y & ~highs) &+ Bytes.repeated(0x76)) & ~y & highs
            if noonToo {
                // A letter and the one after it (the next word, a byte on): the flags may stand
                // just above a match too, so each is checked.
                // Setting 0x20 in every byte lowers `N` and `M` and makes no other byte `n` or `m`.
                let next = Bytes.word(raw, at: i + 1)
                let lowered = x | Bytes.repeated(0x20)
                flags |= zeros(lowered ^ Bytes.repeated(UInt8(ascii: "n"))) & zeros(next ^ Bytes.repeated(UInt8(ascii: "o")))
                    | zeros(lowered ^ Bytes.repeated(UInt8(ascii: "m"))) & zeros(next ^ Bytes.repeated(UInt8(ascii: "i")))
            }
            return flags
        }) { opens($0) ? $0 : nil } ?? end
    }

    private enum Label {
        case none
        case jst(DateText.MonthDay?)
        case local(DateText.MonthDay?)
    }

    /// What the words right after a time say it is: Japan Standard Time (with the date written
    /// there), local time, or nothing. Looks only as far as the next time, `(`, `)` or `;`, so
    /// `10:50 a.m. (local time; 00:50 a.m. … JST)` keeps 10:50 local.
    private static func label(after e: Int, _ s: Range<Int>, _ t: RecordText) -> Label {
        var i = e
        while i < s.upperBound, t[i] == UInt8(ascii: " ") { i += 1 }
        if i < s.upperBound, t[i] == UInt8(ascii: "(") { i += 1 }
        var stop = i
        let limit = min(s.upperBound, i + 100)
        while stop < limit {
            let b = t[stop]
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "(") || b == UInt8(ascii: ";") { break }
            if Bytes.isDigit(b), isTokenStart(stop, s, t), token(at: stop, end: s.upperBound, t) != nil { break }
            stop += 1
        }
        let window = i..<stop
        if let at = t.find("JST", in: window), Sentences.wordStarts(at: at, t, from: window.lowerBound),
           Sentences.wordEnds(at: at + 3, t, end: window.upperBound) {
            return .jst(DateText.firstMonthDay(in: window, of: t))
        }
        if t.find("Japan Standard Time", in: window) != nil || t.findIgnoringCase("japan time", in: window) != nil
            || t.find("Tokyo time", in: window) != nil {
            return .jst(DateText.firstMonthDay(in: window, of: t))
        }
        if t.findIgnoringCase("local time", in: window) != nil {
            return .local(DateText.firstMonthDay(in: window, of: t))
        }
        return .none
    }

    /// The date written in the same parenthesis or clause as the time at `i`:
    /// `(local time: February 22, 5:00 a.m. JST)` → February 22.
    private static func enclosingDate(around i: Int, _ s: Range<Int>, _ t: RecordText) -> DateText.MonthDay? {
        var lo = i
        while lo > s.lowerBound, t[lo - 1] != UInt8(ascii: "("), t[lo - 1] != UInt8(ascii: ";"), i - lo < 60 { lo -= 1 }
        guard lo > s.lowerBound, t[lo - 1] == UInt8(ascii: "(") || t[lo - 1] == UInt8(ascii: ";") else { return nil }
        var hi = i
        while hi < s.upperBound, t[hi] != UInt8(ascii: ")"), hi - i < 60 { hi += 1 }
        return DateText.firstMonthDay(in: lo..<hi, of: t)
    }

    private static func isTokenStart(_ i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        guard i > s.lowerBound else { return true }
        let b = t[i - 1]
        return !Bytes.isAlnum(b) && b != UInt8(ascii: ":") && b != UInt8(ascii: ".") && b != UInt8(ascii: ",")
    }

    /// A time at `i`: `9:19 a.m.`, `12 a.m.`, `00:50 a.m.`, `12 noon`, or 24-hour `15:48`.
    static func token(at i: Int, end: Int, _ t: RecordText) -> (TimeOfDay, Int, Bool)? {
        var j = i, hour = 0
        while j < end, Bytes.isDigit(t[j]), j - i < 2 {
            hour = hour * 10 + Int(t[j] - 0x30)
            j += 1
        }
        guard j > i, j >= end || !Bytes.isDigit(t[j]) else { return nil }
        // Two digits at `k` and no third: the minutes.
        func minutes(at k: Int) -> Int? {
            guard k + 1 < end, Bytes.isDigit(t[k]), Bytes.isDigit(t[k + 1]), k + 2 >= end || !Bytes.isDigit(t[k + 2]) else { return nil }
            return Int(t[k] - 0x30) * 10 + Int(t[k + 1] - 0x30)
        }
        var minute = 0, hasMinutes = false
        // `4.30pm`: minutes after a dot, only with a.m. or p.m. after them (else a number).
        var dotted = false
        if j < end, t[j] == UInt8(ascii: ":") || t[j] == UInt8(ascii: ".") {
            // `2: 20 p.m.`: a space slipped in after the colon.
            let gap = t[j] == UInt8(ascii: ":") && j + 1 < end && t[j + 1] == UInt8(ascii: " ") ? 1 : 0
            if let m = minutes(at: j + 1 + gap) {
                minute = m
                hasMinutes = true
                dotted = t[j] == UInt8(ascii: ".")
                j += 3 + gap
            }
        }
        guard minute < 60 else { return nil }
        var k = j
        if k < end { k += t.spaceLength(at: k, end: end) }
        if let (pm, after) = meridiem(at: k, end: end, t), !dotted || hour <= 12 {
            // `19:10 p.m.`: a 24-hour time with a redundant p.m.
            if hour > 12 { return hour < 24 && pm ? (TimeOfDay(hour: hour, minute: minute), after, false) : nil }
            let h = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            return (TimeOfDay(hour: h, minute: minute), after, false)
        }
        guard hasMinutes, !dotted, hour < 24 else { return nil }
        return (TimeOfDay(hour: hour, minute: minute), j, true)
    }

    /// `a.m.`/`p.m.` (any case, dots optional) or `noon`; true for afternoon.
    private static func meridiem(at k: Int, end: Int, _ t: RecordText) -> (Bool, Int)? {
        for (literal, pm): (StaticString, Bool) in [("a.m.", false), ("p.m.", true), ("a.m", false), ("p.m", true), ("am", false), ("pm", true), ("noon", true)]
        where t.matchesIgnoringCase(literal, at: k, end: end) {
            let after = k + literal.utf8CodeUnitCount
            if after < end, Bytes.isLetter(t[after]) { continue }
            return (pm, after)
        }
        return nil
    }

    /// Whether the words before `i` make the time the end of a range: `until`, `to`, `and`, `–`.
    private static func endsRange(before i: Int, _ s: Range<Int>, _ t: RecordText) -> Bool {
        var j = i
        while j > s.lowerBound, t[j - 1] == UInt8(ascii: " ") { j -= 1 }
        // `until around 7:35 p.m.`, `until shortly after 7:00 p.m.`, `and just after 4:00 P.M.`
        for hedge: StaticString in ["shortly after", "just after", "just past", "around", "about", "approximately"] where j - hedge.utf8CodeUnitCount >= s.lowerBound
            && t.matches(hedge, at: j - hedge.utf8CodeUnitCount, end: j) {
            j -= hedge.utf8CodeUnitCount
            while j > s.lowerBound, t[j - 1] == UInt8(ascii: " ") { j -= 1 }
            break
        }
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
