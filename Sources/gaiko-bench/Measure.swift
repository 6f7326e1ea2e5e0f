import Foundation

/// Seconds taken by `body`, on the monotonic clock.
func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    let clock = ContinuousClock()
    var result: T?
    let elapsed = try clock.measure { result = try body() }
    let c = elapsed.components
    return (Double(c.seconds) + Double(c.attoseconds) / 1e18, result!)
}

/// Seconds of CPU this thread spent in `body`: unlike the wall clock, it hardly moves when
/// other processes share the cores.
func threadCPUTime<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    let result = try body()
    return (now() - start, result)
}

/// Summary of repeated timings.
struct Samples {
    private(set) var values: [Double] = []

    mutating func add(_ v: Double) { values.append(v) }
    mutating func add(_ other: Samples) { values += other.values }

    var best: Double { values.min() ?? 0 }
    var max: Double { values.max() ?? 0 }
    var median: Double { percentile(50) }

    /// Nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}

/// What Linux reports about this process and machine.
enum Machine {
    /// A `kB` field of `/proc/self/status` (`VmHWM`, `VmRSS`), in bytes.
    static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let number = line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            return number.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }

    /// Resident memory after handing freed heap pages back to the kernel, so a before/after
    /// difference counts live data, not chunks freed earlier (which the allocator would reuse
    /// without the resident size moving).
    static func trimmedRSS() -> Int {
        typealias Trim = @convention(c) (Int) -> Int32
        // malloc_trim lives in glibc's malloc.h, which the Glibc module does not import.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        return status("VmRSS") ?? 0
    }

    static var cpuModel: String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }

    static var summary: String {
        "machine: \(ProcessInfo.processInfo.activeProcessorCount) CPUs (nproc), \(cpuModel)"
    }
}
