import GaikoCore

extension CorpusOptions {
    /// The record cache, unless `--no-cache` was given. Bundled records, and a record read
    /// from standard input (`-`), are never cached.
    var cache: CorpusCache? {
        noCache || paths.isEmpty || paths.contains("-") ? nil : CorpusCache()
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
}
