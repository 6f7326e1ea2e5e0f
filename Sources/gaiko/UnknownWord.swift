import Foundation
import GaikoCore

/// `gaiko serach tpp`: a first word that is neither a subcommand nor an existing path is most
/// likely a mistyped subcommand, not a record to look for.
enum UnknownWord {
    /// The subcommands' names, read from the command definitions so a new one is never taken
    /// for a path.
    static let subcommands = Gaiko.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]

    /// The message for `arguments` (without the program name), or nil when the first word is an
    /// option, a subcommand, `-`, an existing path, or written as a path (with a `/` or a dot).
    static func message(for arguments: [String], fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !subcommands.contains(word),
              !fileExists(word), !word.contains("/"), !word.contains(".") else { return nil }
        let shown = Sanitizer.clean(word)
        if let near = Suggestion.nearest(to: word, in: subcommands.filter { $0 != "help" }) {
            return "gaiko: “\(shown)” is neither a command nor a file or folder; did you mean `\(near)`?"
        }
        return "gaiko: “\(shown)” is neither a command nor a file or folder (commands: \(subcommands.dropLast().joined(separator: ", ")))"
    }
}
