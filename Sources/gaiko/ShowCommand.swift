import ArgumentParser

/// Interface placeholder: `gaiko show`.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Not built yet.")
    func run() throws { throw ExitCode(1) }
}
