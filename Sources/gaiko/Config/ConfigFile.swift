import Foundation

/// Where the config file is and reading it: `$XDG_CONFIG_HOME/gaiko/config.toml` when that
/// variable holds an absolute path (the XDG rule), else `~/.config/gaiko/config.toml`. No file
/// means the defaults.
enum ConfigFile {
    static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/gaiko/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/gaiko/config.toml"
    }

    /// The configuration in force: the file's, or the defaults when there is no file.
    static func load(environment: [String: String]) throws(ConfigError) -> Configuration {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return .defaults
        }
        return try read(path, home: environment["HOME"])
    }

    static func read(_ path: String, home: String?) throws(ConfigError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: 0, message: "cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigError(file: path, line: 0, message: "is not UTF-8 text")
        }
        return try ConfigParser.parse(text, file: path, home: home)
    }
}
