#if canImport(Glibc)
import Glibc
#endif

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
    /// The ids are found again by their bytes in a table of positions (`IDTable`), not in a
    /// `Set<String>`: hashing, retaining and releasing 100,000 strings there was a tenth of a
    /// second of every load, on one core while the other waited. Only the few suffixed ids are
    /// made as strings.
    static func resolve(ids: [String]) -> [String] {
        var table = IDTable(ids)
        // Strings are equal when canonically equivalent (`é` written as one scalar or two),
        // bytes only when the same: ids outside ASCII (the parser makes none) go the string way.
        guard table.isASCII else { return resolveByStrings(ids) }
        var repeats: [Int] = []
        for i in ids.indices where table.insertOriginal(i) != i {
            repeats.append(i)
        }
        guard !repeats.isEmpty else { return ids }
        // Every original id is taken before any suffix is chosen, so `x-2` written in a record
        // keeps its id and a repeated `x` skips to `x-3`.
        var unique = ids
        var suffixed = Set<String>()
        var next: [Int: Int] = [:]
        for i in repeats {
            let first = table.firstPosition(of: i)
            var n = next[first, default: 2]
            var candidate = ids[i] + "-" + String(n)
            while table.containsOriginal(candidate) || !suffixed.insert(candidate).inserted {
                n += 1
                candidate = ids[i] + "-" + String(n)
            }
            next[first] = n + 1
            unique[i] = candidate
        }
        return unique
    }

    /// The rule on a `Set<String>`, for ids outside ASCII.
    static func resolveByStrings(_ ids: [String]) -> [String] {
        var taken = Set<String>(minimumCapacity: ids.count)
        var repeats: [Int] = []
        for (i, id) in ids.enumerated() where !taken.insert(id).inserted {
            repeats.append(i)
        }
        var unique = ids
        var next: [String: Int] = [:]
        for i in repeats {
            let id = ids[i]
            var n = next[id, default: 2]
            var candidate = id + "-" + String(n)
            while !taken.insert(candidate).inserted {
                n += 1
                candidate = id + "-" + String(n)
            }
            next[id] = n + 1
            unique[i] = candidate
        }
        return unique
    }
}

/// The ids' bytes end to end, and an open-addressed table of the position of each id's first
/// record, probed by a hash of the bytes and confirmed with `memcmp`.
struct IDTable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32]
    private var firsts: [Int32]
    private let mask: Int
    /// Whether every id is ASCII.
    private(set) var isASCII = true

    init(_ ids: [String]) {
        starts.reserveCapacity(ids.count + 1)
        bytes.reserveCapacity(ids.reduce(0) { $0 + $1.utf8.count })
        var high: UInt8 = 0
        for id in ids {
            for b in id.utf8 { high |= b }
            bytes.append(contentsOf: id.utf8)
            starts.append(bytes.count)
        }
        isASCII = high < 0x80
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        firsts = [Int32](repeating: -1, count: ids.count)
        mask = size - 1
    }

    /// FNV-1a over the bytes: short ASCII ids, one multiply a byte.
    private static func hash(_ p: UnsafePointer<UInt8>?, _ count: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count { h = (h ^ UInt64(p![k])) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private func equal(_ a: Int, _ p: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard starts[a + 1] - starts[a] == count else { return false }
        if count == 0 { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + starts[a], p!, count) == 0 }
    }

    /// Records id `i`: the position of the first record with the same id (`i` itself when new).
    mutating func insertOriginal(_ i: Int) -> Int {
        let count = starts[i + 1] - starts[i]
        let found: Int = bytes.withUnsafeBufferPointer { buffer in
            let p = buffer.baseAddress.map { $0 + starts[i] }
            var s = Self.hash(p, count) & mask
            while slots[s] >= 0 {
                if equal(Int(slots[s]), p, count) { return Int(slots[s]) }
                s = (s + 1) & mask
            }
            return -1 - s
        }
        if found >= 0 {
            firsts[i] = Int32(found)
            return found
        }
        slots[-1 - found] = Int32(i)
        firsts[i] = Int32(i)
        return i
    }

    /// The position of the first record with the id of record `i` (after `insertOriginal(i)`).
    func firstPosition(of i: Int) -> Int { Int(firsts[i]) }

    /// Whether some record's own id is `id`.
    func containsOriginal(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { needle in
            var s = Self.hash(needle.baseAddress, needle.count) & mask
            while slots[s] >= 0 {
                if equal(Int(slots[s]), needle.baseAddress, needle.count) { return true }
                s = (s + 1) & mask
            }
            return false
        }
    }
}
