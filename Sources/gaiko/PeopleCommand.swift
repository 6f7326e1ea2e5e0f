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
        let order = sort.sorted(people)
        var out = Output()
        if json {
            let values = order.map { ConnectionsJSON.person(people[$0], meetings: loaded.meetings) }
            out.append(JSONWriter.string(.array(values), pretty: true) + "\n")
        } else {
            var table = TextTable()
            for p in order.map({ people[$0] }) {
                table.add([p.name, String(p.meetings.count), p.first?.description ?? "undated",
                           p.last?.description ?? "undated", p.country ?? "?", p.latestTitle ?? ""])
            }
            table.write(width: Console.terminalWidth(), to: &out)
        }
        out.flush()
        if people.isEmpty {
            Console.error("gaiko: no record names a principal")
            Console.finish(status: ExitStatus.nothingFound.rawValue)
        }
        Console.finish()
    }
}
