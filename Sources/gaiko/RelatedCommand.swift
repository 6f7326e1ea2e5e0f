import ArgumentParser
import GaikoCore

/// `gaiko related ID`: a meeting's related meetings, each with its reason.
struct RelatedMeetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "List a meeting's related meetings, each with its reason.",
        discussion: """
            Reasons: `same principals` (the previous and next meeting between the same two \
            people), `same country` (the nearest in time with the same counterpart country, up \
            to --limit), `same occasion` (the same event within a few days: one APEC week), \
            `mentioned` (an earlier meeting the record names, when only one fits). ID is as for \
            `gaiko show`. Exit status 1 when nothing is related, 2 for an unknown id.
            """
    )

    @Argument(help: "The meeting's id, or a prefix only it has.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "At most this many meetings with the same country.")
    var limit = 10

    @Flag(help: "Print the meetings as a JSON object (documented in docs/json.md).")
    var json = false

    func run() throws {
        let loaded = try ConnectedCorpus(corpus)
        let meetings = loaded.meetings
        guard let meeting = loaded.corpus.meeting(matching: id), let index = meetings.firstIndex(where: { $0.id == meeting.id }) else {
            let closest = loaded.corpus.closestIDs(to: id, limit: 5)
            Console.error("gaiko: no meeting with id '\(Sanitizer.clean(id))'. Closest ids:")
            for candidate in closest { Console.error("  " + Sanitizer.clean(candidate)) }
            throw ExitStatus.usage
        }
        let related = Related.find(index, in: meetings, connections: loaded.connections, limit: max(0, limit))
        var out = Output()
        if json {
            out.append(JSONWriter.string(ConnectionsJSON.related(to: index, related, meetings: meetings), pretty: true) + "\n")
        } else {
            var table = TextTable()
            for r in related {
                let m = meetings[r.meeting]
                let who = MeetingTable.familyName(m.japan) + " – " + MeetingTable.familyName(m.counterpart)
                table.add([r.reason.rawValue, m.id, m.date?.description ?? "undated", m.kind.label, who,
                           r.evidence.map { "“\($0)”" } ?? ""])
            }
            table.write(width: Console.terminalWidth(), to: &out)
        }
        out.flush()
        if related.isEmpty {
            Console.error("gaiko: nothing is related to \(Sanitizer.clean(meeting.id))")
            Console.finish(status: ExitStatus.nothingFound.rawValue)
        }
        Console.finish()
    }
}
