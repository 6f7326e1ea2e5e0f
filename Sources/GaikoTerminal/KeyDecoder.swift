import CNcursesw
import GaikoUI

/// What one `wget_wch` call produced.
enum Input: Equatable {
    case key(Key)
    /// Input that means nothing to a program (a mouse release, a C1 control, an unknown key).
    case ignored
    /// ERR: the timeout passed, a signal interrupted the read, or the terminal is gone.
    case none
}

/// Turns curses input into `Key`s. The mapping functions are pure; `read` is the only call that
/// touches curses.
enum KeyDecoder {
    /// Key codes `Screen` binds (`define_key`) to the terminal's bracketed-paste markers,
    /// `ESC[200~` and `ESC[201~`. Far above the codes ncurses hands out itself (from `KEY_MAX`
    /// up, for the terminal's extended keys).
    static let pasteStart: Int32 = 0x3F00
    static let pasteEnd: Int32 = 0x3F01
    /// How long a paste may pause between characters before the end marker is given up on.
    static let pasteGapMilliseconds: Int32 = 500
    /// Scalars of one paste kept; the rest is read and dropped, so a paste of any size costs
    /// bounded memory. The prompt cuts far shorter (`PromptLine.maximumLength`) and says so.
    static let pasteLimit = 65_536

    /// Reads one event from `window`, honouring its timeout (`wtimeout`).
    static func read(_ window: UnsafeMutablePointer<WINDOW>) -> Input {
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            return key(character: UInt32(code)).map(Input.key) ?? .ignored
        case KEY_CODE_YES:
            let keyCode = Int32(code)
            if keyCode == pasteStart {
                return .key(.paste(readPaste(window)))
            }
            if keyCode == pasteEnd { return .ignored }
            if keyCode == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return .ignored }
                return mouse(state: event.bstate, x: Int(event.x), y: Int(event.y)).map(Input.key) ?? .ignored
            }
            if keyCode == KEY_RESIZE {
                return .key(.resize(width: Int(getmaxx(window)), height: Int(getmaxy(window))))
            }
            return key(keyCode: keyCode).map(Input.key) ?? .ignored
        default:
            return .none
        }
    }

    /// Everything up to the end marker, as one text. Line breaks stay (the prompt makes them
    /// spaces); key codes inside a paste (an arrow's sequence in pasted text) mean nothing and
    /// are dropped. Leaves the window's timeout as it was: the loop sets it before every read.
    static func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> String {
        var collector = PasteCollector(limit: pasteLimit)
        wtimeout(window, pasteGapMilliseconds)
        reading: while true {
            var code: wint_t = 0
            switch wget_wch(window, &code) {
            case OK:
                collector.add(UInt32(code))
            case KEY_CODE_YES:
                if Int32(code) == pasteEnd { break reading }
            default:
                // No end marker within the gap: keep what came.
                break reading
            }
        }
        return collector.text
    }

    /// A character `wget_wch` returned with OK. Raw mode delivers Ctrl-C and Ctrl-Z here too.
    static func key(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter  // CR with nonl(); LF from a terminal that sends it
        case 8, 0x7F: return .backspace
        case 27: return .escape
        case 0: return .control("@")
        case 1...26: return .control(Character(Unicode.Scalar(code + 0x60)!))
        case 28...31: return .control(Character(Unicode.Scalar(code + 0x40)!))
        case 0x80...0x9F: return nil  // C1 controls never become text
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key `wget_wch` returned with KEY_CODE_YES (other than mouse and resize).
    static func key(keyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        // Some terminals (rxvt, the Linux console) send Find/Select for Home/End.
        case KEY_HOME, KEY_FIND, KEY_A1, KEY_SHOME: return .home
        case KEY_END, KEY_SELECT, KEY_C1, KEY_LL, KEY_SEND: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_F0 + 1...KEY_F0 + 63: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A mouse report. With `mouseinterval(0)` curses reports presses and releases, not clicks;
    /// a press of button 1 is what selects, so releases are dropped.
    static func mouse(state: mmask_t, x: Int, y: Int) -> Key? {
        let button: MouseEvent.Button
        if state & (gaiko_button1_pressed() | gaiko_button1_clicked()) != 0 {
            button = .left
        } else if state & gaiko_button4_pressed() != 0 {
            button = .wheelUp
        } else if state & gaiko_button5_pressed() != 0 {
            button = .wheelDown
        } else {
            return nil
        }
        return .mouse(MouseEvent(button: button, x: x, y: y))
    }
}

/// The characters of one bracketed paste, up to a limit.
struct PasteCollector {
    let limit: Int
    private(set) var text = ""
    private var kept = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Adds a character code as `wget_wch` gave it; C1 controls and invalid scalars are
    /// dropped here, other controls by the prompt.
    mutating func add(_ code: UInt32) {
        guard kept < limit, !(0x80...0x9F).contains(code), let scalar = Unicode.Scalar(code) else { return }
        text.unicodeScalars.append(scalar)
        kept += 1
    }
}
