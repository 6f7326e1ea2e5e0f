import GaikoCore

/// Why the browser cannot start on this terminal, in one line for the person at it. Every case
/// suggests `gaiko list`, which needs no terminal.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    case inputNotTerminal
    case outputNotTerminal
    case terminalTypeUnset
    case dumbTerminal
    case unknownTerminal(String)

    /// The exit status for every case: the program was used in a way it cannot work.
    public static let exitStatus: Int32 = 2

    public var description: String {
        switch self {
        case .inputNotTerminal:
            return "gaiko: standard input is not a terminal; the browser needs one (try `gaiko list`)"
        case .outputNotTerminal:
            return "gaiko: standard output is not a terminal; the browser needs one (try `gaiko list`)"
        case .terminalTypeUnset:
            return "gaiko: TERM is not set, so the browser cannot drive this terminal (set TERM, or try `gaiko list`)"
        case .dumbTerminal:
            return "gaiko: TERM=dumb cannot show the browser (set TERM to your terminal's type, or try `gaiko list`)"
        case .unknownTerminal(let name):
            return "gaiko: unknown terminal type TERM=\(Sanitizer.clean(name)) (set TERM to a known type, or try `gaiko list`)"
        }
    }

    /// The checks made before curses is touched, in the order a person would fix them.
    public static func check(environment: [String: String], inputIsTerminal: Bool, outputIsTerminal: Bool) throws(TerminalError) {
        guard inputIsTerminal else { throw .inputNotTerminal }
        guard outputIsTerminal else { throw .outputNotTerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .terminalTypeUnset }
        if term == "dumb" { throw .dumbTerminal }
    }
}
