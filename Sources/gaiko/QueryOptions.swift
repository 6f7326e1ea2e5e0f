import ArgumentParser
import GaikoCore

/// `--query QUERY` for `list` and `export`: the search language (docs/search.md) choosing the
/// meetings to work on.
struct QueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only meetings matching this search (as `gaiko search` takes it).", valueName: "query"))
    var query: String?

    /// The corpus indices the query matches, ascending; nil when no query was given. A query
    /// that does not parse ends the program with status 2.
    func selection(of meetings: [Meeting]) throws -> [Int]? {
        guard let query else { return nil }
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery.parse(query)
        } catch {
            Console.error("gaiko: bad query: \(Sanitizer.clean(error.message))")
            throw ExitStatus.usage
        }
        return SearchIndex(meetings: meetings).matches(parsed)
    }
}
