import Foundation
import Testing
@testable import GaikoCore

/// The byte-level shortcuts the parser takes for speed (`WordSet`, `RecordText`'s word and
/// clause scans) give the answers of the plain versions they replace, on the real records' text
/// and on the cases where bytes and `String` comparison could part.
@Suite("Parser: byte shortcuts")
struct ParserBytesTests {
    static let texts: [String] = RealRecordTests.all.map(\.text) + [
        "Prime Minister of the Republic of Türkiye, H.E. Mr. Recep Tayyip Erdoğan (윤석열), , (open, (nested) ) end.",
        "Tab\tand\u{00A0}no-break\u{2003}em\u{3000}ideographic\u{FEFF}space, a,b,, c",
    ]

    /// Calls `body` with each text's bytes.
    static func eachText(_ body: (RecordText) -> Void) {
        for text in texts { borrowing(text, body) }
    }

    /// `text` as the parser reads it.
    static func borrowing(_ text: String, _ body: (RecordText) -> Void) {
        var copy = text
        copy.makeContiguousUTF8()
        copy.utf8.withContiguousStorageIfAvailable { body(RecordText(borrowing: $0)) }
    }

    /// Every line of the texts, then every sentence of each.
    static func eachLineAndSentence(_ check: (Range<Int>, RecordText) -> Void) {
        eachText { t in
            for line in t.lines() {
                check(line, t)
                for s in Sentences.all(line, t) { check(s, t) }
            }
        }
    }

    @Test func wordSetAnswersAsSetOfStrings() {
        let words = ["Minister", "President", "of", "the", "Türkiye", "People’s", "Mr.", "H.E.", "a-very-long-entry-of-many-bytes"]
        let set = WordSet(words)
        let strings = Set(words)
        var asked = 0
        Self.eachText { t in
            for line in t.lines() {
                for w in t.words(line) {
                    #expect(set.contains(w, t) == strings.contains(t.string(w)), "\(t.string(w))")
                    asked += 1
                }
            }
        }
        #expect(asked > 10_000)
        // A word spelled in another normal form is the same `String`, with other bytes.
        let decomposed = "Tu\u{0308}rkiye"
        decomposed.utf8.withContiguousStorageIfAvailable { #expect(set.contains(0..<$0.count, RecordText(borrowing: $0))) }
    }

    @Test func wordMapAnswersAsDictionary() {
        let dictionary = ["Japanese": "Japan", "U.S.": "United States", "Türkiye": "Türkiye", "Republic of Korea": "Republic of Korea"]
        let map = WordMap(dictionary)
        Self.eachText { t in
            for line in t.lines() {
                for w in t.words(line) { #expect(map[w, t] == dictionary[t.string(w)]) }
                #expect(map[line, t] == dictionary[t.string(line)])
            }
        }
    }

    @Test func wordsOneAtATimeAreTheWords() {
        Self.eachText { t in
            for line in t.lines() {
                var stepped: [Range<Int>] = []
                var word = t.firstWord(line)
                while let w = word {
                    stepped.append(w)
                    word = t.nextWord(after: w, in: line)
                }
                let words = t.words(line)
                #expect(stepped == words)
                for limit in [0, 1, 4, 8, 14] { #expect(t.hasWords(line, atMost: limit) == (words.count <= limit)) }
            }
        }
    }

    @Test func lastClauseIsTheLastOfTheClauses() {
        Self.eachText { t in
            for line in t.lines() {
                for end in stride(from: line.lowerBound, through: line.upperBound, by: 7) {
                    let r = line.lowerBound..<end
                    #expect(Sentences.lastClause(r, t) == Sentences.clauses(r, t).last)
                }
            }
        }
    }

    @Test func firstIndexOfAnyIsTheFirstMatch() {
        Self.eachText { t in
            let all = 0..<t.count
            var i = 0
            while i < t.count {
                let found = t.firstIndex(ofAny: UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "."), from: i, end: t.count)
                let naive = all[i...].first { [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ".")].contains(t[$0]) } ?? t.count
                #expect(found == naive)
                i = max(found, i) + 1
            }
        }
    }

    @Test func asciiTestLooksAtEveryByte() {
        Self.eachText { t in
            for line in t.lines() {
                #expect(t.isASCII(line) == !t.bytes[line].contains { $0 >= 0x80 })
            }
        }
    }

    @Test func containsAnyBytesIsAnyContainsBytes() {
        let titles = ["President of the Republic of Peru", "Vice President", "State Counsellor", "Former Prime Minister",
                      "Minister of External Affairs", "Emir of the State of Qatar", "Secretary of State", "", "Chairman",
                      "Minister for Foreign Trade", "President-elect", "Minister for Foreign Affairs of Türkiye"]
        for title in titles {
            #expect(title.containsAnyBytes(BytePhrases(["President", "Prime Minister", "Emir", "Secretary of State"]))
                == (title.containsBytes("President") || title.containsBytes("Prime Minister") || title.containsBytes("Emir")
                    || title.containsBytes("Secretary of State")))
            #expect(title.containsAnyBytes(BytePhrases(["Vice", "Former", "External"]))
                == (title.containsBytes("Vice") || title.containsBytes("Former") || title.containsBytes("External")))
        }
        // The kind rules' phrase sets, made once, on every line of the real records.
        let sets = [KindRules.junior, KindRules.headOffices, KindRules.foreignTrade, KindRules.foreignAffairs, KindRules.foreignOffices]
        Self.eachText { t in
            for line in t.lines() {
                let text = t.string(line)
                for set in sets {
                    #expect(text.containsAnyBytes(set) == set.phrases.contains { text.containsBytes($0) }, "\(text)")
                }
            }
        }
    }

    /// The kind rules' phrase sets read in one pass answer as each set asked on its own.
    @Test func taggedPhrasesAreEachSetsAnswer() {
        let sets = [KindRules.junior, KindRules.headOffices, KindRules.foreignTrade, KindRules.foreignAffairs, KindRules.foreignOffices]
        let tagged = TaggedBytePhrases(sets.enumerated().map { k, set in (set, UInt8(1) << UInt8(k)) })
        var texts = ["", "Vice", "President-elect", "Deputy Prime Minister and Minister of Foreign Affairs", "Foreign Trade and Foreign Affairs",
                     "Minister for Development Cooperation and Foreign Trade", "Head of State", "Secretary of State for Foreign Affairs",
                     "Premier Sultan Emir Amir Pope King Queen Emperor Chancellor", "Ministre des Affaires étrangères"]
        Self.eachText { t in texts += t.lines().map(t.string) }
        for text in texts {
            var expected: UInt8 = 0
            for (k, set) in sets.enumerated() where text.containsAnyBytes(set) { expected |= UInt8(1) << UInt8(k) }
            #expect(text.bytePhraseTags(tagged) == expected, "\(text)")
        }
        // The merged sets as the kind rules read them.
        for text in texts {
            let plainHead = !text.containsAnyBytes(KindRules.junior) && text.containsAnyBytes(KindRules.headOffices)
            let plainForeign = !text.containsAnyBytes(KindRules.junior)
                && !(text.containsAnyBytes(KindRules.foreignTrade) && !text.containsAnyBytes(KindRules.foreignAffairs))
                && text.containsAnyBytes(KindRules.foreignOffices)
            let words = KindRules.OfficeWords(rawValue: text.bytePhraseTags(KindRules.officePhrases))
            #expect(words.isHead == plainHead && words.isForeignMinister == plainForeign, "\(text)")
        }
    }

    /// `Countries.fromPair` as it was: the words taken kept in an array.
    static func plainFromPair(_ r: Range<Int>, _ t: RecordText) -> String? {
        guard let at = t.find("Japan", in: r) else { return nil }
        var i = at + 5
        for dash: StaticString in ["-", "–", "—", " - ", " – "] where t.matches(dash, at: i, end: r.upperBound) {
            i += dash.utf8CodeUnitCount
            break
        }
        guard i > at + 5, t.startsUpper(i, end: r.upperBound) else { return nil }
        var taken: [Range<Int>] = []
        var longestKnown: Int?
        for word in t.words(i..<r.upperBound) {
            if Countries.isJoiner(word, t) {
                taken.append(word)
                continue
            }
            if Countries.pairStopWords.contains(word, t) || t[word.lowerBound] == UInt8(ascii: "(") || t.starts(word, with: "Leaders")
                || t.starts(word, with: "Ministers") { break }
            guard t.startsUpper(word.lowerBound, end: word.upperBound) else { break }
            taken.append(word)
            let phrase = taken[0].lowerBound..<word.upperBound
            if Countries.known.contains(phrase, t) || Countries.aliases[phrase, t] != nil { longestKnown = taken.count }
            if taken.count > 8 { break }
        }
        if let n = longestKnown { taken = Array(taken.prefix(n)) }
        if longestKnown == nil, taken.count == 1, let country = Countries.adjectives[taken[0], t] { return country }
        if longestKnown == nil, taken.count == 1, let country = Countries.byFirstWord[t.string(taken[0])] { return country }
        while let last = taken.last, Countries.isJoiner(last, t) { taken.removeLast() }
        guard let first = taken.first, let last = taken.last else { return nil }
        let name = Countries.shortName(first.lowerBound..<last.upperBound, t)
        if name.utf8.contains(UInt8(ascii: "-")), !Countries.known.contains(name) {
            let head = String(name.split(separator: "-").first ?? "")
            return Countries.known.contains(head) ? nil : name
        }
        return name
    }

    /// The country of a heading's pair, read without an array of the words taken, is the one
    /// read with it: on every line of the records and on headings that end in joiners.
    @Test func pairWithoutArrayIsThePlainPair() {
        var asked = 0
        Self.eachText { t in
            for line in t.lines() {
                #expect(Countries.fromPair(line, t) == Self.plainFromPair(line, t), "\(t.string(line))")
                asked += 1
            }
        }
        let headings = ["Japan-Bosnia and Herzegovina Relations", "Japan-Trinidad and", "Japan-Trinidad and Tobago Summit",
                        "Japan–Viet Nam Relations", "Japan-Republic of Korea Summit Meeting", "Japan-Norwegian Foreign Ministers’ Meeting",
                        "Japan-Solomon Relations", "Japan-Australia-India-U.S. Leaders", "Japan-A B C D E F G H I J K",
                        "Japan-of the", "Japan-Democratic Republic of the Congo Summit", "Japan-the Gambia", "Japan - Peru"]
        for heading in headings {
            Self.borrowing(heading) { t in #expect(Countries.fromPair(0..<t.count, t) == Self.plainFromPair(0..<t.count, t), "\(heading)") }
        }
        #expect(asked > 1_000)
    }

    /// A meeting's id written into its string's storage is the interpolated one.
    @Test func meetingIDIsTheInterpolatedOne() {
        for kind in MeetingKind.allCases {
            for (y, m, d) in [(2024, 1, 5), (1995, 12, 31), (999, 3, 4), (12345, 10, 10), (0, 0, 0), (7, 7, 7), (-5, 1, 1)] {
                let day = Day(year: y, month: m, day: d)
                #expect(RecordParser.meetingID(day, kind) == "\(day.description)-\(kind.rawValue)")
            }
            #expect(RecordParser.meetingID(nil, kind) == "undated-\(kind.rawValue)")
        }
    }

    /// Counting a name's characters by its bytes gives `count`, carriage returns and letters
    /// outside ASCII included (those go by `Character`).
    @Test func characterCountIsCount() {
        var names = ["", "Peru", "Democratic Republic of the Congo", "Congo", "Türkiye", "Tu\u{0308}rkiye", "a\r\nb", "\r\n", "\r", "a\rb",
                     "Côte d'Ivoire", "Korea", "Republic of Korea", "e\u{0301}"]
        Self.eachText { t in names += t.lines().prefix(40).map(t.string) }
        for name in names {
            #expect(RecordParser.characterCount(name) == name.count, "\(name)")
        }
    }

    /// `Principals.cutTitle` as it was: the clause split into an array of words first.
    static func plainCutTitle(_ r: Range<Int>, _ t: RecordText) -> Range<Int> {
        let words = t.words(r)
        var end = r.upperBound
        for (k, w) in words.enumerated() where k > 0 {
            if t[w.lowerBound] == UInt8(ascii: "(") || Bytes.isDigit(t[w.lowerBound]) {
                end = words[k - 1].upperBound
                break
            }
            guard Principals.titleStops.contains(w, t) else { continue }
            let isFor = t.equals(w, "for"), isAnd = t.equals(w, "and"), isTo = t.equals(w, "to"), isIn = t.equals(w, "in")
            if isFor || isAnd || isTo || isIn || t.equals(w, "on") {
                if k + 1 < words.count {
                    let nextWord = words[k + 1]
                    if isFor || isAnd, t.startsUpper(nextWord.lowerBound, end: nextWord.upperBound),
                       !DateText.isMonthName(nextWord, t), !t.equals(nextWord, "Japan") || isFor {
                        continue
                    }
                    if isIn, t.equals(nextWord, "charge") { continue }
                    if isIn, t.equals(nextWord, "the"), k + 2 < words.count, t.equals(words[k + 2], "Ministry") { continue }
                    if isFor || isAnd, t.equals(nextWord, "the"), k + 2 < words.count {
                        let after = words[k + 2]
                        if isFor && t.startsUpper(after.lowerBound, end: after.upperBound) && !DateText.isMonthName(after, t)
                            || isAnd && Principals.titleNouns.contains(after, t) {
                            continue
                        }
                    }
                    if isTo, t.equals(nextWord, "Japan") || t.equals(nextWord, "the"), k >= 1,
                       Principals.envoys.contains(words[k - 1], t) { continue }
                    if isTo, t.equals(nextWord, "Japan"), let first = words.first, Principals.envoys.contains(first, t) { continue }
                }
            }
            end = words[k - 1].upperBound
            break
        }
        return t.trimmed(r.lowerBound..<end)
    }

    /// `Principals.isTitle` as it was: every set asked about the first word.
    static func plainIsTitle(_ r: Range<Int>, _ t: RecordText) -> Bool {
        let head = r.lowerBound..<min(r.upperBound, r.lowerBound + 80)
        guard let first = t.firstWord(head) else { return false }
        if Principals.lowerCaseTitleOpeners.contains(first, t) { return true }
        guard t.startsUpper(first.lowerBound, end: first.upperBound) else { return false }
        if Principals.titleOpeners.contains(first, t) { return true }
        var word: Range<Int>? = first
        var k = 0
        while let w = word, k < 4 {
            if Principals.titleNouns.contains(w, t) { return true }
            word = t.nextWord(after: w, in: head)
            k += 1
        }
        return false
    }

    @Test func titleNounsOpenTitles() {
        // `isTitle` and `preTitleEnd` do not ask the nouns about a first word the openers turned down.
        #expect(Principals.titleNouns.strings.isSubset(of: Principals.titleOpeners.strings))
        #expect(Principals.lowerCaseTitleOpeners.strings.allSatisfy { $0.first?.isLowercase == true })
    }

    @Test func titlesWordByWordAreThePlainOnes() {
        var asked = 0
        // Every clause of every sentence, from each of its first four words on.
        Self.eachText { t in
            for line in t.lines() {
                for s in Sentences.all(line, t) {
                    for clause in Sentences.clauses(s, t) {
                        for w in t.words(clause).prefix(4) {
                            let r = w.lowerBound..<clause.upperBound
                            #expect(Principals.cutTitle(r, t) == Self.plainCutTitle(r, t), "\(t.string(r))")
                            #expect(Principals.isTitle(r, t) == Self.plainIsTitle(r, t), "\(t.string(r))")
                            asked += 1
                        }
                    }
                }
            }
        }
        #expect(asked > 10_000)
    }

    @Test func honorificOpeningsAreTheHonorifics() {
        // Every pair of first two bytes: an honorific may open with it exactly when one does.
        for first in 0...255 {
            for second in 0...255 {
                let (a, b) = (UInt8(first), UInt8(second))
                let some = Principals.honorifics.contains { h in
                    h.utf8Start[0] == a && (h.utf8CodeUnitCount < 2 || h.utf8Start[1] == b)
                }
                #expect(Principals.mayOpenHonorific(a, b) == some)
            }
        }
    }

    @Test func aTooLongWordIsInNoASCIITable() {
        // `K` written with the Kelvin sign is the same `String`, with more bytes: the length test
        // leaves room for that.
        let set = WordSet(["KC", "MP", "Jr."])
        for word in ["\u{212A}C", "KC", "Jr.", "M\u{0050}", "Minister for Foreign Affairs", "\u{212A}\u{212A}\u{212A}"] {
            word.utf8.withContiguousStorageIfAvailable { bytes in
                #expect(set.contains(0..<bytes.count, RecordText(borrowing: bytes)) == set.strings.contains(word), "\(word)")
            }
        }
        #expect(set.contains("\u{212A}C"))
    }

    @Test func countryInTitleIsTheKnownCountryOfTheTitle() {
        var asked = 0
        Self.eachText { t in
            for line in t.lines() {
                for s in Sentences.all(line, t) {
                    for clause in Sentences.clauses(s, t) {
                        let plain = Countries.fromTitle(t.string(clause)).flatMap { Countries.known.contains($0) ? $0 : nil }
                        #expect(Countries.inTitle(clause, t) == plain, "\(t.string(clause))")
                        asked += 1
                    }
                }
            }
        }
        #expect(asked > 10_000)
    }

    @Test func holdsOnBytesIsFoundationsContains() {
        let names = ["Recep Tayyip Erdoğan", "Erdoğan", "Sebastián Piñera", "Piñera", "Pinera", "Ollanta Humala", "Humala",
                     "Martín Alberto VIZCARRA Cornejo", "Vizcarra", "Minister’s", "’s", "Tu\u{0308}rkiye", "Türkiye", "ürk", "u"]
        // (Never asked with an empty name: Foundation finds "" in nothing.)
        for name in names {
            for other in names {
                #expect(RecordParser.holds(name, other) == name.contains(other), "\(name) / \(other)")
            }
        }
    }

    /// The first copy of `needle` in `r`, one position at a time.
    static func naiveFind(_ needle: [UInt8], in r: Range<Int>, _ t: RecordText, ignoringCase: Bool = false) -> Int? {
        guard !needle.isEmpty, r.count >= needle.count else { return nil }
        for i in r.lowerBound...(r.upperBound - needle.count) {
            if needle.indices.allSatisfy({ k in (ignoringCase ? Bytes.lower(t[i + k]) : t[i + k]) == needle[k] }) { return i }
        }
        return nil
    }

    @Test func findIsTheFirstCopy() {
        let literals: [StaticString] = [" with ", " held ", "ourtesy ", " and ", "visiting ", " Japan", "’s", "Street", "e", "zz", " in "]
        Self.eachText { t in
            // Long ranges are searched with memchr, short ones eight bytes at a time.
            for literal in literals {
                let needle = literal.withUTF8Buffer { Array($0) }
                for from in [0, 1, 5, t.count / 2, max(0, t.count - 300)] where from <= t.count {
                    #expect(t.find(literal, in: from..<t.count) == Self.naiveFind(needle, in: from..<t.count, t))
                }
            }
            for line in t.lines() {
                for literal in literals {
                    let needle = literal.withUTF8Buffer { Array($0) }
                    #expect(t.find(literal, in: line) == Self.naiveFind(needle, in: line, t))
                    // From inside the line, where a copy may start before the range does.
                    let inner = min(line.upperBound, line.lowerBound + 3)..<line.upperBound
                    #expect(t.find(literal, in: inner) == Self.naiveFind(needle, in: inner, t))
                }
                // Needles taken from the text itself: names, accented words.
                for w in t.words(line).prefix(12) {
                    #expect(t.find(bytesAt: w, in: line) == Self.naiveFind(Array(t.bytes[w]), in: line, t))
                }
            }
        }
    }

    @Test func findIgnoringCaseIsTheFirstCopyInEitherCase() {
        let literals: [StaticString] = ["telephone", "summit", "courtesy call", "foreign minister’s", "phone talk", "meeting", "k", "leaders' meeting", "talk"]
        Self.eachText { t in
            for line in t.lines() {
                for literal in literals {
                    let needle = literal.withUTF8Buffer { Array($0) }
                    #expect(t.findIgnoringCase(literal, in: line) == Self.naiveFind(needle, in: line, t, ignoringCase: true))
                    let lower = min(line.upperBound, line.lowerBound + 5)
                    let inner = lower..<max(lower, line.upperBound - 2)
                    #expect(t.findIgnoringCase(literal, in: inner) == Self.naiveFind(needle, in: inner, t, ignoringCase: true))
                }
            }
        }
        // Letters next to the 0x20 bit's other side (`@` and `` ` ``, `[` and `{`) are not letters.
        Self.borrowing("@ELEPHONE `elephone TELEPHONE") { t in
            #expect(t.findIgnoringCase("telephone", in: 0..<t.count) == 20)
        }
    }

    /// `KindRules.isVideo` as one search per phrase.
    static func plainIsVideo(_ r: Range<Int>, _ t: RecordText) -> Bool {
        var from = r.lowerBound
        while let at = t.findIgnoringCase("video", in: from..<r.upperBound) {
            if Sentences.wordStarts(at: at, t, from: r.lowerBound) { return true }
            from = at + 1
        }
        for phrase: StaticString in ["virtually", "teleconference", "took place online", "online meeting", "web conference", "held online"]
        where t.findIgnoringCase(phrase, in: r) != nil {
            return true
        }
        return false
    }

    @Test func videoScanIsOneSearchPerPhrase() {
        var extra = [
            "held a VIDEO conference", "a videoconference", "Mr. Hideo Watanabe", "met virtually", "by Teleconference",
            "the talks took place online", "an Online Meeting", "a web conference", "was held online", "held onlin", "ideo",
            "xvideo video", "no such words here at all, only long enough to be read eight bytes at a time",
        ]
        // Each phrase cut off at the end and at the start of the range.
        extra += ["teleconferenc", "eleconference", "took place onlin", "ook place online"]
        Self.eachText { t in
            for line in t.lines() {
                #expect(KindRules.isVideo(line, t) == Self.plainIsVideo(line, t), "\(t.string(line))")
                for cut in [1, 3, 9] where line.count > 2 * cut {
                    let inner = line.lowerBound + cut..<line.upperBound - cut / 2
                    #expect(KindRules.isVideo(inner, t) == Self.plainIsVideo(inner, t))
                }
            }
        }
        for text in extra {
            Self.borrowing(text) { t in
            for lower in 0..<min(4, t.count) {
                let r = lower..<t.count
                #expect(KindRules.isVideo(r, t) == Self.plainIsVideo(r, t), "\(text) from \(lower)")
            }
            }
        }
    }

    @Test func shortNameOnBytesIsShortNameOfTheString() {
        var phrases = [
            "the Federative Republic of Brazil", "  The Kingdom of Spain.", "U.S.", "the U.K.", "Republic of\u{00A0}Korea",
            "Federal  Republic of Germany", "Republic of", "of Peru", "the Republic of Türkiye", "People’s Republic of China",
            "Socialist Republic of Viet Nam..", "Kingdom of the Netherlands", "Islamic Republic of Iran of", "the", "",
            "State of Qatar", "Republic of the Union of Myanmar", "Grand Duchy of Luxembourg", "Republic of Tu\u{0308}rkiye",
        ]
        phrases += phrases.map { "visiting " + $0 }
        for phrase in phrases {
            Self.borrowing(phrase) { t in
                for lower in 0..<min(10, t.count + 1) {
                    #expect(Countries.shortName(lower..<t.count, t) == Countries.shortName(Substring(t.string(lower..<t.count))), "\(phrase)")
                }
            }
        }
        Self.eachText { t in
            for line in t.lines() {
                let words = t.words(line)
                for (k, w) in words.enumerated() {
                    // Phrases of one to six words from each word on.
                    for n in 1...6 where k + n <= words.count {
                        let r = w.lowerBound..<words[k + n - 1].upperBound
                        #expect(Countries.shortName(r, t) == Countries.shortName(Substring(t.string(r))))
                    }
                }
            }
        }
    }

    @Test func occasionScanTriesWhatTheByteScanTries() {
        let extra = [
            "to attend the APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting in Lima", "on the margins of the G20 Summit",
            "into attending the Summit", "during the ASEAN Summit", "for the TICAD8", "at the United Nations", "x on the sideline of the G7",
            "before the start of the Summit Meeting", "meetings including the East Asia Summit", "on the occasion of the 11th ASEM Summit", "for the participation to World Assembly for Women (WAW! 2020)", "participation in the Summit", "pa pa",
            "in the margins of the UNGA", "to participate in the COP28", "dudu fofo meme bebe atat inin onon toto",
        ]
        func check(_ r: Range<Int>, _ t: RecordText) {
            for strict in [false, true] {
                #expect(Places.occasion(in: r, t, strict: strict) == Places.occasion(in: r, t, strict: strict, everyByte: true), "\(t.string(r))")
            }
        }
        Self.eachLineAndSentence(check)
        for text in extra {
            Self.borrowing(text) { t in
            for lower in 0..<min(9, t.count) { check(lower..<t.count, t) }
            }
        }
    }

    @Test func nextTimeStartIsTheNextDigitOrNoonOrMidday() {
        var extra = "abc/:;0129 xyz noon MIDDAY Noon Midday NO Mi m n no mi \u{00A0}9:30 p.m. ~\u{7F}\u{80}é nonimi NoNoMiMi"
        extra.makeContiguousUTF8()
        let texts = Self.texts + [extra, String(repeating: "x", count: 17) + "5", "xxxxxxxn", "xxxxxxxno", "xxxxxxxxm", "xxxxxxxxmi",
                                  "xxxxxxxNo", "xxxxxxxxMi", "\u{0E}o\u{0E}o\u{0D}i.Nn.Mm"]
        for text in texts {
            Self.borrowing(text) { t in
                for i in stride(from: 0, to: t.count, by: t.count > 200 ? 3 : 1) {
                    for noonToo in [false, true] {
                        let plain = (i..<t.count).first { j in
                            t[j] &- 0x30 < 10 || noonToo && j + 1 < t.count
                                && ((t[j] == UInt8(ascii: "n") || t[j] == UInt8(ascii: "N")) && t[j + 1] == UInt8(ascii: "o")
                                    || (t[j] == UInt8(ascii: "m") || t[j] == UInt8(ascii: "M")) && t[j + 1] == UInt8(ascii: "i"))
                        } ?? t.count
                        #expect(MeetingTimes.nextTimeStart(from: i, end: t.count, noonToo: noonToo, t) == plain)
                    }
                }
            }
        }
    }

    @Test func firstPairIsTheFirstOfEitherPair() {
        let texts = Self.texts + ["xxxxxxxho", "xxxxxxxxh", "mimimimimimimi", "hhhhhhhhhhhhhhhhoo", "about an hour and 20 minutes", "é€ho"]
        for text in texts {
            Self.borrowing(text) { t in
                let h = UInt8(ascii: "h"), o = UInt8(ascii: "o"), m = UInt8(ascii: "m"), i = UInt8(ascii: "i")
                for from in stride(from: 0, to: t.count, by: t.count > 200 ? 5 : 1) {
                    for end in [t.count, max(from, t.count - 1), min(t.count, from + 9)] {
                        let plain = (from..<end).first { j in
                            j + 1 < end && (t[j] == h && t[j + 1] == o || t[j] == m && t[j + 1] == i)
                        } ?? end
                        #expect(t.firstIndex(ofPair: (h, o), orPair: (m, i), from: from, end: end) == plain)
                    }
                }
            }
        }
    }

    /// `KindRules.stated`, `isTelephone` and `isCourtesyCall` as one search per phrase.
    static func plainStated(_ r: Range<Int>, _ t: RecordText) -> MeetingKind? {
        if plainIsTelephone(r, t) { return .telephone }
        if t.findIgnoringCase("foreign ministers", in: r) != nil || t.findIgnoringCase("foreign ministerial", in: r) != nil
            || t.findIgnoringCase("foreign minister’s", in: r) != nil || t.findIgnoringCase("foreign minister's", in: r) != nil {
            return .foreignMinisters
        }
        if t.findIgnoringCase("summit", in: r) != nil || t.findIgnoringCase("leaders’ meeting", in: r) != nil
            || t.findIgnoringCase("leaders' meeting", in: r) != nil {
            return .summit
        }
        return nil
    }

    static func plainIsTelephone(_ r: Range<Int>, _ t: RecordText) -> Bool {
        t.findIgnoringCase("telephone", in: r) != nil || t.findIgnoringCase("phone call", in: r) != nil
            || t.findIgnoringCase("phone talk", in: r) != nil
    }

    @Test func kindPhrasesAreOneSearchPerPhrase() {
        let extra = [
            "a TELEPHONE talk", "phone phone call", "tele phone talk", "Foreign Minister Kishida met the Foreign Ministers' group",
            "foreign minister foreign minister’s meeting", "Leaders leaders' meeting", "courtesy courtesy visit", "COURTESY CALL",
            "telephonephone talk", "the Foreign Ministerial", "a Summit",
        ]
        func check(_ r: Range<Int>, _ t: RecordText) {
            #expect(KindRules.stated(in: r, t) == Self.plainStated(r, t), "\(t.string(r))")
            #expect(KindRules.isTelephone(r, t) == Self.plainIsTelephone(r, t), "\(t.string(r))")
            #expect(KindRules.isCourtesyCall(r, t) == (t.findIgnoringCase("courtesy call", in: r) != nil || t.findIgnoringCase("courtesy visit", in: r) != nil))
        }
        Self.eachLineAndSentence(check)
        for text in extra {
            Self.borrowing(text) { t in
            for lower in 0..<t.count { check(lower..<t.count, t) }
            }
        }
    }

    /// `HingeWords.present` against one search per word, on every line and sentence, on ranges
    /// cut inside them, and on words at the very ends of a range.
    @Test func hingeWordsAreOneSearchPerWord() {
        let extra = [
            "Courtesy call on the Prime Minister", "a courtesy visit, then a call from him",
            "Japanese side was represented by A, and the Bolivian side was represented by B",
            " with with  for  met had held spoke talked conferred greeted between hosted by together with ",
            "xwith  withx cal call to call fro call from ourtesy  courtesy", "ourtesy ", " met ", " met", "met ",
            " together wit", " hosted b", " call t", " call to",
        ]
        func check(_ r: Range<Int>, _ t: RecordText) {
            let present = HingeWords.present(in: r, t)
            for (word, literal) in HingeWords.literals {
                #expect(present.contains(word) == (t.find(literal, in: r) != nil), "\(literal) in \(t.string(r))")
            }
        }
        var sentences = 0
        Self.eachText { t in
            for line in t.lines() {
                check(line, t)
                for s in Sentences.all(line, t) {
                    check(s, t)
                    // Cut a few bytes in from either end: a word across the cut is not inside.
                    for cut in [1, 3, 7] where s.count > 2 * cut {
                        check(s.lowerBound + cut..<s.upperBound, t)
                        check(s.lowerBound..<s.upperBound - cut, t)
                    }
                    sentences += 1
                }
            }
        }
        #expect(sentences > 1_000)
        for text in extra {
            Self.borrowing(text) { t in
            for lower in 0..<t.count {
                for upper in lower...t.count { check(lower..<upper, t) }
            }
            }
        }
    }

    /// A value copied out of the record's `String` has the bytes decoding gives, also where a
    /// range starts or ends inside a scalar (then it is decoded, and repaired).
    @Test func copiedValuesAreDecodedValues() {
        let long = String(repeating: "Prime Minister Erdoğan of the Republic of Türkiye met 윤석열 at noon. ", count: 8)
        for text in Self.texts + [long] {
            var copy = text
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { b in
                let t = RecordText(borrowing: b, of: copy)
                var ranges = t.lines()
                for start in stride(from: 0, to: t.count, by: 37) {
                    for length in [1, 20, RecordText.longValue, RecordText.longValue + 1, 300, 1_000] where start + length <= t.count {
                        ranges.append(start..<start + length)
                    }
                }
                for r in ranges {
                    #expect(Array(t.string(r).utf8) == Array(t.decodedString(r).utf8))
                }
            }
        }
    }

    /// `Principals.japaneseName` as it read before a name with no capitals was made from its
    /// ranges: a `String` for each word, joined, and the known names asked as strings.
    static func plainJapaneseName(_ words: [Range<Int>], _ t: RecordText) -> (name: String, family: String) {
        let caps = words.filter { t.isAllCaps($0) }
        if !caps.isEmpty, caps.count < words.count {
            let given = words.filter { !t.isAllCaps($0) }.map(t.string)
            let family = caps.map { Principals.titleCase(t.string($0)) }.joined(separator: " ")
            return ((given + [family]).joined(separator: " "), family)
        }
        let written = words.map { caps.isEmpty ? t.string($0) : Principals.titleCase(t.string($0)) }
        if written.count == 2, JapanesePrincipals.isKnown(written[0]), !JapanesePrincipals.isKnown(written[1]) {
            return (written[1] + " " + written[0], written[0])
        }
        return (written.joined(separator: " "), written.last ?? "")
    }

    @Test func japaneseNameFromRangesIsThePlainOne() {
        let extra = [
            "Machimura Nobutaka", "Nobutaka Machimura", "Kono  Taro", "Kono\u{00A0}Taro", "KISHIDA Fumio", "Kono",
            "Motegi Toshimitsu Kono", "Kishida Kono", "Ko\u{0301}no Taro", "Abe Shinzo", "ABE SHINZO", "Tánaiste Kono",
        ]
        var asked = 0
        func check(_ line: Range<Int>, _ t: RecordText) {
            let words = t.words(line)
            for start in words.indices {
                for count in 0...4 where start + count <= words.count {
                    let run = Array(words[start..<start + count])
                    let fast = Principals.japaneseName(run, t), plain = Self.plainJapaneseName(run, t)
                    #expect(Array(fast.name.utf8) == Array(plain.name.utf8) && Array(fast.family.utf8) == Array(plain.family.utf8),
                            "\(plain.name)")
                    asked += 1
                }
            }
        }
        Self.eachText { t in
            for line in t.lines().prefix(40) { check(line, t) }
        }
        for text in extra {
            Self.borrowing(text) { check(0..<$0.count, $0) }
        }
        #expect(asked > 10_000)
    }

    /// What `Bytes.isPlainNFC` accepts is in normal form C, alone and next to anything else
    /// it accepts; what would combine (a combining mark) is turned down.
    @Test func plainNFCIsNormalFormC() {
        var scalars = (0x20..<0x7F).map { Unicode.Scalar(UInt32($0))! }
        scalars += (0xC0...0x17F).map { Unicode.Scalar(UInt32($0))! }
        scalars += [Unicode.Scalar(0x2018)!, Unicode.Scalar(0x2019)!]
        func isPlain(_ s: String) -> Bool {
            var copy = s
            return copy.withUTF8(Bytes.isPlainNFC)
        }
        for a in scalars {
            for b in scalars where a.value % 7 == 0 || b.value % 5 == 0 {
                let s = String(String.UnicodeScalarView([a, b]))
                #expect(isPlain(s))
                #expect(s.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(s.unicodeScalars), "\(s)")
            }
        }
        for s in ["Tu\u{0308}rkiye", "e\u{0301}", "\u{212A}elvin", "Ω\u{0301}", "“quoted”", "Ō\u{0304}"] {
            #expect(!isPlain(s), "\(s)")
        }
        // A set with an entry that is not plain NFC asks every word outside ASCII of its strings.
        let words = ["Tánaiste", "Minister’s", "Tu\u{0308}rkiye"]
        let set = WordSet(words)
        for word in ["Tánaiste", "Ta\u{0301}naiste", "Türkiye", "Tu\u{0308}rkiye", "Minister’s", "Minister's"] {
            Self.borrowing(word) { t in
                #expect(set.contains(0..<t.count, t) == Set(words).contains(word), "\(word)")
            }
        }
        let plainSet = WordSet(["Tánaiste", "Minister’s", "Türkiye"])
        for word in ["Tánaiste", "Ta\u{0301}naiste", "Türkiye", "Tu\u{0308}rkiye", "Minister’s", "Ministers’", "Türkiy"] {
            Self.borrowing(word) { t in
                #expect(plainSet.contains(0..<t.count, t) == plainSet.strings.contains(word), "\(word)")
            }
        }
    }

    /// `Principal.isUnread` is `== Principal()` for each field set or not (an empty string is set).
    @Test func unreadIsEqualToABlankPrincipal() {
        for mask in 0..<16 {
            func field(_ bit: Int) -> String? { mask & (1 << bit) != 0 ? (bit == 2 ? "" : "x") : nil }
            let p = Principal(name: field(0), familyName: field(1), title: field(2), country: field(3))
            #expect(p.isUnread == (p == Principal()), "\(mask)")
        }
        #expect(Principal().isUnread)
    }
}
