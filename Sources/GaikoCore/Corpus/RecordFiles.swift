import Foundation

/// A record file to load: where it is on disk, and how the meeting will name it (`source`).
struct RecordFile: Sendable, Hashable {
    /// The path as given on the command line, joined with the path below a folder as given.
    var source: String
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
            var isFolder: ObjCBool = false
            guard !path.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw MissingPathError(path: path)
            }
            if isFolder.boolValue {
                files += recordsBelow(folder: path)
            } else {
                files.append(RecordFile(source: path))
            }
        }
        return files
    }

    static func recordsBelow(folder: String) -> [RecordFile] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var relatives: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard name.lowercased().hasSuffix(".txt") else { continue }
            var isFolder: ObjCBool = false
            let full = join(folder, relative)
            // Follows a symbolic link to a file; a link to a folder is not entered (no cycles).
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                relatives.append(relative)
            }
        }
        return relatives
            .map { (key: sortKey($0), relative: $0) }
            .sorted { pathOrder($0.key, $1.key) }
            .map { RecordFile(source: join(folder, $0.relative)) }
    }

    /// A path's components as bytes: byte order is the same on every machine and locale.
    static func sortKey(_ relative: String) -> [[UInt8]] {
        relative.utf8.split(separator: UInt8(ascii: "/")).map(Array.init)
    }

    /// Component by component, so `a/b.txt` comes before `a-c.txt` whatever `/` sorts as.
    static func pathOrder(_ a: [[UInt8]], _ b: [[UInt8]]) -> Bool {
        for (x, y) in zip(a, b) where x != y {
            return x.lexicographicallyPrecedes(y)
        }
        return a.count < b.count
    }

    static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
