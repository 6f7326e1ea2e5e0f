import ArgumentParser
import Foundation
import GaikoCore
import GaikoTerminal

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
        subcommands: [
            Browse.self, List.self, Show.self, Search.self, Export.self, People.self, Countries.self, RelatedMeetings.self,
            Keys.self, Config.self, Cache.self,
        ],
        defaultSubcommand: Browse.self
    )

    /// Runs the command, with usage errors ending in status 2 (ArgumentParser's default is 64),
    /// so the documented exit codes hold however the command line is wrong.
    static func main() {
        Console.holdStandardDescriptors()
        // Before anything else, as it may start the program afresh; only for the browser, the
        // one command that holds the screen while a crash report would wait.
        if startsTheBrowser(CommandLine.arguments) { CrashReports.reexecWithPlainReportsIfNeeded() }
        do {
            // A bare `gaiko` skips ArgumentParser: building its model of five subcommands by
            // reflection took about 4 ms, a third of the time to the first screen.
            if CommandLine.arguments.count == 1 {
                try Browse.browse(paths: [], colorMode: .auto)
                return
            }
            if let message = UnknownWord.message(for: Array(CommandLine.arguments.dropFirst())) {
                Console.error(message)
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                // The message quotes what was typed (`--kind $'\e]0;…'`): cleaned line by line.
                Console.error(Sanitizer.cleanLines(fullMessage(for: error)))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

extension Gaiko {
    /// Whether these arguments run `browse`, the default subcommand: anything but another
    /// subcommand's name or a help or version flag first.
    static func startsTheBrowser(_ arguments: [String]) -> Bool {
        guard let first = arguments.dropFirst().first else { return true }
        let commands: [any ParsableCommand.Type] = [List.self, Show.self, Search.self, Export.self]
        let others = commands.compactMap { $0.configuration.commandName } + ["help", "-h", "--help", "--version"]
        return !others.contains(first)
    }
}

/// The exit statuses the help text documents.
enum ExitStatus {
    static let nothingFound = ExitCode(1)
    static let usage = ExitCode(2)
}
