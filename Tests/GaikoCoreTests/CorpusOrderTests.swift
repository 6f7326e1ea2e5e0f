import GaikoSynth
import Testing
@testable import GaikoCore

@Suite struct CorpusOrderTests {
    func meeting(_ id: String, _ date: Day?) -> Meeting {
        Meeting(id: id, source: id, title: id, date: date, kind: .other)
    }

    @Test func newestFirstThenByIdWithUndatedLast() {
        let day = Day(year: 2017, month: 11, day: 10)
        let meetings = [
            meeting("u", nil), meeting("b", day), meeting("old", Day(year: 2014, month: 1, day: 1)),
            meeting("a", day), meeting("new", Day(year: 2024, month: 1, day: 1)), meeting("t", nil),
        ]
        #expect(MeetingOrder.newestFirst.sorted(meetings).map(\.id) == ["new", "a", "b", "old", "t", "u"])
        #expect(MeetingOrder.oldestFirst.sorted(meetings).map(\.id) == ["old", "a", "b", "new", "t", "u"])
    }

    @Test func sortingPositionsOrdersTheMeetingsTheyPointAt() {
        let day = Day(year: 2017, month: 11, day: 10)
        let meetings = [
            meeting("u", nil), meeting("b", day), meeting("old", Day(year: 2014, month: 1, day: 1)),
            meeting("a", day), meeting("new", Day(year: 2024, month: 1, day: 1)), meeting("t", nil),
        ]
        for order in MeetingOrder.allCases {
            #expect(order.sorted(Array(meetings.indices), of: meetings).map { meetings[$0] } == order.sorted(meetings))
            #expect(order.sorted([5, 3, 1, 0], of: meetings).map { meetings[$0].id } == order.sorted([meetings[5], meetings[3], meetings[1], meetings[0]]).map(\.id))
        }
        #expect(MeetingOrder.oldestFirst.sorted([], of: meetings).isEmpty)
    }

    /// The ids' bytes compared in one buffer give the order of comparing each id's `utf8`:
    /// prefixes, empty ids, accents and one day shared by many, on seeded ids.
    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func tiesBrokenOnBytesAsOnEachIdsUTF8(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let pieces = ["", "a", "ab", "2020-03-21-summit", "2020-03-21-summit-2", "2020-03-21-tel", "é", "e\u{301}", "Z", "2020"]
        let count = 200 + Int(rng.next() % 300)
        let ids = (0..<count).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] + pieces[Int(rng.next() % UInt64(pieces.count))] }
        let days: [Day?] = (0..<count).map { _ in rng.next() % 5 == 0 ? nil : Day(year: 2020, month: 3, day: 20 + Int(rng.next() % 3)) }
        for order in MeetingOrder.allCases {
            let plain = Array(ids.indices).sorted { a, b in
                let ka = days[a].map { $0.year * 10_000 + $0.month * 100 + $0.day }.map { order == .newestFirst ? -$0 : $0 } ?? .max
                let kb = days[b].map { $0.year * 10_000 + $0.month * 100 + $0.day }.map { order == .newestFirst ? -$0 : $0 } ?? .max
                return ka != kb ? ka < kb : ids[a].utf8.lexicographicallyPrecedes(ids[b].utf8)
            }
            let fast = order.permutation(days: days, ids: ids)
            // Equal keys may come in either order; the keys in turn must agree.
            #expect(fast.map { "\(String(describing: days[$0]))|\(ids[$0])" } == plain.map { "\(String(describing: days[$0]))|\(ids[$0])" })
        }
    }

    /// The rule as it was written first, on a `Set<String>`: the reference for `IDTable`.
    static func plainResolve(_ ids: [String]) -> [String] {
        var taken = Set<String>()
        var repeats: [Int] = []
        for (i, id) in ids.enumerated() where !taken.insert(id).inserted { repeats.append(i) }
        var unique = ids
        var next: [String: Int] = [:]
        for i in repeats {
            var n = next[ids[i], default: 2]
            while !taken.insert(ids[i] + "-" + String(n)).inserted { n += 1 }
            unique[i] = ids[i] + "-" + String(n)
            next[ids[i]] = n + 1
        }
        return unique
    }

    /// Many repeats, suffixes written in records (`x-2`, `x-2-2`), empty ids; with accented ids
    /// (one written as one scalar and as two: equal strings, other bytes) in half the seeds.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func duplicatesResolvedByBytesAsByStrings(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        let pieces = ["", "x", "x-2", "x-3", "2020-03-21-summit", "2020-03-21-summit-2", "-2", "y"]
            + (seed % 2 == 0 ? ["é", "e\u{301}"] : ["z", "x-2-2"])
        let count = Int(rng.next() % 600)
        let ids = (0..<count).map { _ in
            rng.next() % 3 == 0 ? pieces[Int(rng.next() % UInt64(pieces.count))] + pieces[Int(rng.next() % UInt64(pieces.count))]
                : pieces[Int(rng.next() % UInt64(pieces.count))]
        }
        let resolved = DuplicateIDs.resolve(ids: ids)
        #expect(resolved == Self.plainResolve(ids))
        #expect(Set(resolved).count == resolved.count)
    }

    @Test func theLoaderKeepsMeetingsNewestFirst() {
        let meetings = CorpusLoader.assemble(
            [.success(meeting("x", Day(year: 2001, month: 1, day: 1))), .success(meeting("y", Day(year: 2002, month: 1, day: 1)))],
            title: "t")
        #expect(meetings.meetings.map(\.id) == ["y", "x"])
    }

    @Test func duplicatesAreNumberedFromTwoInOrder() {
        let ids = DuplicateIDs.resolve(["x", "y", "x", "x", "y"].map { meeting($0, nil) }).map(\.id)
        #expect(ids == ["x", "y", "x-2", "x-3", "y-2"])
    }

    @Test func aSuffixAnotherRecordHasIsSkipped() {
        let ids = DuplicateIDs.resolve(["x", "x-2", "x"].map { meeting($0, nil) }).map(\.id)
        #expect(ids == ["x", "x-2", "x-3"])
        #expect(Set(ids).count == ids.count)
    }

    @Test func parallelMapKeepsInputOrder() {
        let items = Array(0..<1000)
        #expect(OrderedParallelMap.map(items, chunkSize: 7) { $0 * 3 } == items.map { $0 * 3 })
        #expect(OrderedParallelMap.map([Int](), chunkSize: 7) { $0 }.isEmpty)
    }

    var corpus: Corpus {
        Corpus(meetings: [
            "2017-11-10-summit", "2017-11-08-foreign-ministers", "2014-11-10-summit", "2024-11-17-summit",
            "2024-11-17-summit-2",
        ].map { meeting($0, nil) }, title: "t")
    }

    @Test func findsByExactIdCaselessIdOrUniquePrefix() {
        #expect(corpus.meeting(matching: "2017-11-10-summit")?.id == "2017-11-10-summit")
        #expect(corpus.meeting(matching: "2017-11-10-SUMMIT")?.id == "2017-11-10-summit")
        #expect(corpus.meeting(matching: "2017-11-08")?.id == "2017-11-08-foreign-ministers")
        #expect(corpus.meeting(matching: "2024-11-17-summit")?.id == "2024-11-17-summit")
        #expect(corpus.meeting(matching: "2017") == nil)
        #expect(corpus.meeting(matching: "") == nil)
        #expect(corpus.meeting(matching: "1999") == nil)
    }

    @Test func closestIdsPutTyposAndPrefixesFirst() {
        #expect(corpus.closestIDs(to: "2017-11-1-summit", limit: 1) == ["2017-11-10-summit"])
        #expect(corpus.closestIDs(to: "2014-11-10-sumit", limit: 1) == ["2014-11-10-summit"])
        #expect(Set(corpus.closestIDs(to: "2024", limit: 2)) == ["2024-11-17-summit", "2024-11-17-summit-2"])
        #expect(corpus.closestIDs(to: "x", limit: 3).count == 3)
    }

    @Test func editDistanceCountsSingleEdits() {
        #expect(EditDistance.between(Array("kitten"), Array("sitting")) == 3)
        #expect(EditDistance.between(Array(""), Array("abc")) == 3)
        #expect(EditDistance.between(Array("same"), Array("same")) == 0)
    }
}

