import GaikoCore

/// Hand-built meetings standing in for the parser's output: the five Japan–Peru records'
/// metadata (from the parser contract), bodies abridged from the records, plus a telephone talk
/// with a CJK name and an undated record with parser warnings.
enum Fixtures {
    static func day(_ s: String) -> Day {
        let p = s.split(separator: "-").map { Int($0)! }
        return Day(year: p[0], month: p[1], day: p[2])
    }

    static func time(_ s: String) -> TimeOfDay {
        let p = s.split(separator: ":").map { Int($0)! }
        return TimeOfDay(hour: p[0], minute: p[1])
    }

    static let summit2017 = Meeting(
        id: "2017-11-10-summit", source: "bundled:2017-11-10-japan-peru-summit.txt",
        title: "Japan-Peru Summit Meeting", date: day("2017-11-10"), kind: .summit,
        japan: Principal(name: "Shinzo Abe", familyName: "Abe", title: "Prime Minister of Japan"),
        counterpart: Principal(name: "Pedro Pablo Kuczynski", familyName: "Kuczynski", title: "President of the Republic of Peru", country: "Peru"),
        venue: "Da Nang", venueCountry: "Viet Nam", occasion: "APEC Economic Leaders' Meeting",
        startLocal: time("09:19"), durationMinutes: 20,
        lead: ["On November 10 (local time), commencing at 9:19 a.m. for approximately 20 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting Da Nang, the Socialist Republic of Viet Nam, to attend the APEC (Asia-Pacific Economic Cooperation) Economic Leaders' Meeting, held a summit meeting with H.E. Mr. Pedro Pablo Kuczynski, President of the Republic of Peru. The overview of the meeting is as follows."],
        sections: [Section(paragraphs: [
            Paragraph(marker: "-", text: "At the beginning, Prime Minister Abe welcomed the steady progress of the strategic partnership between Japan and Peru since the summit meeting held with President Kuczynski in November last year."),
            Paragraph(marker: "-", text: "Furthermore, Prime Minister Abe welcomed that an agreement in principle was reached at the TPP Ministerial Meeting on the previous day, and stated that he intends to continue to work closely with Peru, Japan's important partner in promoting the TPP, to bring the TPP promptly into force."),
            Paragraph(marker: "-", text: "In addition, with regard to North Korea, Prime Minister Abe expressed the view that pressure on North Korea should be maximized through all methods, including the complete fulfillment of the UNSC resolutions. President Kuczynski replied that Peru has taken the step of expelling North Korea's \"diplomatic personnel,\" including its \"Ambassador\" to Peru."),
            Paragraph(marker: "-", text: "Prime Minister Abe stated that Japan supports the open economy system being advocated by President Kuczynski, and intends to continue to cooperate in the fields of disaster reduction system and transportation infrastructure."),
            Paragraph(marker: "-", text: "In addition, the two leaders exchanged views on cooperation in the international arena, and regional affairs."),
        ])],
        references: [Reference(title: "Japan-Peru Friendship Year", text: "At the Japan-Peru Summit Meeting in November 2016, the two leaders shared the view that exchanges between the two countries will be expanded, with the 120th anniversary of the systematic immigration of Japanese nationals to Peru in 2019 positioned as the Japan-Peru Friendship Year.")]
    )

    static let fm2017 = Meeting(
        id: "2017-11-08-foreign-ministers", source: "bundled:2017-11-08-japan-peru-foreign-ministers.txt",
        title: "Japan-Peru Foreign Ministers' Meeting", date: day("2017-11-08"), kind: .foreignMinisters,
        japan: Principal(name: "Taro Kono", familyName: "Kono", title: "Minister for Foreign Affairs"),
        counterpart: Principal(name: "Ricardo Luna", familyName: "Luna", title: "Minister for Foreign Affairs of the Republic of Peru", country: "Peru"),
        venue: "Da Nang", venueCountry: "Viet Nam", occasion: "APEC Ministerial Meeting",
        startLocal: time("15:48"), durationMinutes: 35,
        lead: ["On November 8, commencing at 3:48 p.m. (local time) for approximately 35 minutes, Mr. Taro Kono, Minister for Foreign Affairs, who is visiting Da Nang, the Socialist Republic of Viet Nam, to attend the APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting, held a foreign ministers’ meeting with H.E. Mr. Ricardo Luna, Minister for Foreign Affairs of the Republic of Peru. The overview of the meeting is as follows."],
        sections: [
            Section(title: "Beginning", paragraphs: [Paragraph(text: "Minister Kono explained that Peru is a strategic partner that shares fundamental values with Japan. In response, Minister Luna explained that he is happy to be able to meet Minister Kono for the first time.")]),
            Section(title: "Bilateral relations", paragraphs: [Paragraph(text: "Minister Kono explained that he intends to begin concretely considering exchanges in various fields in preparation for the “Japan-Peru Friendship Year” in 2019, which will mark the 120th anniversary of the systematic immigration of Japanese nationals to Peru.")]),
            Section(title: "Challenges in the regional and international arenas", paragraphs: [Paragraph(text: "Commenting on the North Korea issue, Minister Kono explained that in order to bring about a change in North Korea’s policies it will be necessary to apply the maximum pressure on North Korea by utilizing all methods.")]),
        ]
    )

    static let summit2014 = Meeting(
        id: "2014-11-10-summit", source: "bundled:2014-11-10-japan-peru-summit.txt",
        title: "Japan-Peru Summit Meeting", date: day("2014-11-10"), kind: .summit,
        japan: Principal(name: "Shinzo Abe", familyName: "Abe", title: "Prime Minister"),
        counterpart: Principal(name: "Ollanta Humala", familyName: "Humala", title: "President of the Republic of Peru", country: "Peru"),
        venue: "Beijing", venueCountry: "China", occasion: "APEC Summit Meeting",
        startLocal: time("10:25"), endLocal: time("10:45"), durationMinutes: 20,
        lead: ["On Monday, November 10, commencing at 10:25 a.m. until 10:45 a.m. (local time), Prime Minister Shinzo Abe, visiting Beijing, China to attend the APEC Summit Meeting, held a meeting with H.E.Mr. Ollanta Humala, President of the Republic of Peru. The outline of the meeting is as follows."],
        sections: [
            Section(title: "Opening remarks", paragraphs: [
                Paragraph(marker: "(1)", text: "Prime Minister Abe mentioned that Japan enjoys a friendly relationship with Peru for more than 140 years, the longest relationship among those with other Latin American countries."),
                Paragraph(marker: "(2)", text: "President Humala expressed his gratitude for the cooperation Japan has extended to Peru."),
            ]),
            Section(title: "Bilateral relations", paragraphs: [
                Paragraph(marker: "(1)", text: "The two leaders welcomed the progress of economic relations, including the Japan-Peru Economic Partnership Agreement."),
                Paragraph(marker: "(2)", text: "Prime Minister Abe stated that Japan would like to cooperate in the field of disaster risk reduction."),
            ]),
            Section(title: "Cooperation in the international arena", paragraphs: [
                Paragraph(marker: "(1)", text: "The two leaders confirmed that they will cooperate toward the success of COP 20 in Lima."),
                Paragraph(marker: "(2)", text: "The two leaders shared the view to cooperate on United Nations Security Council reform."),
            ]),
        ]
    )

    static let summit2024 = Meeting(
        id: "2024-11-17-summit", source: "bundled:2024-11-17-japan-peru-summit.txt",
        title: "Japan-Peru Summit Meeting (Summary)", date: day("2024-11-17"), kind: .summit,
        japan: Principal(name: "Shigeru Ishiba", familyName: "Ishiba", title: "Prime Minister of Japan"),
        counterpart: Principal(name: "Dina Boluarte", familyName: "Boluarte", title: "President of the Republic of Peru", country: "Peru"),
        venue: "Presidential Palace", venueCountry: "Peru",
        startLocal: time("10:50"), startJST: JSTDateTime(day: day("2024-11-18"), time: time("00:50")), durationMinutes: 70,
        lead: [
            "On November 17, commencing at 10:50 a.m. (local time; 00:50 a.m. on November 18, Japan Standard Time) for approximately 70 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, who is visiting the Republic of Peru, attended a welcome ceremony at the Presidential Palace followed by a meeting with H.E. Ms. Dina Boluarte, President of the Republic of Peru.",
            "A presentation ceremony of the Joint Statement and a joint press conference were held afterwards.",
            "Commencing at 12:45 p.m. (local time; 2:45 a.m. on November 18, JST), Prime Minister Ishiba will attend a luncheon hosted by President Boluarte.",
        ],
        sections: [Section(paragraphs: (1...6).map { n in
            Paragraph(marker: "\(n).", text: "Point \(n): the two leaders confirmed that they will further deepen relations between the two countries, including cooperation on economic security and the resilience of the supply chain of mineral resources such as copper.")
        })]
    )

    static let fm2023 = Meeting(
        id: "2023-11-15-foreign-ministers", source: "bundled:2023-11-15-japan-peru-foreign-ministers.txt",
        title: "Japan-Peru Foreign Ministers' Meeting", date: day("2023-11-15"), kind: .foreignMinisters,
        japan: Principal(name: "Yoko Kamikawa", familyName: "Kamikawa", title: "Minister for Foreign Affairs of Japan"),
        counterpart: Principal(name: "Javier González-Olaechea Franco", familyName: "González-Olaechea", title: "Foreign Minister of the Republic of Peru", country: "Peru"),
        venue: "San Francisco", venueCountry: "United States", occasion: "APEC Ministerial Meeting",
        startLocal: time("12:10"), startJST: JSTDateTime(day: day("2023-11-16"), time: time("05:10")), durationMinutes: 40,
        lead: ["On November 15, commencing at 12:10 p.m. local time (5:10 a.m. on November 16 JST), for approximately 40 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting San Francisco, the United States to attend the APEC Ministerial Meeting, held a meeting with H.E. Mr. Javier González-Olaechea Franco, Foreign Minister of the Republic of Peru. The overview is as follows."],
        sections: [Section(paragraphs: [
            Paragraph(marker: "1.", text: "At the outset, Minister Kamikawa expressed her pleasure at holding a meeting with Minister González-Olaechea. In response, Minister González-Olaechea, on behalf of Peru, expressed his gratitude."),
            Paragraph(marker: "2.", text: "The two ministers affirmed their collaboration to prepare for a bilateral cooperation road map."),
            Paragraph(marker: "3.", text: "The two ministers exchanged views on the regional situation, including North Korea."),
            Paragraph(marker: "4.", text: "The two ministers confirmed that they would cooperate closely in the international arena."),
        ])]
    )

    /// Not a real record: exercises wide characters in names and the telephone mark.
    static let telephone2019 = Meeting(
        id: "2019-03-05-telephone", source: "fixture:telephone",
        title: "Japan-China Telephone Talk", date: day("2019-03-05"), kind: .telephone,
        japan: Principal(name: "Taro Kono", familyName: "Kono", title: "Minister for Foreign Affairs"),
        counterpart: Principal(name: "王毅", familyName: "王毅", title: "State Councilor and Foreign Minister", country: "China"),
        startLocal: time("18:00"), durationMinutes: 30,
        lead: ["On March 5, Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with 王毅 (Wang Yi), State Councilor and Foreign Minister."]
    )

    /// Not a real record: what the parser yields when it cannot find the date, time or place.
    static let undated = Meeting(
        id: "undated-other", source: "fixture:undated",
        title: "Japan-Peru Meeting", date: nil, kind: .other,
        japan: Principal(name: "Yoko Kamikawa", familyName: "Kamikawa"),
        counterpart: Principal(familyName: "González-Olaechea", country: "Peru"),
        lead: ["A meeting whose record gives no date line."],
        warnings: ["no date line found", "no venue found"]
    )

    static let peru = [summit2017, fm2017, summit2014, summit2024, fm2023]

    /// The five Peru meetings plus the two made-up ones, in the order a loader might give them.
    static var corpus: Corpus {
        Corpus(meetings: peru + [telephone2019, undated], title: "Japan–Peru meetings (test set)")
    }

    /// `count` meetings spread over `years` years from 1985, with a seeded generator, for scale tests.
    static func generated(count: Int, years: Int, seed: UInt64 = 42) -> Corpus {
        var rng = SplitMix64(seed: seed)
        let start = Day(year: 1985, month: 1, day: 1).ordinal
        let kinds = MeetingKind.allCases
        let meetings = (0..<count).map { i -> Meeting in
            let date = Day(ordinal: start + Int(rng.next() % UInt64(years * 365)))
            let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
            return Meeting(
                id: "\(date)-\(kind.rawValue)-\(i)", source: "generated:\(i)",
                title: "Japan-Country\(i % 50) \(kind.titleWords)", date: date, kind: kind,
                japan: Principal(name: "Minister \(i % 17)", familyName: "Japan\(i % 17)"),
                counterpart: Principal(name: "Leader \(i % 23)", familyName: "Partner\(i % 23)", country: "Country\(i % 50)"),
                lead: ["Generated meeting number \(i)."]
            )
        }
        return Corpus(meetings: meetings, title: "generated")
    }
}

/// A small seeded generator, so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
