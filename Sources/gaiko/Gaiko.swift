import ArgumentParser
import Foundation

@main
struct Gaiko: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaiko",
        abstract: "Browse records of diplomatic meetings in the terminal.",
        discussion: """
            With no paths, gaiko opens the Japan–Peru records it ships with. A path is a record \
            file or a folder, searched recursively for *.txt.

            Exit status: 0 success; 1 no meetings loaded or nothing matched; 2 usage error, a \
            path that does not exist, or an unknown meeting id.
            """,
        version: "0.1.0",
        subcommands: [Browse.self, List.self, Show.self, Search.self, Export.self, Cache.self],
        defaultSubcommand: Browse.self
    )

    /// Runs the command, with usage errors ending in status 2 (ArgumentParser's default is 64),
    /// so the documented exit codes hold however the command line is wrong.
    static func main() {
        do {
            // A bare `gaiko` skips ArgumentParser: building its model of five subcommands by
            // reflection took about 4 ms, a third of the time to the first screen.
            if CommandLine.arguments.count == 1 {
                try Browse.browse(paths: [], colorMode: .auto)
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The exit statuses the help text documents.
enum ExitStatus {
    static let nothingFound = ExitCode(1)
    static let usage = ExitCode(2)
}
