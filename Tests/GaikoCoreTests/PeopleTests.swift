import Foundation
import Testing
@testable import GaikoCore

/// The identity rule (`PersonIdentity`, `docs/connections.md`) on the real-record fixtures and
/// on small made-up records: the merges it should make happen, and nothing else is merged.
@Suite("People: who is one person")
struct PeopleTests {
    static let fixtures: [Meeting] = {
        let records = RealRecordTests.all
        return records.map { RecordParser.parse($0.text, source: "\($0.set)/\($0.file)") }
    }()

    /// Names (as the parser gives them) that must be one person each. Different spellings are
    /// the point: case, accents, family name only, middle names left out. A group may name
    /// spellings the fixtures do not hold yet (more records are on their way), but each group
    /// must have at least one the fixtures hold; `expectedMergesHappen` counts the records.
    static let expectedMerges: [Set<String>] = [
        ["Shinzo Abe", "Abe"],
        ["Fumio Kishida"],
        ["Luiz Inacio Lula da Silva"],
        ["Gabriel Boric Font", "Gabriel BORIC FONT"],
        ["Yasuo Fukuda", "Fukuda"],
        ["Yoshihiko Noda", "Noda"],
        ["Katsuya Okada", "Okada"],
        ["Taro Aso", "Aso"],
        ["Yoshimasa Hayashi", "Hayashi Yoshimasa"],
        ["Hillary Clinton", "Clinton"],
        ["Stephen Joseph Harper", "Stephen Harper"],
        ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"],
        ["Abdullah II Ibn Al Hussein", "Abdullah II ibn Al Hussein"],
        ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim Bin Hamad Al-Thani"],
        ["Marcelo Luis Ebrard Casaubón", "Marcelo Luis EBRARD CASAUBÓN"],
        ["Josaia Voreqe Bainimarama", "Josaia Voreqe BAINIMARAMA"],
        ["Vladimir Vladimirovich Putin", "Vladimir Putin"],
        ["Lee Hsien Loong", "LEE Hsien Loong"],
        ["James Marape", "James MARAPE"],
        ["Taro Kono"],
        ["Junichiro Koizumi", "Koizumi"],
        ["Espen Barth Eide", "Espen Barth EIDE"],
        ["Surangel S. Whipps, Jr.", "Surangel S. WHIPPS, Jr", "Surangel S. WHIPPS, Jr."],
        // From the later samples of real records.
        ["Naoto Kan", "Kan"],
        ["Koichiro Gemba", "Gemba"],
        ["Yukio Hatoyama", "Hatoyama"],
        ["Barack Obama", "Obama", "Barack H.Obama", "Barack H. Obama"],
        ["Condoleezza Rice", "Rice"],
        ["George W. Bush", "Bush"],
        ["Masahiko Koumura", "Koumura"],
        ["Benjamin Netanyahu", "Benjamin NETANYAHU"],
        ["Gordon Brown", "Brown"],
        ["Pavlo Klimkin", "Pavlo Anatoliyovych KLIMKIN"],
        ["Sergey Lavrov", "Sergey Viktorovich Lavrov", "Lavrov, Sergey Viktorovich"],
        ["Mateusz Morawiecki", "Mateusz MORAWIECKI"],
        ["Mohd Najib", "Mohd Najib bin Tun Abdul Razak"],
        ["Portia Simpson-Miller", "Portia Simpson Miller"],
        ["Sheikh Dr. Ahmad Nasser Al-Mohamed Al-Sabah", "Sheikh Dr.Ahmad Nasser Al-Mohamed Al-Sabah"],
        ["Lee Myung-bak", "Lee Myung Bak"],
        ["Mevlut CAVUSOGLU", "Mevlüt ÇAVUŞOĞLU"],
        ["Tanja Fajon", "Tanja FAJON"],
        ["François Fillon", "Francois Fillon"],
        ["Gordan Grlic Radman", "Gordan GRLIC RADMAN"],
        ["Ismail Omar Guelleh", "Ismaïl Omar Guelleh"],
        ["Heiko Maas", "Heiko MAAS"],
        ["Ayman Safadi", "Ayman Al Safadi"],
        ["Takeaki Matsumoto", "Matsumoto"],
        ["Micheal Martin", "Micheál Martin"],
        ["Silvio Berlusconi", "Berlusconi"],
        ["Abdelkader Messahel", "Abdelkader MESSAHEL"],
        ["Andry Nirina Rajoelina", "Andry Nirina RAJOELINA"],
        // From the samples taken by region and rarity (k… to n…).
        ["A. K. Abdul Momen", "A.K. Abdul Momen"],
        ["Albert F. Del Rosario", "Albert F. del Rosario"],
        ["Alfredo Moreno Charme", "Alfredo Moreno"],
        ["Marta Lucía RAMÍREZ BLANCO", "Marta Lucía Ramírez Blanco"],
        ["Pedro Sánchez Pérez-Castejón", "Pedro SÁNCHEZ"],
        ["Sameh SHOUKRY", "Sameh Shoukry"],
        ["Sauli Niinistö", "Sauli Niinisto"],
        ["Manmohan Singh", "Singh"],
        ["Donald Trump", "Donald J. Trump"],
        // From the fair samples (q…, r…).
        ["Abdel-Fattah El-Sisi", "Abdel-Fattah El-SISI"],
        ["Ban Ki-Moon", "Ban Ki-moon"],
        ["Jeremiah MANELE", "Jeremiah Manele"],
        ["Mauro Luiz Iecker Vieira", "Mauro Vieira"],
        ["Nasser BOURITA", "Nasser Bourita"],
    ]

    /// Per name the parser gives, the number of fixture records that name it.
    static let recordsNaming: [String: Int] = {
        var count: [String: Int] = [:]
        for m in fixtures {
            for name in Set([m.japan.name, m.counterpart.name].compactMap { $0 }) { count[name, default: 0] += 1 }
        }
        return count
    }()

    /// People who share words of their names and are not one person.
    static let keptApart: [[String]] = [
        ["Yoshimasa Hayashi", "Teiji Hayashi"],
        ["Salman Bin Abdulaziz Al-Saud", "Mohammed bin Salman bin Abdulaziz Al-Saud", "Faisal bin Farhan Al-Saud"],
        ["Hun Sen", "HUN Manet"],
        // Two Kishidas on Japan's side (the Prime Minister and, at a spouses' meeting, his
        // wife): a bare `Kishida` fits both, so it joins neither.
        ["Fumio Kishida", "Yuko Kishida", "Kishida"],
    ]

    static func person(named name: String, in c: Connections) -> [Int] {
        c.people.indices.filter { c.people[$0].spellings.contains(name) }
    }

    @Test func theFixturesNameThePeopleTheTestExpects() {
        #expect(Self.fixtures.count >= 150)
        for group in Self.expectedMerges {
            #expect(group.contains { Self.recordsNaming[$0] != nil }, "no fixture names any of \(group.sorted())")
        }
        for group in Self.keptApart {
            for name in group { #expect(Self.recordsNaming[name] != nil, "no fixture names \(name)") }
        }
        // The merges below are more than spelling-for-spelling equality.
        #expect(Self.recordsNaming["Shinzo Abe", default: 0] >= 40)
        #expect(Self.recordsNaming["Fumio Kishida", default: 0] >= 25)
        #expect(Self.recordsNaming["Fukuda"] != nil && Self.recordsNaming["Stephen Harper"] != nil)
    }

    @Test func expectedMergesHappen() {
        let c = Connections.build(Self.fixtures)
        for group in Self.expectedMerges {
            let present = group.filter { Self.recordsNaming[$0] != nil }
            let entries = Set(present.flatMap { Self.person(named: $0, in: c) })
            #expect(entries.count == 1, "\(present.sorted()) is in \(entries.count) entries")
            if let entry = entries.first {
                let records = present.reduce(0) { $0 + Self.recordsNaming[$1]! }
                #expect(c.people[entry].meetings.count == records, "\(present.sorted())")
                #expect(Set(c.people[entry].spellings) == present)
            }
        }
    }

    /// The other way round: an entry with more than one spelling is one the test expects, so a
    /// rule change that merges two people fails here.
    @Test func nothingElseIsMerged() {
        let c = Connections.build(Self.fixtures)
        for p in c.people where p.spellings.count > 1 {
            #expect(Self.expectedMerges.contains { Set(p.spellings).isSubset(of: $0) }, "unexpected merge: \(p.spellings)")
        }
        for group in Self.keptApart {
            let entries = group.map { Self.person(named: $0, in: c) }
            #expect(entries.allSatisfy { $0.count == 1 })
            #expect(Set(entries.flatMap { $0 }).count == group.count, "\(group) share an entry")
        }
    }

    @Test func kishidaKeepsBothTitlesWithTheirDates() {
        let c = Connections.build(Self.fixtures)
        let kishida = c.people[Self.person(named: "Fumio Kishida", in: c)[0]]
        let titles = kishida.titles.map(\.title)
        #expect(titles.contains("Minister for Foreign Affairs"))
        #expect(titles.contains("Prime Minister"))
        let fm = kishida.titles.first { $0.title == "Minister for Foreign Affairs" }!
        let pm = kishida.titles.first { $0.title == "Prime Minister" }!
        #expect(fm.last! < pm.first!)
        #expect(kishida.latestTitle == "Prime Minister")
        #expect(kishida.isJapan && kishida.country == "Japan")
    }

    /// Two made-up records add Yohei Kono (foreign minister in 2000) beside the fixtures'
    /// Taro Kono, and a third calls someone only `Kono`: with two Konos, it stays apart.
    @Test func twoKonosStayTwoAndABareKonoJoinsNeither() {
        let yohei = RecordParser.parse(Self.record(
            date: "April 20, 2000", japan: "Mr. Yohei Kono, Minister for Foreign Affairs",
            counterpart: "H.E. Mr. Fernando de Trazegnies, Minister for Foreign Affairs of the Republic of Peru"),
            source: "made-up/yohei.txt")
        let bare = RecordParser.parse(Self.record(
            date: "May 2, 2000", japan: "Minister Kono",
            counterpart: "H.E. Mr. Fernando de Trazegnies, Minister for Foreign Affairs of the Republic of Peru"),
            source: "made-up/bare.txt")
        #expect(yohei.japan.name == "Yohei Kono")
        #expect(bare.japan.familyName == "Kono")
        let c = Connections.build(Self.fixtures + [yohei, bare])
        let taro = Self.person(named: "Taro Kono", in: c)
        let yoheiEntry = Self.person(named: "Yohei Kono", in: c)
        #expect(taro.count == 1 && yoheiEntry.count == 1 && taro != yoheiEntry)
        #expect(c.people[yoheiEntry[0]].meetings.count == 1)
        // Every Kono of the fixtures is Taro Kono; the made-up ones are not.
        #expect(c.people[taro[0]].meetings.count == Self.fixtures.filter { $0.japan.familyName == "Kono" }.count)
        let bareEntry = c.japanPerson[Self.fixtures.count + 1]!
        #expect(bareEntry != taro[0] && bareEntry != yoheiEntry[0])
        // The counterpart's two spellings are one person in Peru.
        #expect(c.counterpartPerson[Self.fixtures.count] == c.counterpartPerson[Self.fixtures.count + 1])
    }

    /// Without Yohei, the same bare `Kono` is Taro: exactly one person fits.
    @Test func aBareFamilyNameJoinsTheOnlyPersonWhoFits() {
        let bare = RecordParser.parse(Self.record(
            date: "May 2, 2018", japan: "Minister Kono",
            counterpart: "H.E. Mr. Nestor Popolizio, Minister of Foreign Affairs of the Republic of Peru"),
            source: "made-up/bare.txt")
        let c = Connections.build(Self.fixtures + [bare])
        #expect(c.japanPerson[Self.fixtures.count] == Self.person(named: "Taro Kono", in: c).first)
    }

    static func record(date: String, japan: String, counterpart: String) -> String {
        """
        Japan-Peru Relations

        \(date)
        Japan-Peru Foreign Ministers' Meeting
        On the same day, commencing at 3:00 p.m. for approximately 30 minutes, \(japan), held a foreign ministers' meeting with \(counterpart). The overview of the meeting is as follows.

        1 Bilateral relations
        The two ministers welcomed the progress of bilateral relations.
        """
    }

    @Test(arguments: [
        (["abe"], ["abe", "shinzo"], "shinzo", [["abe"]], true),
        (["abe"], ["abe", "shinzo"], "abe", [["abe"]], true),
        (["harper", "stephen"], ["harper", "joseph", "stephen"], "stephen", [["harper"]], true),
        (["lula"], ["da", "inacio", "lula", "luiz", "silva"], "luiz", [["silva"], ["lula"]], true),
        (["shinzo"], ["abe", "shinzo"], "shinzo", [["abe"]], false),
        (["abe", "shinzo"], ["abe", "shinzo"], "shinzo", [["abe"]], false),
        (["kono"], ["abe", "shinzo"], "shinzo", [["abe"]], false),
        // King Salman is no short form of the Crown Prince, even when one record gives the
        // Crown Prince the family name `Salman bin Abdulaziz` and another `Al-Saud`.
        (["abdulaziz", "al", "bin", "salman", "saud"], ["abdulaziz", "al", "bin", "mohammed", "salman", "saud"], "mohammed",
         [["al", "saud"], ["salman", "bin", "abdulaziz"]], false),
    ] as [([String], [String], String, [Set<String>], Bool)])
    func shortForms(short: [String], long: [String], first: String, families: [Set<String>], expected: Bool) {
        let form = PersonIdentity.Form(words: long, firstWord: first)
        #expect(PersonIdentity.isShortForm(short, of: form, families: families) == expected)
    }

    @Test func namesCompareWithoutCaseAccentsOrOrder() {
        #expect(PersonIdentity.form(name: "ABE Shinzo").words == PersonIdentity.form(name: "Shinzo Abe").words)
        #expect(PersonIdentity.form(name: "Recep Tayyip Erdoğan").words == PersonIdentity.form(name: "recep tayyip ERDOGAN").words)
        #expect(PersonIdentity.form(name: "Mr. Luiz Inácio Lula da Silva").words == PersonIdentity.form(name: "Luiz Inacio Lula da Silva").words)
        #expect(PersonIdentity.form(name: "Taro Kono").words != PersonIdentity.form(name: "Yohei Kono").words)
    }
}
