import ArgumentParser
import GaikoCore

/// `gaiko countries`: the counterpart countries, with their meetings.
struct Countries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "List the counterpart countries: meetings, first and last date.",
        discussion: "Exit status 1 when no record names a counterpart country."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Order: name, count (most meetings first) or recent (latest first).", valueName: "order"))
    var sort: IndexOrder = .count

    @Flag(help: "Print the index as a JSON array (documented in docs/json.md).")
    var json = false

    func run() throws {
        let loaded = try ConnectedCorpus(corpus)
        let countries = loaded.connections.countries
        IndexListing.print(
            sort.sorted(countries).map { countries[$0] }, json: json,
            emptyMessage: "gaiko: no record names a counterpart country",
            value: { ConnectionsJSON.country($0, meetings: loaded.meetings) },
            row: { [$0.name, String($0.meetings.count), $0.first?.description ?? "undated", $0.last?.description ?? "undated"] }
        )
    }
}
