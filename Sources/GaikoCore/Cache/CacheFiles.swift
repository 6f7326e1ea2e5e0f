#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A cache file mapped read-only into memory. The mapping is shared with every other process
/// that maps the same file, so the page cache holds one copy for all of them.
///
/// A writer never changes a file in place: it writes a new file and renames it over the old
/// one, so a mapping stays whole for as long as it is held, whatever other processes do.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let length: Int
    /// Kept open for `read`; -1 for an empty file.
    private var descriptor: Int32 = -1
    /// Device and inode of the file mapped, to tell it from a file that replaced it since.
    private(set) var identity: FileIdentity?

    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(truncatingIfNeeded: info.st_dev)
            inode = UInt64(truncatingIfNeeded: info.st_ino)
        }
    }

    /// What is at `path` now, if anything.
    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(info)
    }

    /// Nil when the file does not exist; throws `MappedFile.Failure` when it exists but cannot
    /// be read.
    static func open(_ path: String) throws -> MappedFile? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw Failure.unreadable
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw Failure.unreadable
        }
        let size = Int(info.st_size)
        let mapped: MappedFile
        if size == 0 {
            mapped = MappedFile(bytes: UnsafeRawBufferPointer(start: nil, count: 0), length: 0)
        } else {
            guard let base = mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0), base != MAP_FAILED else {
                close(fd)
                throw Failure.unreadable
            }
            mapped = MappedFile(bytes: UnsafeRawBufferPointer(start: base, count: size), length: size)
        }
        mapped.identity = FileIdentity(info)
        if size > 0 { mapped.descriptor = fd } else { close(fd) }
        return mapped
    }

    enum Failure: Error { case unreadable }

    /// Gives back this process's copy of the pages wholly inside `range` once they have been
    /// decoded. The file stays in the page cache, and a later read of the range maps it again,
    /// so this only keeps the mapping from adding its size to the process's peak memory.
    func release(_ range: Range<Int>) {
        let page = Self.pageSize
        let lower = (range.lowerBound + page - 1) / page * page
        let upper = min(range.upperBound, length) / page * page
        guard upper > lower, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + lower), upper - lower, MADV_DONTNEED)
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Reads `range` of the file with `pread` into a buffer of its own and hands it to `body`;
    /// nil when it cannot be read whole. The file is the one mapped, even if another process
    /// has replaced it since.
    func read<T>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard range.lowerBound >= 0, range.upperBound <= length, descriptor >= 0 else { return nil }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, range.count), alignment: 8)
        defer { buffer.deallocate() }
        var done = 0
        while done < range.count {
            let n = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return body(UnsafeRawBufferPointer(rebasing: buffer[..<range.count]))
    }

    private init(bytes: UnsafeRawBufferPointer, length: Int) {
        self.bytes = bytes
        self.length = length
    }

    deinit {
        if length > 0, let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), length) }
        if descriptor >= 0 { close(descriptor) }
    }
}

/// Writing cache files so that no reader, and no later run, ever sees half of one.
enum CacheFileWriter {
    /// Runs `body` holding an exclusive `flock` on `folder/lock`, or returns nil at once when
    /// another process holds it: that process is writing the same thing, so waiting for it
    /// would only delay this one. Throws when the folder cannot be made or the lock not opened.
    static func withWriteLock<T>(in folder: String, _ body: () throws -> T) throws -> T? {
        try makeFolder(folder)
        let fd = open(folder + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(errno: errno) }
        defer { close(fd) }  // closing the descriptor releases the lock
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return nil }
            throw WriteFailure(errno: errno)
        }
        return try body()
    }

    /// Writes what `body` emits to a fresh temporary file beside `path`, then renames it to
    /// `path`. A writer killed before the rename leaves only a temporary file, which the next
    /// writer removes; a reader sees the old file or the new one, each whole. There is no
    /// `fsync`: after a power failure a renamed file may hold zeros or old blocks, and the
    /// checksums in every cache file catch that, at the cost of one rebuild.
    static func replace(_ path: String, body: ((UnsafeRawBufferPointer) -> Void) -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        removeAbandonedTemporaries(in: folder)
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(errno: errno) }
        var failure: Int32 = 0
        body { raw in
            var done = 0
            while failure == 0, done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw WriteFailure(errno: failure)
        }
    }

    static func replace(_ path: String, with chunks: [[UInt8]]) throws {
        try replace(path) { emit in
            for chunk in chunks { chunk.withUnsafeBytes { emit($0) } }
        }
    }

    /// Throws when `folder` cannot be made or its lock file not opened for writing.
    static func checkWritable(_ folder: String) throws {
        try makeFolder(folder)
        let fd = open(folder + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(errno: errno) }
        close(fd)
    }

    static func makeFolder(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteFailure(errno: EACCES)
        }
    }

    /// Temporary files whose writer is no longer running (killed mid-write).
    private static func removeAbandonedTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let marker = name.range(of: ".tmp-") else { continue }
            let pidText = name[marker.upperBound...].prefix { $0 != "-" }
            guard let pid = Int32(pidText), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}

/// Why a cache file could not be written, for the one line that says so.
struct WriteFailure: Error, CustomStringConvertible {
    var errno: Int32
    var description: String { String(cString: strerror(errno)) }
}
