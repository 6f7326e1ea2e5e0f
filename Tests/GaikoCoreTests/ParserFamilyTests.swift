import Testing
@testable import GaikoCore

/// One test per family of records the parser reads (docs/parser.md), each with sentences written
/// the way the genre writes them. The real records in `Fixtures/real-records` test the same
/// families on whole pages.
@Suite("Parser: families of the genre")
struct ParserFamilyTests {
    static func parse(_ sentence: String, date: String = "November 10, 2017", heading: String? = nil, body: String = "") -> Meeting {
        let head = heading.map { $0 + "\n" } ?? ""
        return RecordParser.parse("\(head)\(date)\n\n\(sentence)\n\(body)", source: "family")
    }

    static let peru = "H.E. Mr. Ricardo Luna, Minister for Foreign Affairs of the Republic of Peru"

    @Test(arguments: [
        ("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(peru).", "Kono", "Ricardo Luna", MeetingKind.foreignMinisters),
        ("On November 10, Prime Minister Shinzo Abe held a summit meeting and other events with H.E. Mr. Lenín Moreno, President of the Republic of Ecuador, at the Prime Minister’s Office.", "Abe", "Lenín Moreno", .summit),
        ("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, paid a courtesy call on H.E. Mr. Martín Vizcarra, President of the Republic of Peru.", "Kono", "Martín Vizcarra", .other),
        ("On November 10, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call from H.E. Mrs. Marta Lucía RAMÍREZ BLANCO, Vice President of the Republic of Colombia.", "Kishida", "Marta Lucía RAMÍREZ BLANCO", .other),
        ("Prime Minister Junichiro Koizumi and Republic of Chile President Ricardo Lagos Escobar held a summit meeting at the Prime Minister's Official Residence on November 10.", "Koizumi", "Ricardo Lagos Escobar", .summit),
        ("Prime Minister Yoshihiko Noda met briefly with H.E. Mr. Nguyen Tan Dung, Prime Minister of the Socialist Republic of Viet Nam, on the morning of November 10 and then held a meeting with him again.", "Noda", "Nguyen Tan Dung", .summit),
        ("On November 10, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Mr. Narendra Modi, Prime Minister of India.", "Abe", "Narendra Modi", .telephone),
        ("On November 10, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a video conference with His Excellency Mr. Santiago Andrés Cafiero, Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic.", "Hayashi", "Santiago Andrés Cafiero", .foreignMinisters),
        ("On November 10, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Meeting (approximately 40 minutes) and a working dinner (approximately 60 minutes) with His Excellency Dr. Euclides Acevedo Candia, Minister for Foreign Affairs of the Republic of Paraguay.", "Hayashi", "Euclides Acevedo Candia", .foreignMinisters),
        ("The President of the Republic of Peru, Dr. Alan García, during his visit to Japan, held a meeting with the Prime Minister of Japan, Mr. Naoto Kan, on November 10.", "Kan", "Alan García", .summit),
        ("Mr. Shinzo Abe, Prime Minister of Japan, had a telephone conversation for approximately 15 minutes commencing at 4:15 p.m. on Friday, November 10, 2017, with H.E. Mr. Benjamin Netanyahu, Prime Minister of the State of Israel.", "Abe", "Benjamin Netanyahu", .telephone),
        ("Prime Minister Taro Aso held summit talks and hosted a dinner for Prime Minister Abhisit Vejjajiva of Thailand, who was in Japan on a working visit, on November 10.", "Aso", "Abhisit Vejjajiva", .summit),
        ("On November 10, Mr. TSUJI Kiyoto, State Minister for Foreign Affairs, held a meeting with H.E. Mr. Taye Atske Selassie, State Minister of Foreign Affairs of Ethiopia.", "Tsuji", "Taye Atske Selassie", .other),
    ])
    func keySentenceShapes(_ sentence: String, _ japan: String, _ counterpart: String, _ kind: MeetingKind) {
        let m = Self.parse(sentence)
        #expect(m.japan.familyName == japan)
        #expect(m.counterpart.name == counterpart)
        #expect(m.kind == kind)
    }

    @Test(arguments: [
        ("H.E. Mr. Martín Alberto VIZCARRA Cornejo, President of the Republic of Peru", "Martín Alberto VIZCARRA Cornejo", "President of the Republic of Peru"),
        ("His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan", "Abdullah II ibn Al Hussein", "King of the Hashemite Kingdom of Jordan"),
        ("H.E. Ms. Retno L.P. Marsudi, Minister for Foreign Affairs of the Republic of Indonesia", "Retno L.P. Marsudi", "Minister for Foreign Affairs of the Republic of Indonesia"),
        ("H.E. Mr. Ferdinand R. Marcos, Jr., President of the Republic of the Philippines", "Ferdinand R. Marcos, Jr.", "President of the Republic of the Philippines"),
        ("H.E. Mr. Juan Ramón de la Fuente, Secretary of Foreign Affairs of the United Mexican States", "Juan Ramón de la Fuente", "Secretary of Foreign Affairs of the United Mexican States"),
        ("Senator the Hon. Penny Wong, Minister for Foreign Affairs of Australia", "Penny Wong", "Minister for Foreign Affairs of Australia"),
        ("the Rt. Hon. Christopher Luxon, Prime Minister of New Zealand", "Christopher Luxon", "Prime Minister of New Zealand"),
        ("the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia", "Julie Bishop", "Minister for Foreign Affairs of Australia"),
        ("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia", "Mohammed bin Salman bin Abdulaziz Al Saud", "Crown Prince and Prime Minister of the Kingdom of Saudi Arabia"),
        ("Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia", "Hun Sen", "Prime Minister of the Kingdom of Cambodia"),
        ("Prime Minister Dato' Sri Mohd Najib of Malaysia", "Mohd Najib", "Prime Minister"),
        ("H.E. Mr. Yoon Suk Yeol (윤석열), President of the Republic of Korea", "Yoon Suk Yeol", "President of the Republic of Korea"),
    ])
    func counterpartsAsWritten(_ phrase: String, _ name: String, _ title: String) {
        let m = Self.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase).")
        #expect(m.counterpart.name == name)
        #expect(m.counterpart.title == title)
    }

    @Test(arguments: [
        ("H.E. Ms. Ana Gervasi, Minister of Foreign Affairs of the Republic of Peru commencing at 9:10 a.m. for approximately 15 minutes", "Minister of Foreign Affairs of the Republic of Peru", "Peru"),
        ("H.E. Ms. Giorgia Meloni, President of the Council of Ministers of the Italian Republic during her visit to Capri", "President of the Council of Ministers of the Italian Republic", "Italy"),
        ("Mr. Ollanta Humala, President of Peru from 3:30 p.m. to 3:55 p.m. (local time)", "President of Peru", "Peru"),
        ("H.E. Mesganu Arga Moach, State Minister of Foreign Affairs, the Federal Democratic Republic of Ethiopia", "State Minister of Foreign Affairs, the Federal Democratic Republic of Ethiopia", "Ethiopia"),
        ("H.E. Mr. Yu Myung-hwan, Minister of Foreign Affairs and Trade of the Republic of Korea", "Minister of Foreign Affairs and Trade of the Republic of Korea", "Republic of Korea"),
        ("H.E. Mr. Li Qiang, Premier of the State Council of the People's Republic of China", "Premier of the State Council of the People's Republic of China", "China"),
    ])
    func titlesEndWhereTheTitleEnds(_ phrase: String, _ title: String, _ country: String) {
        let m = Self.parse("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(phrase).")
        #expect(m.counterpart.title == title)
        #expect(m.counterpart.country == country)
    }

    @Test(arguments: [
        ("Japan-Republic of Korea Summit Meeting", "Republic of Korea"),
        ("Japan-Bosnia and Herzegovina Relations", "Bosnia and Herzegovina"),
        ("Japan-U.S. Summit Telephone Talk", "United States"),
        ("Japan–Viet Nam Summit Meeting", "Viet Nam"),
    ])
    func countryFromTheHeadingPair(_ heading: String, _ country: String) {
        let m = Self.parse("On November 10, Prime Minister Shinzo Abe held a meeting with Mr. X Y.", heading: heading)
        #expect(m.counterpart.country == country)
    }

    @Test(arguments: [
        ("November 10, 2017", "On Sunday, November 12, Prime Minister Shinzo Abe held a meeting with \(peru).", "2017-11-12"),
        ("Monday, April 11, 2005", "Prime Minister Junichiro Koizumi held a meeting with \(peru).", "2005-04-11"),
        ("June 5, 2008", "On 3 June 2008, Prime Minister Yasuo Fukuda held a meeting with \(peru).", "2008-06-03"),
        ("December 3, 2018", "On December 1st, Prime Minister Shinzo Abe held a meeting with \(peru).", "2018-12-01"),
        ("January 5, 2018", "On December 30, Prime Minister Shinzo Abe held a meeting with \(peru).", "2017-12-30"),
        ("September 30, 2015", "On September 29, commencing at 12:10 p.m. (1:10 a.m. on September 30, Japan time), Prime Minister Shinzo Abe held a working lunch with \(peru).", "2015-09-29"),
        ("September 19, 2016", "On September 20, commencing at 2:07 a.m. (September 19, 1:07 p.m. local time), Mr. Shinzo Abe, Prime Minister, held a meeting with \(peru).", "2016-09-19"),
        ("June 2008", "On Monday June 2, Prime Minister Fukuda and Prime Minister Brown held summit talks.", "2008-06-02"),
        ("(April 25, 2012)", "Minister for Foreign Affairs Koichiro Gemba held talks with \(peru) on April 7.", "2012-04-07"),
    ])
    func theMeetingsOwnDay(_ line: String, _ sentence: String, _ iso: String) {
        #expect(Self.parse(sentence, date: line).date?.description == iso)
    }

    @Test(arguments: [
        ("from 3:30 p.m. to 3:55 p.m.", "15:30", 25),
        ("beginning at 12:10 PM", "12:10", nil),
        ("commencing at 9:45am", "09:45", nil),
        ("commencing at 10:30 am", "10:30", nil),
        ("commencing at noon", "12:00", nil),
        ("commencing at 12 noon", "12:00", nil),
        ("from 17:37", "17:37", nil),
        ("from 19:10 p.m.", "19:10", nil),
        ("from 5:00 to 5:20 p.m.", "17:00", 20),
        ("commencing at around 6:15 p.m. until around 7:35 p.m. (local time)", "18:15", 80),
        ("commencing at 6:30 p.m for approximately 90 minutes", "18:30", 90),
        ("commencing at 5:00 p.m. (local time: February 22, 5:00 a.m. JST)", "17:00", nil),
        ("commencing at 9:30 a.m. (8:30 the same day, Japan time)", "09:30", nil),
    ] as [(String, String, Int?)])
    func times(_ phrase: String, _ start: String, _ minutes: Int?) {
        let m = Self.parse("On November 10, \(phrase), Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(Self.peru).")
        #expect(m.startLocal?.description == start)
        if let minutes { #expect(m.durationMinutes == minutes) }
    }

    @Test(arguments: [
        ("forty-five minutes", 45), ("forty five minutes", 45), ("seventy minutes", 70),
        ("one hour and 20 minutes", 80), ("two hours", 120), ("1 hour 30 minutes", 90), ("60minutes", 60),
    ])
    func durationsInWords(_ phrase: String, _ minutes: Int) {
        let m = Self.parse("On November 10, for approximately \(phrase), Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(Self.peru).")
        #expect(m.durationMinutes == minutes)
    }

    @Test func timesInTheNextSentence() {
        let m = Self.parse("On 29 October 2009, Prime Minister Yukio Hatoyama of Japan had a meeting with Prime Minister John Key of New Zealand, who is currently in Japan as a guest, in Tokyo. The meeting started at 6pm and lasted for forty five minutes.")
        #expect(m.startLocal?.description == "18:00")
        #expect(m.durationMinutes == 45)
        #expect(m.venue == "Tokyo")
        #expect(m.japan.familyName == "Hatoyama")
        #expect(m.counterpart.name == "John Key")
    }

    @Test(arguments: [
        ("Prime Minister Shinzo Abe, during his visit to Asunción, the Republic of Paraguay, held a summit meeting with \(peru).", "Asunción", nil as String?),
        ("Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(peru), who is visiting Japan.", "Japan", nil),
        ("Prime Minister Yoshihiko Noda held a meeting with \(peru) at the State Guest House.", "State Guest House", nil),
        ("Mr. Taro Kono, Minister for Foreign Affairs, who is visiting Da Nang, the Socialist Republic of Viet Nam, to attend the APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting, held a meeting with \(peru).", "Da Nang", "APEC Ministerial Meeting"),
        ("Mr. Shinzo Abe, Prime Minister of Japan, who is attending the 11th Asia-Europe Meeting (ASEM 11) Summit Meeting in Mongolia, held a summit meeting with \(peru).", "Mongolia", "11th Asia-Europe Meeting (ASEM 11) Summit Meeting"),
        ("Prime Minister Shinzo Abe held a summit meeting with \(peru), who is visiting Japan to participate in the Seventh Tokyo International Conference on African Development (TICAD7).", "Japan", "Seventh Tokyo International Conference on African Development (TICAD7)"),
        ("Prime Minister Fumio Kishida held a summit meeting with \(peru), who is visiting Japan to attend the Tenth Pacific Islands Leaders Meeting (PALM10).", "Japan", "Tenth Pacific Islands Leaders Meeting (PALM10)"),
    ])
    func venuesAndOccasions(_ sentence: String, _ venue: String, _ occasion: String?) {
        let m = Self.parse("On November 10, " + sentence)
        #expect(m.venue == venue)
        #expect(m.occasion == occasion)
    }

    @Test func aVenueIsNeverAClause() {
        let m = Self.parse("On November 10, Mr. Shinzo Abe held a summit meeting with \(Self.peru) in Hamburg, Germany during their visit to attend the G20 Summit.")
        #expect(m.venue == "Hamburg")
        #expect(m.occasion == "G20 Summit")
    }

    @Test(arguments: [
        ("held a telephone talk with", MeetingFormat.telephone, MeetingKind.telephone),
        ("held a video conference with", .video, .foreignMinisters),
        ("held a meeting with", .inPerson, .foreignMinisters),
    ])
    func formats(_ words: String, _ format: MeetingFormat, _ kind: MeetingKind) {
        let m = Self.parse("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, \(words) \(Self.peru).")
        #expect(m.format == format)
        #expect(m.kind == kind)
        if format != .inPerson { #expect(m.venue == nil) }
    }

    @Test func aNameIsNotAVideoConference() {
        let m = Self.parse("On November 10, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with \(Self.peru), who is visiting Japan (attending were Mr. Hideo Watanabe and others).")
        #expect(m.format == .inPerson)
        #expect(m.venue == "Japan")
    }

    @Test func layoutOfOldAndNewPages() {
        let text = """
            Official Residence   TOP
            Top > What's up around the Prime Minister > April, 2005
            What's up around the Prime Minister
            Japan-Colombia Summit Meeting
            Monday, April 11, 2005
            Photograph of Prime Minister shaking hands with President Uribe of Colombia
            [Provisional Translation]
            Prime Minister Junichiro Koizumi held a meeting with Mr. Alvaro Uribe Velez, the President of the Republic of Colombia at the Prime Minister's Official Residence.
            Opening remarks
            The two leaders welcomed the progress.
            1 General
            1. They agreed to cooperate.
            2. They agreed to meet again.
            2 Bilateral relations
            (1) Trade grew.
            """
        let m = RecordParser.parse(text, source: "old")
        #expect(m.title == "Japan-Colombia Summit Meeting")
        #expect(m.date?.description == "2005-04-11")
        #expect(m.kind == .summit)
        #expect(m.japan.familyName == "Koizumi")
        #expect(m.counterpart.name == "Alvaro Uribe Velez")
        #expect(m.venue == "Prime Minister's Official Residence")
        #expect(m.sectionTitles == ["Opening remarks", "General", "Bilateral relations"])
        #expect(m.lead.count == 1)
    }

    @Test func twoMeetingsInOneRecordReadTheFirstAndWarn() {
        let m = Self.parse("On November 10, Prime Minister Shinzo Abe held a meeting with H.E. Mr. Ollanta Humala, President of the Republic of Peru.\nOn the same day, Prime Minister Shinzo Abe held a meeting with H.E. Ms. Michelle Bachelet, President of the Republic of Chile.")
        #expect(m.counterpart.name == "Ollanta Humala")
        #expect(m.warnings.contains { $0.contains("second meeting") && $0.contains("Michelle Bachelet") })
    }

    @Test func noKeySentenceIsSaidNotGuessed() {
        let m = Self.parse("The two countries celebrated their friendship with a concert.")
        #expect(m.japan.name == nil)
        #expect(m.counterpart.name == nil)
        #expect(m.warnings.contains { $0.contains("who met whom was not found") })
    }
}
