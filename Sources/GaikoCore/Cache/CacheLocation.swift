import Foundation

/// Where gaiko keeps its cache: `$XDG_CACHE_HOME/gaiko` when that is an absolute path (the XDG
/// rule: a relative value is ignored), else `~/.cache/gaiko`.
public enum CacheLocation {
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return (xdg.hasSuffix("/") ? xdg : xdg + "/") + "gaiko"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home.hasSuffix("/") ? home : home + "/") + ".cache/gaiko"
    }
}
