import ArgumentParser
import Foundation
import GaikoTerminal
import GaikoUI

extension Configuration {
    /// The config file's settings, or the defaults; a bad file ends the program with status 2
    /// and one line naming the file, the line and what is wrong.
    static func inForce(environment: [String: String]) throws -> Configuration {
        do {
            var config = try ConfigFile.load(environment: environment)
            config.historyFile = SearchHistoryStore.defaultURL(environment: environment)
            return config
        } catch {
            Console.error(error.description)
            throw ExitStatus.usage
        }
    }
}

/// `gaiko config --check` and `gaiko config --path`.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the config file, or say where it is.",
        discussion: """
            The config file is $XDG_CONFIG_HOME/gaiko/config.toml (else \
            ~/.config/gaiko/config.toml). It sets the theme (dark, light, mono), per-role colours, \
            the mouse, the records opened when no path is given, and keys ([keys], with the \
            action names `gaiko keys` lists). docs/config.md describes every setting.
            """
    )

    @Flag(help: "Read the config file and report the first problem (status 2), or that it is fine.")
    var check = false

    @Flag(help: "Print where gaiko looks for the config file.")
    var path = false

    @Option(help: "Check this file instead of the usual one.")
    var file: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let location = file ?? ConfigFile.path(environment: environment)
        if path || !check {
            Console.out((location ?? "(no HOME and no XDG_CONFIG_HOME: no config file)") + "\n")
            return
        }
        guard let location, FileManager.default.fileExists(atPath: location) else {
            Console.out("gaiko: no config file at \(location ?? "(none)"): the defaults are in force\n")
            return
        }
        do {
            _ = try ConfigFile.read(location, home: environment["HOME"])
            Console.out("\(location): ok\n")
        } catch {
            Console.error(error.description)
            throw ExitStatus.usage
        }
    }
}

/// `gaiko keys`: every action's name and the keys bound to it, as the config in force has them.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the browser's actions and the keys bound to them.",
        discussion: "Action names are what a config file's [keys] table binds: quit = [\"x\", \"Q\"]."
    )

    func run() throws {
        let config = try Configuration.inForce(environment: ProcessInfo.processInfo.environment)
        Console.out(Keys.listing(config.keyTable))
    }

    /// Two lines per action: its name and keys (with where they apply when that differs), then
    /// what it does.
    static func listing(_ table: KeyTable) -> String {
        let names = ActionName.allCases
        let nameWidth = names.map(\.rawValue.count).max() ?? 0
        var out = ""
        for name in names {
            var groups: [(label: String, contexts: [String])] = []
            for (context, bindings) in table.sections {
                for binding in bindings where binding.name == name && !binding.keys.isEmpty {
                    if let i = groups.firstIndex(where: { $0.label == binding.keysLabel }) {
                        groups[i].contexts.append(context.title.lowercased())
                    } else {
                        groups.append((binding.keysLabel, [context.title.lowercased()]))
                    }
                }
            }
            let keys = groups.count == 1 ? groups[0].label
                : groups.map { "\($0.label) (\($0.contexts.joined(separator: ", ")))" }.joined(separator: "; ")
            let padded = name.rawValue.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0)
            out += padded + (keys.isEmpty ? "(unbound)" : keys) + "\n"
            out += String(repeating: " ", count: nameWidth + 2) + name.summary + "\n"
        }
        return out
    }
}
