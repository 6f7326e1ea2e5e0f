import Foundation
import Testing
import GaikoUI
@testable import GaikoTerminal

/// The themes' contrast, computed rather than eyeballed: WCAG 2 relative luminance of the
/// xterm-256 colours each role uses, and the ratio (L1 + 0.05) / (L2 + 0.05).
@Suite struct PaletteContrastTests {
    /// The sRGB value of an xterm-256 colour from 16 up (0–15 are whatever the terminal's theme
    /// makes them, so the palettes never use them).
    static func rgb(_ n: Int16) -> (Double, Double, Double) {
        precondition(n >= 16 && n <= 255)
        if n >= 232 {
            let v = Double(8 + 10 * (Int(n) - 232))
            return (v, v, v)
        }
        let levels: [Double] = [0, 95, 135, 175, 215, 255]
        let i = Int(n) - 16
        return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    }

    static func luminance(_ n: Int16) -> Double {
        func linear(_ v: Double) -> Double {
            let c = v / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let (r, g, b) = rgb(n)
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    static func contrast(_ a: Int16, _ b: Int16) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Roles that show text: all but the terminal's own colours and the box-drawing lines.
    static let textRoles = StyleRole.allCases.filter { $0 != .normal && $0 != .border }

    /// A role's text against what is behind it; -1 (the terminal's default) is `background`.
    static func ratio(_ palette: Palette, _ role: StyleRole, background: Int16) -> Double? {
        let style = palette.style(role)
        guard style.pair != 0 else { return nil }
        let fg = style.foreground < 0 ? background : style.foreground
        let bg = style.background < 0 ? background : style.background
        return contrast(fg, bg)
    }

    @Test(arguments: [(TerminalSettings.Theme.dark, Int16(16)), (.light, Int16(231))])
    func everyTextRoleReachesFourAndAHalfToOne(theme: TerminalSettings.Theme, background: Int16) throws {
        let palette = Palette(depth: .full256, theme: theme)
        var lines: [String] = []
        for role in Self.textRoles {
            let ratio = try #require(Self.ratio(palette, role, background: background), "\(role) has no colours")
            lines.append("\(role.configName): \(String(format: "%.2f", ratio)):1")
            #expect(ratio >= 4.5, "\(theme) \(role.configName) is \(ratio):1")
        }
        print("\(theme) theme on \(background == 16 ? "black" : "white"): " + lines.joined(separator: ", "))
    }

    @Test func theStandardColoursAreKnown() {
        #expect(abs(Self.contrast(16, 231) - 21) < 0.001)
        #expect(abs(Self.luminance(231) - 1) < 0.0001)
    }

    @Test func monoGivesNoColourAtAnyDepth() {
        for depth in [Palette.Depth.eight, .full256] {
            let palette = Palette(depth: depth, theme: .mono)
            #expect(palette.depth == .monochrome)
            #expect(StyleRole.allCases.allSatisfy { palette.style($0).pair == 0 })
        }
    }

    @Test func ownColoursReplaceTheTheme() {
        let palette = Palette(depth: .full256, theme: .light, overrides: [.heading: .init(foreground: 88, background: 230)])
        #expect(palette.style(.heading).foreground == 88)
        #expect(palette.style(.heading).background == 230)
        #expect(palette.style(.label).foreground == 24)
    }
}
