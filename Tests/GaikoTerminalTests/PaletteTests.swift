import CNcursesw
import GaikoUI
import Testing
@testable import GaikoTerminal

struct PaletteTests {
    @Test(arguments: [Palette.Depth.monochrome, .eight, .full256])
    func meaningfulRolesHaveANonColourCue(depth: Palette.Depth) {
        let palette = Palette(depth: depth)
        for role in Palette.meaningfulRoles {
            #expect(palette.style(role).attributes != gaiko_a_normal(), "\(role) at \(depth)")
        }
    }

    @Test func rolesThatMustDifferDifferWithoutColour() {
        let pairs: [(StyleRole, StyleRole)] = [
            (.selected, .selectedUnfocused), (.match, .currentMatch), (.border, .borderFocused),
            (.paneTitle, .paneTitleFocused), (.status, .statusMode), (.normal, .placeholder),
        ]
        let mono = Palette(depth: .monochrome)
        for (a, b) in pairs {
            #expect(mono.style(a).attributes != mono.style(b).attributes, "\(a) vs \(b)")
        }
    }

    @Test func monochromeUsesNoColourPairs() {
        let mono = Palette(depth: .monochrome)
        #expect(StyleRole.allCases.allSatisfy { mono.style($0).pair == 0 })
    }

    @Test(arguments: [Palette.Depth.eight, .full256])
    func colourDepthsGiveEachColouredRoleItsOwnPairInRange(depth: Palette.Depth) {
        let palette = Palette(depth: depth)
        let limit: Int16 = depth == .eight ? 8 : 256
        let styles = StyleRole.allCases.map(palette.style).filter { $0.pair != 0 }
        #expect(!styles.isEmpty)
        #expect(Set(styles.map(\.pair)).count == styles.count)
        for style in styles {
            #expect(style.foreground < limit && style.background < limit)
            #expect(style.foreground >= -1 && style.background >= -1)
        }
    }

    @Test func depthFollowsColourCount() {
        #expect(Palette.Depth.forTerminal(colors: 256, colorEnabled: true) == .full256)
        #expect(Palette.Depth.forTerminal(colors: 16, colorEnabled: true) == .eight)
        #expect(Palette.Depth.forTerminal(colors: 2, colorEnabled: true) == .monochrome)
        #expect(Palette.Depth.forTerminal(colors: 256, colorEnabled: false) == .monochrome)
    }
}
