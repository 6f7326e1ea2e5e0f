import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The persistent cache of parsed records and of the search index, one folder per collection
/// under `folder` (`~/.cache/gaiko/<key>/`). An optimisation only: with it, without it or with
/// a damaged one, the loader gives the same corpus and the index the same answers.
///
/// The key of a collection is the list of paths it was opened with, each resolved to its real
/// path, so `gaiko .` and `gaiko ~/records` share a cache; meetings still carry the path as it
/// was typed, because `source` is filled in by the loader, never stored.
///
/// Problems with the cache are never errors: each becomes one line in `notes` (the CLI prints
/// them on stderr) and the records are read as if there were no cache.
public final class CorpusCache: @unchecked Sendable {
    /// The folder that holds every collection's cache.
    public let folder: String
    private let lock = NSLock()
    private var noteLines: [String] = []
    private var loaded: (collection: UInt64, folder: String, generation: UInt64?)?
    /// How many files the last load read and parsed rather than took from the cache (tests).
    var lastParsedCount: Int {
        get { lock.withLock { parsedCount } }
        set { lock.withLock { parsedCount = newValue } }
    }
    private var parsedCount = 0
    /// Whether the last load took its order and ids from the cache (tests).
    var lastLoadUsedStoredArrangement: Bool {
        get { lock.withLock { usedStoredArrangement } }
        set { lock.withLock { usedStoredArrangement = newValue } }
    }
    private var usedStoredArrangement = false
    /// Whether the last load came whole from the cache (`CacheSession.unchangedCorpus`; tests).
    var lastLoadCameWhole: Bool {
        get { lock.withLock { cameWhole } }
        set { lock.withLock { cameWhole = newValue } }
    }
    private var cameWhole = false
    /// Whether the last search was answered from the stored index and heads alone
    /// (`CacheSession.storedMatches`; tests).
    var lastSearchWasStored: Bool {
        get { lock.withLock { searchWasStored } }
        set { lock.withLock { searchWasStored = newValue } }
    }
    private var searchWasStored = false

    /// What, besides the files, decides what a load gives (a limit on a record's size, say):
    /// part of the collection's key, so loads under other settings never share entries.
    public let settings: String

    public init(folder: String = CacheLocation.defaultFolder(), settings: String = "") {
        self.folder = folder
        self.settings = settings
    }

    /// Lines to show the user about the cache (damaged and rebuilt, cannot be written …).
    public var notes: [String] { lock.withLock { noteLines } }

    func note(_ line: String) {
        lock.withLock { noteLines.append("gaiko: cache: " + line) }
    }

    /// Whether this build can use a cache at all.
    static var isUsable: Bool { BuildIdentity.current != nil && MeetingCodec.matchesModel }

    /// A collection's key: its paths, resolved, in order, and the settings.
    static func collectionKey(realPaths: [String], settings: String) -> UInt64 {
        CacheHash.hash(realPaths.joined(separator: "\u{0}") + "\u{0}\u{0}" + settings)
    }

    func collectionFolder(_ key: UInt64) -> String {
        folder + "/" + String(key, radix: 16).leftPadded(to: 16)
    }

    /// Starts a load of `files` found under `paths`; nil when the cache cannot take part (an
    /// unusable build, a path without a real path). `reread` gives a record's body from the
    /// record itself, for a stored body found damaged when it is read.
    func session(paths: [String], files: [RecordFile], reread: @escaping @Sendable (String) -> MeetingBody) -> CacheSession? {
        guard Self.isUsable, let build = BuildIdentity.current else { return nil }
        lastLoadUsedStoredArrangement = false
        lastLoadCameWhole = false
        lastSearchWasStored = false
        guard let (realPaths, bases) = Self.resolve(paths) else { return nil }
        // Which path each file was found under, and where its relative path starts.
        var arguments: [Int] = []
        var relativeStarts: [Int] = []
        arguments.reserveCapacity(files.count)
        relativeStarts.reserveCapacity(files.count)
        var j = 0
        for file in files {
            func belongs(_ j: Int) -> Bool {
                bases[j].isFolder ? file.source.hasBytePrefix(bases[j].base) : file.source == bases[j].base
            }
            while j < bases.count, !belongs(j) { j += 1 }
            guard j < bases.count else { return nil }
            arguments.append(j)
            relativeStarts.append(bases[j].isFolder ? bases[j].base.utf8.count : file.source.utf8.count)
        }
        let key = Self.collectionKey(realPaths: realPaths, settings: settings)
        let where_ = collectionFolder(key)
        let path = where_ + "/meetings"
        let existing = meetingsFile(at: path, key: key, build: build, quiet: false)
        // Known before loading, so the line is printed while stderr is still the user's (the
        // browser writes later, with curses on the screen).
        var writable = true
        do {
            try CacheFileWriter.checkWritable(where_)
        } catch {
            note("cannot write \(where_) (\(error)); running without a cache")
            writable = false
        }
        let bodies = existing.map { storedBodies(of: $0, at: path, reread: reread) }
        return CacheSession(cache: self, folder: where_, key: key, build: build, realPaths: realPaths,
                            files: files, arguments: arguments, relativeStarts: relativeStarts, existing: existing,
                            bodies: bodies, writable: writable)
    }

    /// Each path resolved to its real path (the collection's key), and the prefix the sources
    /// of the files found under it start with; nil when a path has no real path.
    static func resolve(_ paths: [String]) -> (realPaths: [String], bases: [(base: String, isFolder: Bool)])? {
        var realPaths: [String] = []
        var bases: [(base: String, isFolder: Bool)] = []
        for path in paths {
            guard let real = realpath(path, nil) else { return nil }
            realPaths.append(String(cString: real))
            free(real)
            var info = stat()
            let isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            bases.append((isFolder ? (path.hasSuffix("/") ? path : path + "/") : path, isFolder))
        }
        return (realPaths, bases)
    }

    /// The collection's meetings file, when there is one this build can read. What is wrong
    /// with it becomes a note unless `quiet` (a load that follows reports it).
    func meetingsFile(at path: String, key: UInt64, build: UInt64, quiet: Bool) -> MeetingsFile? {
        let expect = CacheHeader(magic: MeetingsFile.magic, schema: MeetingsFile.schema, build: build,
                                 collection: key, generation: 0, count: 0, bodyLength: 0)
        let say = { (line: String) in if !quiet { self.note(line) } }
        do {
            if let mapped = try MappedFile.open(path) { return try MeetingsFile(file: mapped, expect: expect) }
        } catch MappedFile.Failure.unreadable {
            say("\(path) cannot be read; reading the records instead")
        } catch CacheHeader.Refusal.stale {
            // Another build, format or collection: replaced without a word, as expected.
        } catch CacheHeader.Refusal.truncated {
            say("\(path) was cut short; rebuilding it")
        } catch {
            say("\(path) is damaged or not a gaiko cache; rebuilding it")
        }
        return nil
    }

    /// The bodies of `existing`, decoded when shown; one that fails its check is read again
    /// from its record (`reread`), and the file is removed so the next load rebuilds it.
    func storedBodies(of existing: MeetingsFile, at path: String,
                      reread: @escaping @Sendable (String) -> MeetingBody) -> StoredBodies {
        StoredBodies(file: existing.file, reread: { [weak self] source in
            self?.lastParsedCount += 1
            return reread(source)
        }, damaged: { [weak self] in
            self?.note("\(path) had a damaged entry; rebuilding it")
            // Removed only if it is still the file this load mapped: a newer one is whole.
            if let identity = existing.file.identity, MappedFile.identity(of: path) == identity { unlink(path) }
        })
    }

    private var pending: (@Sendable () -> Void)?
    private let saving = NSLock()

    /// Writes what the last load found changed, if it has not been written yet. Loading saves at
    /// once unless told to defer (the browser defers, so that its first screen never waits for
    /// a write of hundreds of megabytes); `index(for:)` saves first, since the index names the
    /// meetings file it belongs to.
    public func save() {
        saving.withLock {
            let write = lock.withLock { () -> (@Sendable () -> Void)? in
                defer { pending = nil }
                return pending
            }
            write?()
        }
    }

    func postpone(_ write: @escaping @Sendable () -> Void) {
        lock.withLock { pending = write }
    }

    /// Called by a session when its load is done: which meetings file (if any) now matches the
    /// corpus exactly, so that its index can be cached alongside.
    func loaded(collection: UInt64, folder: String, generation: UInt64?) {
        lock.withLock { loaded = (collection, folder, generation) }
    }

    var lastLoad: (collection: UInt64, folder: String, generation: UInt64?)? { lock.withLock { loaded } }

    /// What `gaiko cache` reports: every collection folder and its size in bytes.
    public func collections() -> [(folder: String, paths: [String], bytes: Int)] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().compactMap { name in
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
            let files = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            let bytes = files.reduce(0) { sum, file in
                sum + ((try? fm.attributesOfItem(atPath: path + "/" + file)[.size] as? Int) ?? 0)
            }
            let listed = (try? String(contentsOfFile: path + "/paths", encoding: .utf8)) ?? ""
            return (path, listed.split(separator: "\n").map(String.init), bytes)
        }
    }

    /// Removes the whole cache folder. Processes that have a cache file mapped keep reading it.
    public func clear() throws {
        guard FileManager.default.fileExists(atPath: folder) else { return }
        try FileManager.default.removeItem(atPath: folder)
    }
}

/// One load's use of the cache: which entry each file may reuse, what each file turned out to
/// be, and writing the new file when anything changed.
final class CacheSession: @unchecked Sendable {
    private enum Slot {
        /// No stamp (the file vanished or cannot be looked at): not stored.
        case skip
        /// The entry in the old file, copied as it is.
        case reuse(Int)
        /// Read now (or a racy entry whose text checked out): stored anew.
        case fresh(FileStamp, UInt64)
    }

    let cache: CorpusCache
    let folder: String
    let key: UInt64
    let build: UInt64
    private let realPaths: [String]
    let files: [RecordFile]
    private let arguments: [Int]
    private let relativeStarts: [Int]
    let existing: MeetingsFile?
    let bodies: StoredBodies?
    private let writable: Bool
    /// Per file: the old entry that names the same file, or -1.
    let match: [Int]
    /// Written by exactly one `outcome(at:)` call per file (each on one thread) and read by
    /// `finish` after all have returned, which is why the unchecked `Sendable` is sound.
    private let slots: UnsafeMutableBufferPointer<Slot>
    /// When this load began, for judging whether a racy entry has become trustworthy.
    let started: (seconds: Int64, nanoseconds: Int64)
    private let counting = NSLock()
    private var damagedEntries = 0
    private var parsed = 0

    init(cache: CorpusCache, folder: String, key: UInt64, build: UInt64, realPaths: [String], files: [RecordFile],
         arguments: [Int], relativeStarts: [Int], existing: MeetingsFile?, bodies: StoredBodies?, writable: Bool) {
        self.writable = writable
        self.bodies = bodies
        self.cache = cache
        self.folder = folder
        self.key = key
        self.build = build
        self.realPaths = realPaths
        self.files = files
        self.arguments = arguments
        self.relativeStarts = relativeStarts
        self.existing = existing
        match = Self.match(files: files, arguments: arguments, relativeStarts: relativeStarts, existing: existing)
        started = Self.now()
        slots = .allocate(capacity: files.count)
        slots.initialize(repeating: .skip)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    private func relative(_ i: Int) -> Substring.UTF8View {
        let utf8 = files[i].source.utf8
        return Substring(files[i].source)[utf8.index(utf8.startIndex, offsetBy: relativeStarts[i])...].utf8
    }

    /// Old entries by file: usually the same files in the same order, checked in one pass; a
    /// dictionary only from the first difference on.
    private static func match(files: [RecordFile], arguments: [Int], relativeStarts: [Int], existing: MeetingsFile?) -> [Int] {
        guard let existing else { return Array(repeating: -1, count: files.count) }
        var result: [Int] = []
        result.reserveCapacity(files.count)
        var lookup: [String: Int]?
        for i in files.indices {
            if lookup == nil, i < existing.heads.count, existing.heads[i].argument == arguments[i] {
                if files[i].source.bytes(from: relativeStarts[i], equal: existing.relative(i)) { result.append(i); continue }
            }
            if lookup == nil {
                var table: [String: Int] = [:]
                for e in existing.heads.indices.reversed() {
                    let name = String(decoding: existing.relative(e), as: UTF8.self)
                    table["\(existing.heads[e].argument)\u{0}\(name)"] = e
                }
                lookup = table
            }
            let name = String(files[i].source.utf8.dropFirst(relativeStarts[i]))!
            result.append(lookup!["\(arguments[i])\u{0}\(name)"] ?? -1)
        }
        return result
    }

    /// File `i`'s outcome, and every 64 files the mapped pages of the entries just decoded are
    /// given back (`MappedFile.release`), so a warm load does not hold the file and the meetings
    /// made from it at once.
    func outcome(at i: Int, read: () -> Result<String, LoadProblem.Reason>,
                 parse: (Result<String, LoadProblem.Reason>) -> CorpusLoader.Outcome) -> CorpusLoader.Outcome {
        let result = lookUp(at: i, read: read, parse: parse)
        if i % 64 == 63, let existing {
            let first = match[i - 63], last = match[i]
            if first >= 0, last > first { existing.releaseHeads(first..<last + 1) }
        }
        return result
    }

    /// File `i`'s outcome: the cached one when its stamp (and, for a racy entry, its text) is
    /// unchanged, else what `parse` makes of what `read` (the loader's own way of reading the
    /// file) returns now.
    private func lookUp(at i: Int, read: () -> Result<String, LoadProblem.Reason>,
                        parse: (Result<String, LoadProblem.Reason>) -> CorpusLoader.Outcome) -> CorpusLoader.Outcome {
        let source = files[i].source
        guard let stamp = FileStamp(path: source) else {
            counting.withLock { parsed += 1 }
            return parse(read())
        }
        let e = match[i]
        if e >= 0, let existing, existing.heads[e].stamp != stamp, !existing.isIntact(e) {
            // Damage in a stamp reads as a changed file; checked so that it is reported.
            counting.withLock { damagedEntries += 1 }
        }
        if e >= 0, let existing, let bodies, existing.heads[e].stamp == stamp {
            let head = existing.heads[e]
            do {
                let cached = try existing.outcome(e, source: source, bodies: bodies)
                if !head.racy {
                    slots[i] = .reuse(e)
                    return cached
                }
                // Changed too close to when the entry was written for the stamp to prove
                // anything: compare the text (or, for a problem, the reason) instead.
                let text = read()
                let same: Bool
                switch (cached, text) {
                case (.success, .success(let t)): same = CacheHash.hash(t) == head.textHash
                case (.failure(let problem), .failure(let reason)): same = problem.reason.hasSuffix(reason.rawValue)
                default: same = false
                }
                guard same else { return fresh(i, stamp, text, parse) }
                // Rewritten without the racy mark once the file is old enough to be trusted.
                slots[i] = stamp.isRacy(comparedWith: started) ? .reuse(e) : .fresh(stamp, head.textHash)
                return cached
            } catch {
                counting.withLock { damagedEntries += 1 }
            }
        }
        return fresh(i, stamp, read(), parse)
    }

    private func fresh(_ i: Int, _ stamp: FileStamp, _ text: Result<String, LoadProblem.Reason>,
                       _ parse: (Result<String, LoadProblem.Reason>) -> CorpusLoader.Outcome) -> CorpusLoader.Outcome {
        let hash: UInt64
        if case .success(let t) = text { hash = CacheHash.hash(t) } else { hash = 0 }
        slots[i] = .fresh(stamp, hash)
        counting.withLock { parsed += 1 }
        return parse(text)
    }

    /// The corpus of a collection where nothing changed, straight from the file: every file is
    /// its own entry's, in order, with the same stamp and no racy mark, and the file holds an
    /// arrangement. Each head is decoded into its place in the corpus, so there is no array of
    /// outcomes to sort or move from. Nil when any of that fails; the load then goes file by
    /// file (and stats the files once more).
    /// A racy entry is trusted as `outcome(at:)` trusts it, by its text (`read` reads file `i`).
    func unchangedCorpus(read: @Sendable (Int) -> Result<String, LoadProblem.Reason>) -> (meetings: [Meeting], problems: [LoadProblem])? {
        guard let existing, let bodies, existing.heads.count == files.count, !files.isEmpty,
              let arrangement = existing.arrangement() else { return nil }
        for i in files.indices where match[i] != i { return nil }
        let started = self.started
        let decoded = ArrangedDecoding.decodeAll(arrangement, entries: files.count, release: existing.releaseHeads) { i, slot, worker in
            let head = existing.heads[i]
            let source = files[i].source
            // An entry old enough to lose its racy mark is left to the slower way, which rewrites it.
            guard worker.stats.stamp(of: source) == head.stamp, !head.racy || head.stamp.isRacy(comparedWith: started)
            else { return .stop }
            if let slot {
                // A racy meeting is trusted once its text is; then it is decoded in place.
                if head.racy {
                    guard case .success(let text) = read(i), CacheHash.hash(text) == head.textHash else { return .stop }
                }
                do {
                    try existing.decodeMeeting(i, source: source, bodies: bodies, pool: &worker.pool, into: slot)
                    return .meeting
                } catch {
                    return .stop
                }
            }
            guard case .failure(let problem)? = try? existing.outcome(i, source: source, bodies: bodies, pool: &worker.pool)
            else { return .stop }
            if head.racy {
                guard case .failure(let reason) = read(i), problem.reason.hasSuffix(reason.rawValue) else { return .stop }
            }
            return .problem(problem)
        }
        guard let (meetings, problems) = decoded else { return nil }
        for i in files.indices { slots[i] = .reuse(i) }
        cache.lastParsedCount = 0
        cache.lastLoadUsedStoredArrangement = true
        cache.lastLoadCameWhole = true
        cache.loaded(collection: key, folder: folder, generation: existing.header.generation)
        return (meetings, problems)
    }

    /// Whether every file took its own entry of the old file, in the same order: then the file
    /// describes this load exactly, its arrangement included.
    private var isUnchanged: Bool {
        guard let existing, existing.heads.count == files.count else { return false }
        for i in files.indices {
            guard case .reuse(let e) = slots[i], e == i else { return false }
        }
        return true
    }

    /// The arrangement stored with an unchanged collection, when it places `outcomes` right.
    func storedArrangement(fitting outcomes: [CorpusLoader.Outcome]) -> CorpusArrangement? {
        guard isUnchanged, let stored = existing?.arrangement(), stored.fits(outcomes) else { return nil }
        cache.lastLoadUsedStoredArrangement = true
        return stored
    }

    /// Saves the outcomes (and `arrangement`, how they make the corpus) when anything differs
    /// from the file that was there, and tells the cache which generation (if any) matches the
    /// loaded corpus.
    func finish(_ outcomes: [CorpusLoader.Outcome], arrangement: CorpusArrangement, deferSaving: Bool = false) {
        cache.lastParsedCount = parsed
        if let existing {
            // Entries no file claimed (removed files, or a damaged path): checked for the report.
            var claimed = [Bool](repeating: false, count: existing.heads.count)
            for e in match where e >= 0 { claimed[e] = true }
            for e in claimed.indices where !claimed[e] && !existing.isIntact(e) { damagedEntries += 1 }
        }
        if damagedEntries > 0 {
            cache.note("\(folder)/meetings had \(damagedEntries) damaged \(damagedEntries == 1 ? "entry" : "entries"); rebuilding it")
        }
        if isUnchanged, let existing {
            cache.loaded(collection: key, folder: folder, generation: existing.header.generation)
            return
        }
        cache.loaded(collection: key, folder: folder, generation: nil)
        guard writable else { return }
        cache.postpone { [self] in save(outcomes, arrangement) }
        if !deferSaving { cache.save() }
    }

    /// Writes the new meetings file; only then does the cache know a generation for the index.
    private func save(_ outcomes: [CorpusLoader.Outcome], _ arrangement: CorpusArrangement) {
        let generation = UInt64.random(in: 1 ... .max)
        do {
            let wrote: Void? = try CacheFileWriter.withWriteLock(in: folder) {
                try write(outcomes, arrangement, generation: generation)
            }
            cache.loaded(collection: key, folder: folder, generation: wrote == nil ? nil : generation)
        } catch {
            cache.note("cannot write \(folder) (\(error)); running without a cache")
        }
    }

    static func now() -> (seconds: Int64, nanoseconds: Int64) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return (Int64(now.tv_sec), Int64(now.tv_nsec))
    }

    private func write(_ outcomes: [CorpusLoader.Outcome], _ arrangement: CorpusArrangement, generation: UInt64) throws {
        let moment = Self.now()
        // Encoding is most of a first start's extra cost: split across the cores.
        let chunkCount = max(1, min(64, files.count / 512))
        let chunkSize = (files.count + chunkCount - 1) / max(1, chunkCount)
        let chunks = OrderedParallelMap.map(Array(0..<chunkCount), chunkSize: 1) { c -> (heads: [UInt8], bodies: [UInt8], count: Int) in
            var heads = CacheWriter(capacity: chunkSize * 400)
            var bodies = CacheWriter(capacity: chunkSize * 3000)
            var count = 0
            for i in (c * chunkSize)..<min(files.count, (c + 1) * chunkSize) {
                switch slots[i] {
                case .skip: continue
                case .reuse(let e):
                    heads.raw(existing!.headBytes(e))
                    bodies.raw(existing!.bodyBytes(e))
                case .fresh(let stamp, let hash):
                    let bodyStart = bodies.bytes.count
                    if case .success(let meeting) = outcomes[i] { MeetingCodec.encodeBody(meeting.body.value, into: &bodies) }
                    bodies.bytes.withUnsafeBytes { all in
                        MeetingsFile.encodeHead(argument: arguments[i], relative: relative(i), stamp: stamp, textHash: hash,
                                                racy: stamp.isRacy(comparedWith: moment), outcome: outcomes[i],
                                                body: UnsafeRawBufferPointer(rebasing: all[bodyStart...]), into: &heads)
                    }
                }
                count += 1
            }
            return (heads.bytes, bodies.bytes, count)
        }
        let count = chunks.reduce(0) { $0 + $1.count }
        // Entry indices are file indices only when every file has its entry.
        let arranged = count == files.count ? MeetingsFile.encode(arrangement) : []
        let headsLength = chunks.reduce(0) { $0 + $1.heads.count }
        let bodiesLength = chunks.reduce(0) { $0 + $1.bodies.count }
        let directory = MeetingsFile.directory(heads: headsLength, bodies: bodiesLength, arrangement: arranged.count)
        var header = CacheHeader(magic: MeetingsFile.magic, schema: MeetingsFile.schema, build: build, collection: key,
                                 generation: generation, count: UInt64(count),
                                 bodyLength: UInt64(directory.count + headsLength + bodiesLength + arranged.count))
        header.writtenSeconds = moment.seconds
        header.writtenNanoseconds = moment.nanoseconds
        try CacheFileWriter.replace(
            folder + "/meetings", with: [header.bytes, directory] + chunks.map(\.heads) + chunks.map(\.bodies) + [arranged])
        // For `gaiko cache`: which paths this folder serves. Written after, and only a label.
        try? CacheFileWriter.replace(folder + "/paths", with: [Array((realPaths.joined(separator: "\n") + "\n").utf8)])
    }
}

extension String {
    /// Byte comparisons with `memcmp`: the generic sequence algorithms cost more than the
    /// whole lookup when run for every one of 100,000 paths.
    fileprivate func hasBytePrefix(_ prefix: String) -> Bool {
        var a = self, b = prefix
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count >= y.count && (y.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0) }
        }
    }

    /// Whether the UTF-8 from byte `start` on is exactly `bytes`.
    fileprivate func bytes(from start: Int, equal bytes: UnsafeRawBufferPointer) -> Bool {
        var s = self
        return s.withUTF8 { x in
            let count = x.count - start
            return count == bytes.count && (count == 0 || memcmp(x.baseAddress! + start, bytes.baseAddress!, count) == 0)
        }
    }

    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

