import GaikoSynth
import Testing
@testable import GaikoCore

/// The eight-bytes-at-a-time scans of `mayHighlight` answer as a byte-by-byte reading does.
@Suite struct SnippetBytesTests {
    static func plainContains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] | 0x20 == needle[0] || bytes[i] == needle[0] {
            var k = 1
            while k < needle.count, bytes[i + k] == needle[k] || (bytes[i + k] &- 0x41 < 26 && bytes[i + k] | 0x20 == needle[k]) { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    @Test func containsAgreesWithAPlainScan() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("tTpP aA0,.\u{10}".utf8)
        var checked = 0, found = 0
        for length in 0..<40 {
            for _ in 0..<60 {
                let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                for needle in [Array("tpp".utf8), Array("t".utf8), Array("pa0".utf8), Array("0".utf8), Array("tp".utf8), Array("a0".utf8)] {
                    let fast = bytes.withUnsafeBufferPointer { SearchQuery.contains($0, ignoringCase: needle) }
                    #expect(fast == Self.plainContains(bytes, needle), "\(bytes) \(needle)")
                    checked += 1
                    if fast { found += 1 }
                }
            }
        }
        #expect(checked > 14_000 && found > 1_500)
    }

    @Test func isASCIIAgreesWithAPlainScan() {
        for length in 0..<24 {
            for position in 0..<max(1, length) {
                var bytes = [UInt8](repeating: 0x61, count: length)
                #expect(bytes.withUnsafeBufferPointer(Bytes.isASCII))
                guard length > 0 else { continue }
                bytes[position] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer(Bytes.isASCII))
            }
        }
    }
}
