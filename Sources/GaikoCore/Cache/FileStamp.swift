#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a record file, compared whole to decide whether a cached parse still
/// holds.
///
/// Size, modification time and inode catch ordinary edits, replacements and renames. The change
/// time (`ctime`) catches what those miss: an edit that keeps the size and then restores the old
/// modification time (`touch -r`, `cp -p`, `rsync -a`). No user can set `ctime`; the kernel moves
/// it on every write and every `utimensat`. Both times carry nanoseconds.
struct FileStamp: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var changedSeconds: Int64
    var changedNanoseconds: Int64

    static let byteCount = 7 * 8

    /// The stamp of the file at `path`, following links (a link's target is what gets read);
    /// nil for anything but a regular file: a device or a pipe (`/dev/stdin`, `<(…)`) says
    /// nothing about what it will give next time.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Glibc)
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        changedSeconds = Int64(info.st_ctim.tv_sec)
        changedNanoseconds = Int64(info.st_ctim.tv_nsec)
        #else
        modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
        changedSeconds = Int64(info.st_ctimespec.tv_sec)
        changedNanoseconds = Int64(info.st_ctimespec.tv_nsec)
        #endif
    }

    init(device: UInt64, inode: UInt64, size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64,
         changedSeconds: Int64, changedNanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
    }

    /// Whether the file changed so close to `moment` (seconds, nanoseconds) that a later change
    /// could leave the same stamp: file times advance in clock ticks of a few milliseconds, so
    /// an edit within the tick in which the cache was written may not move them. Such entries
    /// are checked against a hash of their text (git calls these "racily clean").
    func isRacy(comparedWith moment: (seconds: Int64, nanoseconds: Int64)) -> Bool {
        let window: Int64 = 2  // seconds: generous for coarse clocks and network file systems
        let latest = max((modifiedSeconds, modifiedNanoseconds), (changedSeconds, changedNanoseconds), by: <)
        return latest.0 + window >= moment.seconds
    }

    var fields: [Int64] {
        [Int64(bitPattern: device), Int64(bitPattern: inode), size, modifiedSeconds, modifiedNanoseconds,
         changedSeconds, changedNanoseconds]
    }

    init(fields f: [Int64]) {
        self.init(device: UInt64(bitPattern: f[0]), inode: UInt64(bitPattern: f[1]), size: f[2],
                  modifiedSeconds: f[3], modifiedNanoseconds: f[4], changedSeconds: f[5], changedNanoseconds: f[6])
    }
}

/// `max` over tuples, which are not `Comparable`.
private func max(_ a: (Int64, Int64), _ b: (Int64, Int64), by less: ((Int64, Int64), (Int64, Int64)) -> Bool) -> (Int64, Int64) {
    less(a, b) ? b : a
}
