import GaikoCore

/// An editable line of text with a cursor, edited like a shell's. Positions count Characters, so
/// an accented letter or a CJK character is one step; columns are worked out only for drawing.
public struct PromptLine: Sendable, Hashable {
    /// The longest query the prompt holds, in Characters. Far beyond any real search; it keeps a
    /// pasted page or a huge history line from making every keystroke re-parse and re-measure
    /// megabytes.
    public static let maximumLength = 1_000

    public private(set) var characters: [Character]
    /// Characters before the cursor.
    public private(set) var cursor: Int

    /// A line holding `text`, cut to `maximumLength` (see `isTooLong`).
    public init(_ text: String = "") {
        characters = Array(text.prefix(Self.maximumLength))
        cursor = characters.count
    }

    /// True when `text` is longer than a line may be, measured without walking all of it.
    public static func isTooLong(_ text: String) -> Bool {
        text.index(text.startIndex, offsetBy: maximumLength, limitedBy: text.endIndex).map { $0 < text.endIndex } ?? false
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Inserts at the cursor, as one edit however long the text (a paste). Line breaks and tabs
    /// become spaces; other control characters are dropped, since a query is one line. What
    /// would pass `maximumLength` is left out; returns false when anything was.
    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        let room = Self.maximumLength - characters.count
        var clean: [Character] = []
        var cut = false
        for ch in text {
            let kept: Character
            if ch == "\n" || ch == "\r\n" || ch == "\r" || ch == "\t" {
                kept = " "
            } else if ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                continue
            } else {
                kept = ch
            }
            guard clean.count < room else {
                cut = true
                break
            }
            clean.append(kept)
        }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
        return !cut
    }

    public mutating func apply(_ edit: PromptEdit) {
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = characters.count
        case .killToStart:
            characters.removeFirst(cursor)
            cursor = 0
        case .killWord:
            // Like a shell's Ctrl-W: the spaces before the cursor, then the word before them.
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .backspace:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        }
    }

    /// What fits in `room` columns with the cursor in view, and the cursor's column within it.
    /// The text scrolls only as far as needed to keep the cursor (and a cell for it) visible.
    public func window(room: Int) -> (text: String, cursorColumn: Int) {
        guard room > 0 else { return ("", 0) }
        let widths = characters.map { DisplayWidth.of(Sanitizer.clean(String($0))) }
        var first = 0
        var beforeCursor = widths[0..<cursor].reduce(0, +)
        // Keep one column free for the cursor itself.
        while beforeCursor > room - 1, first < cursor {
            beforeCursor -= widths[first]
            first += 1
        }
        var shown = ""
        var used = 0
        for i in first..<characters.count {
            if used + widths[i] > room { break }
            shown.append(characters[i])
            used += widths[i]
        }
        return (shown, beforeCursor)
    }
}

/// One editing command of the prompt.
public enum PromptEdit: Sendable, Hashable {
    case left, right, start, end
    case killToStart, killWord
    case backspace, delete
}
