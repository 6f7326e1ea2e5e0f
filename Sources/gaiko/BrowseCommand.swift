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
        try Browse.browse(paths: corpus.paths, sizeLimit: corpus.maxRecordSize.bytes, colorMode: color.color)
    }

    /// What `run` does, callable without parsing (see `Gaiko.main`).
    static func browse(paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, colorMode: ColorMode) throws {
        // Loading reports skipped files on stderr, before curses takes the screen.
        let corpus = try CorpusOptions.load(paths: paths, sizeLimit: sizeLimit)
        let status = TerminalSession.run(
            Browser(corpus: corpus), colorMode: colorMode,
            environment: ProcessInfo.processInfo.environment
        )
        if status != 0 { throw ExitCode(status) }
    }
}
