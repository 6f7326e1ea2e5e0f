import Foundation
import GaikoCore

/// `gaiko-bench search`: index build time and memory, per-keystroke query latency, and a
/// comparison with `grep -ril` over the same files.
enum SearchBench {
    /// Query classes, and the queries typed one key at a time. Prefixes of one to three
    /// characters are counted apart whatever query they come from: they match the most.
    static let queries: [(kind: String, texts: [String])] = [
        ("word", ["north korea", "copper", "infrastructure", "nikkei", "climate", "tpp"]),
        ("phrase", ["\"north korea\"", "\"climate change\"", "\"rule of law\""]),
        ("field", ["kind:summit year:2017", "with:abe", "kind:telephone peru"]),
        ("exclusion", ["tpp -peru", "korea -summit"]),
    ]
    static let prefixClass = "prefix 1-3"
    /// Single words, the only queries `grep -ril WORD` answers the same way.
    static let grepWords = ["copper", "infrastructure", "nikkei", "climate", "tpp"]

    static func run(count: Int, options: Options) throws {
        let corpus = try BenchCorpus.prepare(count: count, seed: options.seed, under: options.out)
        let meetings = loadMeetings(corpus)

        let rssBefore = Machine.trimmedRSS()
        let (buildSeconds, index) = time { SearchIndex(meetings: meetings) }
        let rssAfter = Machine.trimmedRSS()
        let indexBytes = rssAfter - rssBefore

        // Typing passes: each prefix is a full parse + match, as the browser does per key.
        var byClass: [String: Samples] = [:]
        var fullQuery: [String: Samples] = [:]
        var sink = 0
        for _ in 0..<options.passes {
            for (kind, texts) in queries {
                for text in texts {
                    let chars = Array(text)
                    for n in 1...chars.count {
                        let typed = String(chars[..<n])
                        let (s, hits) = time { () -> Int in
                            guard let q = try? SearchQuery.parse(typed) else { return 0 }
                            return index.matches(q).count
                        }
                        sink &+= hits
                        byClass[n <= 3 ? prefixClass : kind, default: Samples()].add(s)
                        if n == chars.count { fullQuery[text, default: Samples()].add(s) }
                    }
                }
            }
        }

        say("== search: \(Format.grouped(meetings.count)) records, \(Format.megabytes(corpus.bytes)) of text (seed \(options.seed)) ==")
        let sizeGoal = indexBytes < corpus.bytes ? "met" : "not met"
        table([
            ["index build", Format.seconds(buildSeconds), "goal < 1.5 s: " + (buildSeconds < 1.5 ? "met" : "not met")],
            ["index memory (VmRSS Δ)", Format.megabytes(indexBytes), "goal < text size (\(Format.megabytes(corpus.bytes))): \(sizeGoal)"],
            ["index size estimate", indexSizeEstimate(index).map(Format.megabytes) ?? "not exposed", ""],
        ]).forEach { say($0) }
        say()

        var rows = [["class", "keystrokes", "p50", "p99", "max"]]
        var all = Samples()
        for kind in [prefixClass] + queries.map(\.kind) {
            guard let s = byClass[kind] else { continue }
            all.add(s)
            rows.append([kind, String(s.values.count), Format.seconds(s.median), Format.seconds(s.percentile(99)), Format.seconds(s.max)])
        }
        rows.append(["all", String(all.values.count), Format.seconds(all.median), Format.seconds(all.percentile(99)), Format.seconds(all.max)])
        table(rows).forEach { say($0) }
        say("goal p99 < 15 ms: " + (all.percentile(99) < 0.015 ? "met" : "not met")
            + "  (\(options.passes) typing passes; total hits \(sink))")
        say()

        var grepRows = [["word", "grep -ril", "files", "index", "meetings", "grep / index"]]
        for word in grepWords {
            let (grepSeconds, files) = grep(word, in: corpus.folder)
            let indexSeconds = fullQuery[word]?.median ?? 0
            let hits = (try? SearchQuery.parse(word)).map { index.matches($0).count } ?? 0
            let ratio = indexSeconds > 0 ? Format.fixed(grepSeconds / indexSeconds, 1) + "×" : "–"
            grepRows.append([word, Format.seconds(grepSeconds), Format.grouped(files), Format.seconds(indexSeconds),
                             Format.grouped(hits), ratio])
        }
        table(grepRows).forEach { say($0) }
        say("(grep: best of 3 runs over the files on disk, warm cache; index: median full-query time)")
        say()

        // Snippets as `gaiko search WORD` prints them (76 columns), made one after another on
        // this thread, so the figure is CPU time per snippet whatever else runs on the host.
        var snippetRows = [["word", "snippets", "CPU time", "per snippet"]]
        for word in grepWords {
            guard let q = try? SearchQuery.parse(word) else { continue }
            let hits = index.matches(q)
            let (seconds, made) = threadCPUTime { hits.reduce(0) { $0 + index.snippet(for: $1, query: q, width: 76).text.utf8.count } }
            sink &+= made
            snippetRows.append([word, Format.grouped(hits.count), Format.seconds(seconds),
                                hits.isEmpty ? "–" : Format.seconds(seconds / Double(hits.count))])
        }
        table(snippetRows).forEach { say($0) }
        say()
    }

    /// The corpus as the app opens it. The placeholder loader in the pre-merge tree skips
    /// folders, so fall back to reading and parsing the files here and say so.
    static func loadMeetings(_ corpus: BenchCorpus) -> [Meeting] {
        if let loaded = try? CorpusLoader.load(paths: [corpus.folder.path]).meetings, loaded.count == corpus.files.count {
            return loaded
        }
        say("note: CorpusLoader.load did not return every file; parsing the files directly")
        return corpus.readAll().map { RecordParser.parse($0.text, source: $0.path) }
    }

    /// Bytes the index reports holding, once the real index exposes such a figure; until then
    /// the RSS delta is the only measure.
    static func indexSizeEstimate(_ index: SearchIndex) -> Int? { index.indexByteCount }

    /// Best of three `grep -ril WORD FOLDER` runs, and how many files it listed.
    static func grep(_ word: String, in folder: URL) -> (seconds: Double, files: Int) {
        var best = Double.infinity
        var files = 0
        for _ in 0..<3 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["grep", "-ril", "--include=*.txt", word, folder.path]
            let pipe = Pipe()
            p.standardOutput = pipe
            let (s, output) = time { () -> Data in
                guard (try? p.run()) != nil else { return Data() }
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                return data
            }
            best = min(best, s)
            files = output.split(separator: UInt8(ascii: "\n")).count
        }
        return (best, files)
    }
}
