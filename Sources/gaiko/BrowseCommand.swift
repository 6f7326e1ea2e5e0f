import ArgumentParser
import Foundation

/// Interface placeholder: `gaiko browse`, the terminal UI.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Browse meetings in the terminal (default).")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var color: ColorOptions

    func run() throws {
        FileHandle.standardError.write(Data("gaiko: the terminal browser is not built yet; try `gaiko list`\n".utf8))
        throw ExitCode(1)
    }
}
