import CNcursesw
import GaikoCore
import GaikoUI
import Testing
@testable import GaikoTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Everything that calls curses, which is process-wide state: one serialized suite, each test
/// opening and closing its own headless screen.
@Suite(.serialized)
struct TerminalCursesTests {
    // MARK: Painting

    @Test func paintedGridReadsBackWithAccentsAndWideCharacters() throws {
        try Headless.withScreen(width: 24, height: 4) { screen in
            var grid = Grid(width: 24, height: 4)
            grid.put("González-Olaechea", x: 0, y: 0)
            grid.put("日本とペルー", x: 2, y: 1, role: .heading)
            grid.put("e\u{301}té", x: 0, y: 2, role: .selected)
            var painter = Painter()
            painter.paint(grid, into: screen.window, palette: screen.palette)

            for y in 0..<grid.height {
                #expect(Headless.rowText(screen.window, y: y) == grid.rowText(y))
            }
            let accented = Headless.readRow(screen.window, y: 2)
            #expect(accented[0].text == "e\u{301}")
            #expect(accented[0].attributes & gaiko_a_reverse() != 0)
            let wide = Headless.readRow(screen.window, y: 1)
            #expect(wide[2].text == "日")
            #expect(wide[3].text == "")
            #expect(wide[2].attributes & gaiko_a_bold() != 0)
        }
    }

    @Test func painterWritesOnlyChangedCells() throws {
        try Headless.withScreen(width: 20, height: 3) { screen in
            var painter = Painter()
            var grid = Grid(width: 20, height: 3)
            grid.put("日本 Peru", x: 0, y: 0)
            // Every cell but the continuation of 日 and 本.
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 20 * 3 - 2)
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 0)

            grid.put("Lima", x: 0, y: 2)
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 4)

            grid.restyle(x: 5, y: 0, width: 1, role: .match)
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 1)

            // A wide character replaced by two narrow ones: both columns change.
            grid.put("ab", x: 0, y: 0)
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 2)
            #expect(Headless.rowText(screen.window, y: 0) == grid.rowText(0))

            painter.invalidate()
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 20 * 3 - 1)
        }
    }

    @Test func painterRepaintsEverythingWhenTheSizeChanges() throws {
        try Headless.withScreen(width: 10, height: 2) { screen in
            var painter = Painter()
            painter.paint(Grid(width: 10, height: 2), into: screen.window, palette: screen.palette)
            resize_term(3, 12)
            var grid = Grid(width: 12, height: 3)
            grid.put("resized", x: 0, y: 2)
            #expect(painter.paint(grid, into: screen.window, palette: screen.palette) == 36)
            #expect(Headless.rowText(screen.window, y: 2) == "resized     ")
        }
    }

    // MARK: Keys

    @Test func decodesQueuedCharactersAndKeyCodes() throws {
        let cases: [(Headless.QueuedInput, Key?)] = [
            (.character(0x61), .character("a")),
            (.character(0xE9), .character("é")),
            (.character(0x65E5), .character("日")),
            (.character(3), .control("c")),
            (.character(26), .control("z")),
            (.character(27), .escape),
            (.character(13), .enter),
            (.character(9), .tab),
            (.character(0x7F), .backspace),
            (.character(0x9B), nil),
            (.keyCode(KEY_UP), .up),
            (.keyCode(KEY_DOWN), .down),
            (.keyCode(KEY_HOME), .home),
            (.keyCode(KEY_END), .end),
            (.keyCode(KEY_PPAGE), .pageUp),
            (.keyCode(KEY_NPAGE), .pageDown),
            (.keyCode(KEY_BTAB), .backTab),
            (.keyCode(KEY_DC), .delete),
            (.keyCode(KEY_BACKSPACE), .backspace),
            (.keyCode(KEY_ENTER), .enter),
            (.keyCode(KEY_F0 + 5), .function(5)),
        ]
        try Headless.withScreen { screen in
            for (input, expected) in cases {
                Headless.queue([input])
                let read = KeyDecoder.read(screen.window)
                #expect(read == (expected.map(Input.key) ?? .ignored), "\(input)")
            }
            // Nothing queued and /dev/null at end of file: no input, no hang.
            #expect(KeyDecoder.read(screen.window) == Input.none)
        }
    }

    @Test func decodesABracketedPasteAsOneKey() throws {
        try Headless.withScreen { screen in
            // The terminal's markers are bound to the decoder's codes.
            #expect(key_defined("\u{1B}[200~") == KeyDecoder.pasteStart)
            #expect(key_defined("\u{1B}[201~") == KeyDecoder.pasteEnd)
            Headless.queue([.keyCode(KeyDecoder.pasteStart)] + "north\rkorea".unicodeScalars.map { .character($0.value) }
                           + [.keyCode(KeyDecoder.pasteEnd), .character(0x78)])
            #expect(KeyDecoder.read(screen.window) == .key(.paste("north\rkorea")))
            #expect(KeyDecoder.read(screen.window) == .key(.character("x")))
            // An arrow inside a paste means nothing, a C1 control is dropped.
            Headless.queue([.keyCode(KeyDecoder.pasteStart), .character(0x61), .keyCode(KEY_UP), .character(0x9B),
                            .character(0x65E5), .keyCode(KeyDecoder.pasteEnd)])
            #expect(KeyDecoder.read(screen.window) == .key(.paste("a日")))
            // No end marker: what came is the paste, once input runs dry.
            Headless.queue([.keyCode(KeyDecoder.pasteStart), .character(0x62)])
            #expect(KeyDecoder.read(screen.window) == .key(.paste("b")))
            // A stray end marker is nothing.
            Headless.queue([.keyCode(KeyDecoder.pasteEnd)])
            #expect(KeyDecoder.read(screen.window) == .ignored)
        }
    }

    @Test func pasteCollectorKeepsAtMostItsLimit() {
        var collector = PasteCollector(limit: 3)
        for code in [0x61, 0x9B, 0x62, 0x0D, 0x63, 0x64] as [UInt32] { collector.add(code) }
        #expect(collector.text == "ab\r")
    }

    @Test func aLoneEscapeIsWaitedForOnlyBriefly() throws {
        // Unless ESCDELAY says otherwise; the tests never set it.
        try Headless.withScreen { _ in #expect(get_escdelay() == Screen.escapeDelay) }
        #expect(Screen.escapeDelay <= 10)
    }

    @Test func resetBytesTurnBracketedPasteOff() throws {
        try Headless.withScreen(terminalType: "xterm-256color") { screen in
            let reset = String(decoding: screen.resetBytes(), as: UTF8.self)
            #expect(reset.contains("\u{1B}[?2004l"))
            #expect(reset.contains("\u{1B}[?1049l"))
            #expect(reset.contains("\u{1B}[?25h"))
        }
    }

    @Test func decodesResizeWithTheWindowSize() throws {
        try Headless.withScreen(width: 33, height: 7) { screen in
            Headless.queue([.keyCode(KEY_RESIZE)])
            #expect(KeyDecoder.read(screen.window) == .key(.resize(width: 33, height: 7)))
        }
    }

    @Test func decodesMouseEvents() throws {
        let cases: [(mmask_t, Key?)] = [
            (gaiko_button1_pressed(), .mouse(MouseEvent(button: .left, x: 5, y: 2))),
            (gaiko_button4_pressed(), .mouse(MouseEvent(button: .wheelUp, x: 5, y: 2))),
            (gaiko_button5_pressed(), .mouse(MouseEvent(button: .wheelDown, x: 5, y: 2))),
            (gaiko_button1_released(), nil),
        ]
        try Headless.withScreen { screen in
            for (state, expected) in cases {
                var event = MEVENT()
                event.x = 5
                event.y = 2
                event.bstate = state
                #expect(ungetmouse(&event) == OK)
                #expect(KeyDecoder.read(screen.window) == (expected.map(Input.key) ?? .ignored))
            }
        }
    }

    // MARK: Palette on a real screen

    @Test func colourDepthFollowsTerminalAndMode() throws {
        let full = try Headless.withScreen(terminalType: "xterm-256color", colorMode: .always) { $0.palette.depth }
        let eight = try Headless.withScreen(terminalType: "xterm", colorMode: .always) { $0.palette.depth }
        let never = try Headless.withScreen(terminalType: "xterm-256color", colorMode: .never) { $0.palette.depth }
        let noColor = try Headless.withScreen(terminalType: "xterm-256color", colorMode: .auto,
                                              environment: ["NO_COLOR": "1"]) { $0.palette.depth }
        let mono = try Headless.withScreen(terminalType: "vt100", colorMode: .always) { $0.palette.depth }
        #expect(full == .full256)
        #expect(eight == .eight)
        #expect(never == .monochrome)
        #expect(noColor == .monochrome)
        #expect(mono == .monochrome)
    }

    @Test func colourPairsAreInstalledAndPainted() throws {
        try Headless.withScreen(width: 10, height: 1, colorMode: .always) { screen in
            let style = screen.palette.style(.selected)
            var fg: Int16 = 0, bg: Int16 = 0
            #expect(pair_content(style.pair, &fg, &bg) == OK)
            #expect(fg == style.foreground)
            #expect(bg == style.background)

            var grid = Grid(width: 10, height: 1)
            grid.put("x", x: 0, y: 0, role: .selected)
            var painter = Painter()
            painter.paint(grid, into: screen.window, palette: screen.palette)
            let cell = Headless.readRow(screen.window, y: 0)[0]
            #expect(cell.pair == style.pair)
            #expect(cell.attributes & gaiko_a_reverse() != 0)
        }
    }

    // MARK: The loop, with fake programs

    @Test func loopFeedsKeysAndQuits() throws {
        try Headless.withScreen { screen in
            Headless.queue([.character(0x61), .keyCode(KEY_UP), .character(3), .character(0x71), .character(0x62)])
            var loop = EventLoop(program: RecordingProgram(), screen: screen, terminalAlive: { true })
            #expect(loop.run() == 0)
            #expect(loop.program.keys == [.character("a"), .up, .control("c"), .character("q")])
            // The screen shows the last draw: after Ctrl-C, before `q` quit.
            #expect(Headless.rowText(screen.window, y: 0).hasPrefix("keys: 3 "))
            #expect(Headless.rowText(screen.window, y: 1).hasPrefix("last: control(\"c\") "))
            // The key after `q` was never read.
            #expect(KeyDecoder.read(screen.window) == .key(.character("b")))
        }
    }

    @Test func loopStopsWhenReadsKeepFailing() throws {
        final class Counter { var calls = 0 }
        let counter = Counter()
        try Headless.withScreen { screen in
            var loop = EventLoop(program: RecordingProgram(), screen: screen, terminalAlive: {
                counter.calls += 1
                return true
            })
            #expect(loop.run() == 129)
            #expect(counter.calls == EventLoop<RecordingProgram>.maximumFailedReads)
        }
        try Headless.withScreen { screen in
            var loop = EventLoop(program: RecordingProgram(), screen: screen, terminalAlive: { false })
            #expect(loop.run() == 129)
        }
    }

    @Test func loopPollsWhileTheTerminalIsThere() throws {
        final class Countdown { var left = 5 }
        let countdown = Countdown()
        try Headless.withScreen { screen in
            var loop = EventLoop(program: PollingProgram(), screen: screen, terminalAlive: {
                countdown.left -= 1
                return countdown.left >= 0
            })
            #expect(loop.run() == 129)
            #expect(loop.program.polls == 5)
            #expect(Headless.rowText(screen.window, y: 0).hasPrefix("polls: 5"))
        }
    }

    @Test func loopShowsTheCursorAtAPrompt() throws {
        try Headless.withScreen(width: 20, height: 5) { screen in
            Headless.queue([.character(0x61), .character(0x62), .character(13)])
            var loop = EventLoop(program: PromptProgram(), screen: screen, terminalAlive: { true })
            #expect(loop.run() == 0)
            // The last draw (after "a" and "b") put the cursor after "/ab".
            #expect(getcury(screen.window) == 4)
            #expect(getcurx(screen.window) == 3)
            #expect(Headless.rowText(screen.window, y: 4).hasPrefix("/ab "))
        }
    }

    @Test func loopEndsOnATerminatingSignal() throws {
        try Headless.withScreen { screen in
            Signals.install(terminalFD: -1)
            defer { Signals.restore() }
            // The test runner's threads block SIGTERM: unblock it here so raise delivers it now.
            var term = sigset_t(), saved = sigset_t()
            sigemptyset(&term)
            sigaddset(&term, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &term, &saved)
            defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
            raise(SIGTERM)
            var loop = EventLoop(program: RecordingProgram(), screen: screen, terminalAlive: { true })
            #expect(loop.run() == 128 + SIGTERM)
        }
    }
}
