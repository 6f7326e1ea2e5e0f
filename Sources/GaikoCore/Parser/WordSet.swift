/// Words looked up by the bytes of a range of a record, without making a `String` of them.
/// The parser asks a set about nearly every word of a person's phrase; making a `String` (an
/// allocation and a UTF-8 validation) and hashing it with `Hasher` was most of that cost.
///
/// The answer is the `Set<String>` one: a word with a byte outside plain NFC text is asked of
/// the strings themselves, since `String` compares by canonical equivalence rather than by bytes.
struct WordSet: Sendable {
    let strings: Set<String>
    private let table: ByteTable

    init(_ words: some Sequence<String>) {
        strings = Set(words)
        table = ByteTable(Array(strings))
    }

    func contains(_ r: Range<Int>, _ t: RecordText) -> Bool {
        switch table.lookup(r, t) {
        case .found: return true
        case .absent: return false
        case .notASCII: return strings.contains(t.string(r))
        }
    }

    /// `strings.contains(word)`, answered by the table when it can (hashing a `String` cost
    /// several times a table look-up).
    func contains(_ word: String) -> Bool {
        var copy = word
        let answer = copy.withUTF8 { table.lookup(0..<$0.count, RecordText(borrowing: $0)) }
        switch answer {
        case .found: return true
        case .absent: return false
        case .notASCII: return strings.contains(word)
        }
    }
}

/// A `[String: String]` looked up by the bytes of a range, as `WordSet` is.
struct WordMap: Sendable {
    let dictionary: [String: String]
    private let keys: [String]
    private let table: ByteTable

    init(_ dictionary: [String: String]) {
        self.dictionary = dictionary
        keys = Array(dictionary.keys)
        table = ByteTable(keys)
    }

    subscript(_ r: Range<Int>, _ t: RecordText) -> String? {
        switch table.lookup(r, t) {
        case .found(let k): return dictionary[keys[k]]
        case .absent: return nil
        case .notASCII: return dictionary[t.string(r)]
        }
    }

    subscript(_ key: String) -> String? {
        var copy = key
        let answer = copy.withUTF8 { table.lookup(0..<$0.count, RecordText(borrowing: $0)) }
        switch answer {
        case .found(let k): return dictionary[keys[k]]
        case .absent: return nil
        case .notASCII: return dictionary[key]
        }
    }
}

/// An open-addressing table of byte strings: a slot holds the entry's number, entries are
/// compared by length and first eight bytes (kept beside the slot's number), then by the rest.
struct ByteTable: Sendable {
    enum Answer { case found(Int), absent, notASCII }

    /// An entry as the probe compares it: where its bytes are, how many, and the first eight
    /// (the first the lowest, zero past the end).
    private struct Entry: Sendable {
        var offset: Int32
        var length: Int32
        var head: UInt64
    }

    private let slots: [Int32]
    private let mask: Int
    private let entries: [Entry]
    private let bytes: [UInt8]
    private let shortest: Int
    private let longest: Int
    /// Whether every entry is plain NFC text (`Bytes.isPlainNFC`): then so is a word asked about
    /// whose bytes are, and the two are the same `String` exactly when their bytes are equal.
    private let plainEntries: Bool
    /// Whether every entry is ASCII. A `String` equal to ASCII text has at most one scalar for
    /// each of its characters (`K` and the Kelvin sign are equal), so at most four bytes for each:
    /// a longer word is none of the entries whatever its bytes, and is turned down before it is
    /// hashed (a person's phrase asks the name suffixes about whole clauses).
    private let asciiEntries: Bool

    init(_ words: [String]) {
        var size = 16
        while size < words.count * 3 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var entries: [Entry] = [], bytes: [UInt8] = []
        for (k, word) in words.enumerated() {
            let u = Array(word.utf8)
            let (hash, _, head) = u.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count, readable: $0.count) }
            entries.append(Entry(offset: Int32(bytes.count), length: Int32(u.count), head: head))
            bytes += u
            var i = hash & (size - 1)
            while slots[i] >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(k)
        }
        self.slots = slots
        mask = size - 1
        self.entries = entries
        self.bytes = bytes
        shortest = entries.lazy.map { Int($0.length) }.min() ?? 0
        longest = entries.lazy.map { Int($0.length) }.max() ?? 0
        plainEntries = bytes.withUnsafeBufferPointer(Bytes.isPlainNFC)
        asciiEntries = bytes.withUnsafeBufferPointer(Bytes.isASCII)
    }

    /// A multiplicative hash over eight bytes at a time, whether any byte is outside ASCII
    /// (found in the same pass), and the first eight bytes (zero past the end).
    /// `readable` is how many bytes from `base` may be read: with eight of them, a short word's
    /// bytes are loaded at once and the bytes past it masked off (the same value as assembling them).
    @inline(__always)
    private static func hash(_ base: UnsafePointer<UInt8>, _ n: Int, readable: Int) -> (hash: Int, isASCII: Bool, head: UInt64) {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(n) &* k
        var high: UInt64 = 0
        var j = 0
        let raw = UnsafeRawPointer(base)
        while j + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            high |= w
            h = (h ^ w) &* k
            h ^= h >> 32
            j += 8
        }
        var tail: UInt64 = 0
        if j < n, readable - j >= 8 {
            let bits = UInt64(n - j) * 8
            tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)) & ((UInt64(1) << bits) &- 1)
        } else {
            var shift: UInt64 = 0
            while j < n {
                tail |= UInt64(base[j]) << shift
                shift += 8
                j += 1
            }
        }
        high |= tail
        h = (h ^ tail) &* k
        h ^= h >> 29
        let head = n >= 8 ? UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) : tail
        return (Int(truncatingIfNeeded: h), high & 0x8080_8080_8080_8080 == 0, head)
    }

    func lookup(_ r: Range<Int>, _ t: RecordText) -> Answer {
        let n = r.count
        guard n > 0, let base = t.bytes.baseAddress.map({ $0 + r.lowerBound }) else { return .absent }
        if asciiEntries, n > 4 * longest { return .absent }
        let (hash, isASCII, head) = Self.hash(base, n, readable: t.count - r.lowerBound)
        // A word outside plain NFC text is asked of the strings (another normal form of an entry
        // has other bytes and another length).
        if !isASCII, !plainEntries || !Bytes.isPlainNFC(UnsafeBufferPointer(start: base, count: n)) { return .notASCII }
        guard n >= shortest, n <= longest else { return .absent }
        var i = hash & mask
        return bytes.withUnsafeBufferPointer { all in
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    while true {
                        let k = Int(slots[i])
                        if k < 0 { return .absent }
                        let e = entries[k]
                        // The first eight bytes decide most probes; only a longer word compares on.
                        if Int(e.length) == n, e.head == head {
                            guard n > 8 else { return .found(k) }
                            let entry = all.baseAddress! + Int(e.offset)
                            var j = 8
                            while j < n, entry[j] == base[j] { j += 1 }
                            if j == n { return .found(k) }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }
}
