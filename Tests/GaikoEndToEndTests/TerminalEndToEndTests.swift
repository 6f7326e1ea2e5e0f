import Foundation
import GaikoCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `gaiko` in a real terminal (tmux). These hold whatever the browser finally looks
/// like: they check that it starts, leaves the terminal as it found it, survives resizes and
/// never passes escape sequences from a record through to the terminal.
@Suite(.serialized)
struct TerminalEndToEndTests {
    /// Any bundled meeting's title on screen means the browser is up and drawing records.
    private static let titles = CorpusLoader.bundled().meetings.map(\.title)

    private func showsATitle(_ screen: String) -> Bool {
        Self.titles.contains { screen.contains($0) }
    }

    @Test func startsShowsATitleAndQuitLeavesTheTtyAsItWas() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForStatus() == 0)
        #expect(!tmux.file("before").isEmpty)
        #expect(tmux.file("after") == tmux.file("before"))
        #expect(tmux.file("stderr").isEmpty)
    }

    @Test func controlCQuits() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        try tmux.sendKeys("C-c")
        #expect(try tmux.waitForStatus() == 0)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func signalRestoresTheTtyAndExitsPromptly(signal: Int32) throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        let pid = try tmux.gaikoPID()
        #expect(kill(pid, signal) == 0)
        // Promptly: well under the harness's usual patience.
        #expect(try tmux.waitForStatus(timeout: 3) == 128 + signal)
        #expect(!tmux.file("before").isEmpty)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test func dumbTerminalGetsOneLineAndStatusTwo() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko(prefix: "TERM=dumb")
        #expect(try tmux.waitForStatus() == 2)
        let lines = tmux.file("stderr").split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("dumb") == true)
        #expect(lines.first?.contains("gaiko list") == true)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test func inputNotATerminalGetsOneLineAndStatusTwo() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko(suffix: "< /dev/null")
        #expect(try tmux.waitForStatus() == 2)
        let lines = tmux.file("stderr").split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("standard input") == true)
        #expect(lines.first?.contains("gaiko list") == true)
    }

    @Test func survivesResizingDownToOneCell() throws {
        let tmux = try TmuxHarness()
        try tmux.startGaiko()
        try tmux.waitForScreen("a bundled meeting's title", showsATitle)
        let pid = try tmux.gaikoPID()
        for (width, height) in [(1, 1), (20, 5), (80, 24)] {
            try tmux.resize(width: width, height: height)
            // The pane has the new size, and gaiko is still running after drawing into it.
            try tmux.waitForScreen("a \(width)×\(height) pane") { screen in
                let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                return rows.count == height
            }
            #expect(kill(pid, 0) == 0, "gaiko died at \(width)×\(height)")
            #expect(!FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent("status").path))
        }
        try tmux.waitForScreen("a title again at 80×24", showsATitle)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForStatus() == 0)
        #expect(tmux.file("after") == tmux.file("before"))
    }

    @Test func escapeSequencesInARecordNeverReachTheTerminal() throws {
        let tmux = try TmuxHarness()
        let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}desrever\u{202C}\u{7F}"
        let record = """
            Japan-Peru Relations \(hostile)
            Japan-Peru Summit Meeting \(hostile)
            November 10, 2017
            On November 10, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Ollanta Humala, President of the Republic of Peru. \(hostile)
            1 Bilateral relations \(hostile)
            Prime Minister Abe stated \(hostile) that Japan values Peru.
            """
        let recordURL = tmux.directory.appendingPathComponent("hostile.txt")
        try record.write(to: recordURL, atomically: true, encoding: .utf8)
        let outputURL = tmux.directory.appendingPathComponent("output.bytes")

        try tmux.startGaiko(arguments: [TmuxHarness.quote(recordURL.path)], waitForGo: true)
        try tmux.recordOutput(to: outputURL)
        try tmux.sendKeys("Enter")
        // ESC shown as its control picture.
        try tmux.waitForScreen("a visible placeholder for ESC") { $0.contains("\u{241B}") }
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForStatus() == 0)
        let bytes = try tmux.waitForFile("output.bytes") { data in
            String(decoding: data, as: UTF8.self).contains("GAIKO-SCRIPT-DONE")
        }

        // The recording holds what gaiko drew, placeholders included.
        #expect(bytes.contains(Array("\u{241B}".utf8)))
        #expect(!bytes.contains(Array("\u{1B}]0;".utf8)), "an OSC title sequence reached the terminal")
        #expect(!bytes.contains([0xC2, 0x9B]), "a C1 CSI (U+009B) reached the terminal")
        #expect(!bytes.contains([0xE2, 0x80, 0xAE]), "a right-to-left override reached the terminal")
        #expect(!bytes.contains([0x7F]), "a DEL reached the terminal")
        #expect(!bytes.contains(Array("pwned\u{07}".utf8)))
        // Any raw 0x9B outside a UTF-8 sequence would be a C1 CSI to an 8-bit terminal.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var invalid = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break decoding
            case .error: invalid += 1
            }
        }
        #expect(invalid == 0, "the output is not valid UTF-8")
    }
}

private extension Data {
    func contains(_ needle: [UInt8]) -> Bool {
        range(of: Data(needle)) != nil
    }
}
