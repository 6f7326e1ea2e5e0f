import Foundation
import GaikoCore

/// The timeline's buckets for the list drawn last and for the one a search would go back to,
/// each by its `BrowserState.viewID` and scale. Bucketing is a pass over every meeting in
/// view, which at 100,000 meetings was a quarter of what `Esc` in the prompt cost: the list it
/// restores was bucketed before the search began, and is found here instead.
///
/// Belongs to one state and its copies; `@unchecked Sendable` is safe because everything is
/// read and written under `lock`.
final class TimelineMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var issued = 0
    private var kept: [(view: Int, buckets: TimelineBuckets)] = []
    /// The view a search would restore: kept however many views are drawn after it.
    private var pinned: Int?
    static let capacity = 2

    /// A view id never given before.
    func newView() -> Int {
        lock.withLock {
            issued += 1
            return issued
        }
    }

    /// The buckets of `view` at `scale`, made by `make` when not kept.
    func buckets(view: Int, scale: TimeScale, make: () -> TimelineBuckets) -> TimelineBuckets {
        if let known = lock.withLock({ kept.first { $0.view == view && $0.buckets.scale == scale }?.buckets }) {
            return known
        }
        let made = make()
        lock.withLock {
            kept.removeAll { $0.view == view }
            kept.append((view, made))
            while kept.count > Self.capacity, let oldest = kept.firstIndex(where: { $0.view != pinned }) {
                kept.remove(at: oldest)
            }
        }
        return made
    }

    /// Keeps `view`'s buckets until another view is kept so (a search opened on it).
    func keep(_ view: Int) {
        lock.withLock { pinned = view }
    }

    /// Views kept (tests).
    var keptViews: [Int] { lock.withLock { kept.map(\.view) } }
}
