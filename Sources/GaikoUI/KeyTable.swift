/// Where a key binding applies. Lookup tries the focused pane's context, then `anyPane`, then
/// `always`; while help is open only `help` and `always` apply.
public enum KeyContext: Sendable, Hashable, CaseIterable {
    case always, anyPane, list, index, detail, timeline, help, prompt

    public var title: String {
        switch self {
        case .always: "Always"
        case .anyPane: "Any pane"
        case .list: "Meetings list"
        case .index: "People or countries index (p, c)"
        case .detail: "Detail"
        case .timeline: "Timeline"
        case .help: "This help"
        case .prompt: "Search prompt (type to narrow the list) and : go-to"
        }
    }
}

/// Keys that do one thing: the action's stable name, the `Action` it is in this context, and a
/// short hint for the status line.
public struct KeyBinding: Sendable, Hashable {
    public var name: ActionName
    public var keys: [Key]
    public var action: Action
    /// Help text where this context needs other words than the name's summary.
    public var helpOverride: String?
    /// Shown on the status line while the context is active; nil keeps the line short.
    public var hint: String?

    public init(_ name: ActionName, _ keys: [Key], _ action: Action, _ help: String? = nil, hint: String? = nil) {
        self.name = name
        self.keys = keys
        self.action = action
        helpOverride = help
        self.hint = hint
    }

    /// What help says the keys do.
    public var help: String { helpOverride ?? name.summary }

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
        binding(for: key, in: contexts)?.action
    }

    public func binding(for key: Key, in contexts: [KeyContext]) -> KeyBinding? {
        for context in contexts {
            if let binding = bindings(in: context).first(where: { $0.keys.contains(key) }) {
                return binding
            }
        }
        return nil
    }

    /// The keys bound to `name`, from the first context that has it.
    public func keys(for name: ActionName, in contexts: [KeyContext] = KeyContext.allCases) -> [Key] {
        for context in contexts {
            if let binding = bindings(in: context).first(where: { $0.name == name }) { return binding.keys }
        }
        return []
    }

    /// Every name bound somewhere in the table, in the table's order.
    public var names: [ActionName] {
        var seen = Set<ActionName>()
        return sections.flatMap(\.bindings).map(\.name).filter { seen.insert($0).inserted }
    }

    /// Why a rebinding cannot be used.
    public enum RebindError: Error, Sendable, Equatable {
        /// Two names in one context would answer the same key.
        case boundTwice(key: Key, names: [ActionName], context: KeyContext)
        /// A name that no context of this table binds (such as a prompt-only name nowhere).
        case notBindable(ActionName)
    }

    /// The table with `keys` replacing each named action's keys in every context where it is
    /// bound. Fails when, in some context, one key would then stand for two actions.
    public func rebinding(_ overrides: [(name: ActionName, keys: [Key])]) throws(RebindError) -> KeyTable {
        var table = self
        for (name, keys) in overrides {
            guard names.contains(name) else { throw .notBindable(name) }
            for s in table.sections.indices {
                for b in table.sections[s].bindings.indices where table.sections[s].bindings[b].name == name {
                    table.sections[s].bindings[b].keys = keys
                }
            }
        }
        for (context, bindings) in table.sections {
            var owner: [Key: ActionName] = [:]
            for binding in bindings {
                for key in binding.keys {
                    if let other = owner[key], other != binding.name {
                        throw .boundTwice(key: key, names: [other, binding.name], context: context)
                    }
                    owner[key] = binding.name
                }
            }
        }
        return table
    }

    private static func pages(_ make: (Step) -> Action, hint: String? = nil, _ noun: String) -> [KeyBinding] {
        [
            KeyBinding(.pageDown, [.character(" "), .pageDown], make(.pageDown), "\(noun) a page down", hint: hint),
            KeyBinding(.pageUp, [.character("b"), .pageUp], make(.pageUp), "\(noun) a page up"),
            KeyBinding(.halfPageDown, [.control("d")], make(.halfPageDown), "\(noun) half a page down"),
            KeyBinding(.halfPageUp, [.control("u")], make(.halfPageUp), "\(noun) half a page up"),
        ]
    }

    public static let standard = KeyTable(sections: [
        (.list, [
            KeyBinding(.down, [.character("j"), .down], .select(.next), "next meeting", hint: "j/k move"),
            KeyBinding(.up, [.character("k"), .up], .select(.previous), "previous meeting"),
            KeyBinding(.first, [.character("g"), .home], .select(.first), "first meeting"),
            KeyBinding(.last, [.character("G"), .end], .select(.last), "last meeting"),
        ] + pages(Action.select, "move") + [
            KeyBinding(.read, [.enter], .openDetail, hint: "Enter read"),
            KeyBinding(.clearSearch, [.escape], .clearSearch),
            KeyBinding(.quit, [.character("q")], .quit),
        ]),
        (.index, [
            KeyBinding(.down, [.character("j"), .down], .moveIndex(.next), "next entry", hint: "j/k move"),
            KeyBinding(.up, [.character("k"), .up], .moveIndex(.previous), "previous entry"),
            KeyBinding(.first, [.character("g"), .home], .moveIndex(.first), "first entry"),
            KeyBinding(.last, [.character("G"), .end], .moveIndex(.last), "last entry"),
        ] + pages(Action.moveIndex, "move") + [
            KeyBinding(.read, [.enter], .openIndexEntry, "narrow the meetings to this person or country", hint: "Enter narrow"),
            KeyBinding(.sort, [.character("s")], .cycleIndexOrder, "sort by name, by count or by latest meeting", hint: "s sort"),
            KeyBinding(.back, [.character("q"), .escape], .closeIndex, "back to the meetings", hint: "q back"),
        ]),
        (.detail, [
            KeyBinding(.down, [.character("j"), .down], .scrollDetail(.next), "scroll down a line", hint: "j/k scroll"),
            KeyBinding(.up, [.character("k"), .up], .scrollDetail(.previous), "scroll up a line"),
            KeyBinding(.first, [.character("g"), .home], .scrollDetail(.first), "go to the top"),
            KeyBinding(.last, [.character("G"), .end], .scrollDetail(.last), "go to the end"),
        ] + pages(Action.scrollDetail, hint: "Space page", "scroll") + [
            KeyBinding(.nextRelated, [.character("]")], .moveRelated(.next), hint: "] related"),
            KeyBinding(.previousRelated, [.character("[")], .moveRelated(.previous)),
            KeyBinding(.openRelated, [.enter], .openRelated),
            KeyBinding(.back, [.character("q"), .escape], .back, "back to the list", hint: "q back"),
        ]),
        (.timeline, [
            KeyBinding(.down, [.character("j"), .down], .selectInTime(.next), "later meeting", hint: "h/l move"),
            KeyBinding(.up, [.character("k"), .up], .selectInTime(.previous), "earlier meeting"),
            KeyBinding(.first, [.character("g"), .home], .selectInTime(.first), "earliest meeting"),
            KeyBinding(.last, [.character("G"), .end], .selectInTime(.last), "latest meeting"),
            KeyBinding(.zoomIn, [.character("+"), .character("=")], .zoomTimelineIn, "zoom in (down to two years)", hint: "+/- zoom"),
            KeyBinding(.zoomOut, [.character("-")], .zoomTimelineOut, "zoom out (up to the whole span)"),
            KeyBinding(.read, [.enter], .openDetail),
            KeyBinding(.back, [.character("q"), .escape], .back, "back to the pane you came from", hint: "q back"),
        ]),
        (.anyPane, [
            KeyBinding(.earlier, [.character("h"), .left], .selectInTime(.previous)),
            KeyBinding(.later, [.character("l"), .right], .selectInTime(.next)),
            KeyBinding(.nextPane, [.tab], .focusNext, hint: "Tab pane"),
            KeyBinding(.previousPane, [.backTab], .focusPrevious),
            KeyBinding(.search, [.character("/")], .openSearch, hint: "/ search"),
            KeyBinding(.timeline, [.character("t")], .focusTimeline, hint: "t timeline"),
            KeyBinding(.nextMatch, [.character("n")], .nextMatch),
            KeyBinding(.previousMatch, [.character("N")], .previousMatch),
            KeyBinding(.sort, [.character("s")], .toggleOrder, hint: "s sort"),
            KeyBinding(.zoom, [.character("z")], .toggleZoom, hint: "z zoom"),
            KeyBinding(.goTo, [.character(":")], .openGoTo),
            KeyBinding(.historyBack, [.control("o"), .backspace], .historyBack),
            // Ctrl-I is the byte Tab sends, so a terminal cannot tell it from Tab (next pane).
            KeyBinding(.historyForward, [.control("n")], .historyForward),
            KeyBinding(.copyCitation, [.character("y")], .copyCitation),
            KeyBinding(.openRecord, [.character("o")], .openRecord),
            KeyBinding(.people, [.character("p")], .showIndex(.people)),
            KeyBinding(.countries, [.character("c")], .showIndex(.countries)),
            KeyBinding(.help, [.character("?"), .function(1)], .openHelp, hint: "? help"),
        ]),
        (.help, [
            KeyBinding(.down, [.character("j"), .down], .scrollHelp(.next), "scroll down", hint: "j/k scroll"),
            KeyBinding(.up, [.character("k"), .up], .scrollHelp(.previous), "scroll up"),
            KeyBinding(.first, [.character("g"), .home], .scrollHelp(.first), "top"),
            KeyBinding(.last, [.character("G"), .end], .scrollHelp(.last), "end"),
            KeyBinding(.pageDown, [.character(" "), .pageDown], .scrollHelp(.pageDown), "page down"),
            KeyBinding(.pageUp, [.character("b"), .pageUp], .scrollHelp(.pageUp), "page up"),
            KeyBinding(.closeHelp, [.escape, .character("q"), .character("?")], .closeHelp, hint: "Esc close"),
        ]),
        (.prompt, [
            KeyBinding(.promptAccept, [.enter], .promptAccept, hint: "Enter keep"),
            KeyBinding(.promptCancel, [.escape, .control("g")], .promptCancel, hint: "Esc cancel"),
            KeyBinding(.promptOlder, [.up], .promptHistory(.previous), hint: "↑/↓ history"),
            KeyBinding(.promptNewer, [.down], .promptHistory(.next)),
            KeyBinding(.cursorLeft, [.left, .control("b")], .promptEdit(.left)),
            KeyBinding(.cursorRight, [.right, .control("f")], .promptEdit(.right)),
            KeyBinding(.cursorStart, [.home, .control("a")], .promptEdit(.start)),
            KeyBinding(.cursorEnd, [.end, .control("e")], .promptEdit(.end)),
            KeyBinding(.deleteBack, [.backspace], .promptEdit(.backspace)),
            KeyBinding(.deleteForward, [.delete], .promptEdit(.delete)),
            KeyBinding(.deleteToStart, [.control("u")], .promptEdit(.killToStart)),
            KeyBinding(.deleteWord, [.control("w")], .promptEdit(.killWord)),
        ]),
        (.always, [
            KeyBinding(.quit, [.character("Q"), .control("c")], .quit, "quit from anywhere"),
            KeyBinding(.suspend, [.control("z")], .suspend),
            KeyBinding(.redraw, [.control("l")], .redraw),
        ]),
    ])

    /// Mouse gestures, listed in help beside the keys.
    public static let mouseHelp = [
        ("click", "select a meeting (list row or timeline mark) and focus its pane"),
        ("wheel", "scroll the pane under the pointer"),
    ]

    /// Not bound in the table: digits before a move repeat it.
    public static let countHelp = ("1–9 …", "a count before a move repeats it: 5j, 3n")
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
