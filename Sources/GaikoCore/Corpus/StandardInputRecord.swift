import Foundation

extension CorpusLoader {
    /// The name a record read from standard input goes by (`-` on the command line).
    public static let standardInputSource = "(standard input)"

    /// Like `load(paths:sizeLimit:)`, where a path of `-` is one record read from standard
    /// input (read only when named, once however often it is named, and no further than the size
    /// limit: `standardInput` is given the limit). Standard input alone gives a corpus of that
    /// record, not the bundled ones.
    public static func load(
        paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit,
        standardInput: (_ limit: Int) -> Result<String, LoadProblem.Reason>
    ) throws -> Corpus {
        guard paths.contains("-") else { return try load(paths: paths, sizeLimit: sizeLimit) }
        let others = paths.filter { $0 != "-" }
        var outcomes: [Outcome] = []
        var title = "standard input"
        if !others.isEmpty {
            let files = try load(paths: others, sizeLimit: sizeLimit)
            outcomes = files.meetings.map { .success($0) } + files.problems.map { .failure($0) }
            title = files.title + " and standard input"
        }
        outcomes.append(outcome(source: standardInputSource, text: standardInput(sizeLimit)))
        return assemble(outcomes, title: title)
    }
}

/// The nearest of some words to what was typed: for "did you mean …?".
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if within `maximumDistance` edits.
    public static func nearest(to word: String, in candidates: [String], maximumDistance: Int = 2) -> String? {
        let typed = Array(word.lowercased())
        let scored = candidates.map { ($0, EditDistance.between(typed, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= maximumDistance else { return nil }
        return best.0
    }
}
