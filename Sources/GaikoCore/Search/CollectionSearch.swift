/// What a search of a collection found: the matching meetings alone, in corpus order, and
/// their ranking. A search straight from the cache decodes no other meeting.
public struct SearchMatches: Sendable {
    /// The matching meetings, in the corpus's order.
    public var meetings: [Meeting]
    /// Best first, as `SearchIndex.ranked` ranks them (ties in corpus order): each an index
    /// into `meetings`, and its score.
    public var ranked: [(index: Int, score: Double)]
    /// The files the load skipped, in file order.
    public var problems: [LoadProblem]
    /// How many meetings the whole corpus holds.
    public var corpusCount: Int

    /// Every meeting of `corpus` that `index` (built over it) finds for `query`.
    public init(_ query: SearchQuery, in corpus: Corpus, index: SearchIndex) {
        self.init(meetings: corpus.meetings, ranked: index.ranked(query), problems: corpus.problems,
                  corpusCount: corpus.meetings.count)
    }

    init(meetings: [Meeting], ranked: [(index: Int, score: Double)], problems: [LoadProblem], corpusCount: Int) {
        self.meetings = meetings
        self.ranked = ranked
        self.problems = problems
        self.corpusCount = corpusCount
    }
}

/// A search of record files and folders through the cache: from the stored index and the
/// matching meetings' heads when nothing changed (`CacheSession.storedMatches`), else by a load
/// and the index as `CorpusLoader.load` and `CorpusCache.index(for:)` give them. Either way the
/// answer is the one a load without the cache gives.
public enum CollectionSearch {
    /// Searches `paths` (not empty, not standard input) for `query`. `loaded` is called once
    /// the files are known (with the skipped files and the corpus's size) and before the index
    /// is built or read by the slow way, so that what it prints comes in the order a load and
    /// then an index print it; what it throws ends the search. Throws `MissingPathError`.
    public static func run(
        _ query: SearchQuery, paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, cache: CorpusCache,
        loaded: (_ problems: [LoadProblem], _ corpusCount: Int) throws -> Void
    ) throws -> SearchMatches {
        let files = try RecordFiles.find(in: paths)
        let session = CorpusLoader.session(of: cache, paths: paths, files: files, sizeLimit: sizeLimit)
        if let session, let matches = session.storedMatches(for: query, read: CorpusLoader.reader(of: files, sizeLimit: sizeLimit)) {
            try loaded(matches.problems, matches.corpusCount)
            return matches
        }
        let corpus = CorpusLoader.load(paths: paths, files: files, session: session, sizeLimit: sizeLimit)
        try loaded(corpus.problems, corpus.meetings.count)
        return SearchMatches(query, in: corpus, index: cache.index(for: corpus.meetings))
    }
}
