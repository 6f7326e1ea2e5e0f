import GaikoSynth
import Testing
@testable import GaikoCore

/// `Related.samePrincipals` and `sameCountry` find their place in a person's or a country's
/// list by halving; here they are checked against the plain walks over the whole list on made-up
/// corpora where pairs, countries, shared days and undated meetings are common.
@Suite("Related: found by halving = the plain walk")
struct RelatedSearchTests {
    static func corpus(seed: UInt64, count: Int) -> [Meeting] {
        var rng = SplitMix64(seed: seed)
        let base = ConnectionsTests.bundled[0]
        let japanese = ["Shinzo Abe", "Fumio Kishida", "Taro Kono"]
        let others = ["Ana Lima", "Pedro Ruiz", "Jose Diaz", "Maria Cruz", "Luis Vega"]
        let countries = ["Peru", "Chile", "Brazil"]
        return (0..<count).map { k in
            var m = base
            m.id = "m\(k)"
            m.date = rng.next() % 6 == 0 ? nil : Day(ordinal: Int(rng.next() % 40))
            m.japan = Principal(name: japanese[Int(rng.next() % 3)])
            m.counterpart = Principal(name: others[Int(rng.next() % 5)], country: countries[Int(rng.next() % 3)])
            return m
        }
    }

    /// The walks as they were: every meeting of the shorter list, every dated one of the country.
    static func plainSamePrincipals(_ i: Int, _ meetings: [Meeting], _ c: Connections) -> [Int] {
        guard let japan = c.japanPerson[i], let other = c.counterpartPerson[i], let day = meetings[i].date else { return [] }
        let shorter = c.people[japan].meetings.count <= c.people[other].meetings.count ? japan : other
        var previous: Int?
        var next: Int?
        for m in c.people[shorter].meetings where m != i && c.japanPerson[m] == japan && c.counterpartPerson[m] == other {
            guard let d = meetings[m].date else { continue }
            if (d, m) < (day, i) { previous = m } else if next == nil { next = m }
        }
        return [previous, next].compactMap { $0 }
    }

    static func plainSameCountry(_ i: Int, _ meetings: [Meeting], _ c: Connections, limit: Int) -> [Int] {
        guard let country = c.country[i] else { return [] }
        let list = c.countries[country].meetings
        guard let day = meetings[i].date?.ordinal else { return Array(list.lazy.filter { $0 != i }.prefix(limit)) }
        let others = list.filter { $0 != i }
        let dated = others.filter { meetings[$0].date != nil }
        // Nearest first; on a tie the earlier; then the undated in list order.
        let sorted = dated.enumerated().sorted { a, b in
            let da = abs(meetings[a.element].date!.ordinal - day), db = abs(meetings[b.element].date!.ordinal - day)
            if da != db { return da < db }
            let aBefore = (meetings[a.element].date!.ordinal, a.element) < (day, i)
            let bBefore = (meetings[b.element].date!.ordinal, b.element) < (day, i)
            if aBefore != bBefore { return aBefore }
            return aBefore ? a.offset > b.offset : a.offset < b.offset
        }.map(\.element)
        return Array((sorted + others.filter { meetings[$0].date == nil }).prefix(limit))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func halvingFindsWhatTheWalkFinds(_ seed: UInt64) {
        let meetings = Self.corpus(seed: seed, count: 300)
        let c = Connections.build(meetings)
        for i in meetings.indices {
            #expect(Related.samePrincipals(i, meetings, c) == Self.plainSamePrincipals(i, meetings, c), "meeting \(i)")
            for limit in [0, 3, 10] {
                #expect(Related.sameCountry(i, meetings, c, limit: limit) == Self.plainSameCountry(i, meetings, c, limit: limit),
                        "meeting \(i), limit \(limit)")
            }
        }
    }
}
