import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an end-to-end test could not run or did not see what it waited for.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
}

/// Drives the built `gaiko` binary in a private tmux server: its own socket (`-L`), no user
/// configuration (`-f /dev/null`), a detached session of a fixed size, killed at the end.
/// Waits re-capture the pane (or re-read a file) until what is expected appears or a timeout
/// passes; a sleep never stands in for an assertion.
///
/// The pane runs a small shell script, so each test can see what gaiko left behind: the tty
/// modes before and after (`stty -g`), its pid, exit status and stderr.
final class TmuxHarness {
    let directory: URL
    private let tmux: String
    private let socket: String
    private var started = false

    /// Throws (failing the test, never skipping it) when tmux is not installed.
    init() throws {
        guard let tmux = TmuxHarness.findExecutable("tmux") else {
            throw HarnessError(description: "tmux is not installed; the end-to-end tests need it (run scripts/install-deps, or apt-get install tmux)")
        }
        self.tmux = tmux
        socket = "gaiko-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        if started { _ = try? tmuxCommand(["kill-server"]) }
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Starting gaiko

    /// The gaiko binary `swift build --build-tests` put beside the test bundle.
    static func gaikoBinary() throws -> String {
        var candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        // Fallback: the package's own build folder, found from this source file.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for folder in candidates {
            let path = folder.appendingPathComponent("gaiko").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw HarnessError(description: "no gaiko binary beside the tests; run `swift build --build-tests` first")
    }

    /// Starts a session of `width`×`height` whose pane runs gaiko with `arguments` (shell words,
    /// already quoted) after `prefix` (e.g. `TERM=dumb`), and `suffix` redirections (e.g.
    /// `< /dev/null`). With `waitForGo`, the script waits for an Enter key first, so a test can
    /// attach `pipe-pane` before gaiko writes anything.
    ///
    /// The script also writes the pane's terminal modes (`modeFormat`) before and after gaiko
    /// runs, to `modes-before` and `modes-after`.
    func startGaiko(arguments: [String] = [], prefix: String = "", suffix: String = "",
                    width: Int = 120, height: Int = 40, waitForGo: Bool = false) throws {
        let gaiko = try TmuxHarness.gaikoBinary()
        let dir = TmuxHarness.quote(directory.path)
        let command = ([prefix, "sh -c 'echo $$ > \(dir)/pid; exec \"$0\" \"$@\"'", TmuxHarness.quote(gaiko)]
            + arguments + ["2> \(dir)/stderr", suffix]).filter { !$0.isEmpty }.joined(separator: " ")
        let script = """
            \(waitForGo ? "read go" : "")
            stty -g > \(dir)/before
            \(modesCommand) > \(dir)/modes-before
            \(command)
            echo $? > \(dir)/status.tmp
            stty -g > \(dir)/after
            \(modesCommand) > \(dir)/modes-after
            mv \(dir)/status.tmp \(dir)/status
            printf 'GAIKO-SCRIPT-DONE\\n'
            """
        let scriptURL = directory.appendingPathComponent("run.sh")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        try tmuxCommand(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh \(TmuxHarness.quote(scriptURL.path))"])
        started = true
    }

    /// Starts a session whose pane runs an interactive shell with job control (bash, no
    /// start-up files), its prompt `shellPrompt`, for tests of Ctrl-Z, `bg`, `fg` and stops.
    func startShell(width: Int = 120, height: Int = 40) throws {
        guard let bash = TmuxHarness.findExecutable("bash") else {
            throw HarnessError(description: "bash is not installed; the job-control tests need it")
        }
        try tmuxCommand(["new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                         "env PS1='\(TmuxHarness.shellPrompt)' \(TmuxHarness.quote(bash)) --norc --noprofile -i"])
        started = true
        try waitForScreen("the shell's prompt", TmuxHarness.showsShellPrompt)
    }

    static let shellPrompt = "GAIKO-SHELL$ "

    /// The command line that runs gaiko as a job of that shell, the job being gaiko itself (its
    /// pid in `pid`, stderr in `stderr`).
    func gaikoJobCommand(arguments: [String] = []) throws -> String {
        let gaiko = try TmuxHarness.gaikoBinary()
        let dir = TmuxHarness.quote(directory.path)
        return (["sh -c 'echo $$ > \(dir)/pid; exec \"$0\" \"$@\"'", TmuxHarness.quote(gaiko)] + arguments
            + ["2> \(dir)/stderr"]).joined(separator: " ")
    }

    /// True when the pane's last non-blank line is the shell's prompt, waiting for a command.
    static func showsShellPrompt(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.last.map { $0 + " " == shellPrompt } ?? false
    }

    // MARK: Terminal modes

    /// The pane's modes as tmux tracks them: alternate screen, cursor shown, mouse reporting
    /// (any, button, standard, SGR), keypad and cursor-key modes.
    static let modeFormat = "alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag} keypad=#{keypad_flag}#{keypad_cursor_flag}"

    /// The shell command, for the pane's own script, that prints `modeFormat` for its pane.
    private var modesCommand: String {
        "tmux display-message -p -t \"$TMUX_PANE\" '\(TmuxHarness.modeFormat)'"
    }

    /// The pane's modes now.
    func modes() throws -> String {
        try tmuxCommand(["display-message", "-p", TmuxHarness.modeFormat]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Re-reads the pane's modes until `predicate` holds; returns them.
    @discardableResult
    func waitForModes(timeout: Double = 10, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = try modes()
        while !predicate(current) {
            guard Date() < deadline else {
                throw HarnessError(description: "timed out after \(timeout)s waiting for \(what); the modes are \(current)")
            }
            usleep(30_000)
            current = try modes()
        }
        return current
    }

    /// Pastes `text` as a terminal paste (`paste-buffer -p`: bracketed when the program asked
    /// for it, plain keys otherwise; line feeds become carriage returns, as typed).
    func paste(_ text: String) throws {
        try tmuxCommand(["set-buffer", "-b", "gaiko-test", "--", text])
        try tmuxCommand(["paste-buffer", "-p", "-d", "-b", "gaiko-test"])
    }

    /// The process state letter from /proc (`S` sleeping, `T` stopped…), nil once it is gone.
    static func processState(_ pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }

    /// Waits until `pid` is stopped (by a signal or job control).
    func waitUntilStopped(_ pid: pid_t, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while TmuxHarness.processState(pid) != "T" {
            guard Date() < deadline else {
                throw HarnessError(description: "timed out after \(timeout)s waiting for gaiko to stop; the pane shows:\n\(capture())")
            }
            usleep(20_000)
        }
    }

    // MARK: Talking to tmux

    @discardableResult
    func tmuxCommand(_ arguments: [String]) throws -> String {
        // The tmux server, and so gaiko, inherits this: no size override, no outer tmux.
        var environment = ProcessInfo.processInfo.environment
        for name in ["LINES", "COLUMNS", "TMUX", "TMUX_PANE"] { environment[name] = nil }
        // No user config file reaches a test; a test that wants one sets XDG_CONFIG_HOME itself.
        environment["XDG_CONFIG_HOME"] = "/nonexistent/gaiko-tests"
        if environment["LANG"] == nil && environment["LC_ALL"] == nil { environment["LANG"] = "C.UTF-8" }
        // Output goes to a file, not a pipe: the server new-session forks keeps the client's
        // stdout open, so reading a pipe to its end would wait for the server to exit.
        let outputURL = directory.appendingPathComponent("tmux-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let status = try TmuxHarness.spawnAndWait(
            tmux, ["-u", "-L", socket, "-f", "/dev/null"] + arguments,
            environment: environment, outputPath: outputURL.path
        )
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw HarnessError(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    /// posix_spawn and waitpid: Foundation's Process never saw the tmux client exit under the
    /// test runner (its child was left a zombie), so the harness reaps its children itself.
    private static func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String],
                                     outputPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's threads block SIGTERM and other signals, and a spawned child keeps
        // that mask: the tmux server did too, so `kill-server` (a SIGTERM to itself) never took
        // effect and every test that ended with gaiko still running left both behind. tmux and
        // gaiko get the mask and dispositions a shell would give them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw HarnessError(description: "could not start \(path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw HarnessError(description: "waitpid failed for \(path)") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift cannot import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The pane as text, one line per row; `styled` keeps the SGR sequences of attributes and
    /// colours, for changes that show in nothing but style (a highlight moving).
    func capture(styled: Bool = false) -> String {
        (try? tmuxCommand(["capture-pane", "-p"] + (styled ? ["-e"] : []))) ?? ""
    }

    func sendKeys(_ keys: String...) throws {
        try tmuxCommand(["send-keys"] + keys)
    }

    /// Sends `text` as characters, never read as key names (`Up`, `Enter`).
    func sendText(_ text: String) throws {
        try tmuxCommand(["send-keys", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Copies everything the pane's programs write into `file`, from now on.
    func recordOutput(to file: URL) throws {
        try tmuxCommand(["pipe-pane", "-O", "cat >> \(TmuxHarness.quote(file.path))"])
    }

    // MARK: Waiting

    /// Re-captures the pane until `predicate` holds; returns that capture.
    @discardableResult
    func waitForScreen(timeout: Double = 10, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            guard Date() < deadline else {
                throw HarnessError(description: "timed out after \(timeout)s waiting for \(what); the pane shows:\n\(screen)")
            }
            usleep(30_000)
            screen = capture()
        }
        return screen
    }

    /// True while gaiko's process exists and the script has not recorded an exit status.
    func gaikoIsRunning() throws -> Bool {
        let status = directory.appendingPathComponent("status").path
        return kill(try gaikoPID(), 0) == 0 && !FileManager.default.fileExists(atPath: status)
    }

    /// Like `waitForScreen`, with the capture read by pane, and settled: a repaint can reach
    /// tmux in pieces, so a capture counts only once the next one shows the same.
    @discardableResult
    func waitForBrowser(timeout: Double = 10, _ what: String, _ predicate: (BrowserScreen) -> Bool) throws -> BrowserScreen {
        var previous = ""
        return BrowserScreen(try waitForScreen(timeout: timeout, what) { screen in
            defer { previous = screen }
            return screen == previous && predicate(BrowserScreen(screen))
        })
    }

    /// Waits for the pane's text or style to differ from `before` (a `capture(styled: true)`),
    /// settled as in `waitForBrowser`; returns the new screen.
    @discardableResult
    func waitForRestyle(from before: String, timeout: Double = 10, _ what: String) throws -> BrowserScreen {
        var previous = ""
        try waitForScreen(timeout: timeout, what) { _ in
            let styled = capture(styled: true)
            defer { previous = styled }
            return styled != before && styled == previous
        }
        return BrowserScreen(capture())
    }

    /// Re-reads `name` in the work folder until it exists (and `predicate` holds).
    @discardableResult
    func waitForFile(_ name: String, timeout: Double = 10, until predicate: (Data) -> Bool = { _ in true }) throws -> Data {
        let url = directory.appendingPathComponent(name)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let data = try? Data(contentsOf: url), predicate(data) { return data }
            guard Date() < deadline else {
                throw HarnessError(description: "timed out after \(timeout)s waiting for \(name); the pane shows:\n\(capture())")
            }
            usleep(20_000)
        }
    }

    func file(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// gaiko's exit status, once the script has recorded it.
    func waitForStatus(timeout: Double = 10) throws -> Int32 {
        let text = String(decoding: try waitForFile("status", timeout: timeout), as: UTF8.self)
        guard let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError(description: "unreadable status \(text)")
        }
        return status
    }

    func gaikoPID() throws -> pid_t {
        let text = String(decoding: try waitForFile("pid"), as: UTF8.self)
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw HarnessError(description: "unreadable pid \(text)")
        }
        return pid
    }

    // MARK: Helpers

    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// A capture of the browser's screen, read by pane. List and detail rows are told apart by the
/// vertical borders between them rather than by column, so the reading holds at any width that
/// shows both panes side by side.
struct BrowserScreen: CustomStringConvertible {
    let text: String
    let rows: [String]

    init(_ text: String) {
        self.text = text
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        self.rows = rows
    }

    var description: String { text }
    var titleBar: String { rows.first ?? "" }
    var statusLine: String { rows.last ?? "" }

    /// Rows holding the list and the detail side by side: each split at its vertical borders.
    private var sideBySide: [(list: String, detail: String)] {
        rows.compactMap { row in
            let parts = row.split(whereSeparator: { $0 == "│" || $0 == "║" })
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The list's non-blank rows, top to bottom, the selection bar removed.
    var listRows: [String] {
        sideBySide.map { $0.list.replacingOccurrences(of: "▌", with: " ").trimmed }.filter { !$0.isEmpty }
    }

    /// The list row carrying the selection bar.
    var selectedRow: String? {
        sideBySide.first { $0.list.hasPrefix("▌") }.map { String($0.list.dropFirst()).trimmed }
    }

    /// The detail pane's text lines, top to bottom.
    var detailLines: [String] { sideBySide.map(\.detail.trimmed) }

    /// The detail's first line: the meeting's title while the detail is at its top.
    var detailTitle: String { detailLines.first ?? "" }

    /// The detail's `first–last of total` lines indicator.
    var detailPosition: (first: Int, last: Int, total: Int)? {
        guard let match = text.firstMatch(of: #/(\d+)–(\d+) of (\d+)/#),
              let first = Int(match.1), let last = Int(match.2), let total = Int(match.3) else { return nil }
        return (first, last, total)
    }

    /// The timeline's caption: the row with the `▲` under the selected mark.
    var timelineCaption: String? {
        rows.first { $0.contains("▲") }.map { $0.replacingOccurrences(of: "│", with: "").replacingOccurrences(of: "║", with: "").trimmed }
    }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
