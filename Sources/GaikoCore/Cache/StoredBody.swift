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

    /// Checked and decoded from the mapping; the pages read are given back afterwards, so a
    /// search that quotes half the collection does not keep half the file resident. A body
    /// that fails its check is read from its record instead: slower, never wrong.
    func decode() -> MeetingBody {
        let range = start..<start + length
        defer { bodies.file.releaseCovering(range) }
        let bytes = UnsafeRawBufferPointer(rebasing: bodies.file.bytes[range])
        if CacheHash.hash(bytes) == hash {
            var r = CacheReader(bytes)
            if let body = try? MeetingCodec.decodeBody(&r), r.isAtEnd { return body }
        }
        return bodies.recover(source)
    }

    func isSameEntry(as other: StoredBody) -> Bool { bodies === other.bodies && start == other.start }
}
