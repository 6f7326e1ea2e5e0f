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

    /// What `run` does, callable without parsing (see `Gaiko.main`): both ways in read the
    /// same configuration and start the same browser.
    static func browse(paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, colorMode: ColorMode) throws {
        let environment = ProcessInfo.processInfo.environment
        // A bad config file, like a bad record path, is reported before curses takes the screen;
        // so are skipped files.
        let config = try Configuration.inForce(environment: environment)
        let corpus = try CorpusOptions.load(paths: paths.isEmpty ? config.records : paths, sizeLimit: sizeLimit)
        let status = TerminalSession.run(
            Browser(corpus: corpus, keyTable: config.keyTable, historyURL: config.historyFile), colorMode: colorMode,
            environment: environment, settings: config.terminal
        )
        if status != 0 { throw ExitCode(status) }
    }
}
