/// A term found in display text, with where it sits in `Character` offsets: what highlighting
/// needs to map a folded match back onto the text as written.
struct LocatedTerm: Equatable {
    var term: [UInt8]
    /// Offset of the term's first character.
    var start: Int
    /// For each folded byte, the offset just past the character that produced it, so a prefix
    /// of `n` bytes covers `start ..< byteEnds[n - 1]`.
    var byteEnds: [Int]
}

enum LocatedTerms {
    /// The terms of `text` in order, folded exactly as `Folding.terms(of:)` folds them.
    static func scan(_ text: String) -> [LocatedTerm] {
        var cache = FoldCache()
        var result: [LocatedTerm] = []
        var current = LocatedTerm(term: [], start: 0, byteEnds: [])
        func flush() {
            if !current.term.isEmpty { result.append(current) }
            current.term.removeAll(keepingCapacity: true)
            current.byteEnds.removeAll(keepingCapacity: true)
        }
        for (offset, character) in text.enumerated() {
            for scalar in character.unicodeScalars {
                switch cache.fold(scalar) {
                case .separator: flush()
                case .mark: break
                case .letters(let bytes):
                    if current.term.isEmpty { current.start = offset }
                    for b in bytes where current.term.count < Folding.maxTermBytes {
                        current.term.append(b)
                        current.byteEnds.append(offset + 1)
                    }
                case .ideograph:
                    flush()
                    let bytes = Array(String(scalar).utf8)
                    result.append(LocatedTerm(term: bytes, start: offset, byteEnds: Array(repeating: offset + 1, count: bytes.count)))
                }
            }
        }
        flush()
        return result
    }
}
