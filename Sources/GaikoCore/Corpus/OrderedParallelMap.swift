import Foundation

/// Maps over an array on all cores, in chunks, and returns the results in the input's order:
/// timing decides only which core does the work, never where a result lands.
enum OrderedParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], chunkSize: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let chunkSize = max(1, chunkSize)
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        if chunkCount <= 1 { return items.map(transform) }
        let slots = Slots<[R]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * chunkSize
            let end = min(items.count, start + chunkSize)
            slots.set(chunk, items[start..<end].map(transform))
        }
        return slots.values.flatMap { $0 ?? [] }
    }
}

/// One slot per chunk, written once each from whichever thread ran the chunk.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
