/// A page's list of contents: bullet lines numbered 1, 2, 3 … (`- 1 Opening remarks`,
/// `- 2 Bilateral relations`) before the sections they name. The stored text often stops after
/// the first section; the list still names them all.
struct ContentsList: Equatable {
    /// Where the list stands: a section and its paragraphs.
    var section: Int
    var paragraphs: Range<Int>
    var titles: [String]

    /// The first run of two or more bullet lines numbered from 1 with a heading's text.
    static func find(in sections: [Section]) -> ContentsList? {
        for (s, section) in sections.enumerated() {
            var k = 0
            while k < section.paragraphs.count {
                guard entry(section.paragraphs[k], number: 1) != nil else { k += 1; continue }
                var titles: [String] = []
                var j = k
                while j < section.paragraphs.count, let title = entry(section.paragraphs[j], number: titles.count + 1) {
                    titles.append(title)
                    j += 1
                }
                if titles.count >= 2 { return ContentsList(section: s, paragraphs: k..<j, titles: titles) }
                k = j
            }
        }
        return nil
    }

    /// The title of `paragraph` when it reads `- N Title` or `- N. Title` with this number.
    static func entry(_ paragraph: Paragraph, number: Int) -> String? {
        // Asked of every paragraph of every record: the bullet and the digit are looked at
        // before anything is made.
        let isDash: (UInt8) -> Bool = { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "*") }
        var rest: Substring.UTF8View
        if let marker = paragraph.marker {
            guard marker.utf8.count == 1, let m = marker.utf8.first, isDash(m) else { return nil }
            rest = Substring(paragraph.text).utf8
        } else {
            guard let m = paragraph.text.utf8.first, isDash(m) else { return nil }
            rest = Substring(paragraph.text).utf8.dropFirst()
        }
        rest = rest.drop { $0 == 0x20 }
        guard rest.count <= 120, let digit = rest.first, Bytes.isDigit(digit) else { return nil }
        let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count <= 2, Int(Substring(digits)) == number else { return nil }
        rest = rest.dropFirst(digits.count)
        if rest.first == UInt8(ascii: ".") { rest = rest.dropFirst() }
        guard rest.first == 0x20 else { return nil }
        rest = rest.drop { $0 == 0x20 }
        // A heading, not a point: it opens with a capital and is no sentence.
        guard let first = rest.first, Bytes.isUpper(first) || first >= 0xC0, rest.last != UInt8(ascii: ".") else { return nil }
        return String(Substring(rest))
    }

    /// The sections with the list taken out of its section's paragraphs, and the sections it
    /// names that the text does not reach added after the last, empty. Only when the sections
    /// read are the list's first ones, in its order: otherwise the list is not this text's and
    /// stays a paragraph like any other. Returns how many sections were added.
    static func apply(to sections: inout [Section]) -> Int {
        guard let list = find(in: sections) else { return 0 }
        let read = sections[(list.section + 1)...].compactMap(\.title)
        guard read.count <= list.titles.count,
              zip(read, list.titles).allSatisfy({ same($0, $1) }) else { return 0 }
        sections[list.section].paragraphs.removeSubrange(list.paragraphs)
        if sections[list.section].title == nil, sections[list.section].paragraphs.isEmpty {
            sections.remove(at: list.section)
        }
        let missing = list.titles.dropFirst(read.count)
        sections += missing.map { Section(title: $0, paragraphs: []) }
        return missing.count
    }

    /// Heading and entry: the same words, whatever their case or spacing.
    private static func same(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> [Substring] { s.lowercased().split(separator: " ") }
        return words(a) == words(b)
    }
}
