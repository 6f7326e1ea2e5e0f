import Foundation
import GaikoCore

/// `gaiko-bench connections`: what deriving people, countries and the relation indexes adds to a
/// cold start (`Connections.build` on a loaded corpus), and what one meeting's related list
/// costs afterwards (`Related.find`, as the browser would ask on each selection).
enum ConnectionsBench {
    static func run(count: Int, options: Options) throws {
        let corpus = try BenchCorpus.prepare(count: count, seed: options.seed, under: options.out)
        let (loadSeconds, loaded) = try time { try CorpusLoader.load(paths: [corpus.folder.path]) }
        let meetings = loaded.meetings

        // Wall clock and this thread's CPU time: the build runs on one thread, so on a shared
        // machine the second is the steadier figure.
        var build = Samples()
        var buildCPU = Samples()
        var connections = Connections.build([])
        for _ in 0..<options.runs {
            let (s, (cpu, c)) = time { threadCPUTime { Connections.build(meetings) } }
            build.add(s)
            buildCPU.add(cpu)
            connections = c
        }

        // Related lists for meetings spread over the corpus.
        let step = max(1, meetings.count / 1000)
        let sample = Array(stride(from: 0, to: meetings.count, by: step))
        var related = Samples()
        var found = 0
        for i in sample {
            let (s, list) = time { Related.find(i, in: meetings, connections: connections) }
            related.add(s)
            found += list.count
        }

        let (encodeSeconds, data) = try time { try JSONEncoder().encode(connections) }

        say("== connections: \(Format.grouped(meetings.count)) meetings (seed \(options.seed), best and median of \(options.runs)) ==")
        var rows = [["step", "best", "median", "note"]]
        rows.append(["CorpusLoader.load (for scale)", Format.seconds(loadSeconds), "", "one run"])
        rows.append(["Connections.build (wall)", Format.seconds(build.best), Format.seconds(build.median),
                     "goal < 300 ms: " + (build.median < 0.3 ? "met" : "not met")])
        rows.append(["Connections.build (thread CPU)", Format.seconds(buildCPU.best), Format.seconds(buildCPU.median), ""])
        rows.append(["Related.find, one meeting", Format.seconds(related.median), Format.seconds(related.percentile(99)),
                     "median and p99 of \(sample.count)"])
        rows.append(["JSONEncoder().encode (a cache's stand-in)", Format.seconds(encodeSeconds), "",
                     Format.megabytes(data.count)])
        table(rows).forEach { say($0) }
        say("people: \(Format.grouped(connections.people.count)), countries: \(connections.countries.count), "
            + "related per sampled meeting: \(Format.fixed(Double(found) / Double(max(sample.count, 1)), 1))")
        say()
    }
}
