/// A stretch of days laid over a number of columns, each column covering the same number of days.
/// Days are `Day.ordinal` values so arithmetic stays in integers.
public struct TimeScale: Sendable, Hashable {
    /// First day on the axis.
    public let start: Int
    /// First day past the axis.
    public let end: Int
    public let columns: Int

    public init(start: Int, end: Int, columns: Int) {
        self.start = start
        self.end = max(end, start + 1)
        self.columns = max(0, columns)
    }

    /// Whole years: January 1 of `first`'s year up to January 1 after `last`'s year.
    public static func years(from first: Day, to last: Day, columns: Int) -> TimeScale {
        let start = Day(year: first.year, month: 1, day: 1).ordinal
        let end = Day(year: max(first.year, last.year) + 1, month: 1, day: 1).ordinal
        return TimeScale(start: start, end: end, columns: columns)
    }

    public var days: Int { end - start }

    public func contains(_ ordinal: Int) -> Bool { ordinal >= start && ordinal < end }

    /// The column a day falls in, or nil when it is off the axis.
    public func column(of ordinal: Int) -> Int? {
        guard columns > 0, contains(ordinal) else { return nil }
        return (ordinal - start) * columns / days
    }

    /// Labelled ticks: months when a span is short enough for them to be read, years otherwise,
    /// thinned so neighbouring labels keep a space between them.
    public func ticks() -> [Tick] {
        guard columns > 0 else { return [] }
        let columnsPerDay = Double(columns) / Double(days)
        let monthColumns = 30.44 * columnsPerDay
        if days <= 3 * 366, let step = [1, 2, 3, 6].first(where: { Double($0) * monthColumns >= 5 }) {
            return monthTicks(step: step)
        }
        let yearColumns = 365.25 * columnsPerDay
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500].first(where: { Double($0) * yearColumns >= 5 }) ?? 1000
        return yearTicks(step: step)
    }

    private func yearTicks(step: Int) -> [Tick] {
        let first = Day(ordinal: start).year
        let last = Day(ordinal: end - 1).year
        var ticks: [Tick] = []
        for year in first...last where year % step == 0 {
            if let col = column(of: Day(year: year, month: 1, day: 1).ordinal) {
                ticks.append(Tick(column: col, label: String(year), isMajor: true))
            }
        }
        return ticks
    }

    private func monthTicks(step: Int) -> [Tick] {
        let first = Day(ordinal: start)
        let last = Day(ordinal: end - 1)
        var ticks: [Tick] = []
        var year = first.year
        var month = first.month
        while (year, month) <= (last.year, last.month) {
            if (month - 1) % step == 0, let col = column(of: Day(year: year, month: month, day: 1).ordinal) {
                let label = month == 1 ? String(year) : Self.monthNames[month - 1]
                ticks.append(Tick(column: col, label: label, isMajor: month == 1))
            }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return ticks
    }

    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

/// A labelled point on the axis. Major ticks start a year.
public struct Tick: Sendable, Hashable {
    public var column: Int
    public var label: String
    public var isMajor: Bool

    public init(column: Int, label: String, isMajor: Bool) {
        self.column = column
        self.label = label
        self.isMajor = isMajor
    }
}
