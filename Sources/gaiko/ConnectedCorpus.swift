import GaikoCore

/// The corpus and its connections, for the commands that read them.
struct ConnectedCorpus {
    var corpus: Corpus
    var connections: Connections

    init(_ options: CorpusOptions) throws {
        corpus = try options.load()
        connections = Connections.build(corpus.meetings)
    }

    var meetings: [Meeting] { corpus.meetings }
}
