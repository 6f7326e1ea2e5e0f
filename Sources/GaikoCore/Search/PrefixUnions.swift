import Foundation

/// The meetings of every term under a common prefix, kept once worked out. A one-letter prefix
/// covers thousands of terms: walking all their posting lists again on every key typed in the
/// prompt (and on Backspace back to it) was a quarter of that key's time at 100,000 records.
///
/// Belongs to one index and is shared by its copies. `@unchecked Sendable` is safe because
/// `sets` is only read and written while holding `lock`.
final class PrefixUnions: @unchecked Sendable {
    /// Prefixes covering fewer terms are cheap enough to walk each time, and not keeping them
    /// bounds what this holds: few prefixes cover this many terms (a set is a bit per meeting,
    /// 12.5 KB at 100,000 meetings).
    let minimumTerms: Int

    /// Prefixes whose terms' posting lists name fewer meetings than this, summed, are cheap to
    /// walk too. A few terms may be most of the walk: in a collection of one house style,
    /// `t` covers a few dozen terms, but `the`, `to` and `that` are in every meeting.
    let minimumPostings: Int

    init(minimumTerms: Int = 256, minimumPostings: Int = 20_000) {
        self.minimumTerms = minimumTerms
        self.minimumPostings = minimumPostings
    }

    /// Whether the union of `range`'s terms costs enough to keep: many terms, or long lists.
    func isWorthKeeping(_ range: Range<Int>, _ p: PostingBuffers) -> Bool {
        if range.count >= minimumTerms { return true }
        var postings = 0
        for t in range {
            postings += Int(p.documentFrequency[t])
            if postings >= minimumPostings { return true }
        }
        return false
    }

    private let lock = NSLock()
    private var sets: [[UInt8]: Bitset] = [:]

    /// The kept set for `key`, or `make()`'s, kept for next time. Two threads asking at once
    /// may both make it; they make the same set.
    func set(for key: [UInt8], make: () -> Bitset) -> Bitset {
        if let known = lock.withLock({ sets[key] }) { return known }
        let made = make()
        lock.withLock { sets[key] = made }
        return made
    }

    var count: Int { lock.withLock { sets.count } }
}
