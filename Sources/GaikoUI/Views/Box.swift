import GaikoCore

extension Grid {
    /// Draws a border with a title at its top left and an optional footer at its bottom right.
    /// The focused pane gets a double line, a cue that needs no colour.
    mutating func box(_ r: Rect, title: String, footer: String? = nil, focused: Bool) {
        guard r.width >= 2, r.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = focused
            ? ("═", "║", "╔", "╗", "╚", "╝")
            : ("─", "│", "┌", "┐", "└", "┘")
        let role: StyleRole = focused ? .borderFocused : .border
        let right = r.x + r.width - 1, bottom = r.y + r.height - 1
        fill(x: r.x + 1, y: r.y, width: r.width - 2, height: 1, role: role, character: h)
        fill(x: r.x + 1, y: bottom, width: r.width - 2, height: 1, role: role, character: h)
        fill(x: r.x, y: r.y + 1, width: 1, height: r.height - 2, role: role, character: v)
        fill(x: right, y: r.y + 1, width: 1, height: r.height - 2, role: role, character: v)
        put(tl, x: r.x, y: r.y, role: role)
        put(tr, x: right, y: r.y, role: role)
        put(bl, x: r.x, y: bottom, role: role)
        put(br, x: right, y: bottom, role: role)

        let room = r.width - 4
        if room > 0 {
            let label = WordWrap.truncate(title, width: room)
            put(" " + label + " ", x: r.x + 1, y: r.y, maxWidth: r.width - 2, role: focused ? .paneTitleFocused : .paneTitle)
        }
        if let footer {
            let text = " " + footer + " "
            let w = DisplayWidth.of(text)
            // Only when it fits beside the corner and leaves a stretch of line.
            if w + 4 <= r.width {
                put(text, x: right - 1 - w, y: bottom, role: focused ? .paneTitleFocused : .paneTitle)
            }
        }
    }
}
