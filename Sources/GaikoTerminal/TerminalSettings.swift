import GaikoUI

/// How the terminal side looks and listens, as the configuration says: a plain value built by
/// the CLI from the config file and handed to `TerminalSession.run`.
public struct TerminalSettings: Sendable, Equatable {
    /// `dark` suits a dark background, `light` a light one; `mono` uses no colour at all, only
    /// the attributes every role keeps (reverse, bold, underline, dim).
    public enum Theme: String, Sendable, Equatable, CaseIterable {
        case dark, light, mono
    }

    /// An xterm-256 colour number for each side; -1 is the terminal's own colour.
    public struct RoleColors: Sendable, Equatable {
        public var foreground: Int16
        public var background: Int16

        public init(foreground: Int16, background: Int16 = -1) {
            self.foreground = foreground
            self.background = background
        }
    }

    public var theme: Theme
    /// Replaces the theme's colours for these roles (256-colour terminals only).
    public var colors: [StyleRole: RoleColors]
    /// Click and wheel reporting; off leaves the mouse to the terminal (its own selection).
    public var mouse: Bool

    public init(theme: Theme = .dark, colors: [StyleRole: RoleColors] = [:], mouse: Bool = true) {
        self.theme = theme
        self.colors = colors
        self.mouse = mouse
    }

    public static let standard = TerminalSettings()
}

extension StyleRole {
    /// The role's name in a config file's `[colors]` table: `currentMatch` is `current-match`.
    public var configName: String {
        String("\(self)".flatMap { $0.isUppercase ? "-" + $0.lowercased() : String($0) })
    }
}
