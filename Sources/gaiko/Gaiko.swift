import ArgumentParser

@main
struct Gaiko: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaiko",
        abstract: "Browse records of diplomatic meetings in the terminal.",
        version: "0.1.0",
        subcommands: [Browse.self, List.self, Show.self, Search.self, Export.self],
        defaultSubcommand: Browse.self
    )
}
