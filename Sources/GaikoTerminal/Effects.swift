import CNcursesw
import GaikoCore
import GaikoUI
#if canImport(Glibc)
import Glibc
#endif

/// The side effects a program asks for that are not about drawing: the clipboard and the pager.
/// Pure parts (the escape sequence, the shell command) are separate from the calls that act.
enum Effects {
    // MARK: clipboard

    /// OSC 52 with the text as base64: the terminal, local or at the far end of SSH, puts it on
    /// the clipboard. Controls are made visible first, so nothing in a record can end the
    /// sequence early or start another one.
    static func clipboardSequence(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(Sanitizer.clean(text).utf8)) + [0x07]
    }

    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let a = UInt32(bytes[i]), b = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let c = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = a << 16 | b << 8 | c
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return out
    }

    /// Writes the sequence straight to the terminal, after curses has flushed its own output.
    static func copyToClipboard(_ text: String, fd: Int32) {
        let bytes = clipboardSequence(text)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }

    // MARK: pager

    /// `$PAGER`, or `less` when it is unset or empty (git and man do the same).
    static func pager(environment: [String: String]) -> String {
        let value = environment["PAGER"] ?? ""
        return value.trimmingSpaces.isEmpty ? "less" : value
    }

    /// The shell command that shows `path`: the pager is a command line of its own (`less -R`),
    /// the path one quoted word.
    static func pagerCommand(pager: String, path: String) -> String {
        "exec \(pager) '" + path.replacing("'", with: "'\\''") + "'"
    }

    /// Runs the pager on the request and waits for it. `system` ignores SIGINT and SIGQUIT in
    /// this process while the pager runs, so Ctrl-C in the pager does not end gaiko.
    static func page(_ request: PagerRequest, pager: String) {
        // Ctrl-Z in the pager stops the whole foreground job. gaiko must stop with it (the
        // default action), or the shell would wait on a job that never stops while the pager
        // sits stopped: `fg` then continues both.
        var stop = sigaction()
        var saved = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stop.sa_mask)
        sigaction(SIGTSTP, &stop, &saved)
        defer { sigaction(SIGTSTP, &saved, nil) }
        switch request.content {
        case .file(let path):
            _ = system(pagerCommand(pager: pager, path: path))
        case .text(let text, let name):
            guard let path = temporaryCopy(text, name: name) else { return }
            _ = system(pagerCommand(pager: pager, path: path))
            unlink(path)
        }
    }

    /// A private temporary file holding `text`, for a record that has no file (a bundled one).
    private static func temporaryCopy(_ text: String, name: String) -> String? {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
        // mkstemps replaces the six `X`s of the template with a unique name.
        let unique = String(repeating: "X", count: 6)
        var template = Array("\(folder)/gaiko-\(unique)-\(safe)".utf8CString)
        let suffix = Int32(safe.utf8.count + 1)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, suffix) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { unlink(path); return nil }
            written += n
        }
        return path
    }
}

private extension String {
    var trimmingSpaces: String { String(drop { $0 == " " }) }
}
