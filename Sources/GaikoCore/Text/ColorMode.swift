/// `--color auto|always|never`. `NO_COLOR` (any non-empty value) turns `auto` off.
public enum ColorMode: String, Sendable, CaseIterable {
    case auto, always, never

    /// Whether to use colour for an output that is (or is not) a terminal.
    public func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isTerminal
        }
    }
}
