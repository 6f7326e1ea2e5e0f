/// Where a key binding applies. Lookup tries the focused pane's context, then `anyPane`, then
/// `always`; while help is open only `help` and `always` apply.
public enum KeyContext: Sendable, Hashable, CaseIterable {
    case always, anyPane, list, detail, timeline, help, prompt

    var title: String {
        switch self {
        case .always: "Always"
        case .anyPane: "Any pane"
        case .list: "Meetings list"
        case .detail: "Detail"
        case .timeline: "Timeline"
        case .help: "This help"
        case .prompt: "Search prompt (type to narrow the list)"
        }
    }
}

/// Keys that do one thing, what it is in words, and a short hint for the status line.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Shown on the status line while the context is active; nil keeps the line short.
    public var hint: String?

    public init(_ keys: [Key], _ action: Action, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
    }

    /// `j ↓`, `Ctrl-D`: how the keys are written in help.
    public var keysLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// The one source of key handling and of the help screen, so the two cannot drift apart.
public struct KeyTable: Sendable {
    public var sections: [(context: KeyContext, bindings: [KeyBinding])]

    public init(sections: [(context: KeyContext, bindings: [KeyBinding])]) {
        self.sections = sections
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        sections.first { $0.context == context }?.bindings ?? []
    }

    /// The action for `key`, trying `contexts` in order.
    public func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let binding = bindings(in: context).first(where: { $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    private static func pages(_ make: (Step) -> Action, _ noun: String, hint: String? = nil) -> [KeyBinding] {
        [
            KeyBinding([.character(" "), .pageDown], make(.pageDown), "\(noun) a page down", hint: hint),
            KeyBinding([.character("b"), .pageUp], make(.pageUp), "\(noun) a page up"),
            KeyBinding([.control("d")], make(.halfPageDown), "\(noun) half a page down"),
            KeyBinding([.control("u")], make(.halfPageUp), "\(noun) half a page up"),
        ]
    }

    public static let standard = KeyTable(sections: [
        (.list, [
            KeyBinding([.character("j"), .down], .select(.next), "next meeting", hint: "j/k move"),
            KeyBinding([.character("k"), .up], .select(.previous), "previous meeting"),
            KeyBinding([.character("g"), .home], .select(.first), "first meeting"),
            KeyBinding([.character("G"), .end], .select(.last), "last meeting"),
        ] + pages(Action.select, "move") + [
            KeyBinding([.enter], .openDetail, "read the selected meeting", hint: "Enter read"),
        ]),
        (.detail, [
            KeyBinding([.character("j"), .down], .scrollDetail(.next), "scroll down a line", hint: "j/k scroll"),
            KeyBinding([.character("k"), .up], .scrollDetail(.previous), "scroll up a line"),
            KeyBinding([.character("g"), .home], .scrollDetail(.first), "go to the top"),
            KeyBinding([.character("G"), .end], .scrollDetail(.last), "go to the end"),
        ] + pages(Action.scrollDetail, "scroll", hint: "Space page")),
        (.timeline, [
            KeyBinding([.character("j"), .down], .selectInTime(.next), "later meeting", hint: "h/l move"),
            KeyBinding([.character("k"), .up], .selectInTime(.previous), "earlier meeting"),
            KeyBinding([.character("g"), .home], .selectInTime(.first), "earliest meeting"),
            KeyBinding([.character("G"), .end], .selectInTime(.last), "latest meeting"),
            KeyBinding([.character("+"), .character("=")], .zoomTimelineIn, "zoom in (down to two years)", hint: "+/- zoom"),
            KeyBinding([.character("-")], .zoomTimelineOut, "zoom out (up to the whole span)"),
            KeyBinding([.enter], .openDetail, "read the selected meeting"),
        ]),
        (.anyPane, [
            KeyBinding([.character("h"), .left], .selectInTime(.previous), "earlier meeting in time"),
            KeyBinding([.character("l"), .right], .selectInTime(.next), "later meeting in time"),
            KeyBinding([.tab], .focusNext, "next pane", hint: "Tab pane"),
            KeyBinding([.backTab], .focusPrevious, "previous pane"),
            KeyBinding([.character("/")], .openSearch, "search: type to narrow the list", hint: "/ search"),
            KeyBinding([.character("t")], .focusTimeline, "focus the timeline", hint: "t timeline"),
            KeyBinding([.character("n")], .nextMatch, "next search match (detail, then next meeting)"),
            KeyBinding([.character("N")], .previousMatch, "previous search match (then previous meeting)"),
            KeyBinding([.character("s")], .toggleOrder, "sort newest or oldest first", hint: "s sort"),
            KeyBinding([.character("z")], .toggleZoom, "give the pane the whole screen, and back", hint: "z zoom"),
            KeyBinding([.character("?"), .function(1)], .openHelp, "this help", hint: "? help"),
            KeyBinding([.character("q")], .quit, "quit"),
        ]),
        (.help, [
            KeyBinding([.character("j"), .down], .scrollHelp(.next), "scroll down", hint: "j/k scroll"),
            KeyBinding([.character("k"), .up], .scrollHelp(.previous), "scroll up"),
            KeyBinding([.character("g"), .home], .scrollHelp(.first), "top"),
            KeyBinding([.character("G"), .end], .scrollHelp(.last), "end"),
            KeyBinding([.character(" "), .pageDown], .scrollHelp(.pageDown), "page down"),
            KeyBinding([.character("b"), .pageUp], .scrollHelp(.pageUp), "page up"),
            KeyBinding([.escape, .character("q"), .character("?")], .closeHelp, "close the help", hint: "Esc close"),
        ]),
        (.prompt, [
            KeyBinding([.enter], .promptAccept, "keep the result; a query with an error stays open", hint: "Enter keep"),
            KeyBinding([.escape, .control("g")], .promptCancel, "cancel: restore the list as it was", hint: "Esc cancel"),
            KeyBinding([.up], .promptHistory(.previous), "older search from the history", hint: "↑/↓ history"),
            KeyBinding([.down], .promptHistory(.next), "newer search from the history"),
            KeyBinding([.left, .control("b")], .promptEdit(.left), "cursor left"),
            KeyBinding([.right, .control("f")], .promptEdit(.right), "cursor right"),
            KeyBinding([.home, .control("a")], .promptEdit(.start), "cursor to the start"),
            KeyBinding([.end, .control("e")], .promptEdit(.end), "cursor to the end"),
            KeyBinding([.backspace], .promptEdit(.backspace), "delete before the cursor (on an empty prompt: cancel)"),
            KeyBinding([.delete], .promptEdit(.delete), "delete under the cursor"),
            KeyBinding([.control("u")], .promptEdit(.killToStart), "delete to the start"),
            KeyBinding([.control("w")], .promptEdit(.killWord), "delete the word before the cursor"),
        ]),
        (.always, [
            KeyBinding([.control("c")], .quit, "quit"),
            KeyBinding([.control("z")], .suspend, "suspend (fg to return)"),
        ]),
    ])

    /// Mouse gestures, listed in help beside the keys.
    public static let mouseHelp = [
        ("click", "select a meeting (list row or timeline mark) and focus its pane"),
        ("wheel", "scroll the pane under the pointer"),
    ]
}

extension Key {
    /// How a key is written in help and on the status line.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        case .mouse: "mouse"
        case .resize: "resize"
        case .paste: "paste"
        }
    }
}
