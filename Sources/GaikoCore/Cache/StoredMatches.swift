import Foundation

/// A search answered from the cache without making the corpus: `gaiko search tpp` prints a
/// third of 100,000 meetings, and decoding the other two thirds' heads only to drop them was a
/// quarter of its time. The files are checked exactly as `unchangedCorpus` checks them; the
/// stored index (which keeps each meeting's kind and year for field filters) is matched; then
/// only the matching meetings' heads are decoded. What comes out is what a load of the whole
/// corpus followed by `SearchIndex.ranked` gives, restricted to the matches.
extension CacheSession {
    /// The meetings `query` matches, when nothing changed and the index for this meetings file
    /// is stored; nil otherwise (a changed, added or removed file, a racy entry whose text
    /// changed, no index for this generation, damage), and the caller loads the corpus as
    /// usual. `read` reads file `i`, for entries too recent for their stamp to prove anything.
    func storedMatches(for query: SearchQuery, read: @Sendable (Int) -> Result<String, LoadProblem.Reason>) -> SearchMatches? {
        guard let existing, bodies != nil, existing.heads.count == files.count, !files.isEmpty,
              let arrangement = existing.arrangement(), let places = Self.places(arrangement, entries: files.count)
        else { return nil }
        for i in files.indices where match[i] != i { return nil }
        let count = arrangement.order.count
        // The index is read (and its checksum checked) on a thread of its own while the files
        // are stat'ed: neither waits for the other.
        let expect = CacheHeader(magic: IndexFile.magic, schema: IndexFile.schema, build: build, collection: key,
                                 generation: existing.header.generation, count: UInt64(count), bodyLength: 0)
        let stored = StoredIndex()
        let reading = DispatchGroup()
        let indexPath = folder + "/index"
        DispatchQueue.global().async(group: reading) {
            // A damaged index gives nil here, and the load that follows reports and rebuilds it.
            stored.index = try? IndexFile.read(indexPath, expect: expect, count: count, meetings: [])
        }
        let unchanged = stampsUnchanged(places: places, read: read)
        reading.wait()
        guard unchanged, let index = stored.index else { return nil }
        guard let problems = storedProblems(places: places, read: read) else { return nil }

        let ranked = index.ranked(query)
        let positions = ranked.map(\.index).sorted()
        guard let meetings = decodeMeetings(at: positions, arrangement: arrangement) else { return nil }
        // Each match's place among the meetings decoded, which are in corpus order.
        var local = [Int32](repeating: -1, count: count)
        for (k, p) in positions.enumerated() { local[p] = Int32(k) }
        cache.lastParsedCount = 0
        cache.lastSearchWasStored = true
        cache.loaded(collection: key, folder: folder, generation: existing.header.generation)
        return SearchMatches(meetings: meetings, ranked: ranked.map { (Int(local[$0.index]), $0.score) },
                             problems: problems, corpusCount: count)
    }

    /// Per entry, its position in the corpus (-1 for a problem's entry); nil when the order
    /// names an entry twice or one that is not there.
    private static func places(_ arrangement: CorpusArrangement, entries: Int) -> [Int]? {
        var place = [Int](repeating: -1, count: entries)
        for (position, e) in arrangement.order.enumerated() {
            guard e >= 0, e < entries, place[e] < 0 else { return nil }
            place[e] = position
        }
        for r in arrangement.renamed where r.position < 0 || r.position >= arrangement.order.count { return nil }
        return place
    }

    /// Whether every file has its entry's stamp, on all cores, as `unchangedCorpus` checks it:
    /// an entry old enough to lose its racy mark is left to the load, which rewrites it, and a
    /// racy meeting's text must still hash as stored (a racy problem is checked with the
    /// problems). The heads' pages are given back as each run is checked.
    private func stampsUnchanged(places: [Int], read: @Sendable (Int) -> Result<String, LoadProblem.Reason>) -> Bool {
        guard let existing else { return false }
        let total = files.count, started = self.started, files = self.files
        let chunk = max(1024, total / max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunks = (total + chunk - 1) / chunk
        let verdicts = Verdicts(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunk)..<min(total, (c + 1) * chunk)
            let stats = FolderStats()
            var fine = true
            for i in range {
                let head = existing.heads[i]
                guard stats.stamp(of: files[i].source) == head.stamp, !head.racy || head.stamp.isRacy(comparedWith: started)
                else {
                    fine = false
                    break
                }
                if head.racy, places[i] >= 0 {
                    guard existing.isIntact(i), case .success(let text) = read(i), CacheHash.hash(text) == head.textHash else {
                        fine = false
                        break
                    }
                }
            }
            existing.releaseHeads(range)
            verdicts.set(c, fine)
        }
        return verdicts.all
    }

    /// The problems of the entries that hold one, in file order, as the load reports them;
    /// nil when such an entry is damaged, holds a meeting, or is racy and reads otherwise now.
    private func storedProblems(places: [Int], read: (Int) -> Result<String, LoadProblem.Reason>) -> [LoadProblem]? {
        guard let existing, let bodies else { return nil }
        var problems: [LoadProblem] = []
        for i in places.indices where places[i] < 0 {
            guard case .failure(let problem)? = try? existing.outcome(i, source: files[i].source, bodies: bodies) else { return nil }
            if existing.heads[i].racy {
                guard case .failure(let reason) = read(i), problem.reason.hasSuffix(reason.rawValue) else { return nil }
            }
            problems.append(problem)
        }
        return problems
    }

    /// The meetings at `positions` (ascending) of the corpus, each decoded from its entry's
    /// head and renamed as the arrangement says, on all cores; nil when any head is damaged.
    /// They are decoded in file order, so that each run gives back the pages of the heads it
    /// read (`releaseHeads`), as a whole load does: a query that matches every meeting would
    /// otherwise hold all 40 MB of heads at 100,000 records.
    private func decodeMeetings(at positions: [Int], arrangement: CorpusArrangement) -> [Meeting]? {
        guard let existing, let bodies else { return nil }
        var renamed: [Int: String] = [:]
        for r in arrangement.renamed { renamed[r.position] = r.id }
        let total = positions.count
        guard total > 0 else { return [] }
        // Per entry, the slot its meeting goes to; then the entries wanted, in file order.
        var slotOf = [Int32](repeating: -1, count: files.count)
        for (k, p) in positions.enumerated() { slotOf[arrangement.order[p]] = Int32(k) }
        var wanted: [Int] = []
        wanted.reserveCapacity(total)
        for e in slotOf.indices where slotOf[e] >= 0 { wanted.append(e) }
        let chunk = max(256, total / max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunks = (total + chunk - 1) / chunk
        let verdicts = Verdicts(count: chunks)
        let files = self.files, ids = renamed, slots = slotOf, entries = wanted
        let meetings = [Meeting](unsafeUninitializedCapacity: total) { buffer, initialized in
            let output = MeetingSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var pool = StringPool()
                var fine = true
                let run = (c * chunk)..<min(total, (c + 1) * chunk)
                for j in run {
                    let entry = entries[j], k = Int(slots[entry])
                    let slot = output.base.advanced(by: k)
                    if fine {
                        do {
                            try existing.decodeMeeting(entry, source: files[entry].source, bodies: bodies, pool: &pool, into: slot)
                            if let id = ids[positions[k]] { slot.pointee.id = id }
                            continue
                        } catch {
                            fine = false
                        }
                    }
                    // Every slot is filled, so the array is whole either way; it is dropped.
                    slot.initialize(to: Self.placeholder)
                }
                existing.releaseHeads(entries[run.lowerBound]..<entries[run.upperBound - 1] + 1)
                verdicts.set(c, fine)
            }
            initialized = total
        }
        return verdicts.all ? meetings : nil
    }

    private static let placeholder = Meeting(
        id: "", source: "", title: "", date: nil, kind: .other, format: .inPerson, japan: Principal(), counterpart: Principal(),
        venue: nil, venueCountry: nil, occasion: nil, startLocal: nil, endLocal: nil, startJST: nil, durationMinutes: nil,
        warnings: [], body: BodyStorage(MeetingBody()))
}

/// The index read beside the stamp check; written once by its thread before `wait` returns.
private final class StoredIndex: @unchecked Sendable {
    var index: SearchIndex?
}

/// One answer per chunk of a parallel pass; each chunk writes only its own.
private final class Verdicts: @unchecked Sendable {
    private let answers: UnsafeMutableBufferPointer<Bool>

    init(count: Int) {
        answers = .allocate(capacity: count)
        answers.initialize(repeating: false)
    }

    deinit { answers.deallocate() }

    func set(_ chunk: Int, _ fine: Bool) { answers[chunk] = fine }

    var all: Bool { answers.allSatisfy { $0 } }
}

/// The array being filled; each chunk initializes only its own slots.
private struct MeetingSlots: @unchecked Sendable {
    let base: UnsafeMutablePointer<Meeting>
}
