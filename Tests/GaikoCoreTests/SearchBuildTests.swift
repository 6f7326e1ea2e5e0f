@testable import GaikoCore
import Testing

/// The parallel, sharded build gives the same index however the meetings are cut into shards.
@Suite struct SearchBuildTests {
    static var meetings: [Meeting] {
        let bundled = CorpusLoader.bundled().meetings
        return (0..<7).flatMap { copy in
            bundled.map { m in
                var m = m
                m.lead.append("copy\(copy) marker\(copy % 3)")
                return m
            }
        }
    }

    @Test func shardingDoesNotChangeTheIndex() {
        let whole = SearchIndex.build(meetings: Self.meetings, shardSize: 1_000)
        for size in [1, 2, 3, 8] {
            let sharded = SearchIndex.build(meetings: Self.meetings, shardSize: size)
            #expect(sharded.postingTableCopy == whole.postingTableCopy)
            #expect(sharded.lengths == whole.lengths)
        }
    }

    @Test func postingsAcrossShardsAreFound() throws {
        let index = SearchIndex.build(meetings: Self.meetings, shardSize: 4)
        let all = index.matches(try SearchQuery.parse("marker1"))
        #expect(all == Self.meetings.indices.filter { Self.meetings[$0].lead.last!.hasSuffix("marker1") })
        #expect(index.matches(try SearchQuery.parse("\"copy6 marker0\"")) == Array(30..<35))
        #expect(index.matches(try SearchQuery.parse("copper")).count == 7)
    }

    @Test func termsAreSortedAndUnique() {
        let p = SearchIndex(meetings: Self.meetings).postingTableCopy
        let terms = (0..<p.termCount).map { Array(p.termBytes[p.term($0)]) }
        #expect(zip(terms, terms.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
    }

    @Test func emptyCorpus() throws {
        let index = SearchIndex(meetings: [])
        #expect(index.matches(try SearchQuery.parse("tpp")).isEmpty)
        #expect(index.matches(try SearchQuery.parse("")).isEmpty)
    }
}
