import Foundation
import GaikoCore

/// Hands a `SearchIndex` built on a background thread back to the browser.
///
/// `@unchecked Sendable` is safe because the only stored state, `index`, is read and written
/// solely while holding `lock`; the builder thread writes it once and the UI thread takes it.
final class IndexBox: @unchecked Sendable {
    private let lock = NSLock()
    private var index: SearchIndex?

    /// Starts building on a thread of its own; `take` returns the index once it is ready.
    init(meetings: [Meeting], build: @escaping @Sendable ([Meeting]) -> SearchIndex) {
        let thread = Thread { [self] in
            let built = build(meetings)
            lock.withLock { index = built }
            // After handing it over: searching can start at once, and the one-letter prefixes
            // a search begins with are ready a moment later.
            built.prepareShortPrefixes()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func take() -> SearchIndex? {
        lock.withLock { index }
    }
}
