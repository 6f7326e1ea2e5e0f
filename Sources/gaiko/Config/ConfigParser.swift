import Foundation
import GaikoTerminal
import GaikoUI
import TOMLKit

/// Reads config.toml's text into a `Configuration`, refusing anything it does not understand:
/// a setting it does not know is more likely a typo than a wish to be ignored.
///
/// ```toml
/// theme = "light"            # dark (default), light or mono
/// mouse = false
/// records = ["~/records"]    # opened when no path is given
/// [keys]
/// quit = ["x", "Q"]          # action = key or [keys]; `gaiko keys` lists the actions
/// [colors]
/// heading = 130              # xterm-256 foreground, or { fg = 130, bg = 230 }
/// ```
enum ConfigParser {
    static let settings = ["theme", "mouse", "records", "keys", "colors"]

    /// - Parameters:
    ///   - file: the path, for messages and for relative `records`.
    ///   - home: what `~` in `records` stands for.
    static func parse(_ text: String, file: String, home: String?) throws(ConfigError) -> Configuration {
        let lines = SettingLines(text)
        func fail(_ line: Int, _ message: String) -> ConfigError { ConfigError(file: file, line: line, message: message) }

        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw fail(error.source.begin.line, "not valid TOML: \(error.description)")
        } catch {
            throw fail(0, "not valid TOML: \(error)")
        }

        var config = Configuration()
        config.file = file
        for key in table.keys {
            guard settings.contains(key) else {
                throw fail(lines.line(of: key), "unknown setting “\(key)” (known: \(settings.joined(separator: ", ")))")
            }
        }

        if let value = table["theme"] {
            guard let name = value.string, let theme = TerminalSettings.Theme(rawValue: name) else {
                throw fail(lines.line(of: "theme"), "theme must be one of \(TerminalSettings.Theme.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
            }
            config.terminal.theme = theme
        }
        if let value = table["mouse"] {
            guard let on = value.bool else { throw fail(lines.line(of: "mouse"), "mouse must be true or false") }
            config.terminal.mouse = on
        }
        if let value = table["records"] {
            let strings = value.array.map { $0.compactMap(\.string) }
            guard let paths = value.string.map({ [$0] }) ?? strings, strings == nil || strings!.count == value.array!.count else {
                throw fail(lines.line(of: "records"), "records must be a path or a list of paths")
            }
            let folder = (file as NSString).deletingLastPathComponent
            config.records = paths.map { expand($0, home: home, relativeTo: folder) }
        }
        if let value = table["keys"] {
            guard let keys = value.table else { throw fail(lines.line(of: "keys"), "keys must be a table: [keys]") }
            config.keyTable = try keyTable(keys, lines: lines, fail: fail)
        }
        if let value = table["colors"] {
            guard let colors = value.table else { throw fail(lines.line(of: "colors"), "colors must be a table: [colors]") }
            config.terminal.colors = try roleColors(colors, lines: lines, fail: fail)
        }
        return config
    }

    private static func keyTable(_ keys: TOMLTable, lines: SettingLines,
                                 fail: (Int, String) -> ConfigError) throws(ConfigError) -> KeyTable {
        var overrides: [(name: ActionName, keys: [Key])] = []
        for name in keys.keys {
            let line = lines.line(of: name, in: "keys")
            guard let action = ActionName(rawValue: name) else {
                throw fail(line, "unknown action “\(name)” in [keys] (gaiko keys lists the actions)")
            }
            let value = keys[name]!
            let labels = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
            guard let labels, value.array == nil || labels.count == value.array!.count else {
                throw fail(line, "\(name) must be a key or a list of keys, such as [\"x\", \"Ctrl-X\"]")
            }
            var bound: [Key] = []
            for label in labels {
                guard let key = Key(label: label) else {
                    throw fail(line, "“\(label)” is not a key name (write keys as help shows them: q, Ctrl-L, Esc, Enter, Space, Up, PgDn, F1)")
                }
                if !bound.contains(key) { bound.append(key) }
            }
            overrides.append((action, bound))
        }
        do {
            return try KeyTable.standard.rebinding(overrides)
        } catch {
            switch error {
            case .boundTwice(let key, let names, let context):
                let set = names.first { n in overrides.contains { $0.name == n } } ?? names[0]
                throw fail(lines.line(of: set.rawValue, in: "keys"),
                           "key \(key.label) is bound twice: to \(names[0].rawValue) and \(names[1].rawValue) (\(context.title.lowercased()))")
            case .notBindable(let name):
                throw fail(lines.line(of: name.rawValue, in: "keys"), "\(name.rawValue) cannot be bound to keys")
            }
        }
    }

    private static func roleColors(_ colors: TOMLTable, lines: SettingLines,
                                   fail: (Int, String) -> ConfigError) throws(ConfigError) -> [StyleRole: TerminalSettings.RoleColors] {
        let roles = Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0.configName, $0) })
        var out: [StyleRole: TerminalSettings.RoleColors] = [:]
        for name in colors.keys {
            let line = lines.line(of: name, in: "colors")
            guard let role = roles[name] else {
                throw fail(line, "unknown role “\(name)” in [colors] (known: \(StyleRole.allCases.map(\.configName).joined(separator: ", ")))")
            }
            let value = colors[name]!
            let problem = "\(name) must be a colour number 0–255 or { fg = N, bg = N } (-1: the terminal's own)"
            if let n = value.int {
                guard let fg = colorNumber(n) else { throw fail(line, problem) }
                out[role] = .init(foreground: fg)
            } else if let pair = value.table {
                guard pair.keys.allSatisfy({ $0 == "fg" || $0 == "bg" }),
                      let fg = colorNumber(pair["fg"]?.int ?? -1), let bg = colorNumber(pair["bg"]?.int ?? -1),
                      pair["fg"] == nil || pair["fg"]?.int != nil, pair["bg"] == nil || pair["bg"]?.int != nil else {
                    throw fail(line, problem)
                }
                out[role] = .init(foreground: fg, background: bg)
            } else {
                throw fail(line, problem)
            }
        }
        return out
    }

    private static func colorNumber(_ n: Int) -> Int16? {
        (-1...255).contains(n) ? Int16(n) : nil
    }

    /// `~/x` under home; a relative path from the config file's folder.
    static func expand(_ path: String, home: String?, relativeTo folder: String) -> String {
        if path == "~" { return home ?? path }
        if path.hasPrefix("~/"), let home { return home + path.dropFirst(1) }
        if path.hasPrefix("/") { return path }
        return folder.isEmpty ? path : folder + "/" + path
    }
}
