import Foundation

/// Maps over an array on all cores, in chunks, and returns the results in the input's order:
/// timing decides only which core does the work, never where a result lands.
public enum OrderedParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], chunkSize: Int, _ transform: @Sendable (T) -> R) -> [R] {
        map(items, chunkSize: chunkSize, state: { () }) { _, item in transform(item) }
    }

    /// The same, each chunk with a `state` of its own made by `makeState` (a cache the items of
    /// one chunk share, which no two threads touch at once).
    public static func map<T: Sendable, R: Sendable, State>(
        _ items: [T], chunkSize: Int, state makeState: @Sendable () -> State, _ transform: @Sendable (inout State, T) -> R
    ) -> [R] {
        let chunkSize = max(1, chunkSize)
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        if chunkCount <= 1 {
            var state = makeState()
            return items.map { transform(&state, $0) }
        }
        // Each chunk writes its results straight into its own range of the output: no per-chunk
        // arrays to join afterwards, which at 100,000 meetings was a copy of hundreds of MB.
        return [R](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let output = Output(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                var state = makeState()
                let start = chunk * chunkSize
                for i in start..<min(items.count, start + chunkSize) {
                    output.base.advanced(by: i).initialize(to: transform(&state, items[i]))
                }
            }
            initialized = items.count
        }
    }
}

/// The output buffer, shared by the chunks; sound because no two chunks write the same element
/// and `concurrentPerform` returns only when every chunk has finished.
private struct Output<R>: @unchecked Sendable {
    let base: UnsafeMutablePointer<R>
}
