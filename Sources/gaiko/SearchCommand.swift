import ArgumentParser

/// Interface placeholder: `gaiko search`.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Not built yet.")
    func run() throws { throw ExitCode(1) }
}
