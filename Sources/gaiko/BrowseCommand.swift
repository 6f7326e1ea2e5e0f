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
        if let cache, let outlined = Self.outlineBrowser(effective, sizeLimit: sizeLimit, cache: cache, config: config,
                                                        makeIndex: makeIndex, makeConnections: makeConnections) {
            browser = outlined
        } else {
            let corpus = try CorpusOptions.load(paths: effective, sizeLimit: sizeLimit, cache: cache, deferSaving: true)
            // A large corpus's cache is written by the index thread (`index(for:)` saves first);
            // a small one is indexed here, so its cache is written here.
            if corpus.meetings.count < Browser.defaultBackgroundIndexThreshold { cache?.save() }
            browser = Browser(corpus: corpus, keyTable: config.keyTable, makeIndex: makeIndex, makeConnections: makeConnections,
                              historyURL: config.historyFile)
        }
        let status = TerminalSession.run(consume browser, colorMode: colorMode, environment: environment, settings: config.terminal)
        // Quit before the index thread wrote the cache: finish it (the terminal is already
        // restored), or the next start would read every record again.
        cache?.save()
        if status != 0 { throw ExitCode(status) }
    }

    /// A browser whose first frame comes from an outline of what the cache holds (the first
    /// screen's meetings whole, the rest only their ids, days and kinds); the whole corpus is
    /// decoded right after it, before any key, and the files are checked behind that, a corpus
    /// that changed replacing it (`CorpusCheck`). Nil when the cache holds no usable corpus.
    /// The outline is made here so that only the browser holds it, and lets it go before the
    /// whole corpus is decoded.
    private static func outlineBrowser(_ paths: [String], sizeLimit: Int, cache: CorpusCache, config: Configuration,
                                       makeIndex: @escaping @Sendable ([Meeting]) -> SearchIndex,
                                       makeConnections: @escaping @Sendable ([Meeting]) -> Connections) -> Browser? {
        guard let collection = cache.storedCollection(paths: paths, sizeLimit: sizeLimit), collection.count > 0,
              let outline = collection.outline(shown: Self.rowsToDecode()) else { return nil }
        CorpusOptions.reportSkipped(outline)
        let title = outline.title
        return Browser(corpus: outline, keyTable: config.keyTable, historyURL: config.historyFile, whole: {
            guard let stored = collection.corpus() else {
                // A head that passed its check and still would not decode: read the records.
                let corpus = (try? CorpusLoader.load(paths: paths, sizeLimit: sizeLimit, cache: cache, deferSaving: true))
                    ?? Corpus(meetings: [], title: title)
                return CorpusOpening(corpus: corpus, makeIndex: makeIndex, makeConnections: makeConnections)
            }
            let check = CorpusCheck(run: {
                if cache.isCurrent(stored) { return nil }
                return try? CorpusLoader.load(paths: paths, sizeLimit: sizeLimit, cache: cache, deferSaving: true)
            }, makeIndex: makeIndex, makeConnections: makeConnections)
            return CorpusOpening(corpus: stored.corpus,
                                 makeIndex: { cache.index(for: $0, of: stored.generation) },
                                 makeConnections: { cache.connections(for: $0, of: stored.generation) },
                                 check: check)
        })
    }

    /// How many of the outline's first meetings to decode whole: every row the terminal can show,
    /// and more than enough when its size cannot be read.
    private static func rowsToDecode() -> Int {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0 else { return 1_000 }
        return max(1_000, Int(size.ws_row) + 1)
    }
}
