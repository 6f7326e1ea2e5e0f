import ArgumentParser
import GaikoCore

/// `gaiko list`: a meeting a line.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List meetings, one a line: id, date, kind, the two principals, venue.",
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

    @OptionGroup var selection: QueryOptions
    @OptionGroup var color: ColorOptions
    @OptionGroup var paging: PagerOptions

    func run() throws {
        let loaded = try corpus.load()
        let meetings = loaded.meetings
        let chosen = try selection.selection(of: meetings).map(Set.init)
        // Options are read once: ArgumentParser's property wrappers are slow to read 100,000 times.
        let kind = self.kind, year = self.year
        let shown = meetings.indices.filter {
            Self.matches(meetings[$0], kind: kind, year: year) && chosen?.contains($0) != false
        }
        // The corpus is kept newest first already: sorting 100,000 rows into the order they
        // are in was a tenth of a warm `gaiko list`.
        let rows = sort == .newestFirst ? shown : sort.sorted(shown, of: meetings)
        let width = Console.terminalWidth(), styler = color.styler
        let pager = Pager.start(paging)
        var out = Output()
        if json {
            out.append(MeetingJSON.string(rows.map { meetings[$0] }, format: .json))
        } else {
            MeetingTable(meetings, rows: rows).write(width: width, style: styler, to: &out)
        }
        out.flush()
        pager?.finish()
        if rows.isEmpty {
            Console.error("gaiko: no meetings match the filters")
            Console.finish(status: ExitStatus.nothingFound.rawValue)
        }
        Console.finish()
    }

    static func matches(_ m: borrowing Meeting, kind: MeetingKind?, year: Int?) -> Bool {
        if let kind, m.kind != kind { return false }
        if let year, m.date?.year != year { return false }
        return true
    }
}
