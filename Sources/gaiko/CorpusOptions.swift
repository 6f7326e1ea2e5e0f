import ArgumentParser
import Foundation
import GaikoCore

/// The record paths every subcommand takes, and loading them with problems reported on stderr.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Record files or folders (searched for *.txt); - reads one record from standard input. None: the bundled records.")
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Skip files larger than this, unread (bytes, or with K, M or G: 512K, 16M).", valueName: "size"))
    var maxRecordSize = ByteCount(RecordDecoding.defaultSizeLimit)
    @Flag(name: .customLong("no-cache"), help: "Read and parse every record, neither using nor updating the cache.")
    var noCache = false

    /// Loads the corpus. Each skipped file is one warning line on stderr; a missing path ends
    /// the program with status 2, a corpus with no meetings with status 1.
    func load() throws -> Corpus {
        try CorpusOptions.load(paths: paths, sizeLimit: maxRecordSize.bytes, cache: cache)
    }

    static func load(
        paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, cache: CorpusCache? = nil, deferSaving: Bool = false
    ) throws -> Corpus {
        let corpus: Corpus
        do {
            if paths.contains("-") {
                // A record from standard input is never cached.
                corpus = try CorpusLoader.load(paths: paths, sizeLimit: sizeLimit) { limit in
                    RecordDecoding.read(descriptor: STDIN_FILENO, limit: limit)
                }
            } else {
                corpus = try CorpusLoader.load(paths: paths, sizeLimit: sizeLimit, cache: cache, deferSaving: deferSaving)
                cache?.notes.forEach(Console.error)
            }
        } catch let error as MissingPathError {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        try checkLoaded(paths: paths, problems: corpus.problems, meetingCount: corpus.meetings.count)
        return corpus
    }

    /// Each skipped file as a warning; a collection with no meetings ends the program.
    static func checkLoaded(paths: [String], problems: [LoadProblem], meetingCount: Int) throws {
        reportSkipped(problems)
        if meetingCount == 0 {
            let named = paths.map { Sanitizer.clean($0) }.joined(separator: ", ")
            Console.error("gaiko: no meetings to show: no readable records in \(named)")
            throw ExitStatus.nothingFound
        }
    }
}

extension CorpusOptions {
    /// Each file the corpus skipped, one warning line on stderr.
    static func reportSkipped(_ corpus: Corpus) {
        reportSkipped(corpus.problems)
    }

    static func reportSkipped(_ problems: [LoadProblem]) {
        for problem in problems {
            Console.warning(path: problem.path, reason: problem.reason)
        }
    }
}

/// `--color auto|always|never`.
struct ColorOptions: ParsableArguments {
    @Option(help: "Colour: auto (on for a terminal unless NO_COLOR is set), always or never.")
    var color: ColorMode = .auto

    /// Whether to colour standard output.
    var enabledForStandardOutput: Bool {
        color.enabled(isTerminal: Console.stdoutIsTerminal, environment: ProcessInfo.processInfo.environment)
    }

    var styler: Styler { Styler(enabled: enabledForStandardOutput) }
}

extension ColorMode: ExpressibleByArgument {}

/// A size in bytes as typed: `1000`, `512K`, `16M`, `1G` (also `16MB`, `16MiB`; binary multiples).
struct ByteCount: ExpressibleByArgument, Sendable, CustomStringConvertible {
    var bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var text = Substring(argument.uppercased())
        for unit in ["IB", "B"] where text.hasSuffix(unit) && text.count > unit.count {
            text = text.dropLast(unit.count)
            break
        }
        var shift = 0
        if let last = text.last, let power = ["K": 10, "M": 20, "G": 30][String(last)] {
            shift = power
            text = text.dropLast()
        }
        guard let number = Int(text), number > 0, number <= Int.max >> shift else { return nil }
        bytes = number << shift
    }

    var description: String { RecordDecoding.describe(bytes: bytes) }

    /// What `--help` shows as the default.
    var defaultValueDescription: String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20)M" : String(bytes)
    }
}
