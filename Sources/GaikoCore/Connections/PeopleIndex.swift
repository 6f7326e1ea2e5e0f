/// Gathers the principals of a corpus into people by `PersonIdentity`. Each distinct principal
/// (name, family name, title, country) is hashed once per meeting and folded once per corpus,
/// and everything else is counted in arrays by number: a corpus of 100,000 meetings with a few
/// thousand distinct principals costs two hash look-ups a meeting and a few thousand foldings.
enum PeopleIndex {
    struct Result {
        var people: [Person]
        /// Per corpus index, the person on Japan's side and on the counterpart's.
        var japan: [Int?]
        var counterpart: [Int?]
    }

    private struct PrincipalKey: Hashable, Sendable {
        var principal: Principal
        var isJapan: Bool
    }

    /// Meetings a chunk of the numbering holds: 100,000 meetings are 13 chunks for the cores.
    static let chunkSize = 8192

    /// A chunk's distinct principals, and per meeting and side the number of its principal
    /// among them (-1: nobody named).
    private struct Numbered: Sendable {
        var principals: [PrincipalKey] = []
        var japan: [Int] = []
        var counterpart: [Int] = []
    }

    /// Numbers the principals of `meetings[range]`. Each is hashed and compared where it lies:
    /// copying a `Principal` out as a dictionary key costs a retain of each string.
    private static func number(_ meetings: [Meeting], _ range: Range<Int>) -> Numbered {
        var out = Numbered()
        out.japan.reserveCapacity(range.count)
        out.counterpart.reserveCapacity(range.count)
        var firstWithHash: [Int: Int] = [:]
        var nextWithHash: [Int] = []
        meetings.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            func number(_ p: UnsafePointer<Principal>, isJapan: Bool) -> Int {
                guard p.pointee.name?.isEmpty == false || p.pointee.familyName?.isEmpty == false else { return -1 }
                let hash = Self.hash(p, isJapan: isJapan)
                var candidate = firstWithHash[hash] ?? -1
                while candidate >= 0 {
                    let known = out.principals[candidate]
                    if known.isJapan == isJapan, known.principal.name == p.pointee.name,
                       known.principal.familyName == p.pointee.familyName, known.principal.title == p.pointee.title,
                       known.principal.country == p.pointee.country {
                        return candidate
                    }
                    candidate = nextWithHash[candidate]
                }
                let id = out.principals.count
                out.principals.append(PrincipalKey(principal: p.pointee, isJapan: isJapan))
                nextWithHash.append(firstWithHash[hash] ?? -1)
                firstWithHash[hash] = id
                return id
            }
            let japanOffset = MemoryLayout<Meeting>.offset(of: \Meeting.japan)!
            let counterpartOffset = MemoryLayout<Meeting>.offset(of: \Meeting.counterpart)!
            for i in range {
                let m = UnsafeRawPointer(base + i)
                out.japan.append(number((m + japanOffset).assumingMemoryBound(to: Principal.self), isJapan: true))
                out.counterpart.append(number((m + counterpartOffset).assumingMemoryBound(to: Principal.self), isJapan: false))
            }
        }
        return out
    }

    /// A hash of a principal's bytes (not of its strings, whose hashing first checks Unicode
    /// normalisation): two spellings that differ only in normalisation are two principals here
    /// and meet again as one form when their names are folded.
    private static func hash(_ p: UnsafePointer<Principal>, isJapan: Bool) -> Int {
        var hasher = Hasher()
        hasher.combine(isJapan)
        combine(p.pointee.name, into: &hasher)
        combine(p.pointee.familyName, into: &hasher)
        combine(p.pointee.title, into: &hasher)
        combine(p.pointee.country, into: &hasher)
        return hasher.finalize()
    }

    private static func combine(_ text: String?, into hasher: inout Hasher) {
        guard let text else { return hasher.combine(0xFF as UInt8) }
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { hasher.combine(text) }
        hasher.combine(0xFE as UInt8)
    }

    private struct FormKey: Hashable {
        var group: String
        var isJapan: Bool
        var words: [String]
    }

    /// `order` is the corpus indices in time order (oldest first, undated last).
    /// `days` is each meeting's date, read once by the caller.
    static func build(_ meetings: [Meeting], order: [Int], days: [Day?], chunkSize: Int = chunkSize) -> Result {
        // 1. Number the distinct principals, per meeting and side (-1: nobody named): in chunks
        // on all cores, then the chunks' few distinct principals merged in chunk order, so the
        // numbering never depends on timing.
        let chunks = stride(from: 0, to: meetings.count, by: max(1, chunkSize)).map { $0..<min(meetings.count, $0 + max(1, chunkSize)) }
        let numbered = OrderedParallelMap.map(chunks, chunkSize: 1) { number(meetings, $0) }
        var principalIDs: [PrincipalKey: Int] = [:]
        var principals: [PrincipalKey] = []
        var japanID = [Int](repeating: -1, count: meetings.count)
        var counterpartID = [Int](repeating: -1, count: meetings.count)
        for (range, chunk) in zip(chunks, numbered) {
            let global = chunk.principals.map { key in
                if let known = principalIDs[key] { return known }
                principalIDs[key] = principals.count
                principals.append(key)
                return principals.count - 1
            }
            for (offset, i) in range.enumerated() {
                if chunk.japan[offset] >= 0 { japanID[i] = global[chunk.japan[offset]] }
                if chunk.counterpart[offset] >= 0 { counterpartID[i] = global[chunk.counterpart[offset]] }
            }
        }

        // 2. Fold each distinct principal's name into a form, once.
        var formIDs: [FormKey: Int] = [:]
        var forms: [(key: FormKey, form: PersonIdentity.Form)] = []
        var families: [[Set<String>]] = []
        var formOf = [Int](repeating: 0, count: principals.count)
        var folded: [String: PersonIdentity.Form] = [:]
        for (id, key) in principals.enumerated() {
            let p = key.principal
            let name = p.name?.isEmpty == false ? p.name! : p.familyName!
            let form = folded[name] ?? PersonIdentity.form(name: name)
            folded[name] = form
            let formKey = FormKey(group: key.isJapan ? "Japan" : (p.country ?? ""), isJapan: key.isJapan, words: form.words)
            if let f = formIDs[formKey] {
                formOf[id] = f
            } else {
                formIDs[formKey] = forms.count
                formOf[id] = forms.count
                forms.append((formKey, form))
                families.append([])
            }
            if let family = p.familyName {
                let words = Set(PersonIdentity.words(family))
                if !words.isEmpty, !families[formOf[id]].contains(words) { families[formOf[id]].append(words) }
            }
        }

        // 3. People from forms; 4. each meeting to its people, in time order.
        let personOfForm = resolve(forms: forms, families: families)
        let personCount = (personOfForm.max() ?? -1) + 1
        var meetingsOf = [[Int]](repeating: [], count: personCount)
        var uses = [Int](repeating: 0, count: principals.count)
        var firstDay = [Day?](repeating: nil, count: principals.count)
        var lastDay = [Day?](repeating: nil, count: principals.count)
        var japan = [Int?](repeating: nil, count: meetings.count)
        var counterpart = [Int?](repeating: nil, count: meetings.count)
        func note(_ i: Int, _ id: Int) -> Int? {
            guard id >= 0 else { return nil }
            let person = personOfForm[formOf[id]]
            meetingsOf[person].append(i)
            uses[id] += 1
            if let day = days[i] {
                if firstDay[id] == nil { firstDay[id] = day }
                lastDay[id] = day
            }
            return person
        }
        for i in order {
            japan[i] = note(i, japanID[i])
            counterpart[i] = note(i, counterpartID[i])
        }

        // 5. Each person's spellings, family name and titles from their principals.
        var principalsOf = [[Int]](repeating: [], count: personCount)
        for id in principals.indices { principalsOf[personOfForm[formOf[id]]].append(id) }
        let people = (0..<personCount).map { person in
            describe(person: meetingsOf[person], principals: principalsOf[person].map { id in
                Use(principal: principals[id].principal, isJapan: principals[id].isJapan, words: forms[formOf[id]].form.words.count,
                    count: uses[id], first: firstDay[id], last: lastDay[id], id: id)
            }, days: days)
        }
        return Result(people: people, japan: japan, counterpart: counterpart)
    }

    /// Gives each form a person: longer names first, so a short form finds the people it could
    /// belong to already settled; it joins one only when exactly one fits.
    private static func resolve(forms: [(key: FormKey, form: PersonIdentity.Form)], families: [[Set<String>]]) -> [Int] {
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
                    guard PersonIdentity.isShortForm(short, of: forms[l].form, families: families[l]) else { continue }
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

    /// One distinct principal's share of a person: how often and when it was used.
    private struct Use {
        var principal: Principal
        var isJapan: Bool
        var words: Int
        var count: Int
        var first: Day?
        var last: Day?
        var id: Int
    }

    private static func describe(person meetingList: [Int], principals uses: [Use], days: [Day?]) -> Person {
        var spellings: [String: (count: Int, words: Int, first: Int)] = [:]
        var families: [String: Int] = [:]
        var titleKeys: [String] = []
        var titles: [String: HeldTitle] = [:]
        let isJapan = uses.first?.isJapan ?? false
        // Titles in the order first held: undated uses after dated ones, then by number.
        let byFirst = uses.sorted { a, b in
            switch (a.first, b.first) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }
        for (rank, use) in byFirst.enumerated() {
            let p = use.principal
            let name = p.name?.isEmpty == false ? p.name! : p.familyName!
            let known = spellings[name]
            spellings[name] = ((known?.count ?? 0) + use.count, use.words, known?.first ?? rank)
            if let family = p.familyName { families[family, default: 0] += use.count }
            guard let raw = p.title else { continue }
            let title = isJapan ? withoutOfJapan(raw) : raw
            let key = PersonIdentity.words(title).joined(separator: " ")
            if var held = titles[key] {
                held.meetings += use.count
                if let f = use.first, held.first.map({ f < $0 }) ?? true { held.first = f }
                if let l = use.last, held.last.map({ l > $0 }) ?? true { held.last = l }
                titles[key] = held
            } else {
                titleKeys.append(key)
                titles[key] = HeldTitle(title: title, first: use.first, last: use.last, meetings: use.count)
            }
        }
        let ranked = spellings.sorted { a, b in (a.value.count, -a.value.first) > (b.value.count, -b.value.first) }
        let fullest = spellings.max { a, b in
            (a.value.words, a.value.count, -a.value.first) < (b.value.words, b.value.count, -b.value.first)
        }
        let family = families.max { a, b in (a.value, b.key) < (b.value, a.key) }
        let dated = meetingList.compactMap { days[$0] }
        return Person(
            name: fullest?.key ?? "", familyName: family?.key,
            country: isJapan ? "Japan" : uses.first?.principal.country, isJapan: isJapan,
            spellings: ranked.map(\.key), titles: titleKeys.compactMap { titles[$0] }, meetings: meetingList,
            first: dated.first, last: dated.last
        )
    }

    static func withoutOfJapan(_ title: String) -> String {
        title.hasSuffix(" of Japan") ? String(title.dropLast(" of Japan".count)) : title
    }
}
