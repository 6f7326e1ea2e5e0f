import Foundation
import GaikoCore
import GaikoUI

/// `gaiko-bench warm`: a second start, step by step, with the cache written by a first one: the
/// browser's first frame (an outline of the stored corpus, the browser made and drawn on it),
/// the whole stored corpus decoded after it, the check that runs behind that, and the checked load a one-shot command (`gaiko list`) makes. Wall
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

        var outlined = Pair(), outlineScreen = Pair(), stored = Pair(), browser = Pair(), check = Pair(), checked = Pair()
        var meetings = 0
        for _ in 0..<options.runs {
            // What the browser draws its first frame from: the first screen's meetings whole,
            // the rest in outline; then the browser made on it and drawn.
            let (os, oc, outline) = measure {
                CorpusCache(folder: cacheFolder).storedCollection(paths: paths)?.outline(shown: 1_000)
            }
            guard let outline else {
                say("note: the cache gave no outline; nothing to measure")
                return
            }
            outlined.add(os, oc)
            let (ws, wc, _) = measure {
                let b = Browser(corpus: outline, width: 120, height: 40, whole: { CorpusOpening(corpus: outline) })
                return b.render(width: 120, height: 40)
            }
            outlineScreen.add(ws, wc)
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
        rows.append(outlined.row("storedCollection + outline(shown: 1000)", note: "the first frame's corpus"))
        rows.append(outlineScreen.row("Browser init + first render on the outline", note: "120x40"))
        rows.append(["first frame, in process (outline + browser)", "", Format.seconds(outlined.wall.median + outlineScreen.wall.median),
                     "", "goal < 200 ms with start-up"])
        rows.append(stored.row("CorpusCache.storedCorpus (after the frame)", note: "no file looked at"))
        rows.append(browser.row("Browser init + first render, 120x40", note: "index and check not started"))
        rows.append(check.row("CorpusCache.isCurrent (behind the screen)", note: "walk + a stat per file"))
        rows.append(checked.row("CorpusLoader.load with the cache (gaiko list)", note: "walk, stat, decode"))
        let screen = stored.wall.median + browser.wall.median
        rows.append(["whole corpus on screen, in process (stored + browser)", "", Format.seconds(screen), "", "before keys are read"])
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
