/// A visit's overview names its principal in the heading and tells the meetings under
/// sub-headings, often past the stored text: `Visit to Japan of His Excellency Dr. A, Prime
/// Minister of India (Summary)`, `Outline of Prime Minister B's Visit to Mongolia`. When the text
/// gives no sentence saying who met whom (or names only one side), the heading's person stands
/// for that side; nothing else is read from it.
enum VisitHeading {
    /// The heading as a hinge: the visitor on the right (`Visit to Japan of A`), or the
    /// traveller on the left (`B's Visit to Mongolia`).
    static func hinge(_ heading: Range<Int>, _ t: RecordText) -> Hinge? {
        if let at = t.find("Visit to Japan ", in: heading) {
            for word: StaticString in ["of ", "by "] where t.matches(word, at: at + 15, end: heading.upperBound) {
                let start = at + 15 + word.utf8CodeUnitCount
                let right = start..<(t.find(" (", in: start..<heading.upperBound) ?? heading.upperBound)
                return Hinge(left: heading.lowerBound..<heading.lowerBound, right: right, words: at..<at + 5)
            }
            return nil
        }
        for possessive: StaticString in ["’s Visit to ", "'s Visit to "] {
            guard let at = t.find(possessive, in: heading) else { continue }
            var start = heading.lowerBound
            if t.starts(heading, with: "Outline of ") { start += 11 }
            let visit = at + possessive.utf8CodeUnitCount - 9
            return Hinge(left: start..<at, right: heading.upperBound..<heading.upperBound, words: visit..<visit + 5)
        }
        return nil
    }

    /// The country visited: `Japan` for a visit to Japan, else the known country after `Visit to`.
    static func visited(_ heading: Range<Int>, _ t: RecordText) -> String? {
        guard let at = t.find("Visit to ", in: heading) else { return nil }
        let start = at + 9
        var end = heading.upperBound
        for stop: StaticString in [" of ", " by ", " (", ","] {
            if let cut = t.find(stop, in: start..<end) { end = cut }
        }
        return Countries.named(t.trimmed(start..<end), t)
    }
}
