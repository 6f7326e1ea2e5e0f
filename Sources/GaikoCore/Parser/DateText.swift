/// Dates as records write them: the date line (`November 8, 2017`) and dates inside sentences
/// (`On Monday, November 10`, `on November 16 JST`).
enum DateText {
    /// A month and day, with the year when the text gives one.
    struct MonthDay: Equatable {
        var month: Int
        var day: Int
        var year: Int?
        /// Where the date was written.
        var range: Range<Int>
    }

    private static let monthNames: [StaticString] = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The month named at `i` (`November`, `Nov.`, `Sept.`) and where its name ends.
    static func month(at i: Int, end: Int, in t: RecordText) -> (month: Int, end: Int)? {
        guard i < end, Bytes.isUpper(t[i]) else { return nil }
        for (index, name) in monthNames.enumerated() where t[i] == name.utf8Start[0] {
            let full = name.utf8CodeUnitCount
            if t.matches(name, at: i, end: end), !isLetter(at: i + full, end: end, t) {
                return (index + 1, i + full)
            }
            // Three-letter abbreviations, with `Sept.` as the one four-letter form.
            let short = index == 8 && t.matches("Sept", at: i, end: end) ? 4 : 3
            if full > short, matchesPrefix(name, short, at: i, end: end, t), !isLetter(at: i + short, end: end, t) {
                let dot = i + short < end && t[i + short] == UInt8(ascii: ".")
                return (index + 1, i + short + (dot ? 1 : 0))
            }
        }
        return nil
    }

    /// A line that holds only a date: `November 8, 2017`, `Monday, November 10, 2014`,
    /// `8 November 2017`, `2017-11-08`.
    static func dateLine(_ r: Range<Int>, in t: RecordText) -> Day? {
        var r = r
        if t.ends(r, with: ".") { r = r.lowerBound..<r.upperBound - 1 }
        // `(April 25, 2012)`
        if t.starts(r, with: "("), t.ends(r, with: ")") { r = r.lowerBound + 1..<r.upperBound - 1 }
        guard r.count >= 8, r.count <= 64 else { return nil }
        if let day = isoDate(r, in: t) { return day }
        var s = Scanner(t: t, i: r.lowerBound, end: r.upperBound)
        // An optional weekday before the date.
        if s.skipWeekday() { s.skip(","); s.skipSpaces() }
        if let m = s.month() {
            s.skip(",")
            s.skipSpaces()
            guard let d = s.digits(max: 2) else { return nil }
            s.skipOrdinal()
            // `Tuesday, August 29 to Wednesday, August 30, 2006`, `June 3-5, 2008`: a visit's
            // days; the page's date is the first.
            s.skipRangeEnd()
            s.skip(",")
            s.skipSpaces()
            guard let y = s.digits(max: 4), s.atEnd else { return nil }
            return validDay(y, m, d)
        }
        guard let d = s.digits(max: 2) else { return nil }
        s.skipOrdinal()
        s.skip(",")
        s.skipSpaces()
        guard let m = s.month() else { return nil }
        s.skip(",")
        s.skipSpaces()
        guard let y = s.digits(max: 4), s.atEnd else { return nil }
        return validDay(y, m, d)
    }

    /// The first `Month D` (with `, YYYY` when written) in `r`, or `D Month [YYYY]` written day
    /// first (`3 June 2008`, `on the 1st of December` is not read).
    static func firstMonthDay(in r: Range<Int>, of t: RecordText) -> MonthDay? {
        var i = r.lowerBound
        while i < r.upperBound {
            if Bytes.isUpper(t[i]), i == r.lowerBound || !Bytes.isLetter(t[i - 1]),
               let (m, nameEnd) = month(at: i, end: r.upperBound, in: t) {
                var s = Scanner(t: t, i: nameEnd, end: r.upperBound)
                if s.skipSpaces(), let d = s.digits(max: 2), d >= 1, d <= 31 {
                    var end = s.i
                    var y = s
                    y.skipOrdinal()
                    var year: Int?
                    y.skip(",")
                    if y.skipSpaces(), let v = y.digits(max: 4), v >= 1000 {
                        year = v
                        end = y.i
                    }
                    return MonthDay(month: m, day: d, year: year, range: i..<end)
                }
                if let (d, start) = dayBefore(i, r, t) {
                    var y = Scanner(t: t, i: nameEnd, end: r.upperBound)
                    y.skip(",")
                    var year: Int?
                    var end = nameEnd
                    if y.skipSpaces(), let v = y.digits(max: 4), v >= 1000 {
                        year = v
                        end = y.i
                    }
                    return MonthDay(month: m, day: d, year: year, range: start..<end)
                }
                i = nameEnd
                continue
            }
            i += 1
        }
        return nil
    }

    /// The day written just before a month name (`3 June`, `21st November`).
    private static func dayBefore(_ i: Int, _ r: Range<Int>, _ t: RecordText) -> (Int, Int)? {
        var j = i
        guard j > r.lowerBound, t[j - 1] == UInt8(ascii: " ") else { return nil }
        j -= 1
        for suffix: StaticString in ["st", "nd", "rd", "th"] where j - 2 >= r.lowerBound && t.matches(suffix, at: j - 2, end: j) {
            j -= 2
            break
        }
        var e = j
        while e > r.lowerBound, Bytes.isDigit(t[e - 1]), j - e < 2 { e -= 1 }
        guard e < j, e == r.lowerBound || !Bytes.isAlnum(t[e - 1]) && t[e - 1] != UInt8(ascii: ":"),
              let d = t.number(e..<j), d >= 1, d <= 31 else { return nil }
        return (d, e)
    }

    private static let monthStrings = WordSet([
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ])

    static func isMonthName(_ s: String) -> Bool { monthStrings.contains(s) }

    static func isWeekday(_ s: String) -> Bool { weekdays.contains(s) }

    static func isMonthName(_ r: Range<Int>, _ t: RecordText) -> Bool { monthStrings.contains(r, t) }

    static func isWeekday(_ r: Range<Int>, _ t: RecordText) -> Bool { weekdays.contains(r, t) }

    private static let weekdays = WordSet(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])

    /// A line that gives only a month and year (`June 2008`, `April, 2005`), or ends with one
    /// (`Top > What's up around the Prime Minister > April, 2005`): a year for a sentence that
    /// gives the day but no year.
    static func monthYear(_ r: Range<Int>, in t: RecordText) -> Int? {
        // Most lines do not end with a digit: asked of every line of the header and furniture.
        let end = t.trimmed(r).upperBound
        guard end > r.lowerBound, Bytes.isDigit(t[end - 1]) else { return nil }
        let words = t.words(r)
        guard words.count >= 2, let last = words.last, last.count == 4, let year = t.number(last), year >= 1900, year <= 2200 else { return nil }
        var month = t.string(words[words.count - 2])
        if month.hasSuffix(",") { month.removeLast() }
        return isMonthName(month) ? year : nil
    }

    static func validDay(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        guard y >= 1800, y <= 2200, m >= 1, m <= 12, d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2017-11-08` or `2017/11/08`.
    private static func isoDate(_ r: Range<Int>, in t: RecordText) -> Day? {
        guard r.count == 10 else { return nil }
        let sep = t[r.lowerBound + 4]
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/"), t[r.lowerBound + 7] == sep,
              let y = t.number(r.lowerBound..<r.lowerBound + 4),
              let m = t.number(r.lowerBound + 5..<r.lowerBound + 7),
              let d = t.number(r.lowerBound + 8..<r.upperBound) else { return nil }
        return validDay(y, m, d)
    }

    private static func isLetter(at i: Int, end: Int, _ t: RecordText) -> Bool {
        i < end && (Bytes.isLetter(t[i]) || t[i] >= 0xC0)
    }

    private static func matchesPrefix(_ name: StaticString, _ n: Int, at i: Int, end: Int, _ t: RecordText) -> Bool {
        guard end - i >= n else { return false }
        let p = name.utf8Start
        for k in 0..<n where t[i + k] != p[k] { return false }
        return true
    }

    /// A cursor over a short range, for the fixed shapes of dates.
    struct Scanner {
        let t: RecordText
        var i: Int
        let end: Int

        var atEnd: Bool { i >= end }

        @discardableResult
        mutating func skipSpaces() -> Bool {
            let start = i
            while i < end {
                let n = t.spaceLength(at: i, end: end)
                if n == 0 { break }
                i += n
            }
            return i > start
        }

        @discardableResult
        mutating func skip(_ literal: StaticString) -> Bool {
            guard t.matches(literal, at: i, end: end) else { return false }
            i += literal.utf8CodeUnitCount
            return true
        }

        /// Up to `max` digits, not followed by another digit.
        mutating func digits(max: Int) -> Int? {
            var j = i, v = 0
            while j < end, Bytes.isDigit(t[j]), j - i < max {
                v = v * 10 + Int(t[j] - 0x30)
                j += 1
            }
            guard j > i, j >= end || !Bytes.isDigit(t[j]) else { return nil }
            i = j
            return v
        }

        /// ` to Wednesday, August 30`, `-5`, `–5`: the end of a range of days, skipped.
        mutating func skipRangeEnd() {
            let start = i
            skipSpaces()
            guard skip("to") || skip("-") || skip("–") else { i = start; return }
            skipSpaces()
            if skipWeekday() { skip(","); skipSpaces() }
            if month() != nil { skipSpaces() }
            guard digits(max: 2) != nil else { i = start; return }
            skipOrdinal()
        }

        /// `st`, `nd`, `rd`, `th` after a day.
        mutating func skipOrdinal() {
            for suffix: StaticString in ["st", "nd", "rd", "th"] where t.matches(suffix, at: i, end: end) {
                i += 2
                return
            }
        }

        mutating func month() -> Int? {
            guard let (m, e) = DateText.month(at: i, end: end, in: t) else { return nil }
            i = e
            return m
        }

        mutating func skipWeekday() -> Bool {
            for day: StaticString in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            where t.matches(day, at: i, end: end) {
                i += day.utf8CodeUnitCount
                return true
            }
            return false
        }
    }
}
