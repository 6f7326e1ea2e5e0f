/// Someone who led a side in one or more meetings: the principals of every record that the
/// identity rule (`PersonIdentity`, documented in `docs/connections.md`) takes for one person.
public struct Person: Sendable, Hashable, Codable {
    /// The fullest spelling, as the records write it (`Martín Alberto VIZCARRA Cornejo`).
    public var name: String
    /// The name the records call them by afterwards, most used first.
    public var familyName: String?
    /// `Japan` for Japan's principals, the counterpart's country otherwise; nil when unknown.
    public var country: String?
    /// Whether they led Japan's side.
    public var isJapan: Bool
    /// Every name as written, most used first.
    public var spellings: [String]
    /// The titles they held, in the order first seen.
    public var titles: [HeldTitle]
    /// Corpus indices, oldest first, undated last.
    public var meetings: [Int]
    public var first: Day?
    public var last: Day?

    public init(
        name: String, familyName: String?, country: String?, isJapan: Bool, spellings: [String],
        titles: [HeldTitle], meetings: [Int], first: Day?, last: Day?
    ) {
        self.name = name
        self.familyName = familyName
        self.country = country
        self.isJapan = isJapan
        self.spellings = spellings
        self.titles = titles
        self.meetings = meetings
        self.first = first
        self.last = last
    }

    /// The title held at their latest dated meeting (the first seen when none is dated).
    public var latestTitle: String? {
        titles.max { a, b in
            switch (a.last, b.last) {
            case let (x?, y?): x < y
            case (nil, .some): true
            default: false
            }
        }?.title
    }
}

/// A title a person held, with the meetings at which they held it.
public struct HeldTitle: Sendable, Hashable, Codable {
    /// As a record writes it; for Japan's side without a trailing `of Japan`.
    public var title: String
    public var first: Day?
    public var last: Day?
    public var meetings: Int

    public init(title: String, first: Day?, last: Day?, meetings: Int) {
        self.title = title
        self.first = first
        self.last = last
        self.meetings = meetings
    }
}

/// A counterpart country and the meetings held with it.
public struct CountryEntry: Sendable, Hashable, Codable {
    public var name: String
    /// Corpus indices, oldest first, undated last.
    public var meetings: [Int]
    public var first: Day?
    public var last: Day?

    public init(name: String, meetings: [Int], first: Day?, last: Day?) {
        self.name = name
        self.meetings = meetings
        self.first = first
        self.last = last
    }
}
