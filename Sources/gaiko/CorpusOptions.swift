import ArgumentParser
import Foundation
import GaikoCore

/// The record paths every subcommand takes, and loading them with problems reported on stderr.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Record files or folders (searched for *.txt). None: the bundled records.")
    var paths: [String] = []

    /// Loads the corpus; a missing path ends the program with status 2.
    func load() throws -> Corpus {
        do {
            return try CorpusLoader.load(paths: paths)
        } catch let error as MissingPathError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

/// `--color auto|always|never`.
struct ColorOptions: ParsableArguments {
    @Option(help: "Colour: auto (default; off when NO_COLOR is set), always or never.")
    var color: ColorMode = .auto
}

extension ColorMode: ExpressibleByArgument {}
