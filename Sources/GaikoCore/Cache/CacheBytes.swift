/// Appends the cache's primitive values to a byte array: unsigned LEB128 varints, little-endian
/// fixed words, strings as a length and their UTF-8.
struct CacheWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        let v = Int64(value)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Overwrites four bytes written earlier (a length known only afterwards).
    mutating func patch(_ value: UInt32, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<offset + 4, with: $0) }
    }

    mutating func patch(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<offset + 8, with: $0) }
    }

    mutating func string(_ value: String) {
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func raw(_ value: UnsafeRawBufferPointer) { bytes.append(contentsOf: value) }

    /// `nil` as 0; a value as 1 followed by what `write` writes.
    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }

    mutating func array<T>(_ values: [T], _ write: (inout CacheWriter, T) -> Void) {
        varint(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}

/// What went wrong reading cached bytes: the whole entry (or file) is then treated as absent.
struct CacheDamage: Error {}

/// Reads what `CacheWriter` wrote from a borrowed buffer (usually a memory-mapped file). Every
/// read is bounds-checked and throws `CacheDamage` rather than trapping, so a damaged file can
/// only ever cost a re-parse.
struct CacheReader {
    let buffer: UnsafeRawBufferPointer
    var offset: Int

    init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    var isAtEnd: Bool { offset == buffer.count }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < buffer.count, shift < 64 else { throw CacheDamage() }
            let b = buffer[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let z = try varint()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count of things still to come, refused when it could not fit in what is left.
    mutating func count() throws -> Int {
        let n = try varint()
        guard n <= UInt64(buffer.count - offset) else { throw CacheDamage() }
        return Int(n)
    }

    mutating func word() throws -> UInt64 {
        guard offset + 8 <= buffer.count else { throw CacheDamage() }
        defer { offset += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func u32() throws -> UInt32 {
        guard offset + 4 <= buffer.count else { throw CacheDamage() }
        defer { offset += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func byte() throws -> UInt8 {
        guard offset < buffer.count else { throw CacheDamage() }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func raw(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= buffer.count - offset else { throw CacheDamage() }
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n])
    }

    /// Validates the UTF-8: a checksum that passed by chance still cannot make an invalid string.
    /// A string through `pool`: the same value as `string()`, made once per spelling.
    mutating func string(pool: inout StringPool) throws -> String {
        let raw = try raw(try count())
        return try pool.string(raw) {
            let bytes = raw.bindMemory(to: UInt8.self)
            if Bytes.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
            guard let s = String(validating: bytes, as: UTF8.self) else { throw CacheDamage() }
            return s
        }
    }

    mutating func string() throws -> String {
        let bytes = try raw(try count()).bindMemory(to: UInt8.self)
        // Plain ASCII is valid UTF-8 as it stands: decoding it skips the generic validator, whose
        // type look-up per string was a tenth of a warm load.
        if Bytes.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        guard let s = String(validating: bytes, as: UTF8.self) else { throw CacheDamage() }
        return s
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw CacheDamage()
        }
    }

    mutating func array<T>(_ read: (inout CacheReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
}
