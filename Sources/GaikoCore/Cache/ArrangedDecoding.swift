import Foundation

/// Every entry of a meetings file decoded into its place in the corpus by a stored
/// arrangement, on all cores, each meeting straight into its slot: no array of outcomes to
/// sort or move. The one loop behind a checked warm load (`CacheSession.unchangedCorpus`) and
/// the browser's first screen (`CorpusCache.storedCorpus`), which differ only in how one entry
/// is checked and decoded.
enum ArrangedDecoding {
    /// What `decode` did with one entry.
    enum Placed {
        /// A meeting, now in the slot it was given.
        case meeting
        /// A meeting's outline (`StoredCollection.outline`), now in its slot: not renamed.
        case outline
        case problem(LoadProblem)
        /// Not placed (changed, damaged, not what the arrangement says): the whole decoding
        /// stops and gives nothing.
        case stop
    }

    /// Per thread: the pool its strings share and the folder it stats in.
    struct Worker {
        var pool = StringPool()
        let stats = FolderStats()
    }

    /// Entries `0..<entries`, each placed where `arrangement` puts it (a problem's entry in no
    /// place), renamed as it says. `decode(i, slot, worker)` gets a slot for a meeting's entry
    /// and nil for a problem's; it must fill the slot exactly when it answers `.meeting`. The
    /// pages of each run of heads are given back (`release`) once it is decoded. Nil when any
    /// entry stops, or the arrangement does not fit the entries.
    static func decodeAll(
        _ arrangement: CorpusArrangement, entries: Int, release: @Sendable (Range<Int>) -> Void,
        decode: @Sendable (Int, UnsafeMutablePointer<Meeting>?, inout Worker) -> Placed
    ) -> (meetings: [Meeting], problems: [LoadProblem])? {
        guard let places = places(arrangement.order, entries: entries) else { return nil }
        let count = arrangement.order.count
        // Each renamed meeting takes its id in its slot, on the decoding thread: renaming them
        // after in one loop copied the whole array once (and was serial).
        var ids: [String?] = []
        if !arrangement.renamed.isEmpty {
            ids = Array(repeating: nil, count: count)
            for r in arrangement.renamed {
                guard r.position >= 0, r.position < count else { return nil }
                ids[r.position] = r.id
            }
        }
        let renamedIDs = ids
        let total = places.count
        guard total > 0 else { return count == 0 ? ([], []) : nil }
        let chunk = max(256, total / max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunks = (total + chunk - 1) / chunk
        @Sendable func end(of c: Int) -> Int { min(total, (c + 1) * chunk) }
        let problems = UnsafeMutableBufferPointer<LoadProblem?>.allocate(capacity: total)
        problems.initialize(repeating: nil)
        defer { problems.deinitialize().deallocate() }
        // Per chunk, the first entry it did not place (its end when it placed them all).
        let reached = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
        reached.initialize(repeating: 0)
        defer { reached.deallocate() }
        let shared = Shared(problems: problems, reached: reached)
        var complete = true
        let meetings = [Meeting](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = Output(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * chunk)..<end(of: c)
                var worker = Worker()
                var i = range.lowerBound
                placing: while i < range.upperBound {
                    let slot = places[i] >= 0 ? output.base!.advanced(by: places[i]) : nil
                    switch decode(i, slot, &worker) {
                    case .meeting where slot != nil:
                        if !renamedIDs.isEmpty, let id = renamedIDs[places[i]] { slot!.pointee.id = id }
                    case .outline where slot != nil: break
                    case .problem(let problem) where slot == nil: shared.problems[i] = problem
                    default: break placing
                    }
                    i += 1
                }
                shared.reached[c] = i
                release(range)
            }
            complete = (0..<chunks).allSatisfy { reached[$0] == end(of: $0) }
            if complete {
                initialized = count
            } else {
                // Empty exactly the places that were filled, and give the array back empty.
                for c in 0..<chunks {
                    for i in (c * chunk)..<reached[c] where places[i] >= 0 {
                        buffer.baseAddress!.advanced(by: places[i]).deinitialize(count: 1)
                    }
                }
                initialized = 0
            }
        }
        guard complete else { return nil }
        return (meetings, problems.compactMap { $0 })
    }

    /// Each entry's place by `order` (positions in the corpus, as entry numbers), -1 for an
    /// entry not in it; nil when the order names an entry twice or one that is not there.
    private static func places(_ order: [Int], entries: Int) -> [Int]? {
        var place = [Int](repeating: -1, count: entries)
        for (position, e) in order.enumerated() {
            guard e >= 0, e < entries, place[e] < 0 else { return nil }
            place[e] = position
        }
        return place
    }

    /// Buffers the chunks share; sound because each chunk writes only its own elements and
    /// `concurrentPerform` returns when all are done.
    private struct Shared: @unchecked Sendable {
        let problems: UnsafeMutableBufferPointer<LoadProblem?>
        let reached: UnsafeMutableBufferPointer<Int>
    }

    private struct Output: @unchecked Sendable {
        let base: UnsafeMutablePointer<Meeting>?
    }
}
