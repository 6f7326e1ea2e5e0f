import GaikoCore

extension CorpusOptions {
    /// The record cache, unless `--no-cache` was given. Bundled records, and a record read
    /// from standard input (`-`), are never cached.
    var cache: CorpusCache? {
        Self.cache(for: paths, sizeLimit: maxRecordSize.bytes, noCache: noCache)
    }

    /// The cache for a load of `paths`: none with `--no-cache`, for the bundled records or for
    /// standard input. The size limit is part of its key: a load under another limit gives
    /// other meetings.
    static func cache(for paths: [String], sizeLimit: Int, noCache: Bool) -> CorpusCache? {
        noCache || paths.isEmpty || paths.contains("-") ? nil : CorpusCache(settings: "limit=\(sizeLimit)")
    }

    /// The connections of the corpus `cache` just loaded: from the cache when it holds them,
    /// else built (and kept). Problems with them are one line each on stderr.
    static func connections(for meetings: [Meeting], cache: CorpusCache?) -> Connections {
        guard let cache else { return Connections.build(meetings) }
        let before = cache.notes.count
        let connections = cache.connections(for: meetings)
        cache.notes.dropFirst(before).forEach(Console.error)
        return connections
    }

    /// The search index for the corpus `cache` just loaded: from the cache when it holds it,
    /// else built (and kept). Problems with it are one line each on stderr.
    static func index(for meetings: [Meeting], cache: CorpusCache?) -> SearchIndex {
        guard let cache else { return SearchIndex(meetings: meetings) }
        let before = cache.notes.count
        let index = cache.index(for: meetings)
        cache.notes.dropFirst(before).forEach(Console.error)
        return index
    }

    /// The meetings that match `query` in `paths`, with cache notes, skipped files and an
    /// empty collection reported as `load` and `index(for:cache:)` report them, in the same
    /// order. Through the cache, a search of an unchanged collection decodes only the meetings
    /// it matched (`CollectionSearch`).
    static func search(_ query: SearchQuery, paths: [String], sizeLimit: Int, cache: CorpusCache?) throws -> SearchMatches {
        guard let cache else {
            let corpus = try load(paths: paths, sizeLimit: sizeLimit, cache: nil)
            return SearchMatches(query, in: corpus, index: index(for: corpus.meetings, cache: nil))
        }
        var shown = 0
        let found: SearchMatches
        do {
            found = try CollectionSearch.run(query, paths: paths, sizeLimit: sizeLimit, cache: cache) { problems, count in
                cache.notes.forEach(Console.error)
                shown = cache.notes.count
                try checkLoaded(paths: paths, problems: problems, meetingCount: count)
            }
        } catch let error as MissingPathError {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        cache.notes.dropFirst(shown).forEach(Console.error)
        return found
    }
}
