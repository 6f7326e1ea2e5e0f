import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// The locale curses needs for wide characters: the user's, or C.UTF-8 when theirs is not UTF-8
/// (a bare `LANG=C` over SSH is common, and the records hold accents and CJK text).
enum TerminalLocale {
    /// Sets the process locale; returns whether the resulting codeset is UTF-8.
    @discardableResult
    static func configure() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_ALL, "C.UTF-8")
        return isUTF8
    }

    static var isUTF8: Bool {
        guard let codeset = gaiko_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
