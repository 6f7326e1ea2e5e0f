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
        // Loading reports skipped files on stderr, before curses takes the screen. The index
        // comes later, on its own thread, while curses has the screen: its cache notes are
        // dropped rather than printed over it (the index is then simply built).
        let corpus = try CorpusOptions.load(paths: paths, cache: cache, deferSaving: true)
        // A large corpus's cache is written by the index thread (`index(for:)` saves first);
        // a small one is indexed here, so its cache is written here.
        if corpus.meetings.count < Browser.defaultBackgroundIndexThreshold { cache?.save() }
        let status = TerminalSession.run(
            Browser(corpus: corpus, makeIndex: { cache?.index(for: $0) ?? SearchIndex(meetings: $0) }), colorMode: colorMode,
            environment: ProcessInfo.processInfo.environment
        )
        // Quit before the index thread wrote the cache: finish it (the terminal is already
        // restored), or the next start would read every record again.
        cache?.save()
        if status != 0 { throw ExitCode(status) }
    }
}
