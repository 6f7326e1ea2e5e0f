/// `--color auto|always|never`. For `auto`, `NO_COLOR` (any non-empty value) turns colour off,
/// and otherwise `CLICOLOR_FORCE` (any value but empty or `0`) turns it on even in a pipe.
public enum ColorMode: String, Sendable, CaseIterable {
    case auto, always, never

    /// Whether to use colour for an output that is (or is not) a terminal.
    public func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
            return isTerminal
        }
    }
}
