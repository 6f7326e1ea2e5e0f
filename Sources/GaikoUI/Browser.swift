import GaikoCore

/// Interface placeholder, replaced by the browser issue work: the terminal UI as a `Program`.
public struct Browser: Program {
    var corpus: Corpus
    var selected = 0

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    public mutating func handle(_ key: Key) -> Effect {
        switch key {
        case .character("q"), .control("c"): return .quit
        case .control("z"): return .suspend
        case .character("j"), .down: selected = min(corpus.meetings.count - 1, selected + 1)
        case .character("k"), .up: selected = max(0, selected - 1)
        default: break
        }
        return .none
    }

    public func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        for (row, meeting) in corpus.meetings.enumerated() {
            grid.put(meeting.title, x: 0, y: row, role: row == selected ? .selected : .normal)
        }
        return grid
    }

    public func cursor(width: Int, height: Int) -> (x: Int, y: Int)? { nil }

    public mutating func poll() -> Bool { false }
    public var pollInterval: Int? { nil }
}
