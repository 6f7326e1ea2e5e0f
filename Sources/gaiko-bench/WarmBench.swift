import Foundation
import GaikoCore
import GaikoUI

/// `gaiko-bench warm`: a second start, step by step, with the cache written by a first one: the
/// browser's first screen (the stored corpus decoded, the browser made and drawn), the check
/// that runs behind it, and the checked load a one-shot command (`gaiko list`) makes. Wall
/// clock and the process's CPU time (all threads): on a shared machine the CPU figure moves
/// less, and CPU over wall says how well a step uses the cores.
enum WarmBench {
    static func run(count: Int, options: Options) throws {
        let corpus = try BenchCorpus.prepare(count: count, seed: options.seed, under: options.out)
        let paths = [corpus.folder.path]
        let cacheFolder = NSTemporaryDirectory() + "gaiko-bench-warm-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: cacheFolder) }

        // The first start: meetings, index and connections written.
        let first = CorpusCache(folder: cacheFolder)
        let (coldSeconds, loaded) = try time { try CorpusLoader.load(paths: paths, cache: first) }
        _ = first.index(for: loaded.meetings)
        _ = first.connections(for: loaded.meetings)

        var stored = Pair(), browser = Pair(), check = Pair(), checked = Pair()
        var meetings = 0
        for _ in 0..<options.runs {
            let cache = CorpusCache(folder: cacheFolder)
            let (s, c, found) = measure { cache.storedCorpus(paths: paths) }
            guard let found else {
                say("note: the cache gave no stored corpus; nothing to measure")
                return
            }
            stored.add(s, c)
            meetings = found.corpus.meetings.count
            let (bs, bc, _) = measure {
                let b = Browser(corpus: found.corpus, width: 120, height: 40)
                return b.render(width: 120, height: 40)
            }
            browser.add(bs, bc)
            let (ks, kc, current) = measure { cache.isCurrent(found) }
            if !current { say("note: the check found the collection changed") }
            check.add(ks, kc)
            let (ls, lc, _) = try measure { try CorpusLoader.load(paths: paths, cache: CorpusCache(folder: cacheFolder)) }
            checked.add(ls, lc)
        }

        say("== warm start: \(Format.grouped(meetings)) meetings (seed \(options.seed), best and median of \(options.runs)) ==")
        var rows = [["step", "wall best", "wall median", "CPU median", "note"]]
        rows.append(["first start: CorpusLoader.load, cache written", Format.seconds(coldSeconds), "", "", "one run"])
        rows.append(stored.row("CorpusCache.storedCorpus", note: "no file looked at"))
        rows.append(browser.row("Browser init + first render, 120x40", note: "index and check not started"))
        rows.append(check.row("CorpusCache.isCurrent (behind the screen)", note: "walk + a stat per file"))
        rows.append(checked.row("CorpusLoader.load with the cache (gaiko list)", note: "walk, stat, decode"))
        let screen = stored.wall.median + browser.wall.median
        rows.append(["first screen, in process (stored + browser)", "", Format.seconds(screen), "", "goal < 200 ms with start-up"])
        table(rows).forEach { say($0) }
        say()
    }

    /// Wall and process CPU seconds of `body`.
    static func measure<T>(_ body: () throws -> T) rethrows -> (Double, Double, T) {
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let before = cpu()
        let (seconds, result) = try time(body)
        return (seconds, cpu() - before, result)
    }

    struct Pair {
        var wall = Samples(), cpu = Samples()
        mutating func add(_ w: Double, _ c: Double) {
            wall.add(w)
            cpu.add(c)
        }

        func row(_ name: String, note: String) -> [String] {
            [name, Format.seconds(wall.best), Format.seconds(wall.median), Format.seconds(cpu.median), note]
        }
    }
}
