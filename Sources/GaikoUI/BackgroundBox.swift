import Foundation
import GaikoCore

/// Hands a value built from the meetings on a background thread back to the browser: the search
/// index and the connections of a large corpus, and the check of a corpus read from the cache,
/// so the first screen waits for none of them.
///
/// `@unchecked Sendable` is safe because the only stored state, `value`, is read and written
/// solely while holding `lock`; the builder thread writes it once and the UI thread takes it.
final class BackgroundBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// Starts building on a thread of its own; `take` returns the value once it is ready.
    /// `afterHandingOver` runs on that thread once the value can be taken (work that makes
    /// the value faster later without holding it back now).
    init(meetings: [Meeting], build: @escaping @Sendable ([Meeting]) -> Value,
         afterHandingOver: @escaping @Sendable (Value) -> Void = { _ in }) {
        let thread = Thread { [self] in
            let built = build(meetings)
            lock.withLock { value = built }
            afterHandingOver(built)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Starts `work` on a thread of its own; `take` returns its result once it is ready.
    convenience init(work: @escaping @Sendable () -> Value) {
        self.init(meetings: [], build: { _ in work() })
    }

    func take() -> Value? {
        lock.withLock { value }
    }
}
