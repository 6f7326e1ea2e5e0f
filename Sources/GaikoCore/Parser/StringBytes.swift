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

/// Phrase sets merged, each phrase tagged with bits: one pass over a string answers which sets
/// it holds a phrase of.
struct TaggedBytePhrases: Sendable {
    let all: BytePhrases
    /// The phrases' bytes one after another: `phrase k` is `bytes[offsets[k] ..< offsets[k + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    private let tags: [UInt8]
    /// The phrases by their first byte: those starting with `b` are `order[starts[b] ..< starts[b + 1]]`
    /// (a byte that starts several is compared only with those).
    private let starts: [Int]
    private let order: [Int]
    /// Every tag together: the pass stops once all of them are found.
    let every: UInt8

    init(_ sets: [(BytePhrases, UInt8)]) {
        all = BytePhrases(sets.flatMap(\.0.phrases))
        let tagged = sets.flatMap { set, tag in set.phrases.map { ($0, tag) } }
        var bytes: [UInt8] = [], offsets = [0]
        for (phrase, _) in tagged {
            phrase.withUTF8Buffer { bytes += $0 }
            offsets.append(bytes.count)
        }
        tags = tagged.map(\.1)
        let first = tagged.indices.map { bytes[offsets[$0]] }
        order = tagged.indices.sorted { (first[$0], $0) < (first[$1], $1) }
        starts = (0...256).map { b in first.filter { Int($0) < b }.count }
        self.bytes = bytes
        self.offsets = offsets
        every = sets.reduce(0) { $0 | $1.1 }
    }

    /// The tags of the phrases found in `hay`: bit for bit what `containsAnyBytes` answers for
    /// each set, in one pass.
    func tags(in hay: UnsafeBufferPointer<UInt8>) -> UInt8 {
        bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                tags.withUnsafeBufferPointer { tags in
                    starts.withUnsafeBufferPointer { starts in
                        order.withUnsafeBufferPointer { order in
                            var found: UInt8 = 0
                            for i in hay.indices {
                                let b = hay[i]
                                guard all.mayStart(b) else { continue }
                                for k in order[starts[Int(b)]..<starts[Int(b) + 1]] where tags[k] & ~found != 0 {
                                    let from = offsets[k], count = offsets[k + 1] - from
                                    guard hay.count - i >= count else { continue }
                                    var m = 1
                                    while m < count, hay[i + m] == bytes[from + m] { m += 1 }
                                    if m == count {
                                        found |= tags[k]
                                        if found == every { return found }
                                    }
                                }
                            }
                            return found
                        }
                    }
                }
            }
        }
    }
}

extension String {
    /// The tags of the phrases of `tagged` that occur in the string (`TaggedBytePhrases.tags(in:)`).
    func bytePhraseTags(_ tagged: TaggedBytePhrases) -> UInt8 {
        var copy = self
        return copy.withUTF8 { tagged.tags(in: $0) }
    }

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
