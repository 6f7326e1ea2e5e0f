/// How long the meeting lasted, as the sentence states it: `for approximately 20 minutes`,
/// `about 2 hours and 30 minutes`, `for 70 minutes`, `an hour and a half`, `half an hour`,
/// `forty-five minutes`, `seventy minutes`, `one hour and 20 minutes`.
enum Duration {
    static func minutes(in s: Range<Int>, _ t: RecordText) -> Int? {
        var i = s.lowerBound
        while i < s.upperBound {
            // Only where `hour` or `minute` can start.
            i = t.firstIndex(ofPair: (UInt8(ascii: "h"), UInt8(ascii: "o")), orPair: (UInt8(ascii: "m"), UInt8(ascii: "i")), from: i, end: s.upperBound)
            guard i < s.upperBound else { break }
            let b = t[i]
            if b == UInt8(ascii: "h"), t.matches("hour", at: i, end: s.upperBound), Sentences.wordStarts(at: i, t, from: s.lowerBound) {
                return hours(at: i, s, t)
            }
            if b == UInt8(ascii: "m"), t.matches("minute", at: i, end: s.upperBound),
               Sentences.wordStarts(at: i, t, from: s.lowerBound) || i > s.lowerBound && Bytes.isDigit(t[i - 1]),
               let w = wordBefore(i, s, t), let n = compound(w, s, t) {
                return n
            }
            i += 1
        }
        return nil
    }

    /// `2 hours and 30 minutes`, `one and a half hours`, `half an hour`, `an hour and a half`.
    private static func hours(at i: Int, _ s: Range<Int>, _ t: RecordText) -> Int? {
        guard let w = wordBefore(i, s, t) else { return nil }
        let word = t.string(w)
        var total: Int
        if word == "half" {
            // `one and a half hours`
            guard let a = wordBefore(w.lowerBound, s, t), let and = wordBefore(a.lowerBound, s, t),
                  let n = wordBefore(and.lowerBound, s, t).flatMap({ number(t.string($0)) }) else { return nil }
            total = n * 60 + 30
        } else if let n = number(word) {
            total = n * 60
            if n == 1, word == "an" || word == "a", let h = wordBefore(w.lowerBound, s, t), t.equals(h, "half") {
                return 30
            }
        } else {
            return nil
        }
        var j = i + 4
        if j < s.upperBound, t[j] == UInt8(ascii: "s") { j += 1 }
        if t.matches(" and a half", at: j, end: s.upperBound) { return total + 30 }
        // `1 hour 30 minutes`
        if j < s.upperBound, t[j] == UInt8(ascii: " ") {
            var e = j + 1
            while e < s.upperBound, t[e] != UInt8(ascii: " ") { e += 1 }
            if let m = number(t.string(j + 1..<e)), m < 60, t.matches(" minute", at: e, end: s.upperBound) { return total + m }
        }
        if t.matches(" and ", at: j, end: s.upperBound) {
            let k = j + 5
            var e = k
            while e < s.upperBound, t[e] != UInt8(ascii: " ") { e += 1 }
            if let m = number(t.string(k..<e)), t.matches(" minute", at: e, end: s.upperBound) { total += m }
        }
        return total
    }

    /// A number written in words or digits that ends with the word `w`: `45`, `seventy`,
    /// `forty-five`, `forty five`.
    private static func compound(_ w: Range<Int>, _ s: Range<Int>, _ t: RecordText) -> Int? {
        guard let n = number(t.string(w)) else { return nil }
        if n < 10, let tens = wordBefore(w.lowerBound, s, t), let m = number(t.string(tens)), m >= 20, m % 10 == 0, m < 100,
           !Bytes.isDigit(t[tens.lowerBound]) {
            return m + n
        }
        return n
    }

    /// The word that ends just before `i` (one space between).
    private static func wordBefore(_ i: Int, _ s: Range<Int>, _ t: RecordText) -> Range<Int>? {
        var e = i
        while e > s.lowerBound, t[e - 1] == UInt8(ascii: " ") || t[e - 1] == UInt8(ascii: "-") { e -= 1 }
        var b = e
        while b > s.lowerBound, Bytes.isAlnum(t[b - 1]) { b -= 1 }
        return b < e ? b..<e : nil
    }

    private static let words: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static func number(_ word: String) -> Int? {
        if let n = Int(word), n > 0, n < 1000 { return n }
        return words[word.lowercased()]
    }
}
