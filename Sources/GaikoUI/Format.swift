import GaikoCore

/// How meetings read in the panes.
enum Format {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let missing = "—"

    /// `10 Nov 2017`.
    static func date(_ day: Day) -> String {
        "\(day.day) \(TimeScale.monthNames[max(0, min(11, day.month - 1))]) \(day.year)"
    }

    /// `Fri 10 Nov 2017`.
    static func longDate(_ day: Day) -> String {
        weekdays[day.isoWeekday - 1] + " " + date(day)
    }

    /// The name a principal is called by: family name, else full name, else `—`.
    static func shortName(_ p: Principal) -> String {
        p.familyName ?? p.name ?? missing
    }

    /// `Abe – Kuczynski`, or `Abe–Kuczynski` where columns are scarce.
    static func principals(_ m: Meeting, compact: Bool = false) -> String {
        shortName(m.japan) + (compact ? "–" : " – ") + shortName(m.counterpart)
    }

    /// Joins words with no-break spaces so wrapping keeps them on one line (`70 min`).
    static func unbroken(_ text: String) -> String {
        String(text.map { $0 == " " ? "\u{00A0}" : $0 })
    }

    /// `Da Nang, Viet Nam`, or nil when neither is known.
    static func place(_ m: Meeting) -> String? {
        // `Laos`, not `Laos, Laos`, when the record names only the country.
        let parts = [m.venue, m.venueCountry == m.venue ? nil : m.venueCountry].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `Shinzo Abe, Prime Minister of Japan`.
    static func principal(_ p: Principal) -> String {
        [p.name ?? p.familyName ?? missing, p.title].compactMap { $0 }.joined(separator: ", ")
    }

    /// Pads with spaces to `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }
}
