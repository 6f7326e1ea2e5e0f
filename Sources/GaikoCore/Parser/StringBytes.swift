extension String {
    /// Whether any of `needles` occurs in the string, compared as UTF-8 bytes: one pass, comparing
    /// only where a needle's first byte stands.
    func containsAnyBytes(_ needles: [StaticString]) -> Bool {
        var firstBytes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        for n in needles where n.utf8CodeUnitCount > 0 {
            let b = n.utf8Start[0]
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: firstBytes.0 |= bit
            case 1: firstBytes.1 |= bit
            case 2: firstBytes.2 |= bit
            default: firstBytes.3 |= bit
            }
        }
        var copy = self
        return copy.withUTF8 { hay in
            for i in hay.indices {
                let b = hay[i]
                let word: UInt64
                switch b >> 6 {
                case 0: word = firstBytes.0
                case 1: word = firstBytes.1
                case 2: word = firstBytes.2
                default: word = firstBytes.3
                }
                guard word & (UInt64(1) << UInt64(b & 63)) != 0 else { continue }
                for n in needles {
                    let count = n.utf8CodeUnitCount
                    guard count > 0, n.utf8Start[0] == b, hay.count - i >= count else { continue }
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
