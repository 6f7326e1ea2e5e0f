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
}
