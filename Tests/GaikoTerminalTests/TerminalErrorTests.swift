import GaikoTerminal
import Testing

struct TerminalErrorTests {
    private func check(_ environment: [String: String], input: Bool = true, output: Bool = true) -> TerminalError? {
        do {
            try TerminalError.check(environment: environment, inputIsTerminal: input, outputIsTerminal: output)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesWhatCannotWork() {
        #expect(check(["TERM": "xterm"], input: false) == .inputNotTerminal)
        #expect(check(["TERM": "xterm"], output: false) == .outputNotTerminal)
        #expect(check([:]) == .terminalTypeUnset)
        #expect(check(["TERM": ""]) == .terminalTypeUnset)
        #expect(check(["TERM": "dumb"]) == .dumbTerminal)
        #expect(check(["TERM": "xterm-256color"]) == nil)
    }

    @Test func messagesAreOneLineNamingTheProblemAndSuggestingList() {
        let errors: [(TerminalError, String)] = [
            (.inputNotTerminal, "standard input"), (.outputNotTerminal, "standard output"),
            (.terminalTypeUnset, "TERM"), (.dumbTerminal, "dumb"), (.unknownTerminal("vt999"), "vt999"),
        ]
        for (error, problem) in errors {
            #expect(error.description.hasPrefix("gaiko: "))
            #expect(error.description.contains(problem))
            #expect(error.description.contains("gaiko list"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func unknownTerminalNameIsSanitised() {
        #expect(!TerminalError.unknownTerminal("x\u{1B}]0;pwned\u{07}").description.contains("\u{1B}"))
    }
}
