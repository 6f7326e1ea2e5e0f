import Foundation
import GaikoCore

/// `gaiko-bench load`: the whole load path, then reading and parsing apart, per count.
enum LoadBench {
    static func run(count: Int, options: Options) throws {
        let corpus = try BenchCorpus.prepare(count: count, seed: options.seed, under: options.out)
        let records = corpus.files.count
        let mb = Double(corpus.bytes) / 1_048_576
        let hwmAtStart = Machine.status("VmHWM") ?? 0

        // Whole path as the app takes it: one folder in, a corpus out. Each result is dropped
        // before the next run so the high-water mark reflects one load.
        var load = Samples()
        var loaded = 0
        var loadError: String?
        for _ in 0..<options.runs {
            do {
                let (s, result) = try time { try CorpusLoader.load(paths: [corpus.folder.path]) }
                load.add(s)
                loaded = result.meetings.count
            } catch {
                loadError = String(describing: error)
                break
            }
        }
        let hwmAfterLoad = Machine.status("VmHWM") ?? 0

        // Reading alone and parsing alone, to separate I/O from parsing.
        var read = Samples()
        var texts: [(path: String, text: String)] = []
        for _ in 0..<options.runs {
            texts = []
            let (s, result) = time { corpus.readAll() }
            read.add(s)
            texts = result
        }
        var parse = Samples()
        var parsed = 0
        for _ in 0..<options.runs {
            let (s, meetings) = time { texts.map { RecordParser.parse($0.text, source: $0.path) } }
            parse.add(s)
            parsed = meetings.count
        }

        say("== load: \(Format.grouped(records)) records, \(Format.megabytes(corpus.bytes)) (seed \(options.seed), best and median of \(options.runs)) ==")
        func row(_ name: String, _ s: Samples) -> [String] {
            [name, Format.seconds(s.best), Format.seconds(s.median),
             Format.fixed(mb / s.best, 1), Format.grouped(Int(Double(records) / s.best))]
        }
        var rows = [["step", "best", "median", "MB/s", "records/s"]]
        if !load.values.isEmpty { rows.append(row("CorpusLoader.load(folder)", load)) }
        rows.append(row("read files", read))
        rows.append(row("RecordParser.parse", parse))
        table(rows).forEach { say($0) }
        say("peak memory (VmHWM) over the loads: \(Format.megabytes(hwmAfterLoad))"
            + " (\(Format.fixed(Double(hwmAfterLoad) / Double(max(corpus.bytes, 1)), 1))× text size;"
            + " process baseline \(Format.megabytes(hwmAtStart)))")
        if let loadError { say("note: CorpusLoader.load failed: \(loadError)") }
        if loadError == nil, loaded != records {
            say("note: CorpusLoader.load returned \(Format.grouped(loaded)) of \(Format.grouped(records)) records")
        }
        if parsed != records { say("note: parsed \(parsed) of \(records)") }
        say()
    }
}
