import Testing
@testable import GaikoCore
import GaikoSynth

@Suite struct TimelineTests {
    let first = Day(year: 2014, month: 11, day: 10)
    let last = Day(year: 2024, month: 11, day: 17)

    @Test func yearsScaleSpansWholeYears() {
        let scale = TimeScale.years(from: first, to: last, columns: 110)
        #expect(Day(ordinal: scale.start) == Day(year: 2014, month: 1, day: 1))
        #expect(Day(ordinal: scale.end) == Day(year: 2025, month: 1, day: 1))
        #expect(scale.column(of: scale.start) == 0)
        #expect(scale.column(of: scale.end - 1) == 109)
        #expect(scale.column(of: scale.end) == nil)
        #expect(scale.column(of: scale.start - 1) == nil)
    }

    @Test func columnsRiseWithTimeAndStayInRange() {
        let scale = TimeScale.years(from: first, to: last, columns: 37)
        var previous = -1
        for ordinal in scale.start..<scale.end {
            let col = scale.column(of: ordinal)!
            #expect(col >= previous && col < 37)
            previous = col
        }
    }

    @Test func wholeSpanTicksAreYearsThinnedToFit() {
        let wide = TimeScale.years(from: first, to: last, columns: 110).ticks()
        #expect(wide.map(\.label) == (2014...2024).map(String.init))
        let narrow = TimeScale.years(from: first, to: last, columns: 30).ticks()
        #expect(narrow.map(\.label) == ["2014", "2016", "2018", "2020", "2022", "2024"])
        for pair in zip(narrow, narrow.dropFirst()) { #expect(pair.1.column - pair.0.column >= 5) }
    }

    @Test func shortSpansGetMonthTicks() {
        let start = Day(year: 2023, month: 1, day: 1).ordinal
        let ticks = TimeScale(start: start, end: start + 730, columns: 116).ticks()
        #expect(ticks.first?.label == "2023")
        #expect(ticks.contains { $0.label == "Mar" })
        #expect(ticks.filter(\.isMajor).map(\.label) == ["2023", "2024"])
    }

    @Test func zeroColumnsHaveNoTicksOrColumns() {
        let scale = TimeScale.years(from: first, to: last, columns: 0)
        #expect(scale.ticks().isEmpty)
        #expect(scale.column(of: first.ordinal) == nil)
    }

    @Test func bucketsKeepEveryItemAndCountTheOffAxisOnes() {
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let base = Day(year: 1985, month: 1, day: 1).ordinal
        let items = (0..<5_000).map { (id: $0, ordinal: base + next() % (40 * 365)) }
        let scale = TimeScale(start: base + 3650, end: base + 7300, columns: 100)
        let buckets = TimelineBuckets(items: items, scale: scale)
        #expect(buckets.count + buckets.before + buckets.after == 5_000)
        let inside = items.filter { scale.contains($0.ordinal) }
        #expect(buckets.count == inside.count)
        for item in inside.prefix(50) {
            #expect(buckets.columns[scale.column(of: item.ordinal)!].contains(item.id))
        }
        // The browser's form: ids in an order of their own, ordinals by id, undated left out.
        var ordinals = items.map(\.ordinal)
        ordinals[3] = .min
        let order = Array(items.indices.reversed())
        let byID = TimelineBuckets(ids: order, ordinals: ordinals, scale: scale)
        let expected = TimelineBuckets(
            items: order.lazy.filter { $0 != 3 }.map { (id: $0, ordinal: ordinals[$0]) }, scale: scale)
        #expect(byID == expected)
    }

    /// Ids in time order (the browser's), undated last, take the run-by-run way; any order,
    /// undated anywhere, gives the same buckets as the item-by-item way.
    @Test(arguments: 0..<12)
    func idsInTimeOrderBucketAsItemsDo(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let count = Int(rng.next() % 3_000)
        var ordinals = (0..<count).map { _ in 7_000 + Int(rng.next() % 9_000) }
        for i in ordinals.indices where rng.next() % 20 == 0 { ordinals[i] = .min }
        let dated = ordinals.indices.filter { ordinals[$0] != .min }.sorted { (ordinals[$0], $0) < (ordinals[$1], $1) }
        let inTime = dated + ordinals.indices.filter { ordinals[$0] == .min }
        let shuffled = inTime.shuffled(using: &rng)
        let first = Day(ordinal: 8_000 + Int(rng.next() % 2_000)), last = Day(ordinal: 12_000 + Int(rng.next() % 3_000))
        for columns in [1, 7, 100, 333] {
            let scale = TimeScale.years(from: first, to: last, columns: columns)
            for ids in [inTime, shuffled, Array(inTime.prefix(count / 2))] {
                let expected = TimelineBuckets(
                    items: ids.lazy.filter { ordinals[$0] != .min }.map { (id: $0, ordinal: ordinals[$0]) }, scale: scale)
                #expect(TimelineBuckets(ids: ids, ordinals: ordinals, scale: scale) == expected)
            }
            #expect(TimelineBuckets.columnsOfTimeOrdered(inTime, ordinals, scale) != nil)
            #expect(count < 10 || TimelineBuckets.columnsOfTimeOrdered(shuffled, ordinals, scale) == nil)
        }
    }
}
