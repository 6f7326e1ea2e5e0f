import CNcursesw
import GaikoCore
import GaikoUI
import Testing
@testable import GaikoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// `TerminalSettings` reaching curses: the mouse left alone when it is off, no colour for mono.
extension TerminalCursesTests {
    func withScreen(_ settings: TerminalSettings, _ body: (Screen) -> Void) throws {
        TerminalLocale.configure()
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let screen = try #require(Screen(terminalType: "xterm-256color", output: output, input: input,
                                          colorMode: .always, environment: [:], settings: settings))
        defer { screen.close() }
        body(screen)
    }

    @Test func mouseOffAsksCursesForNoMouseEvents() throws {
        for on in [true, false] {
            try withScreen(TerminalSettings(mouse: on)) { _ in
                var previous: mmask_t = 0
                _ = mousemask(0, &previous)
                #expect((previous != 0) == on)
            }
        }
    }

    @Test func themesReachThePalette() throws {
        try withScreen(TerminalSettings(theme: .mono)) { screen in
            #expect(screen.palette.depth == .monochrome)
        }
        try withScreen(TerminalSettings(theme: .light, colors: [.heading: .init(foreground: 88)])) { screen in
            #expect(screen.palette.depth == .full256)
            #expect(screen.palette.style(.label).foreground == 24)
            #expect(screen.palette.style(.heading).foreground == 88)
        }
    }
}
