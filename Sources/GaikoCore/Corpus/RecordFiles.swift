import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A record file to load: where it is on disk, and how the meeting will name it (`source`).
struct RecordFile: Sendable, Hashable {
    /// The path as given on the command line, joined with the path below a folder as given.
    var source: String
    /// Set when the walk already knows the file cannot be read (a folder whose path is too long
    /// to open): the loader reports it instead of reading.
    var problem: LoadProblem.Reason? = nil
}

/// Turns the paths named on the command line into the record files they hold.
enum RecordFiles {
    /// Each path is a record file (taken whatever its extension: the user named it) or a folder,
    /// searched recursively for `*.txt`. Hidden files and folders (`.git`) are skipped. Files below
    /// a folder come in sorted order of their relative paths, so the order never depends on how
    /// the file system lists a directory. Throws `MissingPathError` for a path that does not exist.
    static func find(in paths: [String]) throws -> [RecordFile] {
        var files: [RecordFile] = []
        for path in paths {
            var info = stat()
            guard !path.isEmpty else { throw MissingPathError(path: path) }
            guard stat(path, &info) == 0 else { throw MissingPathError(path: path, errno: errno) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                files += recordsBelow(folder: path)
            } else {
                files.append(RecordFile(source: path))
            }
        }
        return files
    }

    /// Walks with `opendir`/`readdir` rather than `FileManager`'s enumerator: at 100,000 files the
    /// enumerator's path objects and a `stat` per entry cost more than parsing a tenth of them,
    /// while `d_type` usually says what an entry is for free.
    static func recordsBelow(folder: String) -> [RecordFile] {
        var found: [RecordFile] = []
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard let entries = entries(of: base) else {
            if errno == ENAMETOOLONG { found.append(RecordFile(source: String(base.dropLast()), problem: .pathTooLong)) }
            return found
        }
        // The top folder's subfolders are walked on all cores (a collection kept as a folder per
        // year or per thousand records), their files joined in the same order as one walk gives.
        // A flat folder is not worth the threads.
        guard entries.lazy.filter({ $0.kind == .folder }).count >= 2 else {
            add(entries, below: base, into: &found)
            return found
        }
        let parts = OrderedParallelMap.map(entries, chunkSize: max(1, entries.count / 64)) { entry -> [RecordFile] in
            var below: [RecordFile] = []
            add([entry], below: base, into: &below)
            return below
        }
        found.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { found += part }
        return found
    }

    /// Each folder's entries are visited in byte order of their names, so the whole walk comes out
    /// ordered component by component (`a/b.txt` before `a-c.txt`) on every machine and locale.
    private static func walk(_ prefix: String, into found: inout [RecordFile]) {
        guard let entries = entries(of: prefix) else {
            // Silence would hide every record below: say which folder was left out.
            if errno == ENAMETOOLONG { found.append(RecordFile(source: String(prefix.dropLast()), problem: .pathTooLong)) }
            return
        }
        add(entries, below: prefix, into: &found)
    }

    /// The record files among `entries` of the folder `prefix`, and those below its subfolders.
    private static func add(_ entries: [(name: String, kind: Kind)], below prefix: String, into found: inout [RecordFile]) {
        for entry in entries {
            let path = prefix + entry.name
            switch entry.kind {
            case .folder:
                walk(path + "/", into: &found)
            case .file:
                if isRecordName(entry.name) { found.append(RecordFile(source: path)) }
            }
        }
    }

    private enum Kind: Sendable { case file, folder }

    /// The visible entries of a folder, sorted by name bytes; nil (with `errno` set) when the
    /// folder cannot be opened.
    private static func entries(of prefix: String) -> [(name: String, kind: Kind)]? {
        guard let dir = opendir(prefix) else { return nil }
        defer { closedir(dir) }
        var result: [(bytes: [UInt8], name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            // The name is read where it lies, up to its NUL: the kernel's record is only as long
            // as the name (`d_reclen`), so copying `d_name` whole (256 bytes) can read past the
            // end of the buffer, which faults when it ends a mapping.
            let field = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let bytes = Array(UnsafeRawBufferPointer(start: field, count: strlen(field.assumingMemoryBound(to: CChar.self))))
            // Hidden entries, `.` and `..` all start with a dot.
            guard let first = bytes.first, first != UInt8(ascii: ".") else { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            guard let kind = kind(of: entry.pointee.d_type, prefix: prefix, name: name) else { continue }
            result.append((bytes, name, kind))
        }
        // `memcmp`: the generic comparison cost as much as reading the folder.
        result.sort { a, b in
            a.bytes.withUnsafeBufferPointer { x in
                b.bytes.withUnsafeBufferPointer { y in
                    let c = memcmp(x.baseAddress!, y.baseAddress!, min(x.count, y.count))
                    return c != 0 ? c < 0 : x.count < y.count
                }
            }
        }
        return result.map { ($0.name, $0.kind) }
    }

    /// The entry's kind, its path put together only for a link or an unknown type (joining
    /// strings for every entry cost a tenth of the walk).
    private static func kind(of type: UInt8, prefix: String, name: String) -> Kind? {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        default: return kind(of: type, path: prefix + name)
        }
    }

    /// A symbolic link to a file counts as that file; a link to a folder is not entered, so the
    /// walk cannot loop. Sockets, devices and dangling links are not records.
    private static func kind(of type: UInt8, path: String) -> Kind? {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return (info.st_mode & S_IFMT) == S_IFREG ? .file : nil
        case Int32(DT_UNKNOWN):
            // Some file systems do not fill `d_type`; ask without following links.
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            case S_IFLNK: return kind(of: UInt8(DT_LNK), path: path)
            default: return nil
            }
        default: return nil
        }
    }

    private static func isRecordName(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count > 4 else { return false }
        // ASCII lower case by the 0x20 bit; `.` is unchanged by it. No arrays: one name a file.
        var i = utf8.index(utf8.endIndex, offsetBy: -4)
        for expected in ".txt".utf8 {
            guard utf8[i] | 0x20 == expected else { return false }
            i = utf8.index(after: i)
        }
        return true
    }
}
