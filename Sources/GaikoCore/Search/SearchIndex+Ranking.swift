import Foundation

extension SearchIndex {
    /// The matching meetings with a relevance score, best first (ties: index order). The score
    /// is BM25 over the query's positive plain words (each word of a phrase counts as a word;
    /// a prefix counts every word it matches); field-only queries score every match 0.
    public func ranked(_ query: SearchQuery) -> [(index: Int, score: Double)] {
        postings.withBuffers { p -> [(index: Int, score: Double)] in
            let matched = matchSet(query, p)
            let scores = scores(for: query, among: matched, p)
            return matched.indices
                .map { (index: $0, score: scores[$0]) }
                .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        }
    }

    /// Scores for every meeting in `matched` (other entries stay 0).
    func scores(for query: SearchQuery, among matched: Bitset, _ p: PostingBuffers) -> [Double] {
        var scores = [Double](repeating: 0, count: count)
        let k1 = 1.2, b = 0.75
        let n = Double(count)
        for phrase in query.positivePhrases {
            for range in termRanges(phrase, space: .plain, p) {
                forEachPosting(in: range, p, wantPositions: { _ in false }) { meeting, term, tf, _ in
                    guard matched.contains(meeting) else { return }
                    let df = Double(p.documentFrequency[term])
                    let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                    let norm = k1 * (1 - b + b * Double(lengths[meeting]) / averageLength)
                    scores[meeting] += idf * Double(tf) * (k1 + 1) / (Double(tf) + norm)
                }
            }
        }
        return scores
    }
}
