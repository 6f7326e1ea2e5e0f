import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One meetings file of one collection: what an index or connections file stored beside it
/// must name to belong to it.
public struct CachedGeneration: Sendable, Equatable {
    public var collection: UInt64
    public var folder: String
    public var generation: UInt64
}

/// A collection's corpus as the cache last stored it, read before any record file is looked
/// at: what the browser shows first on a warm start, while `CorpusCache.isCurrent` checks the
/// files behind it (the way neomutt opens a mailbox from its header cache).
///
/// The files are not walked or stat'ed to make it, which is most of what a checked warm load
/// costs at 100,000 records; so it is only as current as the cache, and the caller must check
/// it before trusting it for longer than a first screen.
public struct StoredCorpus: Sendable {
    public let corpus: Corpus
    /// The meetings file it came from, for the index and connections stored with it.
    public let generation: CachedGeneration
    let file: MeetingsFile
    let paths: [String]
    let bases: [(base: String, isFolder: Bool)]
    let sizeLimit: Int

    /// Where entry `e`'s record file is, spelt as the paths were this time.
    static func source(of e: Int, in file: MeetingsFile, bases: [(base: String, isFolder: Bool)]) -> String {
        let base = bases[file.heads[e].argument]
        guard base.isFolder else { return base.base }
        // One string made from both parts' bytes: joining two strings made three.
        let relative = file.relative(e)
        var prefix = base.base
        return prefix.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + relative.count) { buffer in
                let raw = UnsafeMutableRawBufferPointer(buffer)
                raw.copyMemory(from: UnsafeRawBufferPointer(prefix))
                UnsafeMutableRawBufferPointer(rebasing: raw[prefix.count...]).copyMemory(from: relative)
                return prefix.count + relative.count
            }
        }
    }
}

/// A collection's meetings file, mapped with its arrangement read, before any meeting is
/// decoded: what the browser's first screen is made from. `outline(shown:)` gives a corpus for
/// that screen at a fraction of the cost of `corpus()`, which decodes every meeting.
public struct StoredCollection: Sendable {
    let file: MeetingsFile
    let arrangement: CorpusArrangement
    let bodies: StoredBodies
    let generation: CachedGeneration
    let paths: [String]
    let bases: [(base: String, isFolder: Bool)]
    let sizeLimit: Int

    /// How many meetings the collection holds.
    public var count: Int { arrangement.order.count }

    /// Every meeting decoded into its place; nil when an entry is damaged or not what the
    /// arrangement says (the caller then loads the records).
    public func corpus() -> StoredCorpus? {
        let file = self.file, bodies = self.bodies, bases = self.bases
        // The heads just decoded are not needed again: their pages are given back.
        let decoded = ArrangedDecoding.decodeAll(arrangement, entries: file.heads.count, release: file.releaseHeads) { i, slot, worker in
            let source = StoredCorpus.source(of: i, in: file, bases: bases)
            if let slot {
                do {
                    try file.decodeMeeting(i, source: source, bodies: bodies, pool: &worker.pool, into: slot)
                    return .meeting
                } catch {
                    return .stop
                }
            }
            return Self.problem(i, source: source, in: file, bodies: bodies, worker: &worker)
        }
        guard let decoded else { return nil }
        let corpus = Corpus(newestFirst: decoded.meetings, problems: decoded.problems,
                            title: CorpusLoader.title(for: paths, fileCount: file.heads.count))
        return StoredCorpus(corpus: corpus, generation: generation, file: file, paths: paths, bases: bases, sizeLimit: sizeLimit)
    }

    /// A corpus for the first screen only: the first `shown` meetings in list order decoded
    /// whole, every other one an outline (its day, kind and format, which is all the counts,
    /// the years and the timeline of a first screen read; nothing else of it is set, not even
    /// its id: the corpus is in stored order, `isNewestFirst`, so no id is compared). Nil when
    /// an entry is damaged. Never to be shown past its first `shown` rows: `corpus()` replaces it
    /// before any key is handled.
    public func outline(shown: Int) -> Corpus? {
        let file = self.file, bodies = self.bodies, bases = self.bases
        var whole = [Bool](repeating: false, count: file.heads.count)
        for e in arrangement.order.prefix(max(0, shown)) where e >= 0 && e < whole.count { whole[e] = true }
        let wholeEntries = whole
        // Heads read are given back here too: mapped pages count in the process's memory, and
        // the whole decoding that follows maps them again from the page cache for little.
        let decoded = ArrangedDecoding.decodeAll(arrangement, entries: file.heads.count, release: file.releaseHeads) { i, slot, worker in
            if let slot {
                do {
                    guard wholeEntries[i] else {
                        try file.decodeOutline(i, into: slot)
                        return .outline
                    }
                    let source = StoredCorpus.source(of: i, in: file, bases: bases)
                    try file.decodeMeeting(i, source: source, bodies: bodies, pool: &worker.pool, into: slot)
                    return .meeting
                } catch {
                    return .stop
                }
            }
            return Self.problem(i, source: StoredCorpus.source(of: i, in: file, bases: bases), in: file, bodies: bodies, worker: &worker)
        }
        guard let decoded else { return nil }
        return Corpus(newestFirst: decoded.meetings, problems: decoded.problems,
                      title: CorpusLoader.title(for: paths, fileCount: file.heads.count))
    }

    private static func problem(_ i: Int, source: String, in file: MeetingsFile, bodies: StoredBodies,
                                worker: inout ArrangedDecoding.Worker) -> ArrangedDecoding.Placed {
        guard case .failure(let problem)? = try? file.outcome(i, source: source, bodies: bodies, pool: &worker.pool)
        else { return .stop }
        return .problem(problem)
    }
}

extension CorpusCache {
    /// The meetings file the cache holds for `paths`, mapped and checked as far as its header,
    /// directory, heads and arrangement, without reading or checking a record file; nil when
    /// the cache cannot give the corpus whole (no usable meetings file, no stored arrangement).
    /// Nothing here is reported: the load that checks it does that.
    public func storedCollection(paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit) -> StoredCollection? {
        guard Self.isUsable, let build = BuildIdentity.current, !paths.isEmpty,
              let (realPaths, bases) = Self.resolve(paths) else { return nil }
        let key = Self.collectionKey(realPaths: realPaths, settings: settings)
        let folder = collectionFolder(key)
        let path = folder + "/meetings"
        guard let existing = meetingsFile(at: path, key: key, build: build, quiet: true), !existing.heads.isEmpty,
              let arrangement = existing.arrangement() else { return nil }
        guard existing.heads.allSatisfy({ $0.argument < bases.count }) else { return nil }
        let bodies = storedBodies(of: existing, at: path) { source in
            guard case .success(let meeting) = CorpusLoader.outcome(
                source: source, text: RecordDecoding.read(path: source, limit: sizeLimit), sizeLimit: sizeLimit)
            else { return MeetingBody() }
            return meeting.body.value
        }
        return StoredCollection(file: existing, arrangement: arrangement, bodies: bodies,
                                generation: CachedGeneration(collection: key, folder: folder, generation: existing.header.generation),
                                paths: paths, bases: bases, sizeLimit: sizeLimit)
    }

    /// The corpus the cache holds for `paths`, every meeting decoded without reading or
    /// checking a record file; nil when the cache cannot say it whole (no usable meetings file,
    /// no stored arrangement, a damaged head).
    public func storedCorpus(paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit) -> StoredCorpus? {
        storedCollection(paths: paths, sizeLimit: sizeLimit)?.corpus()
    }

    /// Whether `stored` is still what a load of its paths gives: the same files, in the same
    /// order, each with the stamp it was stored with. A walk and a `stat` per file; a file
    /// changed too close to when its entry was written for the stamp to prove anything (a
    /// racy entry) is read, and its text compared by hash, as the loader does.
    public func isCurrent(_ stored: StoredCorpus) -> Bool {
        guard let (realPaths, _) = Self.resolve(stored.paths),
              Self.collectionKey(realPaths: realPaths, settings: settings) == stored.generation.collection,
              let files = try? RecordFiles.find(in: stored.paths), files.count == stored.file.heads.count
        else { return false }
        for i in files.indices where files[i].problem != nil
            || files[i].source != StoredCorpus.source(of: i, in: stored.file, bases: stored.bases) { return false }
        let heads = stored.file.heads, limit = stored.sizeLimit
        let problems = Dictionary(stored.corpus.problems.map { ($0.path, $0.reason) }, uniquingKeysWith: { a, _ in a })
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(256, files.count / max(1, cores * 4))
        let starts = Array(stride(from: 0, to: files.count, by: chunk))
        let chunksMatch = OrderedParallelMap.map(starts, chunkSize: 1) { start in
            let stats = FolderStats()
            return (start..<min(files.count, start + chunk)).allSatisfy { i in
                matches(i, stats)
            }
        }
        return !chunksMatch.contains(false)

        @Sendable func matches(_ i: Int, _ stats: FolderStats) -> Bool {
            let head = heads[i]
            guard stats.stamp(of: files[i].source) == head.stamp else { return false }
            guard head.racy else { return true }
            switch RecordDecoding.read(path: files[i].source, limit: limit) {
            case .success(let text): return head.textHash != 0 && CacheHash.hash(text) == head.textHash
            // The reason as reported carries its limit (`larger than 16 MB, …`): compared by its end.
            case .failure(let reason): return problems[files[i].source]?.hasSuffix(reason.rawValue) == true
            }
        }
    }
}
