import Foundation
import GaikoSynth

/// A generated corpus on disk, reused across runs: `bench-out/synth-v1-seed42-n10000/`.
struct BenchCorpus {
    var folder: URL
    var files: [URL]
    var bytes: Int

    /// Generates the records unless a complete copy is already there. A marker written last
    /// means an interrupted generation is redone rather than measured.
    static func prepare(count: Int, seed: UInt64, under out: String) throws -> BenchCorpus {
        let fm = FileManager.default
        let name = "synth-v\(SyntheticRecords.version)-seed\(seed)-n\(count)"
        let folder = URL(fileURLWithPath: out, isDirectory: true).appendingPathComponent(name, isDirectory: true)
        let marker = folder.appendingPathComponent(".complete")
        if !fm.fileExists(atPath: marker.path) {
            try? fm.removeItem(at: folder)
            sayError("generating \(Format.grouped(count)) records into \(folder.path) …")
            let (seconds, _) = try time { try SyntheticRecords.write(count: count, seed: seed, to: folder) }
            try Data().write(to: marker)
            sayError("generated in \(Format.seconds(seconds))")
        }
        return try open(folder)
    }

    static func open(_ folder: URL) throws -> BenchCorpus {
        let fm = FileManager.default
        var files: [URL] = []
        var bytes = 0
        let keys: [URLResourceKey] = [.fileSizeKey]
        guard let walk = fm.enumerator(at: folder, includingPropertiesForKeys: keys) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        for case let url as URL in walk where url.pathExtension == "txt" {
            files.append(url)
            bytes += (try? url.resourceValues(forKeys: Set(keys)).fileSize) ?? 0
        }
        files.sort { $0.path < $1.path }
        return BenchCorpus(folder: folder, files: files, bytes: bytes)
    }

    /// Every file's text, in path order.
    func readAll() -> [(path: String, text: String)] {
        files.map { url in
            (url.path, (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
    }
}
