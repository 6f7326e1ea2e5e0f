/// Makes meeting ids unique: the first record with an id keeps it, later ones (in the order
/// given) get `-2`, `-3` …, skipping any suffixed id another record already has.
enum DuplicateIDs {
    static func resolve(_ meetings: [Meeting]) -> [Meeting] {
        let unique = resolve(ids: meetings.map(\.id))
        return zip(meetings, unique).map { meeting, id in
            var renamed = meeting
            renamed.id = id
            return renamed
        }
    }

    /// The same rule on the ids alone, so a large corpus renames without copying meetings.
    ///
    /// ASCII ids are found again by their bytes in a table of positions (`IDTable`), not in a
    /// `Set<String>`: hashing, retaining and releasing 100,000 strings there was a tenth of a
    /// second of every load, on one core while the other waited. Strings are equal when
    /// canonically equivalent (`é` written as one scalar or two), bytes only when the same, so
    /// ids outside ASCII (the parser makes none) are found as strings. Only the suffixed ids are
    /// made as strings.
    static func resolve(ids: [String]) -> [String] {
        // Each repeated record, with the position of the first record of its id.
        var repeats: [(index: Int, first: Int)] = []
        let isOriginal: (String) -> Bool
        let bytes = IDBytes(ids)
        if bytes.isASCII {
            var table = IDTable(bytes, count: ids.count)
            for i in ids.indices {
                let first = table.insert(i)
                if first != i { repeats.append((i, first)) }
            }
            isOriginal = { [table] in table.contains($0) }
        } else {
            var firsts: [String: Int] = [:]
            firsts.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() {
                if let first = firsts[id] { repeats.append((i, first)) } else { firsts[id] = i }
            }
            isOriginal = { [firsts] in firsts[$0] != nil }
        }
        guard !repeats.isEmpty else { return ids }
        // Every original id is taken before any suffix is chosen, so `x-2` written in a record
        // keeps its id and a repeated `x` skips to `x-3`.
        var unique = ids
        var suffixed = Set<String>()
        var next: [Int: Int] = [:]
        for (i, first) in repeats {
            var n = next[first, default: 2]
            var candidate = ids[i] + "-" + String(n)
            while isOriginal(candidate) || !suffixed.insert(candidate).inserted {
                n += 1
                candidate = ids[i] + "-" + String(n)
            }
            next[first] = n + 1
            unique[i] = candidate
        }
        return unique
    }
}

/// An open-addressed table of the position of each id's first record, probed by a hash of the
/// id's bytes (`IDBytes`) and confirmed by comparing them.
struct IDTable {
    private let ids: IDBytes
    private var slots: [Int32]
    private let mask: Int

    init(_ ids: IDBytes, count: Int) {
        self.ids = ids
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// FNV-1a over the bytes: short ASCII ids, one multiply a byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The slot holding an id equal to `bytes`, or the empty slot where it would go.
    private func slot(of bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Bool) {
        var s = Self.hash(bytes) & mask
        while slots[s] >= 0 {
            if ids.equals(Int(slots[s]), bytes) { return (s, true) }
            s = (s + 1) & mask
        }
        return (s, false)
    }

    /// Records id `i`: the position of the first record with the same id (`i` itself when new).
    mutating func insert(_ i: Int) -> Int {
        let (s, found) = ids.withBytes(of: i) { slot(of: $0) }
        if found { return Int(slots[s]) }
        slots[s] = Int32(i)
        return i
    }

    /// Whether some record's own id is `id`.
    func contains(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { slot(of: $0).found }
    }
}
