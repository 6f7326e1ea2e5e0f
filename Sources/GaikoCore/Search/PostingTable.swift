import Foundation

/// Sorted terms and their posting lists, for one shard of meetings or for the whole index.
///
/// Everything lives in a few flat arrays: term `t` is `termBytes[termStarts[t] ..< termStarts[t + 1]]`,
/// its meetings are varints in `docs[docStarts[t] ..< docStarts[t + 1]]` (the first a meeting
/// index, then gaps), and for each of those meetings `positions` holds the count of occurrences
/// followed by their positions (the first absolute, then gaps).
struct PostingTable: Sendable, Equatable {
    var termBytes: [UInt8] = []
    var termStarts: [UInt32] = [0]
    var docStarts: [Int] = [0]
    var positionStarts: [Int] = [0]
    var documentFrequency: [UInt32] = []
    /// The last meeting in each term's list: what a merge needs to turn the next shard's first
    /// meeting into a gap.
    var lastDoc: [UInt32] = []
    var docs: [UInt8] = []
    var positions: [UInt8] = []

    var termCount: Int { documentFrequency.count }

    func term(_ t: Int) -> Range<Int> { Int(termStarts[t])..<Int(termStarts[t + 1]) }

    /// First term not less than `key`.
    func lowerBound(_ key: [UInt8]) -> Int {
        termBytes.withUnsafeBufferPointer { bytes in
            key.withUnsafeBufferPointer { keyBytes in
                var low = 0, high = termCount
                while low < high {
                    let mid = (low + high) / 2
                    if ByteOrder.compare(bytes, term(mid), keyBytes, 0..<keyBytes.count) < 0 { low = mid + 1 } else { high = mid }
                }
                return low
            }
        }
    }

    /// The terms that start with `prefix`: contiguous, since terms are sorted.
    func prefixRange(_ prefix: [UInt8]) -> Range<Int> {
        // No UTF-8 byte is 0xFF, so nothing sorts between the prefix's terms and this key.
        lowerBound(prefix)..<lowerBound(prefix + [0xFF])
    }

    func exactRange(_ key: [UInt8]) -> Range<Int> {
        let low = lowerBound(key)
        guard low < termCount, termBytes[term(low)].elementsEqual(key) else { return low..<low }
        return low..<low + 1
    }

    /// Approximate bytes held, for reports.
    var byteCount: Int {
        termBytes.count + termStarts.count * 4 + docStarts.count * 8 + positionStarts.count * 8
            + documentFrequency.count * 8 + docs.count + positions.count
    }
}

enum ByteOrder {
    /// Lexicographic comparison of two byte ranges: negative, zero or positive.
    @inline(__always)
    static func compare(
        _ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>
    ) -> Int {
        let n = min(ra.count, rb.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa + ra.lowerBound, pb + rb.lowerBound, n)
            if c != 0 { return Int(c) }
        }
        return ra.count - rb.count
    }
}
