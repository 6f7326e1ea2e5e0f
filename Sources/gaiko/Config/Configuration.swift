import Foundation
import GaikoCore
import GaikoTerminal
import GaikoUI

/// Everything the config file can set, as one plain value: the CLI builds it once (defaults
/// written here and nowhere else) and hands its parts to `Browser` and `TerminalSession`.
struct Configuration: Sendable {
    var keyTable: KeyTable = .standard
    var terminal: TerminalSettings = .standard
    /// Record folders or files opened when the command line names none.
    var records: [String] = []
    /// The file these settings came from; nil when there was none.
    var file: String?
    /// Where kept searches are remembered (`$XDG_STATE_HOME/gaiko/search-history`); nil: nowhere.
    var historyFile: URL?

    static let defaults = Configuration()
}

/// A config file that cannot be used: where, and what is wrong, in one line.
struct ConfigError: Error, CustomStringConvertible, Equatable {
    var file: String
    /// 1-based; 0 when the problem is not on one line (the file cannot be read).
    var line: Int
    var message: String

    var description: String {
        // The file's own words come back in messages: no control character of theirs goes out.
        Sanitizer.clean("gaiko: " + file + (line > 0 ? ":\(line)" : "") + ": " + message)
    }
}
