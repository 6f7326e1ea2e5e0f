import ArgumentParser
import GaikoCore

/// `gaiko export`: every meeting as JSON (schema in docs/json.md).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every meeting as JSON (schema: docs/json.md).",
        discussion: """
            json: one array, pretty-printed. ndjson: one object a line. Keys are always present, \
            null where a record does not say.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Output format: json or ndjson.", valueName: "format"))
    var format: ExportFormat = .json

    func run() throws {
        let loaded = try corpus.load()
        Console.out(MeetingJSON.string(loaded.meetings, format: format))
        Console.finish()
    }
}
