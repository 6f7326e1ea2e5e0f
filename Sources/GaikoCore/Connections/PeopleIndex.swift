/// Gathers the principals of a corpus into people by `PersonIdentity`. Names are folded once per
/// distinct spelling, not once per meeting, so a corpus of 100,000 meetings with a few thousand
/// names costs a few thousand foldings and two hash look-ups a meeting.
enum PeopleIndex {
    struct Result {
        var people: [Person]
        /// Per corpus index, the person on Japan's side and on the counterpart's.
        var japan: [Int?]
        var counterpart: [Int?]
    }

    /// A spelling within its side and country: the unit the rule compares.
    private struct Spelling: Hashable {
        var group: String
        var isJapan: Bool
        var name: String
    }

    private struct FormKey: Hashable {
        var group: String
        var isJapan: Bool
        var words: [String]
    }

    /// `order` is the corpus indices in time order (oldest first, undated last).
    static func build(_ meetings: [Meeting], order: [Int]) -> Result {
        var spellingIDs: [Spelling: Int] = [:]
        var spellings: [Spelling] = []
        var formOfSpelling: [Int] = []
        var formIDs: [FormKey: Int] = [:]
        var forms: [(key: FormKey, form: PersonIdentity.Form)] = []
        var familyWords: [Set<String>] = []
        var foldedFamily: [String: [String]] = [:]

        // Per meeting and side, the spelling it uses (-1: no name).
        var japanSpelling = [Int](repeating: -1, count: meetings.count)
        var counterpartSpelling = [Int](repeating: -1, count: meetings.count)

        func intern(_ p: Principal, isJapan: Bool) -> Int {
            guard let name = (p.name ?? p.familyName), !name.isEmpty else { return -1 }
            let spelling = Spelling(group: isJapan ? "Japan" : (p.country ?? ""), isJapan: isJapan, name: name)
            let id: Int
            if let known = spellingIDs[spelling] {
                id = known
            } else {
                id = spellings.count
                spellingIDs[spelling] = id
                spellings.append(spelling)
                let form = PersonIdentity.form(name: name)
                let key = FormKey(group: spelling.group, isJapan: isJapan, words: form.words)
                if let f = formIDs[key] {
                    formOfSpelling.append(f)
                } else {
                    formIDs[key] = forms.count
                    formOfSpelling.append(forms.count)
                    forms.append((key, form))
                    familyWords.append([])
                }
            }
            if let family = p.familyName {
                let words: [String]
                if let known = foldedFamily[family] {
                    words = known
                } else {
                    words = PersonIdentity.words(family)
                    foldedFamily[family] = words
                }
                let f = formOfSpelling[id]
                for w in words where !familyWords[f].contains(w) { familyWords[f].insert(w) }
            }
            return id
        }

        for i in meetings.indices {
            japanSpelling[i] = intern(meetings[i].japan, isJapan: true)
            counterpartSpelling[i] = intern(meetings[i].counterpart, isJapan: false)
        }

        let personOfForm = resolve(forms: forms, familyWords: familyWords)
        let personCount = (personOfForm.max() ?? -1) + 1
        var gather = [PersonGatherer](repeating: PersonGatherer(), count: personCount)
        var japan = [Int?](repeating: nil, count: meetings.count)
        var counterpart = [Int?](repeating: nil, count: meetings.count)
        var foldedTitles: [String: String] = [:]

        for i in order {
            let m = meetings[i]
            for (spelling, principal, isJapan) in [(japanSpelling[i], m.japan, true), (counterpartSpelling[i], m.counterpart, false)]
            where spelling >= 0 {
                let person = personOfForm[formOfSpelling[spelling]]
                if isJapan { japan[i] = person } else { counterpart[i] = person }
                let words = forms[formOfSpelling[spelling]].form.words.count
                gather[person].add(meeting: i, day: m.date, name: spellings[spelling].name, isJapan: isJapan, words: words,
                                   principal: principal, foldedTitles: &foldedTitles)
            }
        }
        return Result(people: gather.map { $0.person() }, japan: japan, counterpart: counterpart)
    }

    /// Gives each form a person: longer names first, so a short form finds the people it could
    /// belong to already settled; it joins one only when exactly one fits.
    private static func resolve(forms: [(key: FormKey, form: PersonIdentity.Form)], familyWords: [Set<String>]) -> [Int] {
        var byGroup: [String: [Int]] = [:]
        for (f, entry) in forms.enumerated() {
            byGroup[(entry.key.isJapan ? "J:" : "C:") + entry.key.group, default: []].append(f)
        }
        var person = [Int](repeating: -1, count: forms.count)
        var next = 0
        for group in byGroup.keys.sorted() {
            let members = byGroup[group]!.sorted { (forms[$0].form.words.count, $1) > (forms[$1].form.words.count, $0) }
            var containing: [String: [Int]] = [:]
            for f in members {
                for w in forms[f].form.words { containing[w, default: []].append(f) }
            }
            for s in members {
                let short = forms[s].form.words
                var owner: Int?
                var ambiguous = false
                let rarest = short.min { (containing[$0]?.count ?? 0) < (containing[$1]?.count ?? 0) }
                for l in containing[rarest ?? ""] ?? [] where l != s {
                    guard PersonIdentity.isShortForm(short, of: forms[l].form, family: familyWords[l]) else { continue }
                    if let o = owner, o != person[l] { ambiguous = true } else { owner = person[l] }
                }
                if let owner, !ambiguous {
                    person[s] = owner
                } else {
                    person[s] = next
                    next += 1
                }
            }
        }
        return person
    }
}

/// What one person's meetings say about them, gathered in time order.
private struct PersonGatherer {
    var meetings: [Int] = []
    var first: Day?
    var last: Day?
    var country: String?
    var isJapan = false
    /// Spelling → (uses, folded word count, position first seen).
    var spellings: [String: (count: Int, words: Int, order: Int)] = [:]
    var families: [String: Int] = [:]
    var titleKeys: [String] = []
    var titles: [String: HeldTitle] = [:]

    mutating func add(meeting i: Int, day: Day?, name: String, isJapan: Bool, words: Int, principal: Principal,
                      foldedTitles: inout [String: String]) {
        meetings.append(i)
        if let day {
            if first == nil { first = day }
            last = day
        }
        self.isJapan = isJapan
        country = isJapan ? "Japan" : principal.country
        let order = spellings.count
        spellings[name, default: (0, words, order)].count += 1
        if let family = principal.familyName { families[family, default: 0] += 1 }
        if let raw = principal.title {
            let title = isJapan ? Self.withoutOfJapan(raw) : raw
            let key: String
            if let known = foldedTitles[title] {
                key = known
            } else {
                key = PersonIdentity.words(title).joined(separator: " ")
                foldedTitles[title] = key
            }
            if var held = titles[key] {
                held.meetings += 1
                if let day {
                    if held.first == nil { held.first = day }
                    held.last = day
                }
                titles[key] = held
            } else {
                titleKeys.append(key)
                titles[key] = HeldTitle(title: title, first: day, last: day, meetings: 1)
            }
        }
    }

    static func withoutOfJapan(_ title: String) -> String {
        title.hasSuffix(" of Japan") ? String(title.dropLast(" of Japan".count)) : title
    }

    func person() -> Person {
        let ranked = spellings.sorted { a, b in
            (a.value.count, -a.value.order) > (b.value.count, -b.value.order)
        }
        let fullest = spellings.max { a, b in
            (a.value.words, a.value.count, -a.value.order) < (b.value.words, b.value.count, -b.value.order)
        }
        let family = families.max { a, b in (a.value, b.key) < (b.value, a.key) }
        return Person(
            name: fullest?.key ?? "", familyName: family?.key, country: country, isJapan: isJapan,
            spellings: ranked.map(\.key), titles: titleKeys.compactMap { titles[$0] }, meetings: meetings,
            first: first, last: last
        )
    }
}
