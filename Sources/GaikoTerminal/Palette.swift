import CNcursesw
import GaikoUI

/// How each `StyleRole` looks at a given colour depth. Every role that carries meaning keeps an
/// attribute that needs no colour (reverse, bold, underline, dim), so a monochrome terminal,
/// `NO_COLOR` or a colour-blind reader loses nothing; colour is added on top.
public struct Palette: Sendable, Equatable {
    public enum Depth: Sendable, Equatable {
        case monochrome, eight, full256

        /// The depth for a terminal with `colors` colours, when colour is allowed at all.
        public static func forTerminal(colors: Int, colorEnabled: Bool) -> Depth {
            guard colorEnabled else { return .monochrome }
            if colors >= 256 { return .full256 }
            if colors >= 8 { return .eight }
            return .monochrome
        }
    }

    /// Attributes and a colour pair for `setcchar`. `pair` 0 means the terminal's own colours.
    public struct Style: Sendable, Equatable {
        public var attributes: attr_t
        public var pair: Int16
        public var foreground: Int16
        public var background: Int16
    }

    /// Roles a reader must be able to tell apart without colour.
    public static let meaningfulRoles: Set<StyleRole> = [
        .titleBar, .borderFocused, .paneTitleFocused, .selected, .selectedUnfocused, .heading,
        .dim, .match, .currentMatch, .statusMode, .prompt, .error, .placeholder,
    ]

    public let depth: Depth
    /// Which 256-colour table: for a dark or a light background. (`mono` never reaches here as
    /// a theme: it makes the depth `.monochrome`.)
    public let theme: TerminalSettings.Theme
    /// The user's colours for some roles, in place of the theme's (256 colours only).
    public let overrides: [StyleRole: TerminalSettings.RoleColors]

    public init(depth: Depth, theme: TerminalSettings.Theme = .dark, overrides: [StyleRole: TerminalSettings.RoleColors] = [:]) {
        self.depth = theme == .mono ? .monochrome : depth
        self.theme = theme
        self.overrides = overrides
    }

    public func style(_ role: StyleRole) -> Style {
        let attributes = Palette.cue(role)
        guard let colors = colors(role) else {
            return Style(attributes: attributes, pair: 0, foreground: -1, background: -1)
        }
        return Style(attributes: attributes, pair: Palette.pairNumber(role), foreground: colors.fg, background: colors.bg)
    }

    /// The colour pair a role uses (one per role, so pairs never need to be shared).
    static func pairNumber(_ role: StyleRole) -> Int16 { Int16(role.rawValue) + 1 }

    /// The non-colour part, the same at every depth.
    public static func cue(_ role: StyleRole) -> attr_t {
        let bold = gaiko_a_bold(), reverse = gaiko_a_reverse(), underline = gaiko_a_underline()
        switch role {
        case .titleBar, .selectedUnfocused, .placeholder: return reverse
        case .selected, .statusMode: return reverse | bold
        case .borderFocused, .paneTitleFocused, .heading, .prompt, .error: return bold
        case .match: return underline
        case .currentMatch: return reverse | underline
        case .dim, .axis: return gaiko_a_dim()
        case .normal, .border, .paneTitle, .label, .kindSummit, .kindForeignMinisters,
             .kindTelephone, .kindOther, .status, .reference:
            return gaiko_a_normal()
        }
    }

    /// Foreground and background (-1: the terminal's default). Roles drawn in reverse video give
    /// the colour they want behind the text as `fg`, since reverse swaps the two.
    private func colors(_ role: StyleRole) -> (fg: Int16, bg: Int16)? {
        switch depth {
        case .monochrome: return nil
        case .eight: return Palette.eightColors(role)
        case .full256:
            if let own = overrides[role] { return (own.foreground, own.background) }
            return theme == .light ? Palette.lightColors(role) : Palette.fullColors(role)
        }
    }

    private static func eightColors(_ role: StyleRole) -> (fg: Int16, bg: Int16)? {
        let black = Int16(COLOR_BLACK), red = Int16(COLOR_RED), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW), blue = Int16(COLOR_BLUE), cyan = Int16(COLOR_CYAN)
        let white = Int16(COLOR_WHITE)
        switch role {
        case .titleBar, .statusMode: return (blue, white)
        case .borderFocused, .paneTitleFocused, .label, .prompt: return (cyan, -1)
        case .selected: return (cyan, black)
        case .selectedUnfocused: return (white, black)
        case .heading: return (yellow, -1)
        case .kindSummit, .error: return (red, -1)
        case .kindForeignMinisters: return (blue, -1)
        case .kindTelephone: return (green, -1)
        case .match: return (yellow, -1)
        case .currentMatch: return (yellow, black)
        case .placeholder: return (red, black)
        case .normal, .border, .paneTitle, .dim, .kindOther, .status, .reference, .axis: return nil
        }
    }

    /// The dark theme. Every role that shows text reads at 4.5:1 or more on black (WCAG
    /// contrast of the xterm-256 colours; `PaletteContrastTests` computes it).
    static func fullColors(_ role: StyleRole) -> (fg: Int16, bg: Int16)? {
        switch role {
        case .normal: return nil
        case .titleBar, .statusMode: return (24, 255)
        case .border: return (240, -1)
        case .borderFocused: return (75, -1)
        case .paneTitle: return (250, -1)
        case .paneTitleFocused, .prompt: return (81, -1)
        case .selected: return (25, 231)
        case .selectedUnfocused: return (238, 252)
        case .heading: return (179, -1)
        case .label: return (110, -1)
        case .dim, .axis: return (244, -1)
        case .kindSummit, .error: return (203, -1)
        case .kindForeignMinisters: return (75, -1)
        case .kindTelephone: return (114, -1)
        case .kindOther: return (250, -1)
        case .match: return (16, 186)
        case .currentMatch: return (208, 16)
        case .placeholder: return (167, 16)
        case .status: return (250, -1)
        case .reference: return (246, -1)
        }
    }

    /// The light theme: every role that shows text reads at 4.5:1 or more on white.
    static func lightColors(_ role: StyleRole) -> (fg: Int16, bg: Int16)? {
        switch role {
        case .normal: return nil
        case .titleBar, .statusMode: return (24, 255)
        case .border: return (248, -1)
        case .borderFocused, .paneTitleFocused, .prompt, .kindForeignMinisters: return (25, -1)
        case .paneTitle, .kindOther, .reference: return (240, -1)
        case .selected: return (25, 231)
        case .selectedUnfocused: return (252, 235)
        case .heading: return (130, -1)
        case .label: return (24, -1)
        case .dim, .axis: return (242, -1)
        case .kindSummit, .error: return (124, -1)
        case .kindTelephone: return (22, -1)
        case .match: return (16, 186)
        case .currentMatch: return (208, 16)
        case .placeholder: return (167, 16)
        case .status: return (238, -1)
        }
    }

    /// Defines every role's colour pair. Without default-colour support (-1), the default
    /// foreground becomes white and the default background black.
    func installPairs(defaultColors: Bool) {
        guard depth != .monochrome else { return }
        for role in StyleRole.allCases {
            let style = self.style(role)
            guard style.pair != 0 else { continue }
            let fg = style.foreground < 0 && !defaultColors ? Int16(COLOR_WHITE) : style.foreground
            let bg = style.background < 0 && !defaultColors ? Int16(COLOR_BLACK) : style.background
            init_pair(style.pair, fg, bg)
        }
    }
}
