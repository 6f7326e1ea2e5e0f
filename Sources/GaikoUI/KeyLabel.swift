extension Key {
    /// Reads a key as help writes it (`Key.label`), plus the spellings people type in a keys
    /// file: `C-x` and `^X` for Ctrl-X, `Up`/`Down`/`Left`/`Right`, `PageUp`/`PageDown`, `Esc`
    /// or `Escape`, `Return`, `BackTab`, `Del`. Names are read ignoring case; a single character
    /// is itself (`"Q"` is not `"q"`). Nil for anything else.
    public init?(label: String) {
        if label.count == 1, let c = label.first {
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
            self = .character(c)
            return
        }
        let lowered = label.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter || "@[\\]^_".contains(c) else { return nil }
            self = .control(c)
            return
        }
        if lowered.hasPrefix("f"), let n = Int(lowered.dropFirst()), (1...63).contains(n) {
            self = .function(n)
            return
        }
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "↑": .up, "down": .down, "↓": .down,
            "left": .left, "←": .left, "right": .right, "→": .right, "home": .home, "end": .end,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
            "esc": .escape, "escape": .escape, "backspace": .backspace, "delete": .delete, "del": .delete,
        ]
        guard let key = named[lowered] else { return nil }
        self = key
    }
}
