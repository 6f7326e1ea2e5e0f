import ArgumentParser
import GaikoCore

/// `gaiko people`: everyone who led a side, with their meetings.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people who led a side: meetings, first and last date, country, latest title.",
        discussion: """
            One entry per person: the same person under different spellings (`ABE Shinzo`, \
            `Shinzo Abe`, `Prime Minister Abe`) is one entry, and two people who share a family \
            name stay two (docs/connections.md has the rule). Exit status 1 when no record names \
            anyone.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Order: name, count (most meetings first) or recent (latest first).", valueName: "order"))
    var sort: IndexOrder = .count

    @Flag(help: "Print the index as a JSON array (documented in docs/json.md).")
    var json = false

    func run() throws {
        let loaded = try ConnectedCorpus(corpus)
        let people = loaded.connections.people
        IndexListing.print(
            sort.sorted(people).map { people[$0] }, json: json, emptyMessage: "gaiko: no record names a principal",
            value: { ConnectionsJSON.person($0, meetings: loaded.meetings) },
            row: { [$0.name, String($0.meetings.count), $0.first?.description ?? "undated",
                    $0.last?.description ?? "undated", $0.country ?? "?", $0.latestTitle ?? ""] }
        )
    }
}
