import ArgumentParser
import Foundation

/// `--no-pager`, for the commands whose output can run long.
struct PagerOptions: ParsableArguments {
    @Flag(help: "Write straight to the terminal. (Output goes through $PAGER, `less -FRX` by default, only when standard output is a terminal.)")
    var noPager = false
}

/// Long output through the user's pager, as git and gh do: only when standard output is a
/// terminal, `$GAIKO_PAGER`, else `$PAGER`, else `less`; `LESS=FRX` when LESS is unset, so a
/// page that fits is printed and left on screen, colours pass through, and the screen is not
/// cleared. An empty pager or `cat` means none.
///
/// Work out everything that depends on the terminal (its width, whether to colour) before
/// starting one: from then on standard output is the pager's pipe.
struct Pager {
    private let pid: pid_t

    static func command(environment: [String: String]) -> String? {
        let chosen = environment["GAIKO_PAGER"] ?? environment["PAGER"] ?? "less"
        let trimmed = chosen.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// Starts the pager on a pipe that becomes standard output; nil (nothing changed) when
    /// output is not a terminal, `--no-pager` was given, or there is no pager to run.
    static func start(_ options: PagerOptions, environment: [String: String] = ProcessInfo.processInfo.environment) -> Pager? {
        guard !options.noPager, Console.stdoutIsTerminal, let command = command(environment: environment) else { return nil }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        if env["LV"] == nil { env["LV"] = "-c" }
        let words: [String] = ["/bin/sh", "-c", command]
        let pairs: [String] = env.map { "\($0.key)=\($0.value)" }
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = pairs.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0 else {
            close(fds[0])
            close(fds[1])
            return nil
        }
        close(fds[0])
        dup2(fds[1], STDOUT_FILENO)
        close(fds[1])
        // Ctrl-C belongs to the pager while it runs (less uses it to stop a search); gaiko ends
        // when the pager closes the pipe.
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        return Pager(pid: pid)
    }

    /// Closes the pipe and waits for the reader to quit the pager.
    func finish() {
        close(STDOUT_FILENO)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }
}
