import Foundation
@testable import GaikoCore

/// The scoring rules for the real-record fixtures: the eleven labelled fields of a record, and
/// when a parsed value counts as the label's. Forgiving about case, accents, typographic quotes,
/// honorifics and parenthesised acronyms; titles and occasions need 75% of their words; a venue
/// may be the venue or its country, and may contain or be contained in the label.
enum RealRecordScoring {
    static let fields = [
        "date", "kind", "counterpart_country", "japan_person", "counterpart_person", "counterpart_title",
        "start_local", "duration_minutes", "venue", "occasion", "sections",
    ]

    /// A label's value: a string, a number, a list of section titles, or nothing.
    enum Value: Equatable, CustomStringConvertible {
        case none
        case text(String)
        case number(Int)
        case list([String])

        init(json: Any?) {
            switch json {
            case let s as String: self = .text(s)
            case let n as NSNumber: self = .number(n.intValue)
            case let a as [Any]: self = .list(a.compactMap { $0 as? String })
            default: self = .none
            }
        }

        var text: String? {
            switch self {
            case .text(let s): s
            case .number(let n): String(n)
            default: nil
            }
        }

        var description: String {
            switch self {
            case .none: "null"
            case .text(let s): "\"\(s)\""
            case .number(let n): String(n)
            case .list(let l): "\(l)"
            }
        }
    }

    /// What the parser read for each field.
    static func parsed(_ m: Meeting) -> [String: Value] {
        func v(_ s: String?) -> Value { s.map(Value.text) ?? .none }
        return [
            "date": v(m.date?.description), "kind": .text(m.kind.rawValue),
            "counterpart_country": v(m.counterpart.country), "japan_person": v(m.japan.familyName),
            "counterpart_person": v(m.counterpart.name), "counterpart_title": v(m.counterpart.title),
            "start_local": v(m.startLocal?.description), "duration_minutes": m.durationMinutes.map(Value.number) ?? .none,
            "venue": v(m.venue), "occasion": v(m.occasion), "sections": .list(m.sectionTitles),
        ]
    }

    static func matches(_ field: String, label: Value, got: Value, venueCountry: String?) -> Bool {
        switch field {
        case "venue":
            let want = normalised(label.text)
            return [got.text, venueCountry].contains { candidate in
                let c = normalised(candidate)
                if c == want { return true }
                guard let c, let want else { return false }
                return c.contains(want) || want.contains(c)
            }
        case "occasion", "counterpart_title":
            guard let a = label.text, let b = got.text else { return label.text == nil && got.text == nil }
            let x = words(a), y = words(b)
            return Double(x.intersection(y).count) / Double(max(1, x.union(y).count)) >= 0.75
        case "sections":
            guard case .list(let want) = label else { return got == .list([]) }
            guard case .list(let have) = got else { return false }
            return want.map(normalised) == have.map(normalised)
        case "duration_minutes":
            return label == got
        default:
            return normalised(label.text) == normalised(got.text)
        }
    }

    static func words(_ s: String) -> Set<String> {
        Set((normalised(s) ?? "").split(separator: " ").map(String.init))
    }

    /// Lower case, accents and parenthesised text dropped, a leading honorific dropped, and
    /// punctuation other than `'` and `-` turned into spaces.
    static func normalised(_ s: String?) -> String? {
        guard let s else { return nil }
        let folded = String(String.UnicodeScalarView(
            s.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        ))
        var out = ""
        var depth = 0
        for c in folded.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"") {
            if c == "(" { depth += 1; out.append(" "); continue }
            if c == ")" { depth = max(0, depth - 1); out.append(" "); continue }
            if depth == 0 { out.append(c) }
        }
        var text = out.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["the ", "h.e. ", "h.e ", "he ", "mr. ", "mr ", "ms. ", "ms ", "dr. ", "dr "] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        let kept = text.unicodeScalars.map { u -> Character in
            let c = Character(u)
            return u.properties.isAlphabetic || u.properties.numericType != nil || c == "_" || c == "'" || c == " " || c == "-" ? c : " "
        }
        let collapsed = String(kept).split(separator: " ").joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }
}
