import ArgumentParser
import GaikoCore

/// `gaiko list`: a meeting a line.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List meetings, one a line: date, kind, the two principals, venue.",
        discussion: """
            Lines are cut to the terminal's width when output is a terminal. Exit status 1 when \
            no meeting matches the filters.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Only meetings of this kind.", valueName: "kind"))
    var kind: MeetingKind?

    @Option(help: "Only meetings held in this year.")
    var year: Int?

    @Option(help: ArgumentHelp("Order: newest or oldest first.", valueName: "order"))
    var sort: MeetingOrder = .newestFirst

    @Flag(help: "Print the meetings as a JSON array (the `gaiko export` format).")
    var json = false

    @OptionGroup var color: ColorOptions

    func run() throws {
        let loaded = try corpus.load()
        let meetings = sort.sorted(loaded.meetings.filter(matches))
        if json {
            Console.out(MeetingJSON.string(meetings, format: .json))
        } else {
            let lines = MeetingTable.lines(meetings, width: Console.terminalWidth(), style: color.styler)
            Console.out(lines.map { $0 + "\n" }.joined())
        }
        if meetings.isEmpty {
            Console.error("gaiko: no meetings match the filters")
            throw ExitStatus.nothingFound
        }
    }

    func matches(_ m: Meeting) -> Bool {
        if let kind, m.kind != kind { return false }
        if let year, m.date?.year != year { return false }
        return true
    }
}
