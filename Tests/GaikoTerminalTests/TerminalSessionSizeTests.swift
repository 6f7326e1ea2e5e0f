import GaikoCore
import GaikoUI
import Testing
@testable import GaikoTerminal

/// Curses is process-wide state, so these share the serialized curses suite's rule: one
/// headless screen at a time, opened and closed by each test.
extension TerminalCursesTests {
    @Test func sessionTellsTheProgramTheTerminalSizeBeforeTheFirstKey() throws {
        try Headless.withScreen(width: 120, height: 40) { screen in
            let program = TerminalSession.sized(RecordingProgram(), to: screen)
            #expect(program.keys == [.resize(width: 120, height: 40)])
        }
    }

    /// The browser starts at 80×24; a page in the detail must be a page of the real terminal.
    @Test func browserPagesByTheTerminalsHeightFromTheStart() throws {
        try Headless.withScreen(width: 120, height: 40) { screen in
            var browser = TerminalSession.sized(Browser(corpus: CorpusLoader.bundled(), historyURL: nil), to: screen)
            #expect(browser.state.width == 120)
            #expect(browser.state.height == 40)
            _ = browser.handle(.tab)
            _ = browser.handle(.character(" "))
            let page = try #require(browser.state.layout.detail?.inner.height)
            #expect(browser.state.detailTop == page - 1)
        }
    }
}
