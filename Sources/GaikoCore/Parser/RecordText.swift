#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A record's UTF-8 bytes and the scanning primitives the parser is built from. Positions are
/// byte offsets into `bytes`; text becomes a `String` only when a value is taken out. Working on
/// bytes avoids grapheme breaking and regular expressions, which keeps parsing fast.
///
/// It borrows the bytes of the record's `String` (see `RecordParser.parse`) rather than copying
/// them, so it must not outlive the call that made it.
struct RecordText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The string `bytes` belong to, when the caller has it: long values are copied out of it.
    let owner: String?

    init(borrowing bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        owner = nil
    }

    /// `bytes` must be `owner`'s own contiguous UTF-8.
    init(borrowing bytes: UnsafeBufferPointer<UInt8>, of owner: String) {
        self.bytes = bytes
        self.owner = owner
    }

    subscript(_ i: Int) -> UInt8 { bytes[i] }

    var count: Int { bytes.count }

    /// The text of `r`, as `String(decoding:)` makes it. A long value whose ends fall between
    /// scalars is copied out of the record's `String` as a `Substring`: those bytes are valid
    /// UTF-8 already, and validating them again (a byte at a time past the first accented
    /// letter) was most of what a paragraph's `String` cost. Short values are decoded: making the
    /// indices cost more than validating a few bytes.
    func string(_ r: Range<Int>) -> String {
        if r.count > Self.longValue, let owner, isScalarBoundary(r.lowerBound), isScalarBoundary(r.upperBound) {
            let utf8 = owner.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            let upper = utf8.index(lower, offsetBy: r.count)
            return String(owner[lower..<upper])
        }
        return decodedString(r)
    }

    /// `string(r)` the plain way, decoding (and repairing) the bytes.
    func decodedString(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    /// Values longer than this are copied rather than decoded: paragraphs, mostly. Below it the
    /// indices and the `Substring` cost more than validating (callgrind on 3,000 records: 32,
    /// 96 and 400 bytes all cost more instructions than 160).
    static let longValue = 160

    /// Whether a scalar starts at `i` (or `i` is the end): its byte is no continuation byte.
    func isScalarBoundary(_ i: Int) -> Bool {
        i >= bytes.count || bytes[i] & 0xC0 != 0x80
    }

    // MARK: Literal matching

    /// Whether the bytes at `i` (not past `end`) spell `literal`.
    func matches(_ literal: StaticString, at i: Int, end: Int) -> Bool {
        literal.withUTF8Buffer { p in
            guard i >= 0, end - i >= p.count else { return false }
            var k = 0
            while k < p.count {
                if bytes[i + k] != p[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// Like `matches`, but ASCII letters compare without case. `literal` must be lower case.
    func matchesIgnoringCase(_ literal: StaticString, at i: Int, end: Int) -> Bool {
        literal.withUTF8Buffer { p in
            guard i >= 0, end - i >= p.count else { return false }
            var k = 0
            while k < p.count {
                if Bytes.lower(bytes[i + k]) != p[k] { return false }
                k += 1
            }
            return true
        }
    }

    /// Whether `r` is plain NFC text (`Bytes.isPlainNFC`): ASCII, tested eight bytes at a time,
    /// or otherwise read byte by byte.
    func isPlainNFC(_ r: Range<Int>) -> Bool {
        isASCII(r) || Bytes.isPlainNFC(UnsafeBufferPointer(rebasing: bytes[r]))
    }

    /// Whether every byte of `r` is ASCII, tested eight at a time.
    func isASCII(_ r: Range<Int>) -> Bool {
        Bytes.isASCII(UnsafeBufferPointer(rebasing: bytes[r]))
    }

    /// Whether the bytes of `r` are `literal` and nothing more.
    func equals(_ r: Range<Int>, _ literal: StaticString) -> Bool {
        r.count == literal.utf8CodeUnitCount && matches(literal, at: r.lowerBound, end: r.upperBound)
    }

    func starts(_ r: Range<Int>, with literal: StaticString) -> Bool {
        matches(literal, at: r.lowerBound, end: r.upperBound)
    }

    func ends(_ r: Range<Int>, with literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        return r.count >= n && matches(literal, at: r.upperBound - n, end: r.upperBound)
    }

    /// Offset of the first `literal` inside `r`.
    func find(_ literal: StaticString, in r: Range<Int>) -> Int? {
        literal.withUTF8Buffer { find($0, in: r) }
    }

    /// Offset of the first copy of the bytes at `needle` inside `r`.
    func find(bytesAt needle: Range<Int>, in r: Range<Int>) -> Int? {
        find(UnsafeBufferPointer(rebasing: bytes[needle]), in: r)
    }

    func find(_ needle: UnsafeBufferPointer<UInt8>, in r: Range<Int>) -> Int? {
        guard let n = needle.baseAddress, !needle.isEmpty, r.count >= needle.count else { return nil }
        guard let base = bytes.baseAddress else { return nil }
        // memchr finds candidates for one byte (vectorised in libc), a loop checks the rest. The
        // needles are mostly words between spaces (` held `), and spaces stand every few bytes:
        // the byte after a leading space is the rarer one to look for.
        let anchor = n[0] == 0x20 && needle.count > 1 ? 1 : 0
        let key = Int32(n[anchor])
        let count = needle.count
        let last = r.upperBound - count
        var i = r.lowerBound
        while i <= last {
            guard let hit = memchr(base + i + anchor, key, last - i + 1) else { return nil }
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) - anchor
            var k = 0
            while k < count, base[at + k] == n[k] { k += 1 }
            if k == count { return at }
            i = at + 1
        }
        return nil
    }

    /// Case-insensitive search for short needles (`literal` in lower case). It runs over whole
    /// paragraphs, so it skips eight bytes at a time to where the needle's first letter stands
    /// in either case, and compares the rest only there.
    func findIgnoringCase(_ literal: StaticString, in r: Range<Int>) -> Int? {
        literal.withUTF8Buffer { p -> Int? in
            let n = p.count
            guard n > 0, r.count >= n, let base = bytes.baseAddress else { return nil }
            let key = p[0]
            // A lower-case letter is found in both cases by setting the 0x20 bit of every byte
            // first (only its capital gains it); any other byte is looked for as it is.
            let isLetter = Bytes.isLower(key)
            let fold: UInt64 = isLetter ? Bytes.repeated(0x20) : 0
            let pattern = Bytes.repeated(key)
            let raw = UnsafeRawPointer(base)
            let last = r.upperBound - n
            // Whether the needle stands at `i`.
            func opens(_ i: Int) -> Bool {
                let b = base[i]
                guard b == key || isLetter && b == key - 0x20 else { return false }
                var k = 1
                while k < n, Bytes.lower(base[i + k]) == p[k] { k += 1 }
                return k == n
            }
            // Where the letter stands (and maybe just above, which `opens` turns down).
            return Bytes.firstFlagged(from: r.lowerBound, end: last + 1, flags: { i in
                Bytes.zeroBytes((Bytes.word(raw, at: i) | fold) ^ pattern)
            }) { opens($0) ? $0 : nil }
        }
    }

    func firstIndex(of byte: UInt8, in r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    // MARK: Whitespace and words

    /// Length of the white space starting at `i` (ASCII blanks, no-break and other Unicode
    /// spaces, a byte order mark), 0 when there is none.
    func spaceLength(at i: Int, end: Int) -> Int {
        let b = bytes[i]
        // Letters and punctuation first: no white space starts with a byte between them.
        if b > 0x20, b < 0xC2 { return 0 }
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            if c <= 0x8B || c == 0xAF { return 3 }
        }
        if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        if b == 0xEF, i + 2 < end, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// Length of the white space that ends just before `end`.
    func spaceLengthBefore(_ end: Int, start: Int) -> Int {
        guard end > start else { return 0 }
        let b = bytes[end - 1]
        // No white space ends with a letter or ASCII punctuation.
        if b > 0x20, b < 0x80 { return 0 }
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
        if end - 2 >= start, bytes[end - 2] == 0xC2, b == 0xA0 { return 2 }
        if end - 3 >= start {
            let a = bytes[end - 3], m = bytes[end - 2]
            if a == 0xE2, m == 0x80, b <= 0x8B || b == 0xAF { return 3 }
            if a == 0xE3, m == 0x80, b == 0x80 { return 3 }
        }
        return 0
    }

    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi {
            let n = spaceLength(at: lo, end: hi)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            let n = spaceLengthBefore(hi, start: lo)
            if n == 0 { break }
            hi -= n
        }
        return lo..<hi
    }

    /// The words of `r`, split at white space.
    func words(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // One allocation for a phrase's words rather than a growth per few of them.
        out.reserveCapacity(min(64, r.count / 5 + 2))
        var i = r.lowerBound, start = -1
        while i < r.upperBound {
            let n = spaceLength(at: i, end: r.upperBound)
            if n > 0 {
                if start >= 0 { out.append(start..<i); start = -1 }
                i += n
            } else {
                if start < 0 { start = i }
                i += 1
            }
        }
        if start >= 0 { out.append(start..<r.upperBound) }
        return out
    }

    /// The first word of `r`, as `words(r).first` gives it, without building the array.
    func firstWord(_ r: Range<Int>) -> Range<Int>? {
        var i = r.lowerBound
        while i < r.upperBound {
            let n = spaceLength(at: i, end: r.upperBound)
            if n == 0 { break }
            i += n
        }
        guard i < r.upperBound else { return nil }
        let start = i
        while i < r.upperBound, spaceLength(at: i, end: r.upperBound) == 0 { i += 1 }
        return start..<i
    }

    /// The first of `i..<end` that holds `a`, `b` or `c`, else `end`. Eight bytes are tested at a
    /// time (a zero byte in `word ^ pattern` marks a match): sentences and clauses are split by
    /// a few bytes that stand far apart.
    func firstIndex(ofAny a: UInt8, _ b: UInt8, _ c: UInt8, from i: Int, end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        let pa = Bytes.repeated(a), pb = Bytes.repeated(b), pc = Bytes.repeated(c)
        var i = i
        while i + 8 <= end {
            let w = Bytes.word(raw, at: i)
            if Bytes.zeroBytes(w ^ pa) | Bytes.zeroBytes(w ^ pb) | Bytes.zeroBytes(w ^ pc) != 0 { break }
            i += 8
        }
        while i < end {
            let x = base[i]
            if x == a || x == b || x == c { return i }
            i += 1
        }
        return end
    }

    /// The first of `i..<end` where the two bytes `a` or the two bytes `b` stand (both before
    /// `end`), else `end`. Eight places at a time, each flag checked (a flag may stand just above
    /// a match): `hour` and `minute` are looked for where `ho` and `mi` stand, not at every `h`
    /// and `m`.
    func firstIndex(ofPair a: (UInt8, UInt8), orPair b: (UInt8, UInt8), from i: Int, end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        func stands(_ j: Int) -> Bool {
            j + 1 < end && (base[j] == a.0 && base[j + 1] == a.1 || base[j] == b.0 && base[j + 1] == b.1)
        }
        let a0 = Bytes.repeated(a.0), a1 = Bytes.repeated(a.1), b0 = Bytes.repeated(b.0), b1 = Bytes.repeated(b.1)
        return Bytes.firstFlagged(from: i, end: end, reach: 9, flags: { i in
            let x = Bytes.word(raw, at: i), next = Bytes.word(raw, at: i + 1)
            return Bytes.zeroBytes(x ^ a0) & Bytes.zeroBytes(next ^ a1) | Bytes.zeroBytes(x ^ b0) & Bytes.zeroBytes(next ^ b1)
        }) { stands($0) ? $0 : nil } ?? end
    }

    /// The word after `w` inside `r` (which holds `w`), as `words(r)` gives it.
    func nextWord(after w: Range<Int>, in r: Range<Int>) -> Range<Int>? {
        firstWord(w.upperBound..<r.upperBound)
    }

    /// Whether `r` has at most `limit` words, counted as `words(r)` splits them.
    func hasWords(_ r: Range<Int>, atMost limit: Int) -> Bool {
        var count = 0
        var word = firstWord(r)
        while let w = word {
            count += 1
            if count > limit { return false }
            word = nextWord(after: w, in: r)
        }
        return true
    }

    /// The line ranges of the whole text, trimmed; `\n`, `\r\n` and a lone `\r` all end a line.
    func lines() -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(64)
        let n = bytes.count
        let buf = bytes
        guard let base = buf.baseAddress else { return out }
        // Most records have no carriage return: then memchr can jump from newline to newline.
        if memchr(base, 0x0D, n) == nil {
            var start = 0
            while start < n, let hit = memchr(base + start, 0x0A, n - start) {
                let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                out.append(trimmed(start..<end))
                start = end + 1
            }
            if start < n { out.append(trimmed(start..<n)) }
            return out
        }
        var start = 0, i = 0
        while i < n {
            let b = buf[i]
            if b == 0x0A || b == 0x0D {
                out.append(trimmed(start..<i))
                if b == 0x0D, i + 1 < n, buf[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { out.append(trimmed(start..<n)) }
        return out
    }

    // MARK: Letters

    /// Whether the word at `i` starts with a capital letter (ASCII or a Latin capital with an accent).
    func startsUpper(_ i: Int, end: Int) -> Bool {
        guard i < end else { return false }
        let b = bytes[i]
        if Bytes.isUpper(b) { return true }
        // Latin-1 and Latin Extended-A capitals: É, Ö, Š …
        if b == 0xC3, i + 1 < end { return bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9E && bytes[i + 1] != 0x97 }
        if b == 0xC4 || b == 0xC5, i + 1 < end { return bytes[i + 1] & 1 == 0 }
        return false
    }

    /// Whether the word in `r` is written in capitals (`KAMIKAWA`, `GONZÁLEZ-OLAECHEA`).
    func isAllCaps(_ r: Range<Int>) -> Bool {
        var letters = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            if Bytes.isLower(b) { return false }
            if Bytes.isUpper(b) { letters += 1 }
            if b >= 0xC0 {
                if !startsUpper(i, end: r.upperBound) { return false }
                letters += 1
            }
            i += 1
        }
        return letters >= 2
    }

    /// The word in `r` as a decimal number, if it is one.
    func number(_ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count <= 6 else { return nil }
        var v = 0
        for i in r {
            let b = bytes[i]
            guard Bytes.isDigit(b) else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }
}

/// Byte classes, ASCII only: anything at or above 0x80 belongs to a multi-byte scalar.
enum Bytes {
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    // Eight bytes at a time: the scans of the parser, the cache and the snippets load a word
    // and test all its bytes at once.

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// `b` in each of a word's eight bytes.
    static func repeated(_ b: UInt8) -> UInt64 { ones &* UInt64(b) }

    /// The high bit of each zero byte of `x`, and maybe of a byte just above one (a borrow): so
    /// exact for whether any byte is zero, and the lowest flag is always a zero byte.
    static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }

    /// The eight bytes from `i`, the first the lowest.
    static func word(_ raw: UnsafeRawPointer, at i: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// The first answer `visit` gives for a place of `start..<end`, trying only the places
    /// `flags` marks: eight at a time, `flags(i)` flags the places `i ..< i + 8` (the high bit of
    /// each byte; a flag may stand on a place that is no answer, `visit` turns it down), while
    /// `i + reach <= end` (`reach` is how far from `i` `flags` reads); then every place left,
    /// one by one. With `wordwise` false every place is tried. The one skeleton of the scans
    /// that look at eight bytes at once and at single places only where something may stand.
    @inline(__always)
    static func firstFlagged<T>(from start: Int, end: Int, reach: Int = 8, wordwise: Bool = true,
                                flags: (Int) -> UInt64, _ visit: (Int) -> T?) -> T? {
        var i = start
        while wordwise, i + reach <= end {
            var flagged = flags(i)
            while flagged != 0 {
                if let found = visit(i + flagged.trailingZeroBitCount / 8) { return found }
                flagged &= flagged &- 1
            }
            i += 8
        }
        while i < end {
            if let found = visit(i) { return found }
            i += 1
        }
        return nil
    }

    /// Whether the bytes hold only ASCII, the letters U+00C0–U+017F (`é`, `ğ`, `Ö`) and the
    /// curly single quotes (`’`): characters that are each their own normal form C and combine
    /// with nothing, so text made of them is in normal form C and each of its characters is one
    /// scalar: `String` comparison, and reading by `Character`, agree with its bytes. `Türkiye`
    /// and `Minister’s` are plain; `Tu` with a combining diaeresis is not.
    static func isPlainNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC3, b <= 0xC5 {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
            } else if b == 0xE2 {
                guard i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x98 || p[i + 2] == 0x99 else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            high |= word(raw, at: i)
            i += 8
        }
        while i < bytes.count {
            high |= UInt64(base[i])
            i += 1
        }
        return high & highs == 0
    }
}
