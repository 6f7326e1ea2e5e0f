import CGaikoSignals
#if canImport(Glibc)
import Glibc
#endif

/// A signal the loop must act on, taken from the flags the C handlers set.
enum SignalEvent: Equatable {
    /// SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore the terminal and exit with 128 + signal.
    case quit(Int32)
    /// SIGTSTP sent from outside (Ctrl-Z itself arrives as a key in raw mode).
    case suspend
    /// SIGCONT after someone else stopped us (kill -STOP): the shell may have drawn over the
    /// screen and put its own tty modes back.
    case resumed
}

/// The process's signal handling while curses owns the terminal.
///
/// The handlers and their state are C (`CGaikoSignals`); this file is their only caller.
enum Signals {
    static let quitting: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashing: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE]
    static let jobControl: [Int32] = [SIGTSTP, SIGCONT]

    /// Installs the handlers. Done before `newterm`, which installs its own SIGINT/SIGTERM/SIGTSTP
    /// handlers only where the disposition is still the default.
    static func install(terminalFD: Int32) {
        _ = gaiko_save_modes(terminalFD)
        for sig in quitting + jobControl { _ = gaiko_install_signal(sig, 0) }
        for sig in crashing { _ = gaiko_install_signal(sig, 1) }
    }

    /// The bytes a crash writes before the process dies: the caller computes them from terminfo
    /// while that is still safe to call.
    static func armCrashReset(_ bytes: [UInt8], fd: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                gaiko_set_reset_bytes(fd, chars.baseAddress, chars.count)
            }
        }
    }

    /// Puts back whatever handled these signals before `install`.
    static func restore() {
        gaiko_forget_crash_state()
        for sig in quitting + jobControl + crashing { gaiko_restore_signal(sig) }
        for sig in quitting + jobControl { _ = gaiko_take_signal(sig) }
    }

    /// The most urgent pending signal, cleared as it is taken.
    static func take() -> SignalEvent? {
        for sig in quitting where gaiko_take_signal(sig) != 0 { return .quit(sig) }
        if gaiko_take_signal(SIGTSTP) != 0 { return .suspend }
        if gaiko_take_signal(SIGCONT) != 0 { return .resumed }
        return nil
    }

    /// Stops the process until `fg`; the SIGCONT that wakes it is ours, so it is consumed here.
    static func stopUntilContinued() {
        raise(SIGSTOP)
        _ = gaiko_take_signal(SIGCONT)
    }

    /// Stops a process that runs in the background but needs the terminal. SIGTTOU, as the
    /// kernel would send for a background write to a TOSTOP terminal, so the shell reports
    /// "Stopped (tty output)"; if that did not stop it (the signal is ignored, or the process
    /// group is orphaned), SIGSTOP.
    static func stopForTerminal() {
        _ = gaiko_take_signal(SIGCONT)
        raise(SIGTTOU)
        if gaiko_take_signal(SIGCONT) == 0 { stopUntilContinued() }
    }
}
