import GaikoCore

/// The terminal browser as a `Program`: a key goes through the key table to an action, the action
/// updates the state, and the state renders to a grid. Nothing here touches a terminal.
public struct Browser: Program {
    public private(set) var state: BrowserState
    public let keyTable: KeyTable

    public init(corpus: Corpus, width: Int = 80, height: Int = 24, keyTable: KeyTable = .standard) {
        state = BrowserState(corpus: corpus, width: width, height: height)
        self.keyTable = keyTable
    }

    /// The action a key stands for now, or nil when it means nothing here.
    public func action(for key: Key) -> Action? {
        switch key {
        case .resize(let w, let h):
            return .resize(width: w, height: h)
        case .mouse(let event):
            switch event.button {
            case .left: return .click(x: event.x, y: event.y)
            case .wheelUp: return .wheel(x: event.x, y: event.y, down: false)
            case .wheelDown: return .wheel(x: event.x, y: event.y, down: true)
            case .other: return nil
            }
        default:
            return keyTable.action(for: key, in: state.keyContexts)
        }
    }

    public mutating func handle(_ key: Key) -> Effect {
        guard let action = action(for: key) else { return .none }
        state.apply(action)
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        default: return .none
        }
    }

    public func render(width: Int, height: Int) -> Grid {
        if width == state.width, height == state.height { return state.render() }
        // The loop may ask before the resize event arrives: settle a copy at that size.
        var sized = state
        sized.apply(.resize(width: width, height: height))
        return sized.render()
    }

    public func cursor(width: Int, height: Int) -> (x: Int, y: Int)? { nil }

    public mutating func poll() -> Bool { false }
    public var pollInterval: Int? { nil }
}
