/// A set of meeting indices as one bit each: unions over many posting lists (a one-letter
/// prefix matches thousands of terms) cost a bit set per entry instead of a sort or merge.
struct Bitset: Equatable {
    private(set) var words: [UInt64]
    let count: Int

    init(count: Int, full: Bool = false) {
        self.count = count
        words = Array(repeating: full ? ~0 : 0, count: (count + 63) / 64)
        if full { clearTail() }
    }

    @inline(__always)
    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    @inline(__always)
    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    mutating func formUnion(_ other: Bitset) {
        for k in words.indices { words[k] |= other.words[k] }
    }

    mutating func formIntersection(_ other: Bitset) {
        for k in words.indices { words[k] &= other.words[k] }
    }

    mutating func invert() {
        for k in words.indices { words[k] = ~words[k] }
        clearTail()
    }

    private mutating func clearTail() {
        let extra = words.count * 64 - count
        if extra > 0 { words[words.count - 1] &= ~0 >> UInt64(extra) }
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The members, ascending.
    var indices: [Int] {
        var result: [Int] = []
        for (k, word) in words.enumerated() {
            var w = word
            while w != 0 {
                result.append(k << 6 | w.trailingZeroBitCount)
                w &= w - 1
            }
        }
        return result
    }

    /// Runs `body` with the words writable through a pointer, for tight posting-list loops.
    mutating func withWords<R>(_ body: (UnsafeMutableBufferPointer<UInt64>) -> R) -> R {
        words.withUnsafeMutableBufferPointer { body($0) }
    }
}
