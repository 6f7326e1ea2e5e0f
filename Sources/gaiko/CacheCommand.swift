import ArgumentParser
import Foundation
import GaikoCore

/// `gaiko cache [--clear]`: where the cache is and how big, or remove it.
struct Cache: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show where the record cache is and how big it is, or clear it.",
        discussion: """
            gaiko keeps the parsed records and the search index of each collection it opens \
            under $XDG_CACHE_HOME/gaiko (~/.cache/gaiko), and reads a record again only when \
            its file changed. The cache is never needed: remove it at any time, or run any \
            command with --no-cache.
            """
    )

    @Flag(help: "Remove the cache.")
    var clear = false

    func run() throws {
        let cache = CorpusCache()
        if clear {
            do {
                try cache.clear()
            } catch {
                Console.error("gaiko: cannot remove \(Sanitizer.clean(cache.folder)): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            Console.out("removed \(Sanitizer.clean(cache.folder))\n")
            return
        }
        let collections = cache.collections()
        let total = collections.reduce(0) { $0 + $1.bytes }
        var text = "\(Sanitizer.clean(cache.folder)): \(Self.size(total)) in \(collections.count) "
            + (collections.count == 1 ? "collection" : "collections") + "\n"
        for c in collections {
            let name = (c.folder as NSString).lastPathComponent
            let paths = c.paths.isEmpty ? "?" : c.paths.map { Sanitizer.clean($0) }.joined(separator: ", ")
            text += "  \(name)  \(Self.size(c.bytes).leftPadded(9))  \(paths)\n"
        }
        Console.out(text)
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KB", Double(bytes) / 1024) }
        return String(format: "%.1f MB", Double(bytes) / (1024 * 1024))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
