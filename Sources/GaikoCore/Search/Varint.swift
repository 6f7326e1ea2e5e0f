/// LEB128 variable-length integers: posting lists are mostly small gaps, one byte each.
enum Varint {
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Writes `value` at `offset` in a buffer the caller sized (five bytes at most).
    @inline(__always)
    static func write(_ value: UInt32, to bytes: UnsafeMutablePointer<UInt8>, at offset: inout Int) {
        var v = value
        while v >= 0x80 {
            bytes[offset] = UInt8(truncatingIfNeeded: v) | 0x80
            offset += 1
            v >>= 7
        }
        bytes[offset] = UInt8(v)
        offset += 1
    }

    /// Reads one value at `offset` and moves `offset` past it.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt32 {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let b = bytes[offset]
            offset += 1
            result |= UInt32(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    /// Moves `offset` past `count` values without decoding them.
    @inline(__always)
    static func skip(_ count: Int, in bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) {
        var left = count
        while left > 0 {
            if bytes[offset] < 0x80 { left -= 1 }
            offset += 1
        }
    }
}
