import GaikoCore
import Testing

/// Field queries on meetings built by hand, since the parser fills these fields.
@Suite struct SearchFieldTests {
    static let meetings: [Meeting] = [
        Meeting(
            id: "2014-11-10-summit", source: "a", title: "Japan-Peru Summit Meeting",
            date: Day(year: 2014, month: 11, day: 10), kind: .summit,
            japan: Principal(name: "Shinzo Abe", familyName: "Abe", title: "Prime Minister of Japan"),
            counterpart: Principal(name: "Ollanta Humala", familyName: "Humala", title: "President of the Republic of Peru", country: "Peru"),
            venue: "Beijing", venueCountry: "China", lead: ["They talked about TPP."]),
        Meeting(
            id: "2023-11-15-foreign-ministers", source: "b", title: "Japan-Peru Foreign Ministers' Meeting",
            date: Day(year: 2023, month: 11, day: 15), kind: .foreignMinisters,
            japan: Principal(name: "Yoko Kamikawa", familyName: "Kamikawa"),
            counterpart: Principal(name: "Javier González-Olaechea", familyName: "González-Olaechea", country: "Peru"),
            venue: "San Francisco", venueCountry: "United States", lead: ["Nikkei community."]),
        Meeting(
            id: "2017-09-01-telephone", source: "c", title: "日本とベトナムの電話会談",
            date: Day(year: 2017, month: 9, day: 1), kind: .telephone,
            japan: Principal(name: "Shinzo Abe", familyName: "Abe"),
            counterpart: Principal(name: "Nguyễn Xuân Phúc", familyName: "Phúc", country: "Viet Nam"),
            venue: "Tokyo", venueCountry: "Japan", lead: ["A call about Peru and the Lima declaration."]),
        Meeting(id: "undated-other", source: "d", title: "Japan-Chile Meeting", date: nil, kind: .other,
                venue: "Lima", venueCountry: "Peru"),
    ]
    static let index = SearchIndex(meetings: meetings)

    func ids(_ query: String) throws -> [String] {
        try Self.index.matches(SearchQuery.parse(query)).map { Self.meetings[$0].source }
    }

    @Test func kindByNameAliasOrPrefix() throws {
        #expect(try ids("kind:summit") == ["a"])
        #expect(try ids("kind:fm") == ["b"])
        #expect(try ids("kind:foreign-ministers") == ["b"])
        #expect(try ids("kind:tel") == ["c"])
        #expect(try ids("kind:telephone") == ["c"])
        #expect(try ids("kind:other") == ["d"])
        #expect(try ids("KIND:Sum") == ["a"])
        #expect(try ids("-kind:summit") == ["b", "c", "d"])
        #expect(try ids("kind:summit OR kind:tel") == ["a", "c"])
    }

    @Test func yearAndRanges() throws {
        #expect(try ids("year:2017") == ["c"])
        #expect(try ids("year:2014..2018") == ["a", "c"])
        #expect(try ids("year:2015..") == ["b", "c"])
        #expect(try ids("year:..2016") == ["a"])
        // Undated meetings have no year to match.
        #expect(try ids("year:0..9999") == ["a", "b", "c"])
    }

    @Test func withMatchesEitherPrincipalByNamePrefix() throws {
        #expect(try ids("with:abe") == ["a", "c"])
        #expect(try ids("with:gonz") == ["b"])
        #expect(try ids("with:gonzalez-olaechea") == ["b"])
        #expect(try ids("with:nguyen") == ["c"])
        #expect(try ids("with:\"shinzo abe\"") == ["a", "c"])
        // Names only: the title's words are not names.
        #expect(try ids("with:minister").isEmpty)
    }

    @Test func countryIsTheCounterpartsOrTheVenues() throws {
        #expect(try ids("country:peru") == ["a", "b", "d"])
        #expect(try ids("country:\"viet nam\"") == ["c"])
        #expect(try ids("country:united") == ["b"])
        #expect(try ids("country:japan") == ["c"])
    }

    @Test func venueAndTitle() throws {
        #expect(try ids("venue:lima") == ["d"])
        #expect(try ids("lima") == ["c", "d"])
        #expect(try ids("venue:san") == ["b"])
        #expect(try ids("title:summit") == ["a"])
        #expect(try ids("title:\"foreign ministers\"") == ["b"])
        #expect(try ids("title:tpp").isEmpty)
    }

    @Test func cjkCharactersAreTermsOfTheirOwn() throws {
        #expect(try ids("日本") == ["c"])
        #expect(try ids("電話") == ["c"])
        #expect(try ids("title:ベトナム") == ["c"])
        #expect(try ids("本日").isEmpty)
    }

    @Test func fieldsCombineWithWords() throws {
        #expect(try ids("peru kind:tel") == ["c"])
        #expect(try ids("with:abe -tpp") == ["c"])
        #expect(try ids("with:abe year:2014 tpp") == ["a"])
    }

    @Test func fieldOnlyQueriesRankEveryMatchZero() throws {
        let ranked = Self.index.ranked(try SearchQuery.parse("country:peru"))
        #expect(ranked.map(\.index) == [0, 1, 3])
        #expect(ranked.allSatisfy { $0.score == 0 })
    }
}
