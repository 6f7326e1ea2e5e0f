/// Word wrapping measured in terminal columns.
public enum WordWrap {
    /// A wrapped line: its text and where it starts in the source string, so callers can map
    /// lines back to what they came from (search highlights, keeping a paragraph in view).
    public struct Line: Sendable, Hashable {
        public var text: String
        public var offset: Int  // in Characters from the start of the source
        public init(text: String, offset: Int) {
            self.text = text
            self.offset = offset
        }
    }

    /// Breaks `text` into lines of at most `width` columns at spaces. A word longer than the
    /// width is split at a character boundary. `firstIndent`/`indent` are columns reserved at
    /// the start of the first and following lines (hanging indents); they are not included in
    /// the returned text.
    public static func wrap(_ text: String, width: Int, firstIndent: Int = 0, indent: Int = 0) -> [Line] {
        var lines: [Line] = []
        var current = ""
        var currentWidth = 0
        var lineStart = 0
        var available = max(1, width - firstIndent)

        func flush() {
            lines.append(Line(text: current, offset: lineStart))
            current = ""
            currentWidth = 0
            available = max(1, width - indent)
        }

        // Split into words on spaces, remembering each word's character offset.
        var words: [(text: Substring, offset: Int)] = []
        var index = text.startIndex
        var offset = 0
        while index < text.endIndex {
            while index < text.endIndex, text[index] == " " {
                index = text.index(after: index)
                offset += 1
            }
            guard index < text.endIndex else { break }
            let start = index
            let startOffset = offset
            while index < text.endIndex, text[index] != " " {
                index = text.index(after: index)
                offset += 1
            }
            words.append((text[start..<index], startOffset))
        }

        for (word, wordOffset) in words {
            var word = word
            var wordOffset = wordOffset
            var wordWidth = DisplayWidth.of(word)
            if currentWidth > 0 {
                if currentWidth + 1 + wordWidth <= available {
                    current += " "
                    current += word
                    currentWidth += 1 + wordWidth
                    continue
                }
                flush()
            }
            // Split words wider than a whole line.
            while wordWidth > available {
                var taken = 0
                var cut = word.startIndex
                var count = 0
                while cut < word.endIndex {
                    let w = DisplayWidth.of(word[cut])
                    if taken + w > available, taken > 0 { break }
                    taken += w
                    cut = word.index(after: cut)
                    count += 1
                }
                lineStart = wordOffset
                current = String(word[..<cut])
                currentWidth = taken
                flush()
                word = word[cut...]
                wordOffset += count
                wordWidth -= taken
            }
            if !word.isEmpty {
                lineStart = wordOffset
                current = String(word)
                currentWidth = wordWidth
            }
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(Line(text: current, offset: lineStart)) }
        return lines
    }

    /// Cuts `text` to at most `width` columns, ending with `…` when anything was cut. Never splits
    /// a wide character: a cut that would land inside one leaves the column blank instead.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
