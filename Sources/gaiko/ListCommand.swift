import ArgumentParser

/// Interface placeholder: `gaiko list`.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Not built yet.")
    func run() throws { throw ExitCode(1) }
}
