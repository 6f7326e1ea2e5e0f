import Foundation

/// A path named on the command line that does not exist.
public struct MissingPathError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public init(path: String) { self.path = path }
    public var description: String { "gaiko: \(path): no such file or folder" }
}

/// Interface placeholder, replaced by the corpus issue work: reads record files and folders into
/// a `Corpus`. Callers depend only on these two functions.
public enum CorpusLoader {
    /// The records gaiko ships with.
    public static func bundled() -> Corpus {
        let meetings = BundledRecords.files.map { file in
            RecordParser.parse(String(decoding: file.data, as: UTF8.self), source: file.source)
        }
        return Corpus(meetings: meetings, title: "Japan–Peru meetings")
    }

    /// Files and folders (folders searched recursively for `*.txt`); no paths means `bundled()`.
    /// Throws `MissingPathError` for a path that does not exist.
    public static func load(paths: [String]) throws -> Corpus {
        if paths.isEmpty { return bundled() }
        var meetings: [Meeting] = []
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else { throw MissingPathError(path: path) }
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                meetings.append(RecordParser.parse(text, source: path))
            }
        }
        return Corpus(meetings: meetings, title: paths.joined(separator: ", "))
    }
}
