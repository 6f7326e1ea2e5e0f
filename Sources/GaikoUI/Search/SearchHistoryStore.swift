import Foundation

/// Earlier searches in a file, one a line, newest last, so `↑` in the prompt reaches searches
/// from earlier sessions. Kept apart from `update` so the browser's logic stays pure.
public struct SearchHistoryStore: Sendable {
    public let url: URL
    public static let limit = 500

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
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        return Array(text.split(whereSeparator: \.isNewline).map(String.init).suffix(Self.limit))
    }

    /// Adds `query` as the newest entry (moving an equal older one) and rewrites the file whole,
    /// through a temporary file renamed over it, so a crash or a second gaiko never leaves half a
    /// file. Returns the history as now saved.
    @discardableResult
    public func append(_ query: String) throws -> [String] {
        let entry = query.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return try load() }
        var entries = try load().filter { $0 != entry }
        entries.append(entry)
        entries = Array(entries.suffix(Self.limit))
        try write(entries)
        return entries
    }

    private func write(_ entries: [String]) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let data = Data((entries.joined(separator: "\n") + "\n").utf8)
        do {
            try data.write(to: temp)
            guard rename(temp.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}
