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
        let makeIndex: @Sendable ([Meeting]) -> SearchIndex = { cache?.index(for: $0) ?? SearchIndex(meetings: $0) }
        let makeConnections: @Sendable ([Meeting]) -> Connections = { cache?.connections(for: $0) ?? Connections.build($0) }
        let browser: Browser
        if let cache, let stored = Self.storedCorpus(effective, sizeLimit: sizeLimit, cache: cache) {
            // The first screen comes from the cache alone; the files are checked behind it, and
            // a corpus that changed replaces this one (`CorpusCheck`).
            let check = CorpusCheck(run: {
                if cache.isCurrent(stored) { return nil }
                return try? CorpusLoader.load(paths: effective, sizeLimit: sizeLimit, cache: cache, deferSaving: true)
            }, makeIndex: makeIndex, makeConnections: makeConnections)
            browser = Browser(corpus: stored.corpus, keyTable: config.keyTable,
                              makeIndex: { cache.index(for: $0, of: stored.generation) },
                              makeConnections: { cache.connections(for: $0, of: stored.generation) },
                              historyURL: config.historyFile, check: check)
        } else {
            let corpus = try CorpusOptions.load(paths: effective, sizeLimit: sizeLimit, cache: cache, deferSaving: true)
            // A large corpus's cache is written by the index thread (`index(for:)` saves first);
            // a small one is indexed here, so its cache is written here.
            if corpus.meetings.count < Browser.defaultBackgroundIndexThreshold { cache?.save() }
            browser = Browser(corpus: corpus, keyTable: config.keyTable, makeIndex: makeIndex, makeConnections: makeConnections,
                              historyURL: config.historyFile)
        }
        let status = TerminalSession.run(browser, colorMode: colorMode, environment: environment, settings: config.terminal)
        // Quit before the index thread wrote the cache: finish it (the terminal is already
        // restored), or the next start would read every record again.
        cache?.save()
        if status != 0 { throw ExitCode(status) }
    }

    /// The corpus the cache holds for `paths`, with its skipped files reported as a load
    /// reports them; nil when the cache cannot give it whole, or gives no meeting (the load
    /// then says why).
    private static func storedCorpus(_ paths: [String], sizeLimit: Int, cache: CorpusCache) -> StoredCorpus? {
        guard let stored = cache.storedCorpus(paths: paths, sizeLimit: sizeLimit), !stored.corpus.meetings.isEmpty else { return nil }
        CorpusOptions.reportSkipped(stored.corpus)
        return stored
    }
}
