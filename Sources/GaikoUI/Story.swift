import GaikoCore

extension BrowserState {
    /// Sets `storyCountry`: the one counterpart country every meeting in view shares (meetings
    /// that name none aside), when a search or an index entry has narrowed the list to it.
    mutating func refreshStory() {
        storyCountry = nil
        guard filter != nil, let connections, !chronological.isEmpty else { return }
        var found: Int?
        for i in chronological {
            guard let c = connections.country[i] else { continue }
            if found == nil { found = c } else if found != c { return }
        }
        storyCountry = found
    }
}

/// Who led each side through one country's meetings on the timeline's axis: a lane for Japan
/// and one for the counterpart, with a label wherever the principal changes. The leaders are
/// the principals of the leaders' meetings in view (summits, and telephone talks Japan's prime
/// minister held), or of all of them when there is none, so foreign ministers' talks in
/// between do not break a prime minister's run.
struct StoryLanes {
    struct Run: Sendable, Hashable {
        /// Axis column where the run starts (0 for one that began before a zoomed axis).
        var column: Int
        var name: String
    }

    struct Lane: Sendable, Hashable {
        var label: String
        var runs: [Run]
    }

    let lanes: [Lane]

    init(state: BrowserState, country: Int, scale: TimeScale) {
        guard let connections = state.connections else {
            lanes = []
            return
        }
        let dated = state.chronological.prefix(state.datedCount)
        let leaders = dated.filter { Self.isLeaders(state.meetings[$0]) }
        let leading = leaders.isEmpty ? Array(dated) : leaders
        func lane(_ label: String, _ side: [Int?]) -> Lane {
            var runs: [Run] = []
            var last: Int?
            for i in leading {
                guard let person = side[i], person != last else { continue }
                last = person
                let name = connections.people[person].familyName ?? connections.people[person].name
                let ordinal = state.catalog.ordinals[i]
                if ordinal < scale.start {
                    runs = [Run(column: 0, name: name)]
                    continue
                }
                guard let column = scale.column(of: ordinal) else { break }
                // Two changes in one column: the later leader is the one that lasts.
                if runs.last?.column == column { runs.removeLast() }
                runs.append(Run(column: column, name: name))
            }
            return Lane(label: label, runs: runs)
        }
        lanes = [lane("Japan", connections.japanPerson), lane(connections.countries[country].name, connections.counterpartPerson)]
    }

    /// A summit, or a telephone talk held by Japan's prime minister (not a deputy).
    static func isLeaders(_ m: Meeting) -> Bool {
        switch m.kind {
        case .summit: return true
        case .telephone:
            guard let title = m.japan.title else { return false }
            let folded = title.lowercased()
            return folded.contains("prime minister") && !folded.contains("deputy")
        default: return false
        }
    }
}
