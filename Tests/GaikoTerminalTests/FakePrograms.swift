import GaikoUI

/// Records every key, shows the last one, and quits on `q`.
struct RecordingProgram: Program {
    var keys: [Key] = []

    mutating func handle(_ key: Key) -> Effect {
        keys.append(key)
        return key == .character("q") ? .quit : .none
    }

    func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("keys: \(keys.count)", x: 0, y: 0, role: .heading)
        if let last = keys.last { grid.put("last: \(last)", x: 0, y: 1) }
        return grid
    }

    func cursor(width: Int, height: Int) -> (x: Int, y: Int)? { nil }
    mutating func poll() -> Bool { false }
    var pollInterval: Int? { nil }
}

/// Asks to be polled every millisecond and redraws each time it is.
struct PollingProgram: Program {
    var polls = 0

    mutating func handle(_ key: Key) -> Effect { .none }

    func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("polls: \(polls)", x: 0, y: 0)
        return grid
    }

    func cursor(width: Int, height: Int) -> (x: Int, y: Int)? { nil }

    mutating func poll() -> Bool {
        polls += 1
        return true
    }

    var pollInterval: Int? { 1 }
}

/// A prompt: shows the cursor after the text typed so far; Enter ends it.
struct PromptProgram: Program {
    var text = ""

    mutating func handle(_ key: Key) -> Effect {
        switch key {
        case .enter: return .quit
        case .character(let c): text.append(c)
        default: break
        }
        return .none
    }

    func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("/" + text, x: 0, y: height - 1, role: .prompt)
        return grid
    }

    func cursor(width: Int, height: Int) -> (x: Int, y: Int)? { (1 + text.count, height - 1) }
    mutating func poll() -> Bool { false }
    var pollInterval: Int? { nil }
}
