import Foundation

/// How one Unicode scalar takes part in a search term. Indexing, query parsing and highlighting
/// all fold text through `Folding.classify`, so the three can never disagree about a term.
enum ScalarFold: Sendable, Equatable {
    /// Ends the current term (spaces, punctuation, symbols, emoji).
    case separator
    /// Invisible inside a term: combining marks, joiners, soft hyphens.
    case mark
    /// Appends these folded UTF-8 bytes (lowercase, no accents) to the current term.
    case letters([UInt8])
    /// Han, kana and Hangul: each scalar is a term of its own, kept as written, because these
    /// scripts do not put spaces between words.
    case ideograph
}

enum Folding {
    /// Terms longer than this are cut: long runs without a separator are noise, and a bound
    /// keeps the term table compact. Queries are cut the same way, so matching stays consistent.
    static let maxTermBytes = 64

    static func classify(_ scalar: Unicode.Scalar) -> ScalarFold {
        let v = scalar.value
        if v < 0x80 {
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { return .letters([UInt8(v)]) }
            if (0x41...0x5A).contains(v) { return .letters([UInt8(v + 0x20)]) }
            return .separator
        }
        if isIdeographic(v) { return .ideograph }
        let properties = scalar.properties
        if isInvisible(properties.generalCategory) { return .mark }
        guard isWordScalar(properties) else { return .separator }
        // Compatibility decomposition splits accents off their letters (and maps fullwidth
        // Latin and ligatures to plain letters); dropping the marks and lowercasing then gives
        // the form both the index and the query use.
        var out: [UInt8] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
            guard !isInvisible(part.properties.generalCategory), isWordScalar(part.properties) else { continue }
            for lower in part.properties.lowercaseMapping.unicodeScalars
            where !isInvisible(lower.properties.generalCategory) {
                out.append(contentsOf: String(lower).utf8)
            }
        }
        return out.isEmpty ? .mark : .letters(out)
    }

    static func isIdeographic(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v)  // hiragana, katakana
            || (0x31F0...0x31FF).contains(v)  // katakana extensions
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)  // CJK ideographs
            || (0xF900...0xFAFF).contains(v)  // compatibility ideographs
            || (0xAC00...0xD7A3).contains(v)  // Hangul syllables
            || (0x20000...0x3FFFD).contains(v)  // supplementary ideographs
    }

    static func isInvisible(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: true
        default: false
        }
    }

    static func isWordScalar(_ p: Unicode.Scalar.Properties) -> Bool {
        p.isAlphabetic || p.numericType != nil
    }

    /// The folded terms of `text`, as the index stores them.
    static func terms(of text: String) -> [[UInt8]] {
        var cache = FoldCache()
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { result.append(current) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch cache.fold(scalar) {
            case .separator: flush()
            case .mark: break
            case .letters(let bytes):
                for b in bytes where current.count < maxTermBytes { current.append(b) }
            case .ideograph:
                flush()
                result.append(Array(String(scalar).utf8))
            }
        }
        flush()
        return result
    }
}

/// Memoises `Folding.classify` for non-ASCII scalars. One per builder or query, never shared,
/// so there is no global mutable state.
struct FoldCache {
    private var table: [UInt32: ScalarFold] = [:]

    mutating func fold(_ scalar: Unicode.Scalar) -> ScalarFold {
        if scalar.value < 0x80 { return Folding.classify(scalar) }
        if let known = table[scalar.value] { return known }
        let fold = Folding.classify(scalar)
        table[scalar.value] = fold
        return fold
    }
}
