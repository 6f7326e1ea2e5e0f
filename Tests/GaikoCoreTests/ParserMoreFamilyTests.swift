import Testing
@testable import GaikoCore

/// Families found in a further sample of real records (telephone calls given, visits told as a
/// story, old Kantei galleries), each written here the way those records write it.
@Suite("Parser: more families of the genre")
struct ParserMoreFamilyTests {
    static func parse(_ text: String) -> Meeting { RecordParser.parse(text, source: "family") }
    static let peru = ParserFamilyTests.peru

    @Test(arguments: [
        ("On May 18, 2009 (JST), Minister for Foreign Affairs Hirofumi Nakasone gave a telephone call to Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Mr. Manouchehr Mottaki. It continued for about 20 minutes from 5:50 p.m.",
         "Nakasone", "Manouchehr Mottaki", MeetingKind.telephone, "17:50" as String?),
        ("Prime Minister Shinzo Abe met H.E. Ms. Yingluck Shinawatra, Prime Minister of Thailand, at her office for about 1 hour and 30 minutes from around 6:50 p.m. (local time) on May 18.",
         "Abe", "Yingluck Shinawatra", .summit, "18:50"),
        ("Having arrived at Andrews Air Force Base on the afternoon of May 17 (Japan time: early morning of May 18), Prime Minister Fukuda held a meeting with Mr. George W. Bush, the President of the United States of America, at the White House the following morning.",
         "Fukuda", "George W. Bush", .summit, nil),
    ] as [(String, String, String, MeetingKind, String?)])
    func keySentenceShapes(_ sentence: String, _ japan: String, _ counterpart: String, _ kind: MeetingKind, _ start: String?) {
        let m = Self.parse("May 18, 2009\n\n\(sentence)\n")
        #expect(m.japan.familyName == japan)
        #expect(m.counterpart.name == counterpart)
        #expect(m.kind == kind)
        #expect(m.startLocal?.description == start)
    }

    @Test func whereSomeoneArrivedIsNotTheVenue() {
        let m = Self.parse("May 18, 2009\n\nHaving arrived at Andrews Air Force Base on the afternoon of May 17, Prime Minister Fukuda held a meeting with Mr. George W. Bush, the President of the United States of America, at the White House the following morning.\n")
        #expect(m.venue == "White House")
    }

    @Test func anOccasionEndsBeforeASecondEvent() {
        let m = ParserFamilyTests.parse("On November 10, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, held a meeting with H.E. Mr. Zheenbek KULUBAEV, Minister of Foreign Affairs of the Kyrgyz Republic, who is visiting Japan to attend the 9th Foreign Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue and a signing ceremony of the Cooperation Program.")
        #expect(m.occasion == "9th Foreign Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue")
    }

    @Test(arguments: [
        ("the Rt. Hon William Hague, Secretary of State for Foreign and Commonwealth Affairs", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs"),
        ("the Right Honourable Justin Trudeau, P.C., M.P., Prime Minister of Canada", "Justin Trudeau", "Prime Minister of Canada"),
    ])
    func honorificsAndLettersAroundTheName(_ phrase: String, _ name: String, _ title: String) {
        let m = ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase).")
        #expect(m.counterpart.name == name)
        #expect(m.counterpart.title == title)
    }

    /// `Japan-Solomon Relations`: the pair writes the first word of a longer name.
    @Test(arguments: [
        ("Japan-Solomon Relations", "Solomon Islands"),
        ("Japan-Kyrgyz Foreign Ministers' Meeting", "Kyrgyz Republic"),
        ("Japan-Marshall Summit Meeting", "Marshall Islands"),
    ])
    func countryNamedByItsFirstWord(_ heading: String, _ country: String) {
        let m = ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with Mr. John Doe, Prime Minister.", heading: heading)
        #expect(m.counterpart.country == country)
    }

    @Test(arguments: [
        ("On 3 May at 4.30pm, Mr Takeaki Matsumoto, Foreign Minister of Japan, took part in Japan-UK Foreign Ministers' talks with the Rt. Hon. William Hague, British Secretary of State for Foreign and Commonwealth Affairs, in London.", "16:30", "London"),
    ])
    func aTimeWithADotAndAPairThatIsNoPlace(_ sentence: String, _ start: String, _ venue: String) {
        let m = Self.parse("May 3, 2011\n\n\(sentence)\n")
        #expect(m.startLocal?.description == start)
        #expect(m.venue == venue)
        #expect(m.counterpart.name == "William Hague")
    }

    @Test func aNumberWithADotIsNoTime() {
        let m = ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(Self.peru), who announced 4.50 billion yen of aid.")
        #expect(m.startLocal == nil)
    }

    @Test(arguments: [
        ("Tuesday, August 29 to Wednesday, August 30, 2006", "2006-08-29"),
        ("Friday, December 8 to Sunday, December 10, 2006", "2006-12-08"),
        ("June 3-5, 2008", "2008-06-03"),
    ])
    func aDateLineGivingTheDaysOfAVisit(_ line: String, _ iso: String) {
        let m = Self.parse("Prime Minister Visits Somewhere\n\n\(line)\n\nPrime Minister Junichiro Koizumi held talks with Mr. John Doe, the President of Peru.\n")
        #expect(m.date?.description == iso)
    }

    @Test func theDayInTheSentenceWithinAVisitsDays() {
        let m = Self.parse("Prime Minister Visits the Philippines\n\nFriday, December 8 to Sunday, December 10, 2006\n\nOn the morning of December 9, Prime Minister Abe held a meeting with Ms. Gloria Macapagal-Arroyo, the President of the Philippines.\n")
        #expect(m.date?.description == "2006-12-09")
    }

    /// An old gallery page: captions, `Click photographs to enlarge`, then the story.
    @Test func galleryInstructionsAreNotASection() {
        let text = """
        Prime Minister Visits the United States

        November 16, 2007

        Photograph of the Japan-U.S. Summit Meeting

        Click photographs to enlarge

        Prime Minister Fukuda held a meeting with Mr. George W. Bush, the President of the United States of America, at the White House.

        The two leaders confirmed the alliance.
        """
        let m = Self.parse(text)
        #expect(m.sections.compactMap(\.title).isEmpty)
        #expect(!m.sections.flatMap(\.paragraphs).contains { $0.text.contains("Click") })
    }

    @Test func bulletHeadingsEndingWithAColon() {
        let text = """
        Japan-France Summit Meeting
        Sunday, October 23, 2011
        On Sunday, October 23, from 12:35 p.m. to 3:00 p.m., Prime Minister Yoshihiko Noda held a meeting with H.E. Mr. François Fillon, Prime Minister of the French Republic.
        - Opening:
        Prime Minister Noda welcomed Prime Minister Fillon's fifth visit to Japan.
        - The nuclear power plant accident and the reconstruction, Prime Minister Noda indicated that Japan would share its lessons.
        - G20 Summit:
        Prime Minister Fillon explained France's thoughts ahead of the G20 Summit in Cannes.
        - Closing
        """
        #expect(Self.parse(text).sections.compactMap(\.title) == ["Opening", "G20 Summit"])
    }

    /// `3. …` then `4. Prim`: the stored text ends inside the next point, not a heading.
    @Test func aPointCutOffAtTheEndIsNotAHeading() {
        let text = """
        Japan-Micronesia Summit Meeting
        March 8, 2023
        On March 8, Prime Minister KISHIDA Fumio held a meeting with H.E. Mr. David W. Panuelo, President of the Federated States of Micronesia.
          1. Prime Minister Kishida welcomed the President.
          2. The two leaders discussed cooperation.
          3. The two leaders confirmed their commitment.
          4. Prim
        """
        #expect(Self.parse(text).sections.compactMap(\.title).isEmpty)
    }

    @Test(arguments: [
        ("On October 28, 2009 (Wed) following the signing of the Agreement on Cooperation in Science and Technology between Japan and New Zealand, Mr. Katsuya Okada, Minister for Foreign Affairs of Japan had a meeting with Hon. Murray McCully, Minister of Foreign Affairs of New Zealand at the Ministry of Foreign Affairs for about 30 minutes from 4:45 p.m.", "Ministry of Foreign Affairs"),
        ("On July 4, Mr. Koichiro Gemba, Minister for Foreign Affairs of Japan, held a meeting with Hon. Clay Forau Soalaoi, Minister for Foreign Affairs and External Trade, Solomon Islands, who was in Japan to attend the World Ministerial Conference on Disaster Reduction in Tohoku, in Sendai.", "Sendai"),
    ])
    func inInsideTheNameOfAnAgreementIsNoPlace(_ sentence: String, _ venue: String) {
        #expect(Self.parse("July 4, 2012\n\n\(sentence)\n").venue == venue)
    }

    @Test func theVisitedCityFromEarlierInTheLead() {
        let text = """
        Prime Minister Abe's Visit to Thailand (Overview)
        January 18, 2013
        Prime Minister Shinzo Abe visited Bangkok, the Kingdom of Thailand, on Thursday, January 17. The following is an overview of his visit.
        1. Japan-Thailand Summit Meeting
        Prime Minister Abe met H.E. Ms. Yingluck Shinawatra, Prime Minister of Thailand, at her office for about 1 hour and 30 minutes from around 6:50 p.m. (local time) on January 17.
        (1) Bilateral Relations
        The two leaders shared the view.
        """
        let m = Self.parse(text)
        #expect(m.venue == "Bangkok")
        #expect(m.date?.description == "2013-01-17")
        #expect(m.durationMinutes == 90)
    }

    /// A caption repeating the key sentence without its times, then the lead with them; the name
    /// is written in capitals there (`MARAPE`).
    @Test func timesFromTheLeadAfterACaption() {
        let text = """
        Japan-Papua New Guinea Relations

        June 29, 2021
        Mr. SUGA Yoshihide, Prime Minister of Japan, held a Japan-Papua New Guinea leaders video teleconference meeting with Hon. James MARAPE, Prime Minister of the Independent State of Papua New Guinea. Japan-Papua New Guinea Leaders Video Teleconference Meeting (Photo: Cabinet Public Relations Office)

        On June 29, commencing at 3:45 p.m. for approximately 15 minutes, Mr. SUGA Yoshihide, Prime Minister of Japan, held a Japan-Papua New Guinea leaders video teleconference meeting with Hon. James MARAPE, Prime Minister of the Independent State of Papua New Guinea. The overview of the meeting is as follows.

          1. Prime Minister Suga stated that Pacific Island countries are important partners.
        """
        let m = Self.parse(text)
        #expect(m.startLocal?.description == "15:45")
        #expect(m.durationMinutes == 15)
        #expect(m.format == .video)
    }

    @Test func anOccasionOnTheSideline() {
        let m = ParserFamilyTests.parse("On Wednesday, October 9, commencing at around 6:20 p.m. for approximately 20 minutes, Prime Minister Shinzo Abe met with H.E. Ms. Yingluck Shinawatra, Prime Minister of the Kingdom of Thailand, in Brunei, on the sideline of ASEAN-related Summit Meetings.")
        #expect(m.occasion == "ASEAN-related Summit Meetings")
    }

    @Test(arguments: [
        ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held the Third Japan-Jordan Foreign Ministers’ Strategic Dialogue with H. E. Mr. Ayman Safadi, Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan.", "Hayashi", "Ayman Safadi"),
        ("Minister for Foreign Affairs Nobutaka Machimura held a meeting for approximately 20 minutes with his Russian counterpart, Minister of Foreign Affairs Sergey Lavrov of the Russian Federation at the Representative Office of Russia to the EU in Brussels.", "Machimura", "Sergey Lavrov"),
        ("Prime Minister Yoshihiko Noda held telephone talks with President-elect of the French Republic François Hollande.", "Noda", "François Hollande"),
    ])
    func meetingsNamedAsEventsAndPartnersAfterOtherWords(_ sentence: String, _ japan: String, _ counterpart: String) {
        let m = Self.parse("June 22, 2005\n\nOn June 22, \(sentence)\n")
        #expect(m.japan.familyName == japan)
        #expect(m.counterpart.name == counterpart)
    }

    @Test func theCountryAfterTheNameAndOtherWords() {
        let m = Self.parse("A Telephone Talk\n\nMay 28, 2009\n\nFor about 20 minutes from 9:50 p.m. (JST) on May 28, Prime Minister Taro Aso talked with Prime Minister Gordon Brown of the UK on the phone at the request of the latter.\n")
        #expect(m.counterpart.country == "United Kingdom")
        #expect(m.counterpart.name == "Gordon Brown")
    }

    @Test(arguments: [
        ("Dasho Tshering Tobgay, Prime Minister of the Kingdom of Bhutan", "Tshering Tobgay"),
        ("H.E. U Nyan Win, Minister for Foreign Affairs of the Union of Myanmar", "Nyan Win"),
        ("H.E. Daw Aung San Suu Kyi, State Counsellor of the Republic of the Union of Myanmar", "Aung San Suu Kyi"),
    ])
    func honorificsOfBhutanAndMyanmar(_ phrase: String, _ name: String) {
        #expect(ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase).").counterpart.name == name)
    }

    @Test func occasionsBeforeTheStartAndAnEnvoysRole() {
        let before = ParserFamilyTests.parse("On November 10, Prime Minister Naoto Kan held a conversation with H.E. Mr. Wen Jiabao, Premier of the State Council of the People's Republic of China, for approximately 10 minutes at a leaders' waiting room before the start of the East Asia Summit (EAS) held in Hanoi, Vietnam.")
        #expect(before.occasion == "East Asia Summit (EAS)")
        let envoy = ParserFamilyTests.parse("On November 10, Prime Minister KISHIDA Fumio held a meeting with H.E. Mr. Abdulla Shahid, Minister of Foreign Affairs of the Republic of Maldives, who is visiting Japan to attend the state funeral for former Prime Minister Abe as Special Envoy of President of the Maldives.")
        #expect(envoy.occasion == "state funeral for former Prime Minister Abe")
    }

    @Test func aBulletedHeadingOverSubheadings() {
        let text = """
        Courtesy Call on Prime Minister Yoshihiko Noda by U.S. Secretary of State Hillary Clinton
        Saturday, September 8, 2012
        On Saturday, September 8, for approximately 55 minutes from 7:30 p.m. (local time), Prime Minister Yoshihiko Noda received a courtesy call from the Honorable Hillary Rodham Clinton, Secretary of State of the United States of America.
        - Asia-Pacific Regional Issues
        (1) General Remarks
        Drawing on discussion of Secretary Clinton's recent visit to China, Prime Minister Noda stated his views.
        (2) Korean Peninsula
        Considering the present security situation in East Asia, the two sides agreed to cooperate.
        - Ja
        """
        #expect(Self.parse(text).sections.compactMap(\.title) == ["Asia-Pacific Regional Issues", "Ja"])
        let poland = """
        Japan-Poland Summit Meeting
        Monday, June 17, 2013
        On Sunday, June 16, during his visit to the Republic of Poland, Prime Minister Shinzo Abe held a summit meeting with H.E. Mr. Donald Tusk, Prime Minister of the Republic of Poland.
        - Bilateral Relations
        Political and Defense Exchange
        (1) At the beginning of the meeting, Prime Minister Abe expressed his joy at being able to visit Poland.
        (2) The two leaders shared the view that they would strengthen defense cooperation.
        Economic Relations
        (1) Prime Minister Abe expressed his gratitude for the initiative taken by Prime Minister Tusk.
        """
        #expect(Self.parse(poland).sections.compactMap(\.title) == ["Bilateral Relations"])
    }

    @Test func aMeetingAfterASigningTogetherWith() {
        let m = Self.parse("June 7, 2012\n\nOn Thursday, June 7, Mr. Koichiro Gemba, Minister for Foreign Affairs, signed the Memorandum on Cooperation between the Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs of the Republic of Armenia together with H.E. Mr. Edward Nalbandian, Minister of Foreign Affairs of the Republic of Armenia. The two subsequently held a Foreign Ministers' Meeting from 5:05 pm for approximately 35 minutes. An overview of the meeting is as follows:\n")
        #expect(m.japan.familyName == "Gemba")
        #expect(m.counterpart.name == "Edward Nalbandian")
        #expect(m.startLocal?.description == "17:05")
        #expect(m.durationMinutes == 35)
    }

    @Test func aDinnerForAfterMinisterFor() {
        let m = Self.parse("October 7, 2011\n\n  1. On Friday, October 7, from 6:45 P.M. Minister for Foreign Affairs Koichiro Gemba hosted a two-and-a-half hour meeting and working dinner for H.E. Mr. Karel Schwarzenberg, First Deputy Prime Minister, Minister of Foreign Affairs of the Czech Republic at the Iikura House.\n  2. The outline is as follows.\n")
        #expect(m.japan.familyName == "Gemba")
        #expect(m.counterpart.name == "Karel Schwarzenberg")
        #expect(m.startLocal?.description == "18:45")
        #expect(m.durationMinutes == 150)
    }

    @Test func aVisitingOfficeHolderNamedAfterTheTitle() {
        let m = Self.parse("July 15, 2010\n\nPrime Minister Naoto Kan received a courtesy call from the visiting Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom, Rt. Hon. Mr. William Hague, at the Prime Minister's Office on July 15 (Thu) from 4:40 p.m. 5:00 p.m.\n")
        #expect(m.counterpart.name == "William Hague")
        #expect(m.counterpart.country == "United Kingdom")
        #expect(m.venue == "Prime Minister's Office")
    }

    @Test func aStrayStopBeforeTheLocalTimeNote() {
        let m = Self.parse("September 21, 2022\n\nOn September 21st, commencing at 17:10. (local time; September 22, 6:10 a.m. JST), Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a bilateral meeting with H.E. Ms. Hadja LAHBIB, Minister of Foreign Affairs of the Kingdom of Belgium for approximately 20 minutes.\n")
        #expect(m.date?.description == "2022-09-21")
        #expect(m.startLocal?.description == "17:10")
    }

    @Test(arguments: [
        ("held a meeting with H.E. Mr. Bogdan Aurescu, Minister of Foreign Affairs of Romania, in the Kingdom of Spain where Minister Motegi was visiting", "Spain"),
        ("held a meeting and hosted a dinner at his Official Residence with H.E. Mr. Ivan Gasparovic, President of the Slovak Republic", "Official Residence"),
    ])
    func placesAfterAnArticle(_ words: String, _ venue: String) {
        #expect(ParserFamilyTests.parse("On November 10, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, \(words).").venue == venue)
    }

    @Test func lettersAfterTheNameAndAWordOfTimeAfterTheTitle() {
        let m = ParserFamilyTests.parse("Minister for Foreign Affairs Hirofumi Nakasone held a telephone conversation with H.E. Mr. Micheal Martin, T.D., Minister for Foreign Affairs of Ireland today for about 30 minutes from 6:05 p.m. (JST).")
        #expect(m.counterpart.name == "Micheal Martin")
        #expect(m.counterpart.title == "Minister for Foreign Affairs of Ireland")
        #expect(m.counterpart.country == "Ireland")
    }

    @Test func numberedHeadingsWithSeveralSpacesAfterTheNumber() {
        let text = "Japan-Portugal Relations\n\nSeptember 11, 2025\n\nOn September 11, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a summit meeting with H.E. Mr. Luís MONTENEGRO, Prime Minister of the Portuguese Republic.\n\n1    Opening Remarks\n\nAt the outset, Prime Minister ISHIBA welcomed Prime Minister Montenegro.\n\n2     Bilateral Relations\n\n  1. The two leaders welcomed the progress.\n"
        #expect(Self.parse(text).sections.compactMap(\.title) == ["Opening Remarks", "Bilateral Relations"])
    }

    @Test func aTradeMinisterIsNoForeignMinister() {
        let m = ParserFamilyTests.parse("On November 10, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Ville Skinnari, Minister for Development Cooperation and Foreign Trade of the Republic of Finland.")
        #expect(m.kind == .other)
    }

    @Test func aMonarchIsNotCalledByHisNumber() {
        let m = ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with His Majesty King Felipe VI, King of Spain. Prime Minister Abe welcomed King Felipe VI.")
        #expect(m.counterpart.name == "Felipe VI")
        #expect(m.counterpart.familyName == "Felipe")
    }

    @Test func theSubjectNamedASentenceBefore() {
        let m = Self.parse("February 17, 2009\n\nOn February 17, Secretary of State Hillary Rodham Clinton visited Japan as her first destination as Secretary of State. She held a meeting with Foreign Minister Hirofumi Nakasone followed by a luncheon.\n")
        #expect(m.japan.familyName == "Nakasone")
        #expect(m.counterpart.name == "Hillary Rodham Clinton")
    }

    @Test func spokeByTelephoneWith() {
        let m = ParserFamilyTests.parse("On July 24, commencing from 3:30 p.m. for approximately 20 minutes, Foreign Minister Fumio Kishida spoke by telephone with H.E. Mr. Pavlo Anatoliyovych KLIMKIN, Minister of Foreign Affairs of Ukraine.")
        #expect(m.counterpart.name == "Pavlo Anatoliyovych KLIMKIN")
        #expect(m.kind == .telephone)
        #expect(m.durationMinutes == 20)
    }

    @Test func aTitleEndingWithTheCountryAfterAComma() {
        let m = ParserFamilyTests.parse("On Sunday, July 8, Mr. Katsuya Okada, Deputy Prime Minister, participated in a working lunch with H.E. Mr. Guido Westerwelle, Federal Minister for Foreign Affairs, Germany, who is visiting Japan.")
        #expect(m.counterpart.country == "Germany")
        #expect(m.counterpart.name == "Guido Westerwelle")
    }

    @Test func aPresidentElectIsNotYetAHead() {
        let m = ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with Mr. Donald J. Trump, President-elect of the United States of America.")
        #expect(m.kind == .other)
    }

    @Test(arguments: [
        ("Minister of Foreign Affairs and Trade of the Republic of Korea (ROK) Mr. Kim Sung-hwan", "Kim Sung-hwan", "Republic of Korea"),
        ("Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Mr. Manouchehr Mottaki", "Manouchehr Mottaki", "Iran"),
        ("the Chancellor of the Federal Republic of Germany, Gerhard Schroeder", "Gerhard Schroeder", "Germany"),
    ])
    func aTitleBeforeTheHonorificOrTheName(_ phrase: String, _ name: String, _ country: String) {
        let m = ParserFamilyTests.parse("On November 10, Minister for Foreign Affairs Koichiro Gemba held telephone talks with \(phrase), for approximately 17 minutes.")
        #expect(m.counterpart.name == name)
        #expect(m.counterpart.country == country)
    }

    @Test func aPrimeMinistersHonorificAfterTheTitleStaysWithTheName() {
        let m = ParserFamilyTests.parse("On July 25, Prime Minister Shinzo Abe held a Japan-Malaysia summit meeting with Prime Minister Dato' Sri Mohd Najib of Malaysia at the Prime Minister's Office of Malaysia (in attendance from the Malaysian side: H.E. Mr. Anifah Aman, Minister of Foreign Affairs).")
        #expect(m.counterpart.name == "Mohd Najib")
    }

    @Test func theIrishDeputyPrimeMinistersTitles() {
        let m = ParserFamilyTests.parse("On November 10, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Micheál Martin, T.D., Tánaiste, Deputy Prime Minister and Minister for Foreign Affairs and Defence of Ireland.")
        #expect(m.counterpart.name == "Micheál Martin")
        #expect(m.counterpart.country == "Ireland")
        #expect(m.kind == .foreignMinisters)
    }

    @Test func aCityAfterTheCityOfAndATitleInAMinistry() {
        let m = ParserFamilyTests.parse("Prime Minister Junichiro Koizumi held talks with the Chancellor of the Federal Republic of Germany, Gerhard Schroeder, at the Chancellor's Office in the city of Berlin.")
        #expect(m.venue == "Berlin")
        let official = ParserFamilyTests.parse("On November 10, Mr. Kazuyuki Nakane, State Minister for Foreign Affairs, held a meeting with Mr. Pertti Torstila, Permanent State Secretary in the Ministry for Foreign Affairs of Finland.")
        #expect(official.counterpart.title == "Permanent State Secretary in the Ministry for Foreign Affairs of Finland")
    }

    @Test func thePartnerNamedBeforeTheSubject() {
        let m = Self.parse("October 10, 2008\n\nUpon request from U.S. Secretary of State Condoleezza Rice, Foreign Minister Hirofumi Nakasone had a teleconference with her for about 40 minutes from 7:30 p.m. on October 10.\n")
        #expect(m.japan.familyName == "Nakasone")
        #expect(m.counterpart.name == "Condoleezza Rice")
        #expect(m.counterpart.country == "United States")
        #expect(m.durationMinutes == 40)
    }

    @Test func aSpaceAfterTheColonGreetedAndAnAmbassadorToJapan() {
        let time = ParserFamilyTests.parse("On April 28, commencing at 2: 20 p.m. local time (April 28, 8:20 p.m. JST) for approximately 40 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting the Republic of Madagascar, paid a courtesy call on H.E. Mr. Andry Nirina RAJOELINA, President of the Republic of Madagascar.")
        #expect(time.startLocal?.description == "14:20")
        let greeted = ParserFamilyTests.parse("On October 10, Mr. Koichiro Gemba, Minister for Foreign Affairs, greeted the Hon. Given Lubinda, Minister of Foreign Affairs of the Republic of Zambia, at the Ministry of Foreign Affairs of Japan, signed exchange of notes, and subsequently held a foreign ministers’ meeting for approximately 30 minutes from 4:45 pm.")
        #expect(greeted.japan.familyName == "Gemba")
        #expect(greeted.counterpart.name == "Given Lubinda")
        #expect(greeted.durationMinutes == 30)
        let envoy = ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe received a courtesy call from H.E. Ms. Gediminas Varvuolis, Ambassador of the Republic of Lithuania to Japan.")
        #expect(envoy.counterpart.title == "Ambassador of the Republic of Lithuania to Japan")
    }

    @Test func aTitleOverTwoCommasToItsCountry() {
        let m = ParserFamilyTests.parse("On November 10, Mr. KISHIDA Fumio, Minister for Foreign Affairs, held a meeting with Hon. Francine Baron, Minister for Foreign Affairs, International Business, Trade and Energy of the Commonwealth of Dominica.")
        #expect(m.counterpart.title == "Minister for Foreign Affairs, International Business, Trade and Energy of the Commonwealth of Dominica")
        #expect(m.counterpart.country == "Dominica")
    }

    @Test(arguments: [
        ("from 5:30 p.m. until shortly after 7:00 p.m.", 90),
        ("between 3:40 P.M. and just after 4:00 P.M.", 20),
    ])
    func anEndJustAfterATime(_ phrase: String, _ minutes: Int) {
        let m = ParserFamilyTests.parse("On November 10, \(phrase), Prime Minister Shinzo Abe held a meeting with H.E. Mr. Viktor Orbán, Prime Minister of Hungary.")
        #expect(m.durationMinutes == minutes)
    }

    @Test func aMeetingBetweenTwoPeople() {
        let m = Self.parse("14 September 2001\n\nThe summit meeting between Prime Minister Junichiro Koizumi and President of the Republic of the Philippines Gloria Macapagal-Arroyo, which took place on the 13 September from 2.10 pm and lasted approximately 45 minutes, is summarized below.\n")
        #expect(m.japan.familyName == "Koizumi")
        #expect(m.counterpart.name == "Gloria Macapagal-Arroyo")
        #expect(m.counterpart.country == "Philippines")
        #expect(m.startLocal?.description == "14:10")
        #expect(m.durationMinutes == 45)
    }

    @Test(arguments: [
        ("Right Honorable Mrs. Bidya Devi Bhandari, President of Federal Democratic Republic of Nepal", "Bidya Devi Bhandari"),
        ("Dato Seri Setia Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof, Minister of Foreign Affairs II of Brunei Darussalam", "Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof"),
    ])
    func honorificsWithoutTheirArticleOrApostrophe(_ phrase: String, _ name: String) {
        #expect(ParserFamilyTests.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase).").counterpart.name == name)
    }

    @Test func anEventsRelatedEvents() {
        let m = ParserFamilyTests.parse("On December 16, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan held a meeting with Hon. Enrique A. Manalo, Secretary for Foreign Affairs of the Republic of the Philippines, who is visiting Japan to attend related events of the Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation.")
        #expect(m.occasion == "Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation")
    }
}
