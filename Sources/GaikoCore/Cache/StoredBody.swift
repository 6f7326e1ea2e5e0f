import Foundation

/// The meetings file a load's bodies stay in, mapped for as long as any of its meetings lives
/// (another process may replace the file meanwhile: the mapping keeps the old one whole).
final class StoredBodies: @unchecked Sendable {
    let file: MappedFile
    /// A meeting's body from its record file, for a stored body that fails its check.
    private let reread: @Sendable (String) -> MeetingBody
    /// Told (once) that a body was damaged, so the file is rebuilt and the user told.
    private let damaged: @Sendable () -> Void
    private let lock = NSLock()
    private var reported = false

    init(file: MappedFile, reread: @escaping @Sendable (String) -> MeetingBody, damaged: @escaping @Sendable () -> Void) {
        self.file = file
        self.reread = reread
        self.damaged = damaged
    }

    func recover(_ source: String) -> MeetingBody {
        let first = lock.withLock {
            defer { reported = true }
            return !reported
        }
        if first { damaged() }
        return reread(source)
    }
}

/// One meeting's body in a meetings file: where it is, and the hash it was written with.
struct StoredBody: Sendable {
    let bodies: StoredBodies
    let start: Int
    let length: Int
    let hash: UInt64
    /// The record it was parsed from, read again if the stored bytes are damaged.
    let source: String
    /// A large body is kept once decoded: the detail pane, the index and `n`/`N` each read a
    /// 50 MB record's body, and decoding it costs a tenth of a second every time.
    private let kept: KeptBody?

    /// Bodies from this many bytes up are kept once decoded; a collection of such records
    /// then holds what a load without the cache holds, and no more.
    static let keptFrom = 1 << 20

    init(bodies: StoredBodies, start: Int, length: Int, hash: UInt64, source: String) {
        self.bodies = bodies
        self.start = start
        self.length = length
        self.hash = hash
        self.source = source
        kept = length >= Self.keptFrom ? KeptBody() : nil
    }

    var value: MeetingBody {
        guard let kept else { return decode() }
        return kept.lock.withLock {
            if let body = kept.body { return body }
            let body = decode()
            kept.body = body
            return body
        }
    }

    var lead: [String] {
        if kept != nil { return value.lead }
        return decode({ try MeetingCodec.decodeLead(&$0) }) ?? bodies.recover(source).lead
    }

    var sections: [Section] {
        if kept != nil { return value.sections }
        return decode({ r in
            try MeetingCodec.skipLead(&r)
            return try MeetingCodec.decodeSections(&r)
        }) ?? bodies.recover(source).sections
    }

    var references: [Reference] {
        if kept != nil { return value.references }
        return decode({ r in
            try MeetingCodec.skipLead(&r)
            try MeetingCodec.skipSections(&r)
            return try MeetingCodec.decodeReferences(&r)
        }) ?? bodies.recover(source).references
    }

    /// Each text in reading order, as stored, until `visit` returns false (see
    /// `MeetingCodec.forEachText`); false when the stored bytes are damaged (nothing visited
    /// then, so the caller can read the decoded body instead).
    func forEachText(_ visit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        if kept != nil { return false }
        return bodies.file.read(start..<start + length) { bytes -> Bool in
            guard CacheHash.hash(bytes) == hash else { return false }
            var r = CacheReader(bytes)
            // Bytes that pass their hash decode; should they not, what was visited stands.
            var visited = false
            let whole = (try? MeetingCodec.forEachText(&r) { visited = true; return visit($0) }) != nil
            return whole || visited
        } ?? false
    }

    /// The whole body, checked and decoded. A body that fails its check is read from its
    /// record instead: slower, never wrong.
    func decode() -> MeetingBody {
        decode({ r in
            let body = try MeetingCodec.decodeBody(&r)
            guard r.isAtEnd else { throw CacheDamage() }
            return body
        }) ?? bodies.recover(source)
    }

    /// What `read` makes of the body's bytes once their hash is checked; nil for damage.
    /// The bytes are read with `pread` rather than from the mapping: a search that quotes half
    /// the collection, or an export, would otherwise add the pages it read to the process's
    /// memory, and giving them back one body at a time (`madvise`) cost more system time than
    /// reading them.
    private func decode<T>(_ read: (inout CacheReader) throws -> T) -> T? {
        bodies.file.read(start..<start + length) { bytes in
            guard CacheHash.hash(bytes) == hash else { return nil }
            var r = CacheReader(bytes)
            return try? read(&r)
        } ?? nil
    }

    /// Whether this body is kept once decoded, and has been (tests).
    var isKeptDecoded: Bool { kept?.lock.withLock { kept?.body != nil } ?? false }

    func isSameEntry(as other: StoredBody) -> Bool { bodies === other.bodies && start == other.start }
}

/// A large body once decoded, shared by the copies of its meeting.
private final class KeptBody: @unchecked Sendable {
    let lock = NSLock()
    var body: MeetingBody?
}
