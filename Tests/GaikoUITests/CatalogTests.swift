import GaikoCore
import Testing
@testable import GaikoUI

/// The catalog's time order, whether the corpus comes newest first (as a load gives it, and
/// the catalog reads it backwards) or in any other order (and it sorts).
@Suite struct CatalogTests {
    static func meeting(_ id: String, _ date: String?) -> Meeting {
        Meeting(id: id, source: id, title: id, date: date.map(Fixtures.day), kind: .summit)
    }

    static let meetings = [
        meeting("2020-05-01-summit", "2020-05-01"), meeting("2020-05-01-summit-2", "2020-05-01"),
        meeting("2019-01-02-other", "2019-01-02"), meeting("2018-03-03-summit", "2018-03-03"),
        meeting("2018-03-03-telephone", "2018-03-03"), meeting("undated-a", nil), meeting("undated-b", nil),
    ]

    static func sorted(_ meetings: [Meeting]) -> [Int] {
        meetings.indices.sorted { a, b in
            switch (meetings[a].date, meetings[b].date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (meetings[a].id, a) < (meetings[b].id, b)
            }
        }
    }

    @Test func aNewestFirstCorpusIsReadBackwards() {
        let catalog = Catalog(corpus: Corpus(meetings: Self.meetings, title: "t"))
        #expect(catalog.chronological == [3, 4, 2, 0, 1, 5, 6])
        #expect(catalog.chronological == Self.sorted(Self.meetings))
    }

    @Test(arguments: 0..<20)
    func anyOtherOrderIsSorted(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let shuffled = Self.meetings.shuffled(using: &generator)
        let catalog = Catalog(corpus: Corpus(meetings: shuffled, title: "t"))
        #expect(catalog.chronological == Self.sorted(shuffled))
        #expect(catalog.rank.enumerated().allSatisfy { catalog.chronological[$0.element] == $0.offset })
    }

    /// A corpus a load put in order is taken as it is: the same time order as when confirmed.
    @Test func aCorpusMarkedNewestFirstIsTakenAsItIs() {
        let loaded = CorpusLoader.bundled()
        #expect(loaded.isNewestFirst)
        var plain = loaded
        plain.meetings = loaded.meetings
        #expect(!plain.isNewestFirst, "changing the meetings clears the mark")
        #expect(Catalog(corpus: loaded).chronological == Catalog(corpus: plain).chronological)
        #expect(Catalog(corpus: loaded).chronological == Self.sorted(loaded.meetings))
    }

    /// The byte comparison of ids agrees with `String`'s order, ASCII or not, ties by index.
    @Test func idsCompareAsStringsDo() {
        let ids = ["2020-05-01-summit", "2020-05-01-summit-2", "2020-05-01-summit-10", "2020-05-01-summi",
                   "", "undated-other", "Ångström-1", "Angstrom-1", "e\u{301}", "\u{e9}", "2020-05-01-summit"]
        for (a, x) in ids.enumerated() {
            for (b, y) in ids.enumerated() {
                #expect(Catalog.idPrecedes(x, a, y, b) == ((x, a) < (y, b)), "\(x) \(y)")
            }
        }
    }
}
