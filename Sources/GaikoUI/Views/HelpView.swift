import GaikoCore

/// The `?` overlay: every binding of the key table in force, grouped by where it applies.
enum HelpView {
    struct Line: Sendable {
        var keys: String
        var text: String
        var role: StyleRole
    }

    static let keyColumn = 20

    /// Short lines, so the credit is read whole in a narrow overlay.
    static let credit = ["The records are published by Japan's Ministry of Foreign", "Affairs and the Prime Minister's Office."]

    /// Generated from the key table, so help lists exactly what the keys do.
    static func lines(for table: KeyTable) -> [Line] {
        var out: [Line] = []
        let order: [KeyContext] = [.list, .detail, .timeline, .anyPane, .index, .prompt, .help, .always]
        for context in order {
            let bindings = table.bindings(in: context).filter { !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(Line(keys: "", text: "", role: .normal)) }
            out.append(Line(keys: context.title, text: "", role: .heading))
            for b in bindings { out.append(Line(keys: b.keysLabel, text: b.help, role: .normal)) }
            if context == .anyPane { out.append(Line(keys: KeyTable.countHelp.0, text: KeyTable.countHelp.1, role: .normal)) }
        }
        out.append(Line(keys: "", text: "", role: .normal))
        out.append(Line(keys: "Mouse", text: "", role: .heading))
        for (gesture, text) in KeyTable.mouseHelp { out.append(Line(keys: gesture, text: text, role: .normal)) }
        out.append(Line(keys: "", text: "", role: .normal))
        out.append(Line(keys: "Timeline marks", text: "", role: .heading))
        out.append(Line(keys: "● ◆ ○ ·", text: "summit, foreign ministers, telephone, other", role: .normal))
        out.append(Line(keys: "2–9 +", text: "meetings in one cell that do not fit as marks", role: .normal))
        out.append(Line(keys: "┃Abe", text: "narrowed to one country: who led each side from here", role: .normal))
        out.append(Line(keys: "", text: "", role: .normal))
        out.append(Line(keys: "Credits", text: "", role: .heading))
        for line in credit { out.append(Line(keys: line, text: "", role: .dim)) }
        return out
    }

    /// The overlay's box: centred, at most 76 wide, as tall as its content allows.
    static func box(width: Int, height: Int, lineCount: Int) -> Rect {
        let w = min(76, width - 4)
        let h = min(lineCount + 2, height - 2)
        return Rect(x: (width - w) / 2, y: max(1, (height - h) / 2), width: w, height: h)
    }

    static func draw(_ state: BrowserState, into grid: inout Grid) {
        let lines = state.helpLines
        let r = box(width: state.width, height: state.height, lineCount: lines.count)
        guard r.width >= 4, r.height >= 3 else { return }
        let inner = r.inner
        grid.fill(x: r.x, y: r.y, width: r.width, height: r.height)
        let footer = lines.count > inner.height
            ? "\(state.helpOffset + 1)–\(min(lines.count, state.helpOffset + inner.height)) of \(lines.count)"
            : nil
        grid.box(r, title: "Help · Esc closes", footer: footer, focused: true)
        let x = inner.x + 1, width = inner.width - 2
        guard width > 0 else { return }
        for row in 0..<inner.height {
            let i = state.helpOffset + row
            guard lines.indices.contains(i) else { break }
            let line = lines[i]
            let y = inner.y + row
            if line.text.isEmpty {
                grid.put(WordWrap.truncate(line.keys, width: width), x: x, y: y, maxWidth: width, role: line.role)
                continue
            }
            let keysWidth = min(keyColumn, width)
            grid.put(WordWrap.truncate(line.keys, width: keysWidth - 1), x: x + 1, y: y, maxWidth: keysWidth - 1, role: .label)
            if width > keysWidth {
                grid.put(WordWrap.truncate(line.text, width: width - keysWidth), x: x + keysWidth, y: y, maxWidth: width - keysWidth)
            }
        }
    }
}
