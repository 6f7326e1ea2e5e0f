import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the history file could not be read or written, in words for the status line.
public struct SearchHistoryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The C library's words for `code`, lower-cased to sit inside a sentence.
    init(path: String, errno code: Int32) {
        let text = String(cString: strerror(code))
        self.init(path: path, reason: text.prefix(1).lowercased() + text.dropFirst())
    }

    public var description: String { "\(path): \(reason)" }
}

/// Earlier searches in a file, one a line, newest last, so `↑` in the prompt reaches searches
/// from earlier sessions. Kept apart from `update` so the browser's logic stays pure.
///
/// The file may be shared by several gaiko sessions and sits in a folder others might reach:
/// every save happens under an exclusive `flock` on a lock file beside it (read, merge, write),
/// goes through a fresh temporary file (`O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600, then the old
/// file's mode) renamed over the file, and writes through a symbolic link to its target. Reading
/// looks only at the end of the file and skips lines that are not UTF-8 or are too long.
public struct SearchHistoryStore: Sendable, Equatable {
    public let url: URL
    /// Entries kept, newest last.
    public static let limit = 1000
    /// The longest entry kept, in UTF-8 bytes; a longer line is skipped and a longer query is
    /// not saved (it still works for the session).
    public static let entryLimit = 1024
    /// Enough of the end of the file for `limit` entries of `entryLimit` bytes: a huge file
    /// costs no more to open than a full one.
    static let tailBytes = limit * (entryLimit + 1)

    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_STATE_HOME/gaiko/search-history`, else `~/.local/state/gaiko/search-history`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        // The XDG spec says a relative value is invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("gaiko/search-history")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/gaiko/search-history")
    }

    /// The saved searches, oldest first; none when the file does not exist yet.
    public func load() throws -> [String] {
        try Self.read(path: url.path)
    }

    /// Adds `query` as the newest entry (moving an equal older one) and rewrites the file whole,
    /// through a temporary file renamed over it, so a crash or a second gaiko never leaves half a
    /// file, and under a lock, so searches saved by other sessions meanwhile are kept. Returns
    /// the history as now saved.
    @discardableResult
    public func append(_ query: String) throws -> [String] {
        let entry = query.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty, entry.utf8.count <= Self.entryLimit else {
            return try load()
        }
        let target = try Self.resolvedPath(url.path)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        try Self.makeFolder(folder.isEmpty ? "." : folder)
        let lock = try Self.lock(Self.join(folder, "." + name + ".lock"))
        defer { close(lock) }  // closing releases the lock
        var entries = try Self.read(path: target).filter { $0 != entry }
        entries.append(entry)
        entries = Array(entries.suffix(Self.limit))
        try Self.replace(target, with: Array((entries.joined(separator: "\n") + "\n").utf8))
        return entries
    }

    // MARK: Reading

    static func read(path: String) throws -> [String] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return [] }
            throw SearchHistoryError(path: path, errno: errno)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SearchHistoryError(path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            let what = (info.st_mode & S_IFMT) == S_IFDIR ? "is a folder" : "is not a regular file"
            throw SearchHistoryError(path: path, reason: what + ", not a history file")
        }
        let size = Int(info.st_size)
        let start = max(0, size - tailBytes)
        var bytes = [UInt8](repeating: 0, count: size - start)
        var used = 0
        while used < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + used, $0.count - used, off_t(start + used)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw SearchHistoryError(path: path, errno: errno) }
            if n == 0 { break }
            used += n
        }
        return bytes.withUnsafeBytes { entries(in: UnsafeRawBufferPointer(rebasing: $0[..<used]), startsMidLine: start > 0) }
    }

    /// The entries in the bytes of a history file (or its end: `startsMidLine` drops the first,
    /// probably partial, line). Lines that are empty, longer than `entryLimit` or not valid
    /// UTF-8 are skipped, so one bad line costs only itself. At most the last `limit`, found
    /// from the end, so a tail full of short lines is not all decoded.
    static func entries(in bytes: UnsafeRawBufferPointer, startsMidLine: Bool) -> [String] {
        let bytes = bytes.bindMemory(to: UInt8.self)
        var newest: [String] = []
        var end = bytes.count  // the line is bytes[start..<end]; bytes[end] is its newline
        while newest.count < limit {
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            if start == 0, startsMidLine { break }
            if let entry = entry(UnsafeBufferPointer(rebasing: bytes[start..<end])) { newest.append(entry) }
            if start == 0 { break }
            end = start - 1
        }
        return newest.reversed()
    }

    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        var line = line[...]
        while line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        guard !line.isEmpty, line.count <= entryLimit,
              let text = String(validating: UnsafeBufferPointer(rebasing: line), as: UTF8.self),
              !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    // MARK: Writing

    /// Follows symbolic links at `path` itself (not its folders), so a history file kept
    /// elsewhere and linked here is updated where it lives and the link stays a link.
    static func resolvedPath(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { throw SearchHistoryError(path: current, errno: errno) }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : join((current as NSString).deletingLastPathComponent, link)
        }
        throw SearchHistoryError(path: path, reason: "symbolic link loop")
    }

    /// `name` in `folder`, where an empty folder is the current one.
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    /// Creates the folder and any missing parents, each readable by the user alone.
    static func makeFolder(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw SearchHistoryError(path: folder, errno: ENOTDIR) }
            return
        }
        guard errno == ENOENT else { throw SearchHistoryError(path: folder, errno: errno) }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0, errno != EEXIST { throw SearchHistoryError(path: folder, errno: errno) }
    }

    /// An exclusive `flock` on the lock file, held until the descriptor is closed. The lock
    /// file is never written, so it is opened read-only, and never through a link.
    static func lock(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SearchHistoryError(path: path, errno: errno) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            throw SearchHistoryError(path: path, errno: code)
        }
        return fd
    }

    /// Writes `bytes` to a new file beside `target` and renames it over `target`. The new file
    /// is created exclusively and never through a link (a link planted at its name makes the
    /// attempt fail, not write elsewhere), and takes the old file's permissions, 0600 for a
    /// first file.
    static func replace(_ target: String, with bytes: [UInt8]) throws {
        var old = stat()
        let mode = stat(target, &old) == 0 ? mode_t(old.st_mode & 0o7777) : 0o600
        let prefix = join((target as NSString).deletingLastPathComponent, "." + (target as NSString).lastPathComponent)
        var temp = ""
        var fd: Int32 = -1
        for _ in 0..<8 where fd < 0 {
            temp = prefix + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0, errno != EEXIST { throw SearchHistoryError(path: temp, errno: errno) }
        }
        guard fd >= 0 else { throw SearchHistoryError(path: temp, errno: EEXIST) }
        var failure: Int32 = 0
        if fchmod(fd, mode) != 0 { failure = errno }
        var done = 0
        while failure == 0, done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { failure = errno } else { done += n }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temp, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            throw SearchHistoryError(path: target, errno: failure)
        }
    }
}
