import ArgumentParser

/// Interface placeholder: `gaiko export`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Not built yet.")
    func run() throws { throw ExitCode(1) }
}
