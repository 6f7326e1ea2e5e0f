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
        let hwmAfterParse = Machine.status("VmHWM") ?? 0

        say("== load: \(Format.grouped(records)) records, \(Format.megabytes(corpus.bytes)) (seed \(options.seed), best and median of \(options.runs)) ==")
        func row(_ name: String, _ s: Samples) -> [String] {
            [name, Format.seconds(s.best), Format.seconds(s.median),
             Format.fixed(mb / s.best, 1), Format.grouped(Int(Double(records) / s.best))]
        }
        var rows = [["step", "best", "median", "MB/s", "records/s"]]
        // A loader that skips files would post absurd rates; flag the row rather than hide it.
        let partial = loadError == nil && loaded != records
        if !load.values.isEmpty { rows.append(row("CorpusLoader.load(folder)" + (partial ? " *" : ""), load)) }
        rows.append(row("read files", read))
        rows.append(row("RecordParser.parse", parse))
        table(rows).forEach { say($0) }
        let growth = hwmAfterLoad - hwmAtStart
        say("peak memory (VmHWM) over the loads: \(Format.megabytes(hwmAfterLoad)), \(Format.megabytes(growth))"
            + " above the process at start (\(Format.fixed(Double(growth) / Double(max(corpus.bytes, 1)), 2))× text size)")
        say("peak memory after read + parse in memory (texts and meetings both held): \(Format.megabytes(hwmAfterParse))")
        if let loadError { say("note: CorpusLoader.load failed: \(loadError)") }
        if partial {
            say("* CorpusLoader.load returned \(Format.grouped(loaded)) of \(Format.grouped(records)) records: its figures do not measure a load")
        }
        if parsed != records { say("note: parsed \(parsed) of \(records)") }
        say()
    }
}
