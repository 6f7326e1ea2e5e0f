/// Turns query text into AND-of-OR groups of clauses. Lenient where a person is still typing
/// (an unclosed quote, a dangling `OR`, a field with no value yet), strict where a mistake
/// would silently change the results (unknown fields, bad kinds and years).
enum QueryParser {
    static let fieldNames = ["kind", "year", "with", "country", "venue", "title"]

    private enum Item {
        case or
        case clause(QueryClause)
    }

    static func groups(of text: String) throws(QueryError) -> [[QueryClause]] {
        var groups: [[QueryClause]] = []
        var joinNext = false
        for item in try items(of: Array(text)) {
            switch item {
            case .or:
                // A leading or trailing OR joins nothing and is dropped.
                joinNext = !groups.isEmpty
            case .clause(let clause):
                if joinNext { groups[groups.count - 1].append(clause) } else { groups.append([clause]) }
                joinNext = false
            }
        }
        return groups
    }

    private static func items(of chars: [Character]) throws(QueryError) -> [Item] {
        var items: [Item] = []
        var i = 0
        func readQuoted() -> String {
            i += 1  // the opening quote
            var value = ""
            while i < chars.count, chars[i] != "\"" {
                value.append(chars[i])
                i += 1
            }
            if i < chars.count { i += 1 }  // the closing quote; an unclosed one runs to the end
            return value
        }
        func readBare() -> String {
            var value = ""
            while i < chars.count, !chars[i].isWhitespace {
                value.append(chars[i])
                i += 1
            }
            return value
        }
        while i < chars.count {
            if chars[i].isWhitespace {
                i += 1
                continue
            }
            var negated = false
            if chars[i] == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace {
                negated = true
                i += 1
            }
            if chars[i] == "\"" {
                if let clause = wordClause(readQuoted(), negated: negated) { items.append(.clause(clause)) }
                continue
            }
            if let name = fieldName(in: chars, at: i) {
                i += name.count + 1
                let value = i < chars.count && chars[i] == "\"" ? readQuoted() : readBare()
                if let test = try fieldTest(name: name.lowercased(), value: value) {
                    items.append(.clause(QueryClause(negated: negated, test: test)))
                }
                continue
            }
            let word = readBare()
            if word == "OR" && !negated {
                items.append(.or)
            } else if let clause = wordClause(word, negated: negated) {
                items.append(.clause(clause))
            }
        }
        return items
    }

    /// The ASCII letters before a colon at `start`, if the text there is `name:`.
    private static func fieldName(in chars: [Character], at start: Int) -> String? {
        var end = start
        while end < chars.count, chars[end].isASCII, chars[end].isLetter { end += 1 }
        guard end > start, end < chars.count, chars[end] == ":" else { return nil }
        return String(chars[start..<end])
    }

    private static func wordClause(_ text: String, negated: Bool) -> QueryClause? {
        let terms = Folding.terms(of: text)
        guard !terms.isEmpty else { return nil }
        return QueryClause(negated: negated, test: .text(Phrase(terms: terms), .plain))
    }

    /// The test a `name:value` field asks for; nil when the value is still empty.
    private static func fieldTest(name: String, value: String) throws(QueryError) -> QueryTest? {
        let space: TermSpace
        switch name {
        case "kind": return value.isEmpty ? nil : .kind(try kind(value))
        case "year": return value.isEmpty ? nil : .years(try years(value))
        case "with": space = .with
        case "country": space = .country
        case "venue": space = .venue
        case "title": space = .title
        default:
            throw QueryError("unknown field '\(name):'; known: \(fieldNames.joined(separator: ", "))")
        }
        let terms = Folding.terms(of: value)
        return terms.isEmpty ? nil : .text(Phrase(terms: terms), space)
    }

    private static let kindNames: [(String, MeetingKind)] = [
        ("summit", .summit), ("fm", .foreignMinisters), ("foreign-ministers", .foreignMinisters),
        ("tel", .telephone), ("telephone", .telephone), ("other", .other),
    ]

    /// A kind by any of its names or the start of one (`sum`, `f`, `tel`): the kinds start with
    /// different letters, so a prefix is never ambiguous.
    static func kind(_ value: String) throws(QueryError) -> MeetingKind {
        let folded = value.lowercased()
        if let match = kindNames.first(where: { $0.0.hasPrefix(folded) }) { return match.1 }
        throw QueryError("unknown kind '\(value)'; use summit, fm (foreign-ministers), tel (telephone) or other")
    }

    /// `2017`, `2014..2018`, `2014..` or `..2018`.
    static func years(_ value: String) throws(QueryError) -> ClosedRange<Int> {
        func year(_ text: Substring) throws(QueryError) -> Int {
            guard !text.isEmpty, text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) else {
                throw QueryError("bad year '\(value)'; use a year like 2017 or a range like 2014..2018")
            }
            return n
        }
        guard let dots = value.firstRange(of: "..") else {
            let n = try year(Substring(value))
            return n...n
        }
        let low = value[..<dots.lowerBound], high = value[dots.upperBound...]
        if low.isEmpty && high.isEmpty { throw QueryError("bad year '\(value)'; give at least one end of the range") }
        let from = low.isEmpty ? 0 : try year(low)
        let to = high.isEmpty ? 9999 : try year(high)
        guard from <= to else { throw QueryError("bad year range '\(value)': \(from) is after \(to)") }
        return from...to
    }
}
