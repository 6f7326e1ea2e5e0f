import ArgumentParser
import Foundation
import GaikoCore

/// The record paths every subcommand takes, and loading them with problems reported on stderr.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Record files or folders (searched for *.txt). None: the bundled records.")
    var paths: [String] = []

    @Flag(name: .customLong("no-cache"), help: "Read and parse every record, neither using nor updating the cache.")
    var noCache = false

    /// Loads the corpus. Each skipped file is one warning line on stderr; a missing path ends
    /// the program with status 2, a corpus with no meetings with status 1.
    func load() throws -> Corpus {
        try CorpusOptions.load(paths: paths, cache: cache)
    }

    static func load(paths: [String], cache: CorpusCache? = nil, deferSaving: Bool = false) throws -> Corpus {
        let corpus: Corpus
        do {
            corpus = try CorpusLoader.load(paths: paths, cache: cache, deferSaving: deferSaving)
            cache?.notes.forEach(Console.error)
        } catch let error as MissingPathError {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        for problem in corpus.problems {
            Console.warning(path: problem.path, reason: problem.reason)
        }
        if corpus.meetings.isEmpty {
            let named = paths.map { Sanitizer.clean($0) }.joined(separator: ", ")
            Console.error("gaiko: no meetings to show: no readable records in \(named)")
            throw ExitStatus.nothingFound
        }
        return corpus
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
