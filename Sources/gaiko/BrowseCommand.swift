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
        try Browse.browse(paths: corpus.paths, sizeLimit: corpus.maxRecordSize.bytes, colorMode: color.color, noCache: corpus.noCache)
    }

    /// What `run` does, callable without parsing (see `Gaiko.main`): both ways in read the
    /// same configuration and start the same browser.
    static func browse(paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, colorMode: ColorMode, noCache: Bool = false) throws {
        let environment = ProcessInfo.processInfo.environment
        // A bad config file, like a bad record path, is reported before curses takes the screen;
        // so are skipped files. The index comes later, on its own thread, while curses has the
        // screen: its cache notes are dropped rather than printed over it (the index is then
        // simply built).
        let config = try Configuration.inForce(environment: environment)
        let effective = paths.isEmpty ? config.records : paths
        let cache = CorpusOptions.cache(for: effective, sizeLimit: sizeLimit, noCache: noCache)
        let corpus = try CorpusOptions.load(paths: effective, sizeLimit: sizeLimit, cache: cache, deferSaving: true)
        // A large corpus's cache is written by the index thread (`index(for:)` saves first);
        // a small one is indexed here, so its cache is written here.
        if corpus.meetings.count < Browser.defaultBackgroundIndexThreshold { cache?.save() }
        let status = TerminalSession.run(
            Browser(corpus: corpus, keyTable: config.keyTable, makeIndex: { cache?.index(for: $0) ?? SearchIndex(meetings: $0) },
                    makeConnections: { cache?.connections(for: $0) ?? Connections.build($0) },
                    historyURL: config.historyFile),
            colorMode: colorMode, environment: environment, settings: config.terminal
        )
        // Quit before the index thread wrote the cache: finish it (the terminal is already
        // restored), or the next start would read every record again.
        cache?.save()
        if status != 0 { throw ExitCode(status) }
    }
}
