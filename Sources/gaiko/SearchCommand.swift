import ArgumentParser
import Foundation
import GaikoCore

/// `gaiko search QUERY [PATH…]`: the matching meetings, each with a line around its first match.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "List the meetings that match a query.",
        discussion: """
            Words match the start of words, ignoring case and accents; "quoted phrases" match \
            words in order; -word excludes; a OR b matches either (OR binds tighter than the \
            implicit AND). Fields: kind:summit|fm|tel|other, year:2017, year:2014..2018, \
            with:NAME, country:NAME, venue:NAME, title:WORDS. Put -- before a query that starts \
            with a dash.

            Each match is a line as `gaiko list` prints it (id, date, kind, principals, venue), \
            then a snippet of the text around the first match, indented. Lines are cut to the \
            terminal's width when output is a terminal.

            Exit status: 0 matches, 1 no match, 2 bad query or path.
            """
    )

    enum Order: String, ExpressibleByArgument, CaseIterable {
        case newest, relevance
    }

    @Argument(help: "The query, e.g. 'tpp OR nikkei kind:summit'.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of {id, date, kind, title, snippet, score}.")
    var json = false

    @Option(help: "newest (default) or relevance.")
    var sort: Order = .newest

    @OptionGroup var color: ColorOptions
    @OptionGroup var paging: PagerOptions

    func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery.parse(query)
        } catch {
            Console.error("gaiko: bad query: \(Sanitizer.clean(error.message))")
            throw ExitCode(2)
        }
        let found = try CorpusOptions.search(parsed, paths: corpus.paths, sizeLimit: corpus.maxRecordSize.bytes, cache: corpus.cache)
        let meetings = found.meetings
        let hits = Self.order(found.ranked, meetings: meetings, by: sort)

        let width = Console.terminalWidth(), styler = color.styler
        let pager = Pager.start(paging)
        var out = Output()
        if json {
            out.append(Self.json(hits, query: parsed, meetings: meetings))
        } else {
            Self.write(hits.map(\.index), of: meetings, query: parsed, width: width, style: styler, to: &out)
        }
        out.flush()
        pager?.finish()
        if hits.isEmpty {
            Console.error("gaiko: no meetings match \(Sanitizer.clean(query))")
            Console.finish(status: ExitStatus.nothingFound.rawValue)
        }
        Console.finish()
    }

    /// Each meeting as a `gaiko list` row, aligned with the others, then a snippet of its text
    /// around the first match, indented on a line of its own. On a terminal both are cut to its
    /// `width`; in a pipe rows are never cut, and snippets are as wide as on an 80-column
    /// terminal, since a snippet is an excerpt whatever its width.
    static func write(_ rows: [Int], of meetings: [Meeting], query: SearchQuery,
                      width: Int?, style: Styler, to out: inout Output) {
        let table = MeetingTable(meetings, rows: rows)
        let indent = 4
        let snippetWidth = (width ?? 80) - indent
        let snippets = snippetWidth > 0 ? query.snippets(of: meetings, at: rows, width: snippetWidth) : []
        for row in rows.indices {
            table.write(row: row, width: width, style: style, to: &out)
            guard snippetWidth > 0 else { continue }
            let snippet = snippets[row]
            guard !snippet.text.isEmpty else { continue }
            out.appendSpaces(indent)
            out.append(render(snippet, color: style.enabled))
            out.append("\n")
        }
    }

    /// Newest first (undated last), or by score with newest first among equals.
    static func order(_ hits: [(index: Int, score: Double)], meetings: [Meeting], by order: Order) -> [(index: Int, score: Double)] {
        func newer(_ a: (index: Int, score: Double), _ b: (index: Int, score: Double)) -> Bool? {
            let da = meetings[a.index].date, db = meetings[b.index].date
            if da == db { return nil }
            guard let da else { return false }
            guard let db else { return true }
            return da > db
        }
        return hits.sorted { a, b in
            if order == .relevance, a.score != b.score { return a.score > b.score }
            return newer(a, b) ?? (a.index < b.index)
        }
    }

    /// The snippet with its matches in bold reverse video when colour is on.
    static func render(_ snippet: Snippet, color: Bool) -> String {
        guard color, !snippet.highlights.isEmpty else { return snippet.text }
        let chars = Array(snippet.text)
        var out = ""
        var at = 0
        for range in snippet.highlights {
            out += String(chars[at..<range.lowerBound])
            out += "\u{1B}[1;7m" + String(chars[range]) + "\u{1B}[0m"
            at = range.upperBound
        }
        return out + String(chars[at...])
    }

    /// The `--json` array, through the same writer as `gaiko export`: keys in the order
    /// `docs/search.md` lists, `date` null when unknown, `score` rounded to three decimals.
    static func json(_ hits: [(index: Int, score: Double)], query: SearchQuery, meetings: [Meeting]) -> String {
        let rows = hits.map { hit -> JSONValue in
            let m = meetings[hit.index]
            return .object([
                ("id", .string(m.id)),
                ("date", .optional(m.date?.description)),
                ("kind", .string(m.kind.rawValue)),
                ("title", .string(Sanitizer.clean(m.title))),
                ("snippet", .string(query.snippet(of: m, width: 160).text)),
                ("score", .number((hit.score * 1000).rounded() / 1000)),
            ])
        }
        return JSONWriter.string(.array(rows), pretty: true) + "\n"
    }
}
