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
        // Loading reports skipped files on stderr, before curses takes the screen.
        let corpus = try self.corpus.load()
        let status = TerminalSession.run(
            Browser(corpus: corpus), colorMode: color.color,
            environment: ProcessInfo.processInfo.environment
        )
        if status != 0 { throw ExitCode(status) }
    }
}
