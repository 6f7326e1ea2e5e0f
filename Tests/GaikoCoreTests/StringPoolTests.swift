import Testing
@testable import GaikoCore

@Suite struct StringPoolTests {
    func pooled(_ pool: inout StringPool, _ text: String) -> (String, made: Bool) {
        var made = false
        let bytes = Array(text.utf8)
        let s = bytes.withUnsafeBytes { raw in
            pool.string(raw) {
                made = true
                return String(decoding: raw, as: UTF8.self)
            }
        }
        return (s, made)
    }

    @Test func eachSpellingIsMadeOnceAndAlwaysComesBackEqual() {
        var pool = StringPool()
        let texts = (0..<2_000).map { "Minister for Foreign Affairs of country number \($0 % 300)" }
        var made = 0
        for text in texts {
            let (s, wasMade) = pooled(&pool, text)
            #expect(s == text)
            if wasMade { made += 1 }
        }
        #expect(made == 300)
        // Non-ASCII spellings, and two that share a prefix, stay apart.
        #expect(pooled(&pool, "Recep Tayyip Erdoğan of Türkiye").0 == "Recep Tayyip Erdoğan of Türkiye")
        #expect(pooled(&pool, "Recep Tayyip Erdoğan of Türkiye!").0 == "Recep Tayyip Erdoğan of Türkiye!")
    }

    @Test func shortStringsAreNotPooled() {
        var pool = StringPool()
        #expect(pooled(&pool, "Peru").made)
        #expect(pooled(&pool, "Peru").made)
    }

    @Test func pastItsLimitThePoolStillAnswersRight() {
        var pool = StringPool()
        for i in 0..<(StringPool.limit + 10) { _ = pooled(&pool, "a distinct spelling, number \(i)") }
        let (s, made) = pooled(&pool, "a distinct spelling, number \(StringPool.limit + 5)")
        #expect(s == "a distinct spelling, number \(StringPool.limit + 5)")
        #expect(made)
        #expect(!pooled(&pool, "a distinct spelling, number 7").made)
    }
}
