import Foundation

/// Sorted terms and their posting lists, for one shard of meetings or for the whole index, as
/// the build makes them.
///
/// Everything lives in a few flat arrays: term `t` is `termBytes[termStarts[t] ..< termStarts[t + 1]]`,
/// its meetings are varints in `docs[docStarts[t] ..< docStarts[t + 1]]` (the first a meeting
/// index, then gaps), and for each of those meetings `positions` holds the count of occurrences
/// followed by their positions (the first absolute, then gaps). Searching reads them as
/// `PostingBuffers`, which a cache file's mapping provides as well (`PostingStore`).
struct PostingTable: Sendable, Equatable {
    var termBytes: [UInt8] = []
    var termStarts: [UInt32] = [0]
    var docStarts: [Int] = [0]
    var positionStarts: [Int] = [0]
    var documentFrequency: [UInt32] = []
    /// The last meeting in each term's list: what a merge needs to turn the next shard's first
    /// meeting into a gap.
    var lastDoc: [UInt32] = []
    var docs: [UInt8] = []
    var positions: [UInt8] = []

    var termCount: Int { documentFrequency.count }

    func term(_ t: Int) -> Range<Int> { Int(termStarts[t])..<Int(termStarts[t + 1]) }

    /// The arrays as buffers, valid for the duration of `body`.
    func withBuffers<R>(_ body: (PostingBuffers) throws -> R) rethrows -> R {
        try termBytes.withUnsafeBufferPointer { a in try termStarts.withUnsafeBufferPointer { b in
            try docStarts.withUnsafeBufferPointer { c in try positionStarts.withUnsafeBufferPointer { d in
                try documentFrequency.withUnsafeBufferPointer { e in try lastDoc.withUnsafeBufferPointer { f in
                    try docs.withUnsafeBufferPointer { g in try positions.withUnsafeBufferPointer { h in
                        try body(PostingBuffers(termBytes: a, termStarts: b, docStarts: c, positionStarts: d,
                                                documentFrequency: e, lastDoc: f, docs: g, positions: h))
                    } }
                } }
            } }
        } }
    }
}

/// A posting table's arrays as read-only buffers: what searching reads, whether the table was
/// built in this process or lies in a mapped cache file. Valid only while their owner is held
/// (`PostingStore.withBuffers`).
struct PostingBuffers {
    var termBytes: UnsafeBufferPointer<UInt8>
    var termStarts: UnsafeBufferPointer<UInt32>
    var docStarts: UnsafeBufferPointer<Int>
    var positionStarts: UnsafeBufferPointer<Int>
    var documentFrequency: UnsafeBufferPointer<UInt32>
    var lastDoc: UnsafeBufferPointer<UInt32>
    var docs: UnsafeBufferPointer<UInt8>
    var positions: UnsafeBufferPointer<UInt8>

    var termCount: Int { documentFrequency.count }

    @inline(__always)
    func term(_ t: Int) -> Range<Int> { Int(termStarts[t])..<Int(termStarts[t + 1]) }

    /// First term not less than `key`.
    func lowerBound(_ key: [UInt8]) -> Int {
        key.withUnsafeBufferPointer { keyBytes in
            var low = 0, high = termCount
            while low < high {
                let mid = (low + high) / 2
                if ByteOrder.compare(termBytes, term(mid), keyBytes, 0..<keyBytes.count) < 0 { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// The terms that start with `prefix`: contiguous, since terms are sorted.
    func prefixRange(_ prefix: [UInt8]) -> Range<Int> {
        // No UTF-8 byte is 0xFF, so nothing sorts between the prefix's terms and this key.
        lowerBound(prefix)..<lowerBound(prefix + [0xFF])
    }

    func exactRange(_ key: [UInt8]) -> Range<Int> {
        let low = lowerBound(key)
        guard low < termCount, termBytes[term(low)].elementsEqual(key) else { return low..<low }
        return low..<low + 1
    }

    /// The arrays' bytes in the order the index file stores them, with their element counts.
    var parts: [(count: Int, bytes: UnsafeRawBufferPointer)] {
        [(termBytes.count, UnsafeRawBufferPointer(termBytes)), (termStarts.count, UnsafeRawBufferPointer(termStarts)),
         (docStarts.count, UnsafeRawBufferPointer(docStarts)), (positionStarts.count, UnsafeRawBufferPointer(positionStarts)),
         (documentFrequency.count, UnsafeRawBufferPointer(documentFrequency)), (lastDoc.count, UnsafeRawBufferPointer(lastDoc)),
         (docs.count, UnsafeRawBufferPointer(docs)), (positions.count, UnsafeRawBufferPointer(positions))]
    }

    /// Approximate bytes held, for reports.
    var byteCount: Int { parts.reduce(0) { $0 + $1.bytes.count } }

    /// Same contents, wherever they live.
    func hasSameContents(as other: PostingBuffers) -> Bool {
        zip(parts, other.parts).allSatisfy { $0.count == $1.count && $0.bytes.elementsEqual($1.bytes) }
    }
}

/// Where a search index's postings live: arrays built in this process, or an index file mapped
/// read-only, whose pages the kernel shares between every process that maps it (a second user
/// of the same collection adds no copy).
enum PostingStore: Sendable {
    case built(PostingTable)
    case mapped(MappedPostings)

    /// The postings as buffers, valid for the duration of `body`: the arrays or the mapping are
    /// held until it returns.
    func withBuffers<R>(_ body: (PostingBuffers) throws -> R) rethrows -> R {
        switch self {
        case .built(let table): try table.withBuffers(body)
        case .mapped(let mapped): try withExtendedLifetime(mapped) { try body(mapped.buffers) }
        }
    }

    /// Drops this process's copies of a mapped index's pages (they stay in the page cache): after
    /// a walk over most of the postings, which searches to come will touch only in part.
    func releasePages() {
        if case .mapped(let mapped) = self { mapped.file.release(0..<mapped.file.bytes.count) }
    }
}

/// Postings inside a mapped index file. The buffers point into `file`'s mapping, which lives as
/// long as this object, and every copy of the index holds this object. `IndexFile.read` checks
/// the arrays' sizes, alignment and offsets once, before making one.
final class MappedPostings: @unchecked Sendable {
    // Unchecked: the buffers are never written, and the memory they point to is a read-only
    // mapping that stays put until `file` is released with this object.
    let file: MappedFile
    let buffers: PostingBuffers

    init(file: MappedFile, buffers: PostingBuffers) {
        self.file = file
        self.buffers = buffers
    }
}

enum ByteOrder {
    /// Lexicographic comparison of two byte ranges: negative, zero or positive.
    @inline(__always)
    static func compare(
        _ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>
    ) -> Int {
        let n = min(ra.count, rb.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa + ra.lowerBound, pb + rb.lowerBound, n)
            if c != 0 { return Int(c) }
        }
        return ra.count - rb.count
    }
}
