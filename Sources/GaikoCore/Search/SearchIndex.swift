import Dispatch

/// An inverted index over a corpus's meetings: folded terms (sorted, so a typed prefix is a
/// binary search) with posting lists of meeting indices and word positions for phrases.
/// Immutable once built, so it can be built on one thread and used on another.
public struct SearchIndex: Sendable {
    /// Meetings per build shard. Fixed, not derived from the core count, so the same corpus
    /// always gives the same index.
    static let shardSize = 2048

    let postings: PostingStore
    let meetings: [Meeting]
    /// Per meeting: the kind's ordinal and the year (0 when undated), for field filters.
    let kinds: [UInt8]
    let years: [Int16]
    /// Plain words per meeting, and their mean, for ranking.
    let lengths: [UInt32]
    let averageLength: Double
    /// Unions of common prefixes' postings, filled as they are asked for (and, in the browser,
    /// for one-letter prefixes in the background: `prepareShortPrefixes`).
    var prefixUnions = PrefixUnions()

    public init(meetings: [Meeting]) {
        self = Self.build(meetings: meetings)
    }

    /// Builds the index, shards in parallel, then merges them. Deterministic: the result does
    /// not depend on how many cores run the shards or in which order they finish.
    public static func build(meetings: [Meeting]) -> SearchIndex {
        build(meetings: meetings, shardSize: shardSize)
    }

    static func build(meetings: [Meeting], shardSize: Int) -> SearchIndex {
        let shardCount = max(1, (meetings.count + shardSize - 1) / shardSize)
        let slots = ShardSlots(count: shardCount)
        let buildShard: @Sendable (Int) -> Void = { s in
            let range = (s * shardSize)..<min(meetings.count, (s + 1) * shardSize)
            var builder = ShardBuilder()
            for i in range { builder.add(meetings[i]) }
            slots.store(s, (builder.finish(firstMeeting: range.lowerBound), builder.meetingLengths))
        }
        // One shard (the bundled records, any small corpus) is built on this thread: waking
        // the worker threads cost more than the whole build, at start-up.
        if shardCount == 1 {
            buildShard(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: shardCount, execute: buildShard)
        }
        let shards = slots.values
        return SearchIndex(
            postings: .built(PostingMerge.merge(shards.map(\.0))),
            meetings: meetings,
            lengths: shards.flatMap(\.1)
        )
    }

    init(postings: PostingStore, meetings: [Meeting], lengths: [UInt32]) {
        var kinds: [UInt8] = [], years: [Int16] = []
        kinds.reserveCapacity(meetings.count)
        years.reserveCapacity(meetings.count)
        // Read in place: `meetings.map` copied every meeting (a retain and a release of each
        // of its strings), a few per cent of a warm `gaiko search`.
        meetings.withUnsafeBufferPointer { all in
            for m in all.indices {
                kinds.append(Self.kindOrdinal(all[m].kind))
                years.append(Self.year(all[m].date))
            }
        }
        self.init(postings: postings, meetings: meetings, kinds: kinds, years: years, lengths: lengths)
    }

    /// `meetings` may be empty when the index is only matched, never asked for snippets (a
    /// search straight from the cache, `CacheSession.storedMatches`); `kinds`, `years` and
    /// `lengths` always have one entry per meeting of the corpus.
    init(postings: PostingStore, meetings: [Meeting], kinds: [UInt8], years: [Int16], lengths: [UInt32]) {
        self.postings = postings
        self.meetings = meetings
        self.lengths = lengths
        self.kinds = kinds
        self.years = years
        averageLength = lengths.isEmpty ? 1 : max(1, Double(lengths.reduce(0) { $0 + Int($1) }) / Double(lengths.count))
    }

    /// What `kinds` holds for a meeting of `kind`.
    static func kindOrdinal(_ kind: MeetingKind) -> UInt8 { UInt8(MeetingKind.allCases.firstIndex(of: kind)!) }

    /// What `years` holds for a meeting of `date` (0 when undated).
    static func year(_ date: Day?) -> Int16 { Int16(clamping: date?.year ?? 0) }

    /// How many meetings the index covers.
    public var count: Int { kinds.count }

    /// How many distinct terms (words and field values) the index holds.
    public var termCount: Int { postings.withBuffers(\.termCount) }

    /// Approximate bytes the index itself holds (not counting the meetings), for benchmarks.
    public var indexByteCount: Int { postings.withBuffers(\.byteCount) + kinds.count + years.count * 2 + lengths.count * 4 }

    /// Works out the meetings of each one-letter and one-digit prefix that covers many terms, so
    /// that the first key typed in the search prompt does not walk thousands of posting lists.
    /// Meant for a background thread; searches running meanwhile stay right.
    public func prepareShortPrefixes() {
        postings.withBuffers { p in
            for byte in Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8) {
                let key = [byte]
                let range = p.prefixRange(key)
                guard prefixUnions.isWorthKeeping(range, p) else { continue }
                _ = prefixUnions.set(for: key) { union(range, p) }
                // The walks read most of a mapped index's posting lists, a letter at a time;
                // the unions are what is kept, so each letter's pages are given back at once.
                postings.releasePages()
            }
        }
    }

    /// Indices (into the `meetings` the index was built from) of the meetings that match, ascending.
    public func matches(_ query: SearchQuery) -> [Int] {
        matchSet(query).indices
    }
}

/// Where parallel shard builds leave their results: one slot per shard, each written by exactly
/// one `concurrentPerform` iteration and read only after all have returned, which is why the
/// unchecked `Sendable` is safe.
private final class ShardSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<(PostingTable, [UInt32])?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ index: Int, _ value: (PostingTable, [UInt32])) { slots[index] = value }

    var values: [(PostingTable, [UInt32])] { slots.map { $0! } }
}
