import Foundation
import GaikoCore

/// A deterministic stream of synthetic meeting records in the styles of the real ones, for
/// benchmarks and scale tests. The same seed gives the same bytes on every run.
public struct SyntheticRecords: Sendable {
    /// Bumped whenever the output for a given seed changes, so cached benchmark folders are
    /// regenerated rather than silently reused.
    public static let version = 1

    private var rng: SplitMix64
    private var index = 0

    public init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    public mutating func next() -> (fileName: String, text: String) {
        let record = nextRecord()
        return (record.fileName, record.text)
    }

    /// The next record with what it was generated to say.
    public mutating func nextRecord() -> SyntheticRecord {
        let plan = MeetingPlan.random(rng: &rng)
        // Each record gets its own stream, so how much one record draws never shifts the next.
        var composer = RecordComposer(plan: plan, rng: SplitMix64(seed: rng.next()))
        let text = composer.compose()
        defer { index += 1 }
        return SyntheticRecord(
            fileName: fileName(plan), text: text, kind: plan.kind, date: plan.date, layout: plan.layout,
            country: plan.country.name, japanName: plan.japan.name, counterpartName: plan.counterpart.name)
    }

    public static func generate(count: Int, seed: UInt64) -> [(fileName: String, text: String)] {
        var records = SyntheticRecords(seed: seed)
        return (0..<count).map { _ in records.next() }
    }

    /// Writes `count` records under `folder`, 1,000 to a subfolder (`0000/`, `0001/`, …) so no
    /// directory grows huge. Creates the folders it needs.
    public static func write(count: Int, seed: UInt64, to folder: URL) throws {
        let fm = FileManager.default
        var records = SyntheticRecords(seed: seed)
        var shard: URL?
        for i in 0..<count {
            if i % shardSize == 0 {
                let next = folder.appendingPathComponent(padded(i / shardSize, 4), isDirectory: true)
                try fm.createDirectory(at: next, withIntermediateDirectories: true)
                shard = next
            }
            let record = records.next()
            guard let shard else { continue }
            try Data(record.text.utf8).write(to: shard.appendingPathComponent(record.fileName))
        }
    }

    static let shardSize = 1_000

    /// `2017-11-10-japan-peru-summit-000042.txt`: date and kind like the bundled names, plus the
    /// index so names never collide.
    private func fileName(_ plan: MeetingPlan) -> String {
        let kind = plan.kind == .other ? "meeting" : plan.kind.rawValue
        return "\(plan.date)-japan-\(plan.country.slug)-\(kind)-\(Self.padded(index, 6)).txt"
    }

    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
