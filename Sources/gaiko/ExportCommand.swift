import ArgumentParser
import GaikoCore

/// `gaiko export`: every meeting as JSON (schema in docs/json.md).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every meeting (or those --query matches) as JSON (schema: docs/json.md).",
        discussion: """
            json: one array, pretty-printed. ndjson: one object a line. Keys are always present, \
            null where a record does not say.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Output format: json or ndjson.", valueName: "format"))
    var format: ExportFormat = .json

    @OptionGroup var selection: QueryOptions

    func run() throws {
        let loaded = try corpus.load()
        let meetings = try selection.selection(of: loaded.meetings).map { $0.map { loaded.meetings[$0] } } ?? loaded.meetings
        Console.out(MeetingJSON.string(meetings, format: format))
        Console.finish()
    }
}
