import GaikoCore

/// Words a plan into record text: page furniture, the lead, a body in the plan's layout.
struct RecordComposer {
    var plan: MeetingPlan
    var rng: SplitMix64

    /// Body sizes follow the real records: about 1.5 to 5 KB of UTF-8.
    static let minBytes = 1_500
    static let maxBytes = 5_000

    /// One body unit: a topic's heading and the paragraphs drawn from it.
    struct Block {
        var heading: String
        var paragraphs: [String]
    }

    mutating func compose() -> String {
        let target = rng.int(Self.minBytes + 100...Self.maxBytes - 200)
        let header = header()
        let footer = footer()
        let reference = plan.layout == .dashBullets && rng.chance(50) ? referenceNote() : nil
        let indented = rng.chance(50)

        var blocks = [block(Topics.opening)]
        var topics = Topics.middle
        let closing = rng.chance(60) ? block(Topics.closing) : nil
        func text(_ blocks: [Block]) -> String {
            header + body(blocks + (closing.map { [$0] } ?? []), indented: indented) + (reference ?? "") + footer
        }
        // Add topics until the record reaches its target size, never past the maximum.
        while !topics.isEmpty {
            let next = block(topics.remove(at: rng.below(topics.count)))
            let candidate = text(blocks + [next])
            if candidate.utf8.count > Self.maxBytes, blocks.count >= 2 { break }
            blocks.append(next)
            if candidate.utf8.count >= target { break }
        }
        return text(blocks)
    }

    // MARK: Furniture and lead

    private var dateLine: String {
        TimePhrase.months[plan.date.month - 1] + " \(plan.date.day), \(plan.date.year)"
    }

    private mutating func header() -> String {
        let crumb = "Japan-\(plan.country.name) Relations"
        let lead = lead()
        switch rng.below(5) {
        case 0: return "\(crumb)\n\n\(dateLine)\nPhoto: Cabinet Public Relations Office\n\(lead)\n\n"
        case 1:
            let captions = (1...rng.int(1...3)).map { "\(plan.title)\($0)" }.joined(separator: "\n")
            return "\(crumb)\n\n\(dateLine)\n\(captions)\n\(lead)\n\n"
        case 2: return "\(crumb)\n\(plan.title)\n\(dateLine)\n\n\n\(lead)\n"
        case 3:
            return "\(crumb)\n\n\(dateLine)\nPhoto session before the \(plan.title)\n(Photo) \(plan.title)\n\n\(lead)\n\n"
        default:
            var lines = [" " + lead]
            if rng.chance(50) { lines.append(" A joint press conference was held afterwards.") }
            return "\(plan.title) (Summary)\n\n\(dateLine)\n[Provisional Translation]\n\n" + lines.joined(separator: "\n") + "\n\n"
        }
    }

    private mutating func footer() -> String {
        switch rng.below(4) {
        case 0: return "\nBack to Japan-\(plan.country.name) Relations"
        case 1: return "\nRelated Link\n\nArchives (Archived entries for the 100th through 102nd prime ministers)"
        case 2: return ""
        default: return "\nBack to Japan-\(plan.country.name) Relations\n"
        }
    }

    private mutating func lead() -> String {
        let d = plan.date
        let weekday = rng.chance(15) ? TimePhrase.weekdays[d.isoWeekday - 1] + ", " : ""
        let inPerson: Bool
        let visit: String
        switch plan.setting {
        case .occasion(let o):
            inPerson = true
            let event = plan.japanIsPrimeMinister ? o.leaders : o.ministers
            visit = " who is visiting \(o.city), \(o.country), to attend the \(event),"
        case .counterpartCountry:
            inPerson = true
            visit = " who is visiting \(plan.country.capital), \(plan.country.formal),"
        case .japan, .telephone:
            inPerson = false
            visit = ""
        }
        let start = TimeOfDay(hour: rng.int(7...20), minute: rng.pick([0, 5, 10, 15, 19, 25, 30, 40, 45, 48, 50]))
        let minutes = rng.pick([15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 150])
        let time = TimePhrase.make(day: d, start: start, minutes: minutes, utcOffset: plan.utcOffset,
                                   local: inPerson, rng: &rng)

        let japanName = JapaneseOfficials.written(plan.japan, year: d.year)
        let ofJapan = rng.chance(60) ? " of Japan" : ""
        let japan = "\(plan.japan.honorific) \(japanName), \(plan.japanRole)\(ofJapan),"

        let he = rng.chance(5) ? "H.E.\(plan.counterpart.honorific)" : "H.E. \(plan.counterpart.honorific)"
        let native = plan.counterpart.native.map { " (\($0))" } ?? ""
        let guest = plan.setting.isJapan ? ", who is visiting Japan" : ""
        let counterpart = "\(he) \(plan.counterpart.name)\(native), \(plan.counterpartRole) of \(plan.country.formal)\(guest)"

        let overview = rng.pick(["The overview of the meeting is as follows.", "The outline of the meeting is as follows.",
                                 "The overview is as follows."])
        return "On \(weekday)\(TimePhrase.monthDay(d))\(time.afterDay), \(time.text), \(japan)\(visit) held \(noun()) with \(counterpart). \(overview)"
    }

    /// The kind is always stated by the lead's noun or by the roles the lead gives.
    private mutating func noun() -> String {
        switch plan.kind {
        case .summit: return rng.chance(60) ? "a summit meeting" : "a meeting"
        case .foreignMinisters: return rng.chance(60) ? "a foreign ministers’ meeting" : "a meeting"
        case .telephone: return plan.japanIsPrimeMinister && rng.chance(50) ? "a summit telephone talk" : "a telephone talk"
        case .other: return "a meeting"
        }
    }

    private mutating func referenceNote() -> String {
        let note = rng.pick(Topics.references)
        return "[Reference] \(fill(note.title))\n\(fill(note.text))"
    }

    // MARK: Body

    private mutating func block(_ topic: SynthTopic) -> Block {
        var sentences = topic.sentences
        let keep = rng.int(min(2, sentences.count)...sentences.count)
        while sentences.count > keep { sentences.remove(at: rng.below(sentences.count)) }
        let filled = sentences.map { fill($0) }
        // Split a topic in two paragraphs now and then, so sections hold several points.
        if filled.count >= 3, rng.chance(40) {
            let cut = rng.int(1...filled.count - 1)
            return Block(heading: topic.heading, paragraphs: [filled[..<cut].joined(separator: " "),
                                                              filled[cut...].joined(separator: " ")])
        }
        return Block(heading: topic.heading, paragraphs: [filled.joined(separator: " ")])
    }

    private func body(_ blocks: [Block], indented: Bool) -> String {
        switch plan.layout {
        case .dashBullets:
            return blocks.flatMap(\.paragraphs).map { "- " + $0 + "\n" }.joined()
        case .plainSections:
            return blocks.enumerated().map { i, b in
                let heading = i == 0 ? "Beginning" : b.heading
                return "\(i + 1) \(heading)\n\n" + b.paragraphs.joined(separator: "\n") + "\n\n"
            }.joined()
        case .dottedSections:
            return blocks.enumerated().map { i, b in
                "\(i + 1). \(b.heading)\n\n"
                    + b.paragraphs.enumerated().map { j, p in "(\(j + 1)) \(p)\n" }.joined() + "\n"
            }.joined()
        case .numberedPoints:
            let points = blocks.flatMap(\.paragraphs)
            if indented {
                return points.enumerated().map { i, p in "  \(i + 1). \(p)\n" }.joined() + "\n"
            }
            return points.enumerated().map { i, p in "\(i + 1). \(p)\n\n" }.joined()
        }
    }

    /// Replaces the placeholders and matches pronouns to the sentence's subject.
    private func fill(_ template: String) -> String {
        let japanFirst = template.firstRange(of: "{J}").map { j in
            template.firstRange(of: "{C}").map { j.lowerBound < $0.lowerBound } ?? true
        } ?? false
        let subjectFemale = japanFirst ? plan.japan.female : plan.counterpart.female
        var s = template
            .replacingAll("{J}", plan.japanReference)
            .replacingAll("{C}", plan.counterpartReference)
            .replacingAll("{country}", plan.country.name)
            .replacingAll("{both}", plan.pair)
            .replacingAll("{Both}", plan.pair.prefix(1).uppercased() + plan.pair.dropFirst())
        if subjectFemale {
            s = s.replacingAll(" he ", " she ").replacingAll(" his ", " her ")
        }
        return s
    }
}

extension MeetingPlan.Setting {
    var isJapan: Bool {
        if case .japan = self { return true }
        return false
    }
}

extension String {
    /// Plain substring replacement on UTF-8 bytes: generating 100,000 records calls this
    /// millions of times, and comparing `Character`s was most of the generator's time.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        let t = Array(target.utf8)
        guard let first = t.first else { return self }
        var bytes: [UInt8] = []
        var matched = false
        withContiguousUTF8 { s in
            bytes.reserveCapacity(s.count)
            var i = 0
            while i < s.count {
                if s[i] == first, i + t.count <= s.count, t.indices.allSatisfy({ s[i + $0] == t[$0] }) {
                    bytes.append(contentsOf: replacement.utf8)
                    i += t.count
                    matched = true
                } else {
                    bytes.append(s[i])
                    i += 1
                }
            }
        }
        return matched ? String(decoding: bytes, as: UTF8.self) : self
    }

    private func withContiguousUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = self
        copy.withUTF8 { body($0) }
    }
}
