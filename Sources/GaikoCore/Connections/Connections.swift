/// What runs through a corpus's meetings: its people, its counterpart countries, and each
/// meeting's place among them. Derived once per corpus by `build(_:)`, a pure function of the
/// meetings (as `TimelineBuckets` is of its items); a plain value, so the browser can receive it
/// with the corpus and a cache can store it (`Codable`). `Related.find` answers from it.
public struct Connections: Sendable, Hashable, Codable {
    public var people: [Person]
    /// Counterpart countries by name (the bytes of the name, so every machine agrees).
    public var countries: [CountryEntry]
    /// Per corpus index: the person on Japan's side, on the counterpart's, and the country's
    /// entry in `countries`; nil when the record names none.
    public var japanPerson: [Int?]
    public var counterpartPerson: [Int?]
    public var country: [Int?]
    /// Dated corpus indices, oldest first (ties by index): the axis `Related` searches.
    public var chronological: [Int]

    public init(people: [Person], countries: [CountryEntry], japanPerson: [Int?], counterpartPerson: [Int?],
                country: [Int?], chronological: [Int]) {
        self.people = people
        self.countries = countries
        self.japanPerson = japanPerson
        self.counterpartPerson = counterpartPerson
        self.country = country
        self.chronological = chronological
    }

    public static func build(_ meetings: [Meeting]) -> Connections { build(meetings, chunkSize: PeopleIndex.chunkSize) }

    /// `chunkSize`: meetings per chunk of the parallel numbering of principals (tests vary it).
    static func build(_ meetings: [Meeting], chunkSize: Int) -> Connections {
        // One sequential pass reads what the rest needs from each meeting into small arrays:
        // later passes go in time order, and reaching into 100,000 scattered meetings in that
        // order missed the cache on nearly every one.
        var days = [Day?](repeating: nil, count: meetings.count)
        var countryName: [String] = []
        var countryIDs: [String: Int] = [:]
        var country = [Int?](repeating: nil, count: meetings.count)
        // Oldest first, undated last, ties by index: the order every list keeps. Sorting one
        // integer per meeting (day, then index, in its bits) is several times faster than
        // sorting indices with a comparison that looks the days up.
        var keys = [UInt64](repeating: 0, count: meetings.count)
        var datedCount = 0
        for i in meetings.indices {
            let date = meetings[i].date
            days[i] = date
            // Days from year 0 fit in 32 bits; undated sorts after every real day.
            let day = date.map { UInt64(max(0, $0.ordinal + 719_468)) } ?? UInt64(UInt32.max)
            if date != nil { datedCount += 1 }
            keys[i] = day << 32 | UInt64(i)
            if let name = meetings[i].counterpart.country, !name.isEmpty {
                if let id = countryIDs[name] {
                    country[i] = id
                } else {
                    countryIDs[name] = countryName.count
                    country[i] = countryName.count
                    countryName.append(name)
                }
            }
        }
        keys.sort()
        let order = keys.map { Int($0 & 0xFFFF_FFFF) }
        let dated = Array(order.prefix(datedCount))

        let people = PeopleIndex.build(meetings, order: order, days: days, chunkSize: chunkSize)

        var entries = countryName.map { CountryEntry(name: $0, meetings: [], first: nil, last: nil) }
        for i in order {
            guard let id = country[i] else { continue }
            entries[id].meetings.append(i)
            if let day = days[i] {
                if entries[id].first == nil { entries[id].first = day }
                entries[id].last = day
            }
        }
        // Renumber by name so the value does not depend on which country came first.
        let byName = entries.indices.sorted { entries[$0].name.utf8.lexicographicallyPrecedes(entries[$1].name.utf8) }
        var newID = [Int](repeating: 0, count: entries.count)
        for (n, old) in byName.enumerated() { newID[old] = n }
        country = country.map { $0.map { newID[$0] } }

        return Connections(
            people: people.people, countries: byName.map { entries[$0] }, japanPerson: people.japan,
            counterpartPerson: people.counterpart, country: country, chronological: dated
        )
    }

    /// The people who led `meeting`, Japan's side first.
    public func people(of meeting: Int) -> [Int] {
        [japanPerson[meeting], counterpartPerson[meeting]].compactMap { $0 }
    }
}

/// How the people and countries indexes are listed.
public enum IndexOrder: String, Sendable, CaseIterable {
    /// Alphabetical, case and accents ignored; people by family name, then full name.
    case name
    /// Most meetings first.
    case count
    /// Latest meeting first.
    case recent

    /// Positions of `entries` in this order; ties by name, then position, so output is stable.
    public func sorted(names: [String], counts: [Int], last: [Day?], sortNames: [String]? = nil) -> [Int] {
        let keys = (sortNames ?? names).map { PersonIdentity.words($0).joined(separator: " ") }
        return names.indices.sorted { a, b in
            switch self {
            case .name: break
            case .count: if counts[a] != counts[b] { return counts[a] > counts[b] }
            case .recent:
                if last[a] != last[b] {
                    guard let x = last[a] else { return false }
                    guard let y = last[b] else { return true }
                    return x > y
                }
            }
            return (keys[a], names[a], a) < (keys[b], names[b], b)
        }
    }

    public func sorted(_ people: [Person]) -> [Int] {
        sorted(names: people.map(\.name), counts: people.map(\.meetings.count), last: people.map(\.last),
               sortNames: people.map { ($0.familyName ?? "") + " " + $0.name })
    }

    public func sorted(_ countries: [CountryEntry]) -> [Int] {
        sorted(names: countries.map(\.name), counts: countries.map(\.meetings.count), last: countries.map(\.last))
    }
}
