import GaikoCore

/// The corpus and its connections, for the commands that read them.
struct ConnectedCorpus {
    var corpus: Corpus
    var connections: Connections

    init(_ options: CorpusOptions) throws {
        // One cache object for both: the connections are kept for the corpus it just loaded.
        let cache = options.cache
        corpus = try CorpusOptions.load(paths: options.paths, sizeLimit: options.maxRecordSize.bytes, cache: cache)
        connections = CorpusOptions.connections(for: corpus.meetings, cache: cache)
    }

    var meetings: [Meeting] { corpus.meetings }
}

/// How `people` and `countries` print an index: a JSON array, or a table a row per entry; an
/// empty index is status 1 with `emptyMessage` on stderr.
enum IndexListing {
    static func print<Entry>(_ entries: [Entry], json: Bool, emptyMessage: String,
                             value: (Entry) -> JSONValue, row: (Entry) -> [String]) -> Never {
        var out = Output()
        if json {
            out.append(JSONWriter.string(.array(entries.map(value)), pretty: true) + "\n")
        } else {
            var table = TextTable()
            for entry in entries { table.add(row(entry)) }
            table.write(width: Console.terminalWidth(), to: &out)
        }
        out.flush()
        if entries.isEmpty {
            Console.error(emptyMessage)
            Console.finish(status: ExitStatus.nothingFound.rawValue)
        }
        Console.finish()
    }
}
