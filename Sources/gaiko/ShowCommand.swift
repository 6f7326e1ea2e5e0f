import ArgumentParser
import GaikoCore

/// `gaiko show ID`: one meeting formatted for reading.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one meeting, formatted for reading.",
        discussion: """
            ID is a meeting id as `gaiko export` prints it (2017-11-10-summit), or the start of \
            one that only one meeting has (2017-11-10). Text is wrapped to the terminal's width, \
            80 columns when output is not a terminal. Exit status 2 for an unknown id, with the \
            closest ids listed.
            """
    )

    @Argument(help: "The meeting's id, or a prefix only it has.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the meeting as a JSON object (the `gaiko export` format).")
    var json = false

    @OptionGroup var color: ColorOptions
    @OptionGroup var paging: PagerOptions

    func run() throws {
        let loaded = try corpus.load()
        guard let meeting = loaded.meeting(matching: id) else {
            let closest = loaded.closestIDs(to: id, limit: 5)
            Console.error("gaiko: no meeting with id '\(Sanitizer.clean(id))'. Closest ids:")
            for candidate in closest { Console.error("  " + Sanitizer.clean(candidate)) }
            throw ExitStatus.usage
        }
        let page = MeetingPage(width: max(20, Console.terminalWidth() ?? 80), style: color.styler)
        let pager = Pager.start(paging)
        if json {
            Console.out(MeetingJSON.string(meeting) + "\n")
        } else {
            Console.out(page.lines(meeting).map { $0 + "\n" }.joined())
        }
        pager?.finish()
        Console.finish()
    }
}
