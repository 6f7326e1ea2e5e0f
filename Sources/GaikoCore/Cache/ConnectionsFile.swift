import Foundation

/// The connections of one collection (people, countries, each meeting's place among them),
/// stored beside its meetings and index: a `CacheHeader` whose generation names the meetings
/// file they were built from, then the values in `CacheWriter`'s primitives. Decoding them
/// takes a fraction of building them again (`Connections.build` groups every principal and
/// sorts every meeting in time), so a warm start gets them for nearly nothing.
enum ConnectionsFile {
    static let magic = CacheHeader.magic("GAIKOCON")
    static let formatVersion = 1

    /// The fields written, in order, per type. Keep in step with `encode` and `decode`;
    /// `modelSchema` reads the same list off the model, and a test compares the two.
    static let fields = """
        Connections(people:Array<Person>,countries:Array<CountryEntry>,japanPerson:Array<Optional<Int>>,\
        counterpartPerson:Array<Optional<Int>>,country:Array<Optional<Int>>,chronological:Array<Int>) \
        Person(name:String,familyName:Optional<String>,country:Optional<String>,isJapan:Bool,spellings:Array<String>,\
        titles:Array<HeldTitle>,meetings:Array<Int>,first:Optional<Day>,last:Optional<Day>) \
        HeldTitle(title:String,first:Optional<Day>,last:Optional<Day>,meetings:Int) \
        CountryEntry(name:String,meetings:Array<Int>,first:Optional<Day>,last:Optional<Day>)
        """

    static let schema: UInt64 = CacheHash.hash("connections v\(formatVersion) \(fields)")

    /// The fields of the model as it is compiled, by reflection.
    static let modelSchema: String = {
        func fields(_ name: String, _ value: Any) -> String {
            let list = Mirror(reflecting: value).children.compactMap { child in
                child.label.map { "\($0):\(type(of: child.value))" }
            }
            return "\(name)(\(list.joined(separator: ",")))"
        }
        let connections = Connections(people: [], countries: [], japanPerson: [], counterpartPerson: [], country: [], chronological: [])
        let person = Person(name: "", familyName: nil, country: nil, isJapan: false, spellings: [], titles: [], meetings: [], first: nil, last: nil)
        return [
            fields("Connections", connections),
            fields("Person", person),
            fields("HeldTitle", HeldTitle(title: "", first: nil, last: nil, meetings: 0)),
            fields("CountryEntry", CountryEntry(name: "", meetings: [], first: nil, last: nil)),
        ].joined(separator: " ")
    }()

    // MARK: Encoding

    static func encode(_ c: Connections) -> [UInt8] {
        var w = CacheWriter(capacity: 64 + c.japanPerson.count * 12)
        w.array(c.people) { w, p in
            w.string(p.name)
            w.optional(p.familyName) { $0.string($1) }
            w.optional(p.country) { $0.string($1) }
            w.byte(p.isJapan ? 1 : 0)
            w.array(p.spellings) { $0.string($1) }
            w.array(p.titles) { w, title in
                w.string(title.title)
                day(title.first, &w)
                day(title.last, &w)
                w.int(title.meetings)
            }
            w.array(p.meetings) { $0.int($1) }
            day(p.first, &w)
            day(p.last, &w)
        }
        w.array(c.countries) { w, country in
            w.string(country.name)
            w.array(country.meetings) { $0.int($1) }
            day(country.first, &w)
            day(country.last, &w)
        }
        for column in [c.japanPerson, c.counterpartPerson, c.country] {
            // nil as 0, an index as itself plus one: one byte for most.
            w.array(column) { w, value in w.varint(value.map { UInt64($0) + 1 } ?? 0) }
        }
        w.array(c.chronological) { $0.int($1) }
        return w.bytes
    }

    private static func day(_ value: Day?, _ w: inout CacheWriter) {
        w.optional(value) { $0.int($1.ordinal) }
    }

    // MARK: Decoding

    /// The connections in `body`, checked against a corpus of `meetingCount` meetings: every
    /// index in range, so a damaged file that passed its checksum still cannot be misread.
    static func decode(_ body: UnsafeRawBufferPointer, meetingCount: Int) throws -> Connections {
        var r = CacheReader(body)
        func meeting(_ r: inout CacheReader) throws -> Int {
            let i = try r.int()
            guard i >= 0, i < meetingCount else { throw CacheDamage() }
            return i
        }
        func day(_ r: inout CacheReader) throws -> Day? {
            try r.optional { Day(ordinal: try $0.int()) }
        }
        let people = try r.array { r in
            Person(
                name: try r.string(), familyName: try r.optional { try $0.string() }, country: try r.optional { try $0.string() },
                isJapan: try r.byte() != 0, spellings: try r.array { try $0.string() },
                titles: try r.array { r in
                    HeldTitle(title: try r.string(), first: try day(&r), last: try day(&r), meetings: try r.int())
                },
                meetings: try r.array(meeting), first: try day(&r), last: try day(&r))
        }
        let countries = try r.array { r in
            CountryEntry(name: try r.string(), meetings: try r.array(meeting), first: try day(&r), last: try day(&r))
        }
        func column(limit: Int) throws -> [Int?] {
            let values = try r.array { r -> Int? in
                let v = try r.varint()
                guard v <= UInt64(limit) else { throw CacheDamage() }
                return v == 0 ? nil : Int(v - 1)
            }
            guard values.count == meetingCount else { throw CacheDamage() }
            return values
        }
        let japanPerson = try column(limit: people.count)
        let counterpartPerson = try column(limit: people.count)
        let country = try column(limit: countries.count)
        let chronological = try r.array(meeting)
        guard r.isAtEnd, chronological.count <= meetingCount else { throw CacheDamage() }
        return Connections(people: people, countries: countries, japanPerson: japanPerson,
                           counterpartPerson: counterpartPerson, country: country, chronological: chronological)
    }

    /// The stored connections for a corpus of `meetingCount` meetings, or nil when there are
    /// none for this generation.
    static func read(_ path: String, expect: CacheHeader, meetingCount: Int) throws -> Connections? {
        guard let file = try MappedFile.open(path) else { return nil }
        let header = try CacheHeader.read(file.bytes, expect: expect)
        guard header.generation == expect.generation, header.count == UInt64(meetingCount) else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: file.bytes[CacheHeader.byteCount...])
        guard CacheHash.hash(body) == header.bodyChecksum else { throw CacheDamage() }
        return try decode(body, meetingCount: meetingCount)
    }

    static func write(_ connections: Connections, to path: String, header: CacheHeader) throws {
        let body = encode(connections)
        var h = header
        h.bodyLength = UInt64(body.count)
        h.bodyChecksum = body.withUnsafeBytes { CacheHash.hash($0) }
        try CacheFileWriter.replace(path, with: [h.bytes, body])
    }
}

extension CorpusCache {
    /// The connections of `meetings`, the corpus the last load through this cache produced:
    /// read from the cache when it holds them for exactly that corpus, else built (and stored
    /// for next time). The same answer either way; a damaged file is rebuilt with a note.
    public func connections(for meetings: [Meeting]) -> Connections {
        save()
        guard let load = lastLoad, let generation = load.generation else { return Connections.build(meetings) }
        return connections(for: meetings, of: CachedGeneration(collection: load.collection, folder: load.folder, generation: generation))
    }

    /// The connections of `meetings`, which are exactly the meetings file `stored` names.
    public func connections(for meetings: [Meeting], of stored: CachedGeneration) -> Connections {
        guard let build = BuildIdentity.current else { return Connections.build(meetings) }
        let path = stored.folder + "/connections"
        let expect = CacheHeader(magic: ConnectionsFile.magic, schema: ConnectionsFile.schema, build: build,
                                 collection: stored.collection, generation: stored.generation, count: UInt64(meetings.count),
                                 bodyLength: 0)
        do {
            if let stored = try ConnectionsFile.read(path, expect: expect, meetingCount: meetings.count) { return stored }
        } catch CacheHeader.Refusal.stale {
        } catch {
            note("\(path) is damaged; rebuilding it")
        }
        let connections = Connections.build(meetings)
        do {
            _ = try CacheFileWriter.withWriteLock(in: stored.folder) {
                try ConnectionsFile.write(connections, to: path, header: expect)
            }
        } catch {
            note("cannot write \(path) (\(error)); the connections are not kept")
        }
        return connections
    }
}
