import Testing
@testable import GaikoTerminal

@Suite struct EffectsTests {
    @Test func base64MatchesTheStandardVectors() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            #expect(String(decoding: Effects.base64(Array(plain.utf8)), as: UTF8.self) == encoded)
        }
    }

    @Test func clipboardSequenceIsOSC52WithControlsMadeHarmless() {
        let bytes = Effects.clipboardSequence("Title\u{1B}]52;c;evil\u{07}")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}]52;c;"))
        #expect(text.hasSuffix("\u{07}"))
        // Only the frame holds an ESC or a BEL; the payload is base64.
        let payload = bytes.dropFirst(7).dropLast()
        #expect(payload.allSatisfy { $0 != 0x1B && $0 != 0x07 })
        #expect(Effects.clipboardSequence("a") == Array("\u{1B}]52;c;YQ==\u{07}".utf8))
    }

    @Test func thePagerIsPAGERElseLessAndThePathIsOneQuotedWord() {
        #expect(Effects.pager(environment: [:]) == "less")
        #expect(Effects.pager(environment: ["PAGER": " "]) == "less")
        #expect(Effects.pager(environment: ["PAGER": "most -s"]) == "most -s")
        #expect(Effects.pagerCommand(pager: "less -R", path: "/r/it's here.txt") == "exec less -R '/r/it'\\''s here.txt'")
    }
}
