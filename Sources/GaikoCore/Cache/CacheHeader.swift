/// The fixed header every cache file starts with: what it is, which format and build wrote it,
/// for which collection, and a checksum of the header itself.
///
/// ```
/// 0   magic           8 bytes, "GAIKOMTG" or "GAIKOIDX"
/// 8   schema          hash of the format version and of the layout of what follows
/// 16  build           BuildIdentity.current of the writer
/// 24  collection      CorpusCache.collectionKey
/// 32  generation      random, new for every meetings file; an index names the one it indexes
/// 40  count           entries (meetings file) or meetings (index)
/// 48  bodyLength      bytes after the header; a shorter file was cut off
/// 56  bodyChecksum    index files: CacheHash of the body; meetings files check each entry
/// 64  writtenSeconds  when the writer started, for the racy-entry rule
/// 72  writtenNanos
/// 80  spare           zero
/// 88  headerChecksum  CacheHash of bytes 0..<88
/// ```
struct CacheHeader: Equatable {
    static let byteCount = 96

    var magic: UInt64
    var schema: UInt64
    var build: UInt64
    var collection: UInt64
    var generation: UInt64
    var count: UInt64
    var bodyLength: UInt64
    var bodyChecksum: UInt64 = 0
    var writtenSeconds: Int64 = 0
    var writtenNanoseconds: Int64 = 0

    /// Eight ASCII characters as the word that holds them in file order.
    static func magic(_ text: String) -> UInt64 {
        precondition(text.utf8.count == 8)
        var v: UInt64 = 0
        for (i, b) in text.utf8.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return v
    }

    var bytes: [UInt8] {
        var w = CacheWriter(capacity: Self.byteCount)
        for v in [magic, schema, build, collection, generation, count, bodyLength, bodyChecksum,
                  UInt64(bitPattern: writtenSeconds), UInt64(bitPattern: writtenNanoseconds), 0] {
            w.word(v)
        }
        w.word(w.bytes.withUnsafeBytes { CacheHash.hash($0) })
        return w.bytes
    }

    /// Why a file's header does not admit it.
    enum Refusal: Error {
        /// Not a gaiko cache file of this kind, or a damaged header: worth a line on stderr.
        case foreign
        /// Cut off: shorter than its header says.
        case truncated
        /// Written by another format, build or for another collection: replaced quietly.
        case stale
    }

    /// Reads and checks the header of `file`. `expect` holds the magic, schema, build and
    /// collection this reader requires.
    static func read(_ file: UnsafeRawBufferPointer, expect: CacheHeader) throws(Refusal) -> CacheHeader {
        guard file.count >= byteCount else { throw file.count >= 8 && magicMatches(file, expect.magic) ? .truncated : .foreign }
        var r = CacheReader(UnsafeRawBufferPointer(rebasing: file[0..<byteCount]))
        func next() -> UInt64 { (try? r.word()) ?? 0 }
        var h = CacheHeader(magic: next(), schema: next(), build: next(), collection: next(), generation: next(),
                            count: next(), bodyLength: next(), bodyChecksum: next())
        h.writtenSeconds = Int64(bitPattern: next())
        h.writtenNanoseconds = Int64(bitPattern: next())
        _ = next()
        let stored = next()
        guard h.magic == expect.magic else { throw .foreign }
        guard stored == CacheHash.hash(UnsafeRawBufferPointer(rebasing: file[0..<88])) else { throw .foreign }
        guard h.schema == expect.schema, h.build == expect.build, h.collection == expect.collection else { throw .stale }
        guard UInt64(file.count - byteCount) == h.bodyLength else {
            throw UInt64(file.count - byteCount) < h.bodyLength ? .truncated : .foreign
        }
        return h
    }

    private static func magicMatches(_ file: UnsafeRawBufferPointer, _ magic: UInt64) -> Bool {
        file.loadUnaligned(as: UInt64.self) == magic.littleEndian
    }
}
