/// Phrases a string is searched for by their bytes, with a table of the bytes they start with
/// made once: the kind rules asked this of each title with an array literal, so every call
/// allocated the array and built the table again (more than the search itself cost).
struct BytePhrases: Sendable {
    let phrases: [StaticString]
    /// Which bytes a phrase starts with, one bit a byte.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    init(_ phrases: [StaticString]) {
        self.phrases = phrases.filter { $0.utf8CodeUnitCount > 0 }
        var bits = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        for n in self.phrases {
            let b = n.utf8Start[0]
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
        firstBytes = bits
    }

    /// Whether a phrase may start with `b`.
    @inline(__always)
    func mayStart(_ b: UInt8) -> Bool {
        let word: UInt64
        switch b >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        return word & (UInt64(1) << UInt64(b & 63)) != 0
    }
}

extension String {
    /// Whether any of `phrases` occurs in the string, compared as UTF-8 bytes: one pass, comparing
    /// only where a phrase's first byte stands.
    func containsAnyBytes(_ phrases: BytePhrases) -> Bool {
        var copy = self
        return copy.withUTF8 { hay in
            for i in hay.indices {
                let b = hay[i]
                guard phrases.mayStart(b) else { continue }
                for n in phrases.phrases {
                    let count = n.utf8CodeUnitCount
                    guard n.utf8Start[0] == b, hay.count - i >= count else { continue }
                    var k = 1
                    while k < count, hay[i + k] == n.utf8Start[k] { k += 1 }
                    if k == count { return true }
                }
            }
            return false
        }
    }

    /// Whether `needle` occurs in the string, compared as UTF-8 bytes. Foundation's `contains`
    /// goes through NSString on Linux and costs more than the rest of a parse.
    func containsBytes(_ needle: StaticString) -> Bool {
        var copy = self
        return copy.withUTF8 { hay in
            needle.withUTF8Buffer { n in
                guard n.count > 0, hay.count >= n.count else { return n.count == 0 }
                var i = 0
                while i <= hay.count - n.count {
                    if hay[i] == n[0] {
                        var k = 1
                        while k < n.count, hay[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
