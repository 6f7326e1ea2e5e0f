import Testing
@testable import GaikoCore

/// Families found in three further samples of real records (Africa and the Middle East; Latin
/// America and the Balkans; the rarer shapes elsewhere), each written the way those records
/// write it, not copied from one of them.
@Suite("Parser: families from the tenth to twelfth samples")
struct ParserFreshFamilyTests {
    static func parse(_ sentence: String, heading: String? = nil) -> Meeting {
        ParserFamilyTests.parse(sentence, heading: heading)
    }

    @Test(arguments: [
        ("On March 2, Mr. TANAKA Ken, State Minister for Foreign Affairs of Japan, received a courtesy call by Ms. Jane Roe, Chargé d'Affaires ad interim, Embassy of New Zealand in Japan.",
         "Tanaka", "Jane Roe", "Chargé d'Affaires ad interim, Embassy of New Zealand", "New Zealand"),
        ("On May 4 (Tue), Yukio Hatoyama, Prime Minister of Japan, received a courtesy call by H.E Dr. Ali Rezaei, Secretary of the Supreme Council of the Islamic Republic of Iran.",
         "Hatoyama", "Ali Rezaei", "Secretary of the Supreme Council of the Islamic Republic of Iran", "Iran"),
    ])
    func aCourtesyCallReceivedBy(_ sentence: String, _ japan: String, _ name: String, _ title: String, _ country: String) {
        let m = Self.parse(sentence)
        #expect(m.japan.familyName == japan)
        #expect(m.counterpart.name == name)
        #expect(m.counterpart.title == title)
        #expect(m.counterpart.country == country)
        #expect(m.kind == .other)
    }

    @Test func aTitleEndsBeforeCurrentlyVisiting() {
        let m = Self.parse("On March 3, Mr. Omar Haddad, Vice President of Iraq currently visiting Japan, met with Mr. Taro Aso, Minister for Foreign Affairs, for about 30 minutes from 5:10 p.m.")
        #expect(m.counterpart.title == "Vice President of Iraq")
        #expect(m.counterpart.country == "Iraq")
        #expect(m.japan.familyName == "Aso")
    }

    @Test(arguments: [
        ("H.E. Dr. Samir Nasser, President of the Palestinian Authority", "Palestine"),
        ("Dr. Samir Nasser, Palestinian President", "Palestine"),
        ("H.E. Mr. Petar Ilievski, Minister of Foreign Affairs of the Former Yugoslav Republic of Macedonia", "North Macedonia"),
        ("H.E. Mr. Jean Mbala, Minister of Foreign Affairs of the Democratic Republic of the Congo", "Democratic Republic of the Congo"),
        ("Mr. Sean Byrne, T.D., Taoiseach (Prime Minister of Ireland)", "Ireland"),
        ("United States Senator Mary Hale", "United States"),
        ("H.E. Mr. Hassan Amini, Iraqi Minister of Foreign Affairs", "Iraq"),
    ])
    func theCounterpartsCountry(_ phrase: String, _ country: String) {
        let m = Self.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase).")
        #expect(m.counterpart.country == country)
    }

    @Test func aHeadingsShortNameGivesWayToTheWholeOne() {
        let m = Self.parse("Prime Minister Junichiro Koizumi held a meeting with Mr. Jean Mbala, the President of the Democratic Republic of the Congo at the Prime Minister's Official Residence.",
                           heading: "Japan-Congo Summit Meeting")
        #expect(m.counterpart.country == "Democratic Republic of the Congo")
        let plain = Self.parse("Prime Minister Junichiro Koizumi held a meeting with Mr. Jean Mbala, the President of the Republic of the Congo.",
                               heading: "Japan-Congo Summit Meeting")
        #expect(plain.counterpart.country == "Congo")
    }

    @Test(arguments: [
        ("H.E. Mr. Hadi Kamil al-Rubaie, Prime Minister of the Republic of Iraq", "Hadi Kamil al-Rubaie", "Prime Minister of the Republic of Iraq"),
        ("H.E. Mr. Omar el-Fayed, Minister of Foreign Affairs of Libya", "Omar el-Fayed", "Minister of Foreign Affairs of Libya"),
    ])
    func anArticleJoinedToAName(_ phrase: String, _ name: String, _ title: String) {
        let m = Self.parse("On November 10, Prime Minister Yoshihiko Noda held a meeting followed by a dinner with \(phrase), who had made a working visit to Japan.")
        #expect(m.counterpart.name == name)
        #expect(m.counterpart.title == title)
    }

    @Test func aPhonecallInOneWord() {
        let m = Self.parse("President Ahmed Rana of Pakistan made a phonecall to Prime Minister Junichiro Koizumi and held a talk for about 15 minutes from 9 pm on Monday, November 14th.",
                           heading: "Talks between Prime Minister Junichiro Koizumi and President Ahmed Rana of Pakistan on the Telephone")
        #expect(m.japan.familyName == "Koizumi")
        #expect(m.counterpart.name == "Ahmed Rana")
        #expect(m.kind == .telephone)
        #expect(m.startLocal?.description == "21:00")
        #expect(m.durationMinutes == 15)
        #expect(m.date?.description == "2017-11-14")
    }

    @Test(arguments: ["at Noon local time", "at noon", "at Midday"])
    func noonWrittenEitherWay(_ phrase: String) {
        let m = Self.parse("On August 1 \(phrase) (2:00 p.m. on the same day, Japan time) for approximately 60 minutes, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with \(ParserFamilyTests.peru).")
        #expect(m.startLocal?.description == "12:00")
        #expect(m.durationMinutes == 60)
    }

    @Test func aVisitsSubHeadingsThenTheMeetingTold() {
        let text = """
            Oceania

            April 17, 2023

            From April 10 to 14, Mr. SATO Ken, State Minister for Foreign Affairs, visited the Republic of Vanuatu and the Republic of Fiji. The overview is as follows.

            I Vanuatu (April 11 to 12)

            1. Meetings with government dignitaries and others

            (1) Courtesy call on Hon. Mr. Joe Natapei, Prime Minister of the Republic of Vanuatu

            On April 11, State Minister Sato paid a courtesy call on Hon. Mr. Joe Natapei, Prime Minister of the Republic of Vanuatu.
            State Minister Sato expressed his pleasure at meeting Prime Minister Natapei again.
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.japan.familyName == "Sato")
        #expect(m.counterpart.name == "Joe Natapei")
        #expect(m.counterpart.country == "Vanuatu")
        #expect(m.date?.description == "2023-04-11")
        #expect(m.venue == "Vanuatu")
    }

    @Test func aCallsTimeGivenInTokyoTimeInTheNextSentence() {
        let m = ParserFamilyTests.parse("On May 17, 2004, Prime Minister Junichiro Koizumi received a telephone call from President John Doe of the United States of America. The call lasted for approximately 20 minutes from 20:45 (Tokyo time).", date: "May 17, 2004")
        #expect(m.kind == .telephone)
        #expect(m.startLocal?.description == "20:45")
        #expect(m.durationMinutes == 20)
    }

    @Test func aLeadingClauseWithATitleWordBeforeThePerson() {
        let m = Self.parse("During the visit to New York on the occasion of the 64th Session of the United Nations General Assembly, H.E. Mr. Katsuya Okada, Minister for Foreign Affairs of Japan, held an approximately 45-minute long Foreign Ministers' Meeting with H.E Mr. Ali Karimi, Minister of Foreign Affairs of the Islamic Republic of Iran, on September 22.")
        #expect(m.japan.familyName == "Okada")
        #expect(m.counterpart.name == "Ali Karimi")
        #expect(m.occasion == "64th Session of the United Nations General Assembly")
    }

    @Test(arguments: [
        ("who is visiting New York to attend a United Nations (UN) General Assembly", "United Nations (UN) General Assembly"),
        ("who visited Japan for the participation to World Assembly for Women (WAW! 2020)", "World Assembly for Women (WAW! 2020)"),
    ])
    func anOccasionAfterAOrParticipation(_ clause: String, _ occasion: String) {
        let m = Self.parse("On September 20, Mr. Taro Kono, Minister for Foreign Affairs, held a Foreign Ministers' Meeting with Mr. Paul Kabore, Minister of Foreign Affairs of Burkina Faso, \(clause).")
        #expect(m.occasion == occasion)
    }

    @Test func participationMentionedInPassingIsNoOccasion() {
        let m = Self.parse("On April 16, Mr. Taro Aso, Prime Minister of Japan, received a courtesy call from Mr. Ali Karimi, Minister of Foreign Affairs of the Islamic Republic of Iran. Prime Minister Aso commended Iran's participation in the Pakistan Donors Conference.")
        #expect(m.occasion == nil)
    }

    @Test func aVisitAbroadNamedInTheHeading() {
        let m = Self.parse("On Thursday, May 4, Mr. Koichiro Gemba, Minister for Foreign Affairs, paid courtesy calls on His Majesty King Mohammed VI and H.E. Mr. Karim Tazi, Prime Minister, and held talks with H.E. Dr. Omar Idrissi, Minister of Foreign Affairs and Cooperation.",
                           heading: "Visit to Morocco by Minister for Foreign Affairs Koichiro Gemba")
        #expect(m.counterpart.name == "Mohammed VI")
        #expect(m.counterpart.country == "Morocco")
        #expect(m.venue == "Morocco")
        let home = Self.parse("On May 4, Mr. Koichiro Gemba, Minister for Foreign Affairs, held talks with H.E. Dr. Omar Idrissi, Minister of Foreign Affairs.",
                              heading: "Visit to Japan by Minister of Foreign Affairs Omar Idrissi")
        #expect(home.counterpart.country == nil)
    }

    @Test(arguments: [
        "held “the Second Japan-Qatar Foreign Ministers’ Strategic Dialogue” with",
        "held the fourth Japan-Qatar Foreign Ministers’ Strategic Dialog with",
        "held the 1st Japan-Qatar Foreign Ministerial Strategic Dialogue (a meeting for approximately 45 minutes and a working lunch for approximately 60 minutes) with",
    ])
    func aNamedDialogueWithItsPartner(_ words: String) {
        let m = Self.parse("On January 31, from 6:30 p.m. for about 90 minutes, Foreign Minister HAYASHI Yoshimasa \(words) H.E. Sheikh Hamad bin Ali Al-Thani, Deputy Prime Minister and Minister of Foreign Affairs of the State of Qatar, during his visit to Japan.")
        #expect(m.japan.familyName == "Hayashi")
        #expect(m.counterpart.name == "Sheikh Hamad bin Ali Al-Thani")
        #expect(m.counterpart.country == "Qatar")
        #expect(m.startLocal?.description == "18:30")
    }

    @Test func aWorkingDinnerForSomeoneIsStillRead() {
        let m = Self.parse("On March 3, Mr. Koichiro Gemba, Minister for Foreign Affairs, hosted a working dinner for H.E. Mr. Ali Karimi, Minister of Foreign Affairs of the Islamic Republic of Iran.")
        #expect(m.counterpart.name == "Ali Karimi")
    }

    @Test func aCounterpartNamedAfterHisCounterpartWithoutAComma() {
        let m = Self.parse("1. Talks between the Foreign Minister of Japan Mr. Taro Aso and his Chinese counterpart Mr. Li Wei by telephone took place at 15:00 on July 5th.",
                           heading: "Telephone Talks between Foreign Ministers of Japan and China")
        #expect(m.japan.familyName == "Aso")
        #expect(m.counterpart.name == "Li Wei")
        #expect(m.counterpart.country == "China")
        #expect(m.startLocal?.description == "15:00")
        #expect(m.kind == .telephone)
    }

    @Test func theSubjectAfterALeadingClauseWithoutHonorific() {
        let m = Self.parse("During a visit to New York to attend the U.N. General Assembly, Minister for Foreign Affairs Koichiro Gemba held a meeting with Mr. Ivan Petrenko, Minister of Foreign Affairs of Ukraine, for about 25 minutes from 4:30 p.m. on September 27.")
        #expect(m.japan.familyName == "Gemba")
        #expect(m.counterpart.name == "Ivan Petrenko")
    }

    @Test(arguments: [
        ("Hon. Sam Abal, Minister for Foreign Affairs of PNG", "Papua New Guinea", "Minister for Foreign Affairs of PNG"),
        ("H.E. Mr. Guillaume Kouassi, President of National Assembly, Republic of Cote d'Ivoire", "Côte d'Ivoire", "President of National Assembly, Republic of Cote d'Ivoire"),
        ("Hon. Anne Carter, Minister of foreign Affairs of New Zealand upon New Zealand’s proposal", "New Zealand", "Minister of foreign Affairs of New Zealand"),
    ])
    func moreCountriesAndTitles(_ phrase: String, _ country: String, _ title: String) {
        let m = Self.parse("On November 10, Prime Minister Shinzo Abe held a meeting with \(phrase).")
        #expect(m.counterpart.country == country)
        #expect(m.counterpart.title == title)
    }

    @Test func aFamilyNameThenACommaAndTheGivenNames() {
        let m = Self.parse("On July 31, Mr. Taro Kono, Minister for Foreign Affairs, held a Japan-Russia Foreign Ministers’ Meeting with Mr. Petrov, Ivan Sergeyevich, Minister of Foreign Affairs of the Russian Federation, (lasted approximately one hour and 30 minutes).")
        #expect(m.counterpart.name == "Petrov, Ivan Sergeyevich")
        #expect(m.counterpart.familyName == "Petrov")
        #expect(m.counterpart.title == "Minister of Foreign Affairs of the Russian Federation")
        // A place and a person with an honorific are no given names.
        let place = Self.parse("On January 9, 2020, on his visit to Manila, Philippines, Mr. Motegi Toshimitsu, Minister for Foreign Affairs of Japan, met with Hon. Jose Santos, Secretary of Foreign Affairs of the Republic of the Philippines.")
        #expect(place.japan.familyName == "Motegi")
        #expect(place.counterpart.name == "Jose Santos")
    }

    @Test func aMalaysianHonorificWithoutASpace() {
        let m = Self.parse("On December 22, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Dato’Seri Diraja Dr. Aziz Rahman, Minister of Foreign Affairs of Malaysia, for about 25 minutes from 12:40.")
        #expect(m.counterpart.name == "Aziz Rahman")
        #expect(m.startLocal?.description == "12:40")
    }

    @Test func whatSomeoneSaidIsNoSection() {
        let text = """
            Meeting between Mr. Taro Aso, Minister for Foreign Affairs, and Mr. Omar Rahimi, Vice President of the Islamic Republic of Afghanistan

            June 22, 2007

            On June 20 (Wed), Mr. Taro Aso, Minister for Foreign Affairs, met with Mr. Omar Rahimi, Vice President of the Islamic Republic of Afghanistan, for about 40 minutes from 17:00.

            1. Mr. Aso welcomed Mr. Rahimi’s visit to Japan, and Mr. Rahimi said:

            (1) The reconstruction of Afghanistan started in January 2002.

            2. Mr. Aso said:

            (1) Japan has been actively supporting your country.
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.sections.compactMap(\.title).isEmpty)
        #expect(m.startLocal?.description == "17:00")
    }

    @Test func aLastNumberedHeadingEndingWithAColon() {
        let text = """
            Japan-Germany Summit Meeting (Overview)

            Monday, October 24, 2011

            On Monday, October 24, commencing at 6:00 p.m. for around 30 minutes, Prime Minister Yoshihiko Noda held a meeting with H.E. Mr. Hans Weber, President of the Federal Republic of Germany.

                1. Opening:
                  Prime Minister Noda welcomed President Weber's visit to Japan.

                2. The Japan-EU Economic Partnership Agreement (EPA) and the European economy:
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.sections.compactMap(\.title) == ["Opening", "The Japan-EU Economic Partnership Agreement (EPA) and the European economy"])
    }

    @Test func theHeadingNamesTheCountryTheSentenceLeavesOut() {
        let m = Self.parse("Today, Mr. Hirofumi Nakasone, Minister for Foreign Affairs, had a meeting with Mr. Reza Karimi, Vice President and President of the Cultural Heritage and Tourism Organization, who is now visiting Japan.",
                           heading: "Meeting between Mr. Hirofumi Nakasone, Minister for Foreign Affairs, and Mr. Reza Karimi, Vice President of the Islamic Republic of Iran")
        #expect(m.counterpart.name == "Reza Karimi")
        #expect(m.counterpart.country == "Iran")
    }

    @Test func aVisitToJapanOfSomeoneNamedInTheHeading() {
        let text = """
            Visit to Japan of His Excellency Dr. Raj Kumar, Prime Minister of India (Summary)
            December 15, 2006
            1. Itinerary
            (1) His Excellency Dr. Raj Kumar, Prime Minister of India, was received in audience by Their Majesties The Emperor and Empress.
            (2) A welcome ceremony was held in the south garden of the Prime Minister's Office.
            (3) Prime Minister Kumar attended a welcome luncheon jointly hosted by five economic organizations of Japan.
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.counterpart.name == "Raj Kumar")
        #expect(m.counterpart.title == "Prime Minister of India")
        #expect(m.counterpart.country == "India")
        #expect(m.japan.familyName == nil)
        #expect(m.venue == "Japan")
    }

    @Test func aPrimeMinistersVisitAbroadNamedInTheHeading() {
        let text = """
            Outline of Prime Minister Junichiro Koizumi's Visit to Mongolia
            (August 10-11, 2006)

            August 16, 2006

            1. Japan-Mongolia Summit Meeting (August 10, 14:35-15:55)

            (1) Points in the Statement of Mr. Batyn Dorj, Prime Minister of Mongolia

            (a) In the last six months, the prime ministers of the two countries had visited each other.
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.japan.familyName == "Koizumi")
        #expect(m.venue == "Mongolia")
        #expect(m.warnings.contains { $0.contains("named in the heading") })
        // The meeting's point: its kind, day and times, and the partner named under it.
        #expect(m.kind == .summit)
        #expect(m.date?.description == "2006-08-10")
        #expect(m.startLocal?.description == "14:35")
        #expect(m.durationMinutes == 80)
        #expect(m.counterpart.name == "Batyn Dorj")
        #expect(m.counterpart.country == "Mongolia")
    }

    @Test func aGroupIsNoCounterpart() {
        let m = Self.parse("On July 30, Prime Minister Shinzo Abe held an informal meeting with Chileans of Japanese descent in Santiago.")
        #expect(m.counterpart.name == nil)
        let named = Self.parse("On July 30, Prime Minister Shinzo Abe held a meeting with President Bachelet in Santiago.")
        #expect(named.counterpart.name == "Bachelet")
    }

    @Test func aDialogueDescribedBeforeItsPartner() {
        let m = Self.parse("On January 9, commencing at 10:30 (local time; 22:30 on January 10 JST) for approximately 160 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, who is visiting Brasilia, Brazil, held a Japan-Brazil Foreign Ministers’ Dialogue, which was established on the basis of the “Joint Statement” in 2014, with H.E. Mr. Paulo Lima, Minister of Foreign Affairs of the Federative Republic of Brazil.")
        #expect(m.japan.familyName == "Hayashi")
        #expect(m.counterpart.name == "Paulo Lima")
        #expect(m.startLocal?.description == "10:30")
        #expect(m.durationMinutes == 160)
    }

    @Test func washingtonDCIsNoPerson() {
        let m = Self.parse("On Friday, February 22, for approximately 70 minutes from 3:45 p.m. (EST), during his visit to Washington, D.C., Minister for Foreign Affairs Fumio Kishida held a meeting with U.S. Secretary of State John Kerry.")
        #expect(m.japan.familyName == "Kishida")
        #expect(m.counterpart.name == "John Kerry")
    }

    @Test func anEnvoyToJapanNamesTheirCountry() {
        let m = Self.parse("On December 10, Dr. KUNIMITSU Ayano, State Minister for Foreign Affairs of Japan, received a courtesy call from H.E. Mr. Luis Ortega, Ambassador Extraordinary and Plenipotentiary of the Kingdom of Spain to Japan.")
        #expect(m.counterpart.country == "Spain")
    }

    @Test(arguments: [
        ("who was visiting Pakistan to take part in the Asian Cooperation Dialogue (ACD) Foreign Ministers' Meeting", "Asian Cooperation Dialogue (ACD) Foreign Ministers' Meeting"),
        ("during his visit to Melekeok, the capital of the Republic of Palau, to attend the Presidential Inauguration Ceremony", "Presidential Inauguration Ceremony"),
    ])
    func moreOccasions(_ clause: String, _ occasion: String) {
        let m = Self.parse("On April 7, Mr. Nobutaka Machimura, Minister for Foreign Affairs, \(clause), held a bilateral meeting with Mr. Kim Min-su, Minister of Foreign Affairs and Trade of the Republic of Korea (ROK).")
        #expect(m.occasion == occasion)
    }

    @Test func opinionsExchangedWithSomeone() {
        let m = Self.parse("1. On December 19, commencing at 5:15 p.m. for approximately 45 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, exchanged opinions with Ms. Jane Carter, U.S. Ambassador to Japan.")
        #expect(m.japan.familyName == "Kishida")
        #expect(m.counterpart.name == "Jane Carter")
        #expect(m.counterpart.country == "United States")
        #expect(m.startLocal?.description == "17:15")
        #expect(m.durationMinutes == 45)
    }

    @Test func theTimesInANoteUnderTheMeetingsHeading() {
        let text = """
            Japan-Russia Relations
            Foreign Minister Fumio Kishida Visits Russia

            On December 2 and 3, Mr. Fumio Kishida, Minister for Foreign Affairs, visited the Russian Federation, during which he paid a courtesy call on H.E. Mr. Ivan Petrov, President of the Russian Federation, in Saint Petersburg on December 2.
            1. Courtesy Call on President Petrov
            (5:50 p.m., Dec. 2 (local time, the same hereafter), for approximately 30 minutes)
            (1) President Petrov welcomed the continuation of dialogues between Japan and Russia.
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.counterpart.name == "Ivan Petrov")
        #expect(m.startLocal?.description == "17:50")
        #expect(m.durationMinutes == 30)
    }

    @Test func twoPeopleJoinedBeforeAnHonorificAfterThe() {
        let m = Self.parse("On August 8, Mr. Fumio Kishida, Minister for Foreign Affairs, and the Rt Hon John Smith MP, Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom of Great Britain and Northern Ireland, held the Fourth Japan-UK Foreign Ministers’ Strategic Dialogue.")
        #expect(m.japan.familyName == "Kishida")
        #expect(m.counterpart.name == "John Smith")
        #expect(m.counterpart.country == "United Kingdom")
    }

    @Test func aTitleWithASerialComma() {
        let m = Self.parse("On November 10, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with the Rt Hon James Reed MP, Secretary of State for Foreign, Commonwealth, and Development Affairs of the United Kingdom of Great Britain and Northern Ireland.")
        #expect(m.counterpart.title == "Secretary of State for Foreign, Commonwealth, and Development Affairs of the United Kingdom of Great Britain and Northern Ireland")
        #expect(m.counterpart.country == "United Kingdom")
    }

    @Test func thePopeAndAnArchbishop() {
        let pope = Self.parse("On November 25, at 6:15 p.m. for around 25 minutes, Prime Minister Abe met with His Holiness Pope Francis during his Apostolic Visit to Japan.")
        #expect(pope.counterpart.name == "Francis")
        #expect(pope.counterpart.title == "Pope")
        #expect(pope.kind == .summit)
        let archbishop = Self.parse("On January 31, Mr. Fumio Kishida, Minister for Foreign Affairs, held a Foreign Ministers' Meeting with H.E. Archbishop Paul Gallagher, Secretary for Relations with States of the Holy See.")
        #expect(archbishop.counterpart.name == "Paul Gallagher")
    }

    @Test func aParentheticalNoteAfterTheKeySentenceGivesTheTimes() {
        let m = Self.parse("On August 8, Mr. Fumio Kishida, Minister for Foreign Affairs, and the Rt Hon John Smith MP, Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom, held the Fourth Japan-UK Foreign Ministers’ Strategic Dialogue. The outline of the dialogue is as follows. (Approximately 60 minute consultations from 10:55 a.m., followed by a joint press conference.)")
        #expect(m.startLocal?.description == "10:55")
        #expect(m.durationMinutes == 60)
    }

    @Test func pointsSomeoneMadeAreNoSection() {
        let text = """
            Japan-China Foreign Ministers' Meeting

            March 21, 2015

            On March 21, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, Minister of Foreign Affairs of the People's Republic of China.

            1. Foreign Minister Kishida made following points:

            (1) Japan and China share responsibility for the region.
            """
        let m = RecordParser.parse(text, source: "family")
        #expect(m.sections.compactMap(\.title).isEmpty)
    }
}
