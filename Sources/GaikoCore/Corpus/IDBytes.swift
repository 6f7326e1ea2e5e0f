#if canImport(Glibc)
import Glibc
#endif

/// Every id's UTF-8 bytes end to end in one buffer, and where each starts: ids compared and
/// found again by their bytes (`memcmp`), without hashing, retaining or releasing a `String`.
struct IDBytes {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Whether every id is ASCII (where bytes and `String` equality agree).
    private(set) var isASCII = true

    init(_ ids: [String]) {
        starts.reserveCapacity(ids.count + 1)
        bytes.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count })
        var high: UInt8 = 0
        for id in ids {
            for b in id.utf8 { high |= b }
            bytes.append(contentsOf: id.utf8)
            starts.append(bytes.count)
        }
        isASCII = high < 0x80
    }

    private func count(_ i: Int) -> Int { starts[i + 1] - starts[i] }

    /// Byte order, as `utf8.lexicographicallyPrecedes`: a prefix comes first.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let la = count(a), lb = count(b)
        if la == 0 || lb == 0 { return la < lb }
        let order = bytes.withUnsafeBufferPointer { p in
            memcmp(p.baseAddress! + starts[a], p.baseAddress! + starts[b], min(la, lb))
        }
        return order != 0 ? order < 0 : la < lb
    }

    /// Whether id `i` is exactly the bytes `other`.
    func equals(_ i: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count(i) == other.count else { return false }
        if other.isEmpty { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + starts[i], other.baseAddress!, other.count) == 0 }
    }

    /// Id `i`'s bytes, lent to `body`.
    func withBytes<R>(of i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[i]..<starts[i + 1]])) }
    }
}
