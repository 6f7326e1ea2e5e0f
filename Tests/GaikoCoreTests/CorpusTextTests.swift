import Foundation
import Testing
@testable import GaikoCore

@Suite struct CorpusTextTests {
    @Test func validUTF8IsKeptAsWritten() throws {
        let text = "González-Olaechea — “quoted” 日本\n"
        #expect(try RecordDecoding.decode(Data(text.utf8)).get() == text)
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Record\n".utf8)
        #expect(try RecordDecoding.decode(data).get() == "Record\n")
    }

    @Test(arguments: [
        ([0xE9, 0x41] as [UInt8], LoadProblem.Reason.notUTF8),
        // A cut-off four-byte sequence decodes to one U+FFFD of the same byte length.
        ([0x41, 0xF0, 0x9F, 0x98, 0x41], .notUTF8),
        ([0xC0, 0xAF], .notUTF8),
        ([0x41, 0x00, 0x42], .binary),
        ([], .empty),
        ([0x20, 0x0A, 0x09, 0x0D, 0x0A], .blank),
        ([0xEF, 0xBB, 0xBF], .blank),
    ])
    func badBytesAreRefusedWithTheirReason(bytes: [UInt8], reason: LoadProblem.Reason) {
        guard case .failure(let got) = RecordDecoding.decode(Data(bytes)) else {
            Issue.record("decoded \(bytes) as text")
            return
        }
        #expect(got == reason)
    }

    /// The stretch-at-a-time check answers as `String(validating:)` does, and gives the same bytes:
    /// on real records, and on bad sequences at every distance from a stretch's edge.
    @Test func validatingByStretchesIsValidating() {
        let bad: [[UInt8]] = [
            [0xE9], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x80],
            [0xE2, 0x80], [0xC3], [0xFF], [0xE2, 0x80, 0x99, 0x99], [0xF8, 0x88, 0x80, 0x80, 0x80],
        ]
        let good: [[UInt8]] = [Array("é".utf8), Array("’".utf8), Array("😀".utf8), Array("日本".utf8), Array("ğ".utf8)]
        var samples: [[UInt8]] = RealRecordTests.all.prefix(40).map { Array($0.text.utf8) }
        for piece in bad + good {
            for before in [0, 1, 7, 8, 9, 16] {
                for after in [0, 1, 8, 13] {
                    samples.append(Array(repeating: UInt8(ascii: "a"), count: before) + piece + Array(repeating: UInt8(ascii: "b"), count: after))
                    samples.append(Array("x’".utf8) + Array(repeating: 0x20, count: before) + piece + good[before % good.count] + Array(repeating: 0x2E, count: after))
                }
            }
        }
        for bytes in samples {
            bytes.withUnsafeBufferPointer { b in
                let expected = String(validating: b, as: UTF8.self)
                let got = RecordDecoding.validated(b)
                #expect(got == expected, "\(bytes.prefix(40))")
                if let got, let expected { #expect(Array(got.utf8) == Array(expected.utf8)) }
            }
        }
    }
}
