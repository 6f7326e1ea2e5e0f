import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a record's bytes as text, or says in a few words why it cannot be a record.
enum RecordDecoding {
    /// The text of `data`, or the reason it is not a record. A leading UTF-8 byte order mark is
    /// dropped; anything else that is not valid UTF-8 is refused rather than repaired, so a
    /// record's characters are always the ones written.
    static func decode(_ data: Data) -> Result<String, LoadProblem.Reason> {
        data.withUnsafeBytes { decode(UnsafeRawBufferPointer($0)) }
    }

    static func decode(_ raw: UnsafeRawBufferPointer) -> Result<String, LoadProblem.Reason> {
        if raw.isEmpty { return .failure(.empty) }
        let all = raw.bindMemory(to: UInt8.self)
        if memchr(all.baseAddress!, 0, all.count) != nil { return .failure(.binary) }
        let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let bytes = UnsafeBufferPointer(rebasing: all[bom...])
        // Validating, never repairing: a record's characters are always the ones written.
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.notUTF8) }
        if text.utf8.allSatisfy(isASCIIWhitespace), text.allSatisfy(\.isWhitespace) { return .failure(.blank) }
        return .success(text)
    }

    /// A cheap first look: a record almost always has a non-space byte near the start.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0x80
    }

    /// Reads a file (opened read-only) and decodes it. Plain `open`/`read` into one buffer: for
    /// many small files, `Data(contentsOf:)` spends more building URLs than reading.
    static func read(path: String) -> Result<String, LoadProblem.Reason> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errno == EACCES ? .permissionDenied : .unreadable) }
        defer { close(fd) }
        var info = stat()
        // Not only regular files: `gaiko list <(curl …)` hands over a pipe.
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return .failure(.unreadable) }
        // The size is a hint: a file that grows or shrinks while read is still read to its end.
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        let size = max(Int(info.st_size), 0)
        var buffer = [UInt8](repeating: 0, count: size + 1)
        var used = 0
        while true {
            if used == buffer.count { buffer.append(contentsOf: repeatElement(0, count: max(4096, used))) }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + used, $0.count - used) }
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
        return buffer.withUnsafeBytes { decode(UnsafeRawBufferPointer(rebasing: $0[..<used])) }
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
    }

    init(path: String, _ reason: Reason) {
        self.init(path: path, reason: reason.rawValue)
    }
}
