/// The command line, read by hand: the benchmark has no ArgumentParser dependency.
struct Options {
    var command: String
    var counts: [Int]
    var seed: UInt64 = 42
    /// Where generated corpora are cached, relative to the working directory.
    var out = "bench-out"
    /// Typing passes over the query set; each keystroke is timed once per pass.
    var passes = 3
    var runs = 3
    /// Set in a child process: run one count and print its table.
    var child = false

    static let usage = """
        usage: gaiko-bench load   [--counts 1000,10000,100000] [--seed N] [--runs N] [--out DIR]
               gaiko-bench search [--counts 10000,100000] [--seed N] [--passes N] [--out DIR]
               gaiko-bench connections [--counts 10000,100000] [--seed N] [--runs N] [--out DIR]
               gaiko-bench warm   [--counts 10000,100000] [--seed N] [--runs N] [--out DIR]
               gaiko-bench sample [--counts N] [--seed N]      print generated records
        """

    static func parse(_ args: [String]) -> Options? {
        var rest = args[...]
        var child = false
        if rest.first == "--child" {
            child = true
            rest = rest.dropFirst()
        }
        guard let command = rest.popFirst() else { return nil }
        let defaults: [Int]
        switch command {
        case "load": defaults = [1_000, 10_000, 100_000]
        case "search", "connections", "warm": defaults = [10_000, 100_000]
        case "sample": defaults = [3]
        default: return nil
        }
        var o = Options(command: command, counts: defaults, child: child)
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { return nil }
            switch flag {
            case "--counts":
                let counts = value.split(separator: ",").compactMap { Int($0.filter { $0 != "_" }) }
                guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { return nil }
                o.counts = counts
            case "--seed": guard let v = UInt64(value) else { return nil }; o.seed = v
            case "--out": o.out = value
            case "--passes": guard let v = Int(value), v > 0 else { return nil }; o.passes = v
            case "--runs": guard let v = Int(value), v > 0 else { return nil }; o.runs = v
            default: return nil
            }
        }
        return o
    }

    /// The arguments that make a child run `count` alone.
    func childArguments(count: Int) -> [String] {
        ["--child", command, "--counts", String(count), "--seed", String(seed), "--out", out,
         "--passes", String(passes), "--runs", String(runs)]
    }
}
