import ArgumentParser
import Foundation
import GaikoCore
import GaikoTerminal
import GaikoUI

/// `gaiko browse [PATH…] [--color …]`: the terminal browser, and the default subcommand, so
/// `gaiko` and `gaiko PATH…` run it.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Browse meetings in the terminal (default).")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var color: ColorOptions

    func run() throws {
        try Browse.browse(paths: corpus.paths, colorMode: color.color, cache: corpus.cache)
    }

    /// What `run` does, callable without parsing (see `Gaiko.main`).
    static func browse(paths: [String], colorMode: ColorMode, cache: CorpusCache? = nil) throws {
        // Loading reports skipped files on stderr, before curses takes the screen.
        let corpus = try CorpusOptions.load(paths: paths, cache: cache)
        let status = TerminalSession.run(
            Browser(corpus: corpus, makeIndex: { CorpusOptions.index(for: $0, cache: cache) }), colorMode: colorMode,
            environment: ProcessInfo.processInfo.environment
        )
        if status != 0 { throw ExitCode(status) }
    }
}
