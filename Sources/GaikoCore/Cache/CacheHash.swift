/// A 64-bit hash of bytes for checksums and identities inside the cache. Not a cryptographic
/// hash: it guards against torn writes, damaged files and edits that keep a file's stamp, not
/// against someone crafting a collision in their own cache folder. Stable across runs and
/// machines (unlike `Hasher`, which is seeded per process).
enum CacheHash {
    /// Never zero for zero bytes, so a zero-filled region never carries a matching checksum.
    static let seed: UInt64 = 0x6761_696B_6F63_6163  // "gaikocac"

    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = seed) -> UInt64 {
        hash(bytes, seed: seed, stretch: .max, afterStretch: { _ in })
    }

    /// The same hash, calling `afterStretch` with the bytes hashed so far after every `stretch`
    /// of them (a multiple of 32): a caller can give back pages of a mapping as it goes.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = seed, stretch: Int, afterStretch: (Int) -> Void) -> UInt64 {
        var h = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        let n = bytes.count
        // Four independent lanes keep the multiplier busy; the loads are unaligned-safe.
        var a = h, b = h &+ 1, c = h &+ 2, d = h &+ 3
        let blocks = n - n % 32
        while i < blocks {
            let end = min(blocks, i &+ stretch)
            while i < end {
                a = mix(a ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                b = mix(b ^ bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                c = mix(c ^ bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                d = mix(d ^ bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
            afterStretch(i)
        }
        h = mix(h ^ a) ^ mix(b &+ 0x1234) ^ mix(c &+ 0x5678) ^ mix(d &+ 0x9ABC)
        while i + 8 <= n {
            h = mix(h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        return mix(h ^ tail ^ 0xA5)
    }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        z = z &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 29)
    }
}
