#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings decoded from a cache file, each spelling made once per pool: the titles, names,
/// venues and occasions that recur across thousands of meetings then share one buffer, so a
/// warm start makes (and a corpus holds) a fraction of the strings, and decoding a head copies
/// fewer bytes. One pool per thread; it only ever hands out strings equal to the bytes asked for.
struct StringPool {
    private var slots: [String?] = []
    private var hashes: [UInt64] = []
    private var used = 0

    /// Past this many distinct strings the pool stops taking new ones: a collection of unique
    /// spellings then costs a bounded table, not one that grows with it.
    static let limit = 1 << 16

    /// The string for `bytes`, made by `make` (which validates them) the first time they are
    /// seen. Strings of up to 15 bytes are stored inside the `String` itself and are not pooled.
    mutating func string(_ bytes: UnsafeRawBufferPointer, make: () throws -> String) rethrows -> String {
        guard bytes.count > 15 else { return try make() }
        let hash = Self.hash(bytes)
        if !slots.isEmpty {
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while let existing = slots[i] {
                if hashes[i] == hash, Self.equal(existing, bytes) { return existing }
                i = (i + 1) & mask
            }
        }
        let made = try make()
        guard used < Self.limit else { return made }
        if (used + 1) * 2 > slots.count { grow() }
        insert(made, hash: hash)
        return made
    }

    private mutating func insert(_ s: String, hash: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != nil { i = (i + 1) & mask }
        slots[i] = s
        hashes[i] = hash
        used += 1
    }

    private mutating func grow() {
        let old = zip(slots, hashes)
        let capacity = max(256, slots.count * 2)
        slots = Array(repeating: nil, count: capacity)
        hashes = Array(repeating: 0, count: capacity)
        used = 0
        for (s, h) in old { if let s { insert(s, hash: h) } }
    }

    private static func equal(_ s: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard s.utf8.count == bytes.count else { return false }
        // `memcmp`: the generic `elementsEqual` cost more than making the string anew.
        return s.utf8.withContiguousStorageIfAvailable { stored in
            memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? s.utf8.elementsEqual(bytes)
    }

    /// FNV-1a over the bytes: short strings, where a stronger hash costs more than a probe.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0100_0000_01B3 }
        return h
    }
}
