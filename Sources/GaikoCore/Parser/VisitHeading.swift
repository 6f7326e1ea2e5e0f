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

    /// The country a heading says was visited: `Visit to Morocco by …`, `B's Visit to Mongolia`,
    /// `Visit to Japan of A` (the visitor after `of`).
    static func visited(_ heading: Range<Int>, _ t: RecordText) -> String? {
        guard let at = t.find("Visit to ", in: heading) else { return nil }
        let start = at + 9
        if t.matches("Japan of ", at: start, end: heading.upperBound) { return "Japan" }
        var end = heading.upperBound
        for stop: StaticString in [" by ", " (", ","] {
            if let cut = t.find(stop, in: start..<end) { end = cut }
        }
        return Countries.named(t.trimmed(start..<end), t)
    }

    /// The country in a heading that opens `Visit to Morocco by …` (Japan's principal abroad),
    /// if known and not Japan.
    static func abroad(_ heading: Range<Int>, _ t: RecordText) -> String? {
        guard t.starts(heading, with: "Visit to "), let country = visited(heading, t), country != "Japan" else { return nil }
        return country
    }
}

extension VisitHeading {
    /// `1. Japan-Mongolia Summit Meeting (August 10, 14:35-15:55)`: the first point of an
    /// overview that names a meeting of Japan and one country, with the kind its words state.
    static func meetingPoint(_ layout: RecordLayout, _ t: RecordText) -> (line: Range<Int>, index: Int, country: String, kind: MeetingKind)? {
        for (k, line) in layout.firstPoints.enumerated() where line.count <= 160 {
            guard let country = Countries.fromPair(line, t), let kind = KindRules.stated(in: line, t) else { continue }
            return (line, k, country, kind)
        }
        return nil
    }

    /// The first person with an honorific in the points after the meeting's, whose title names
    /// the pair's country (`(1) Points in the Statement of Mr. A, Prime Minister of Mongolia`).
    static func partner(after point: (line: Range<Int>, index: Int, country: String, kind: MeetingKind), in layout: RecordLayout,
                        _ t: RecordText) -> MeetingSentence? {
        for line in layout.firstPoints.dropFirst(point.index + 1) {
            for honorific: StaticString in ["Mr. ", "Ms. ", "Mrs. ", "H.E. ", "Dr. "] {
                guard let at = t.find(honorific, in: line) else { continue }
                let hinge = Hinge(left: at..<at, right: at..<line.upperBound, words: at..<at)
                let reading = MeetingSentence.read(line, hinge, t)
                if !reading.counterpart.isUnread, reading.counterpartCountry == point.country { return reading }
            }
        }
        return nil
    }
}

