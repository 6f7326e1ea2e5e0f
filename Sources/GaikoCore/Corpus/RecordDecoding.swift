import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a record's bytes as text, or says in a few words why it cannot be a record.
public enum RecordDecoding {
    /// The text of `data`, or the reason it is not a record. A leading UTF-8 byte order mark is
    /// dropped; anything else that is not valid UTF-8 is refused rather than repaired, so a
    /// record's characters are always the ones written.
    static func decode(_ data: Data) -> Result<String, LoadProblem.Reason> {
        data.withUnsafeBytes { decode(UnsafeRawBufferPointer($0)) }
    }

    static func decode(_ raw: UnsafeRawBufferPointer) -> Result<String, LoadProblem.Reason> {
        if raw.isEmpty { return .failure(.empty) }
        let all = raw.bindMemory(to: UInt8.self)
        if hasUTF16Mark(all) { return .failure(.utf16) }
        // UTF-16 text is full of NULs, but "binary" would mislead its owner.
        if memchr(all.baseAddress!, 0, all.count) != nil { return .failure(looksLikeUTF16(all) ? .utf16 : .binary) }
        let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let bytes = UnsafeBufferPointer(rebasing: all[bom...])
        // Validating, never repairing: a record's characters are always the ones written.
        guard let text = validated(bytes) else { return .failure(.notUTF8) }
        if text.utf8.allSatisfy(isASCIIWhitespace), text.allSatisfy(\.isWhitespace) { return .failure(.blank) }
        return .success(text)
    }

    /// `String(validating:)`, a stretch at a time. The standard library checks a text that has
    /// one byte outside ASCII a byte at a time from its start, and most records have a curly
    /// quote or an accented name somewhere: that check was a tenth of a load. Here runs of ASCII
    /// are found eight bytes at a time and only the bytes between them are checked one by one.
    /// Each stretch ends before an ASCII byte, which no multi-byte sequence holds, so the text is
    /// valid exactly when every stretch is, and the string is the same.
    static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return "" }
        let n = bytes.count
        var other = firstNonASCII(base, from: 0, count: n)
        if other == n { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(n)
        var start = 0
        while true {
            if other > start { text += String(decoding: UnsafeBufferPointer(start: base + start, count: other - start), as: UTF8.self) }
            guard other < n else { return text }
            var end = other
            while end < n, base[end] >= 0x80 { end += 1 }
            guard let piece = String(validating: UnsafeBufferPointer(start: base + other, count: end - other), as: UTF8.self) else { return nil }
            text += piece
            start = end
            other = firstNonASCII(base, from: end, count: n)
        }
    }

    /// The first byte at or after `i` that is not ASCII, else `count`.
    static func firstNonASCII(_ base: UnsafePointer<UInt8>, from i: Int, count: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var i = i
        while i + 8 <= count {
            let high = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080
            // Little-endian: the lowest set bit is the earliest byte.
            if high != 0 { return i + UInt64(littleEndian: high).trailingZeroBitCount / 8 }
            i += 8
        }
        while i < count, base[i] < 0x80 { i += 1 }
        return i
    }

    /// A UTF-16 byte order mark (either order). `FF FE` and `FE FF` never start UTF-8 text.
    static func hasUTF16Mark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// UTF-16 without a mark: the NULs all fall on one side of each byte pair and fill at least
    /// half of them, as in mostly-ASCII text saved by Windows tools.
    static func looksLikeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return false }
        var zeros = (even: 0, odd: 0)
        for i in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[i] == 0 { zeros.even += 1 }
            if bytes[i + 1] == 0 { zeros.odd += 1 }
        }
        let pairs = bytes.count / 2
        return (zeros.even == 0 && zeros.odd * 2 >= pairs) || (zeros.odd == 0 && zeros.even * 2 >= pairs)
    }

    /// A cheap first look: a record almost always has a non-space byte near the start.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0x80
    }

    /// Records are a few kilobytes; anything near this is not one. `--max-record-size` changes it.
    public static let defaultSizeLimit = 16 << 20

    /// Reads a file (opened read-only) and decodes it. Plain `open`/`read` into one buffer: for
    /// many small files, `Data(contentsOf:)` spends more building URLs than reading.
    ///
    /// Never reads more than `limit` bytes: a regular file larger than that is refused from its
    /// size alone (a 3 GB sparse file costs one `fstat`), and a pipe or device (`/dev/zero`) is
    /// read only until it has given more than `limit`.
    static func read(path: String, limit: Int = defaultSizeLimit) -> Result<String, LoadProblem.Reason> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { return .failure(openFailure(errno)) }
        defer { close(fd) }
        return read(descriptor: fd, limit: limit)
    }

    /// `read(path:limit:)` on a descriptor already open, such as standard input for a record
    /// piped in: the same limit, and the descriptor is left open.
    public static func read(descriptor fd: Int32, limit: Int = defaultSizeLimit) -> Result<String, LoadProblem.Reason> {
        var info = stat()
        // Not only regular files: `gaiko list <(curl …)` hands over a pipe.
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return .failure(.unreadable) }
        // The size is a hint: a file that grows or shrinks while read is still read to its end,
        // or to the limit.
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        let size = isRegular ? max(Int(info.st_size), 0) : 0
        if size > limit { return .failure(.tooLarge) }
        // One byte past the limit is enough to know a stream is too large.
        let cap = limit == Int.max ? limit : limit + 1
        // A raw buffer grown by `realloc`: no zero-filling of what `read` is about to overwrite.
        var capacity = min(size + 1, cap)
        guard var buffer = malloc(capacity) else { return .failure(.unreadable) }
        defer { free(buffer) }
        var used = 0
        while true {
            if used == capacity {
                if capacity >= cap { return .failure(.tooLarge) }
                let grown = min(cap, capacity + max(4096, used))
                guard let moved = realloc(buffer, grown) else { return .failure(.unreadable) }
                buffer = moved
                capacity = grown
            }
            let n = Glibc.read(fd, buffer + used, capacity - used)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if n == 0 { break }
            used += n
            // A regular file read to its size is done: asking again only to hear "end of file"
            // was a fifth of the system calls of a load.
            if isRegular, used == size { break }
        }
        if used > limit { return .failure(.tooLarge) }
        return decode(UnsafeRawBufferPointer(start: buffer, count: used))
    }

    static func openFailure(_ code: Int32) -> LoadProblem.Reason {
        switch code {
        case EACCES: .permissionDenied
        case ELOOP: .linkLoop
        case ENAMETOOLONG: .pathTooLong
        default: .unreadable
        }
    }

    /// `bytes` as people write sizes: `16 MB`, `512 KB`, `1000 bytes` (binary multiples).
    public static func describe(bytes: Int) -> String {
        for (shift, unit) in [(30, "GB"), (20, "MB"), (10, "KB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

extension LoadProblem: Error {
    /// Why a file was skipped.
    public enum Reason: String, Error, Sendable, Hashable, CaseIterable {
        case permissionDenied = "cannot be read (permission denied)"
        case unreadable = "cannot be read"
        case binary = "binary file (contains NUL bytes), not a record"
        case notUTF8 = "not UTF-8 text"
        case empty = "empty file"
        case blank = "empty file (only whitespace)"
        case utf16 = "UTF-16 text (only UTF-8 is read)"
        case tooLarge = "too large for a record (see --max-record-size)"
        case linkLoop = "symbolic link loop"
        case pathTooLong = "path too long to open"
    }

    init(path: String, _ reason: Reason, sizeLimit: Int = RecordDecoding.defaultSizeLimit) {
        switch reason {
        case .tooLarge:
            let size = RecordDecoding.describe(bytes: sizeLimit)
            self.init(path: path, reason: "larger than \(size), too large for a record (see --max-record-size)")
        default:
            self.init(path: path, reason: reason.rawValue)
        }
    }
}
