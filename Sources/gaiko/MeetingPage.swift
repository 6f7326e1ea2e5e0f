import GaikoCore

/// `gaiko show`: one meeting laid out for reading at a given width. A metadata header, a rule,
/// then the lead, headed sections, points with hanging indents, references and warnings.
/// Record text is sanitised before it is measured or printed.
struct MeetingPage {
    var width: Int
    var style: Styler

    func lines(_ m: Meeting) -> [String] {
        var out: [String] = []
        out += wrap(m.title).map(style.bold)
        out += wrap(whenLine(m))
        if let place = placeLine(m) { out += wrap(place) }
        out += principalLines(m)
        out += wrap("id \(m.id) · \(m.source)").map(style.dim)
        out.append(String(repeating: "─", count: width))
        for paragraph in m.lead {
            out.append("")
            out += wrap(paragraph)
        }
        for section in m.sections {
            if let title = section.title {
                out.append("")
                out += wrap(title).map(style.bold)
            }
            for paragraph in section.paragraphs {
                if section.title == nil { out.append("") }
                out += point(paragraph)
            }
        }
        for reference in m.references {
            out.append("")
            out += wrap("Reference: " + reference.title).map(style.bold)
            out += wrap(reference.text, firstIndent: 2, indent: 2)
        }
        if !m.warnings.isEmpty {
            out.append("")
            out += wrap("Warnings").map(style.bold)
            for warning in m.warnings { out += wrap("! " + warning, firstIndent: 2, indent: 4) }
        }
        return out
    }

    /// `Fri 10 Nov 2017 · Summit · 09:19–09:39 local · 20 min · JST 2017-11-10 11:19`.
    func whenLine(_ m: Meeting) -> String {
        var parts = [m.date.map(Self.readable) ?? "undated", m.kind.titleWords]
        switch (m.startLocal, m.endLocal) {
        case let (start?, end?): parts.append("\(start)–\(end) local")
        case let (start?, nil): parts.append("\(start) local")
        case let (nil, end?): parts.append("until \(end) local")
        case (nil, nil): break
        }
        if let minutes = m.durationMinutes { parts.append("\(minutes) min") }
        if let jst = m.startJST { parts.append("JST \(jst.day) \(jst.time)") }
        return parts.joined(separator: " · ")
    }

    func placeLine(_ m: Meeting) -> String? {
        let place = [m.venue, m.venueCountry == m.venue ? nil : m.venueCountry].compactMap { $0 }.joined(separator: ", ")
        let parts = [place, m.occasion ?? ""].filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// `Japan   Shinzo Abe, Prime Minister of Japan`, continuation lines under the name.
    func principalLines(_ m: Meeting) -> [String] {
        let sides = [("Japan", m.japan), (m.counterpart.country ?? "Counterpart", m.counterpart)]
        let labelWidth = sides.map { DisplayWidth.of(Sanitizer.clean($0.0)) }.max()! + 2
        return sides.flatMap { label, principal in
            let who = [principal.name, principal.title].compactMap { $0 }.joined(separator: ", ")
            let label = Sanitizer.clean(label)
            let padded = label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label))
            return prefixed(padded, who.isEmpty ? "unknown" : who)
        }
    }

    /// A paragraph with its marker hanging: continuation lines start under the text.
    func point(_ p: Paragraph) -> [String] {
        guard let marker = p.marker else { return wrap(p.text) }
        return prefixed(Sanitizer.clean(marker) + " ", p.text)
    }

    func prefixed(_ prefix: String, _ text: String) -> [String] {
        let hang = DisplayWidth.of(prefix)
        guard hang < width / 2 else { return wrap(prefix + text) }
        let pad = String(repeating: " ", count: hang)
        let lines = WordWrap.wrap(Sanitizer.clean(text), width: width, firstIndent: hang, indent: hang)
        return lines.enumerated().map { index, line in (index == 0 ? prefix : pad) + line.text }
    }

    func wrap(_ text: String, firstIndent: Int = 0, indent: Int = 0) -> [String] {
        let lines = WordWrap.wrap(Sanitizer.clean(text), width: width, firstIndent: firstIndent, indent: indent)
        return lines.enumerated().map { index, line in
            String(repeating: " ", count: index == 0 ? firstIndent : indent) + line.text
        }
    }

    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Fri 10 Nov 2017`.
    static func readable(_ day: Day) -> String {
        guard (1...12).contains(day.month) else { return day.description }
        return "\(weekdays[day.isoWeekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
