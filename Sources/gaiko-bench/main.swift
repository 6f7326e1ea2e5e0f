import Foundation
import GaikoSynth

// gaiko-bench: prints figures, asserts nothing. Each count runs in a fresh child process (this
// binary re-executed with `--child`), so peak-memory figures belong to that count alone.

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
    sayError("bad arguments\n" + Options.usage)
    exit(2)
}

do {
    switch (options.command, options.child) {
    case ("sample", _):
        var records = SyntheticRecords(seed: options.seed)
        for _ in 0..<(options.counts.first ?? 3) {
            let r = records.next()
            say("──── \(r.fileName) (\(r.text.utf8.count) bytes)")
            say(r.text)
        }
    case (_, true):
        for count in options.counts {
            if options.command == "load" {
                try LoadBench.run(count: count, options: options)
            } else if options.command == "connections" {
                try ConnectionsBench.run(count: count, options: options)
            } else if options.command == "warm" {
                try WarmBench.run(count: count, options: options)
            } else {
                try SearchBench.run(count: count, options: options)
            }
        }
    default:
        say(Machine.summary)
        say()
        for count in options.counts {
            // Generate in the parent so the child's memory figures hold only the measured work.
            _ = try BenchCorpus.prepare(count: count, seed: options.seed, under: options.out)
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            child.arguments = options.childArguments(count: count)
            try child.run()
            child.waitUntilExit()
            if child.terminationStatus != 0 {
                sayError("count \(count): child exited with status \(child.terminationStatus)")
            }
        }
    }
} catch {
    sayError(String(describing: error))
    exit(1)
}
