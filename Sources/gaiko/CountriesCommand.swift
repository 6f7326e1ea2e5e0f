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
        let order = sort.sorted(countries)
        var out = Output()
        if json {
            let values = order.map { ConnectionsJSON.country(countries[$0], meetings: loaded.meetings) }
            out.append(JSONWriter.string(.array(values), pretty: true) + "\n")
        } else {
            var table = TextTable()
            for c in order.map({ countries[$0] }) {
                table.add([c.name, String(c.meetings.count), c.first?.description ?? "undated", c.last?.description ?? "undated"])
            }
            table.write(width: Console.terminalWidth(), to: &out)
        }
        out.flush()
        if countries.isEmpty {
            Console.error("gaiko: no record names a counterpart country")
            Console.finish(status: ExitStatus.nothingFound.rawValue)
        }
        Console.finish()
    }
}
