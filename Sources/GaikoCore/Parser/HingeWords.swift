/// Which of the words that `Hinge`'s shapes look for stand somewhere in a sentence, found in one
/// pass over its spaces. A shape whose word is absent cannot match, so it is not tried: most
/// later lead sentences name no meeting, and trying every shape on them was one search per word.
///
/// Every word here either opens with a space (` with `, ` held `) or ends with one (`ourtesy `,
/// `Japanese side was `), so each copy of it touches a space of the sentence: looking around
/// each space finds them all. A word marked present may still fail the shape's own tests; a
/// word marked absent is absent, which is all the shapes need (`Hinge.find` runs each shape's
/// own search whenever its word is present).
struct HingeWords: OptionSet {
    let rawValue: UInt32

    static let courtesy = HingeWords(rawValue: 1 << 0)          // `ourtesy `
    static let callFrom = HingeWords(rawValue: 1 << 1)          // ` call from `
    static let callTo = HingeWords(rawValue: 1 << 2)            // ` call to `
    static let with = HingeWords(rawValue: 1 << 3)              // ` with `
    static let `for` = HingeWords(rawValue: 1 << 4)             // ` for `
    static let hostedBy = HingeWords(rawValue: 1 << 5)          // ` hosted by `
    static let japaneseSideWas = HingeWords(rawValue: 1 << 6)   // `Japanese side was `
    static let met = HingeWords(rawValue: 1 << 7)               // ` met `
    static let greeted = HingeWords(rawValue: 1 << 8)           // ` greeted `
    static let between = HingeWords(rawValue: 1 << 9)           // ` between `
    static let held = HingeWords(rawValue: 1 << 10)             // ` held `
    static let had = HingeWords(rawValue: 1 << 11)              // ` had `
    static let talked = HingeWords(rawValue: 1 << 12)           // ` talked `
    static let spoke = HingeWords(rawValue: 1 << 13)            // ` spoke `
    static let conferred = HingeWords(rawValue: 1 << 14)        // ` conferred `
    static let togetherWith = HingeWords(rawValue: 1 << 15)     // ` together with `

    /// The verbs `Hinge.joint` looks for.
    static let jointVerbs: HingeWords = [.held, .had, .talked, .met, .spoke, .conferred]

    /// Each word with what it is looked for as (the plain search the scan stands in for).
    static let literals: [(HingeWords, StaticString)] = [
        (.courtesy, "ourtesy "), (.callFrom, " call from "), (.callTo, " call to "), (.with, " with "),
        (.for, " for "), (.hostedBy, " hosted by "), (.japaneseSideWas, "Japanese side was "), (.met, " met "),
        (.greeted, " greeted "), (.between, " between "), (.held, " held "), (.had, " had "),
        (.talked, " talked "), (.spoke, " spoke "), (.conferred, " conferred "), (.togetherWith, " together with "),
    ]

    /// The words that stand inside `s`, each copy wholly inside it.
    static func present(in s: Range<Int>, _ t: RecordText) -> HingeWords {
        var found: HingeWords = []
        guard let base = t.bytes.baseAddress, !s.isEmpty else { return found }
        let raw = UnsafeRawPointer(base)
        let spaces = Bytes.repeated(0x20)
        let end = s.upperBound
        var i = s.lowerBound
        // The spaces, eight bytes at a time; each looked around.
        while i + 8 <= end {
            var zeros = Bytes.zeroBytes(Bytes.word(raw, at: i) ^ spaces)
            while zeros != 0 {
                found.formUnion(around(i + zeros.trailingZeroBitCount / 8, s, t))
                zeros &= zeros &- 1
            }
            i += 8
        }
        while i < end {
            if base[i] == 0x20 { found.formUnion(around(i, s, t)) }
            i += 1
        }
        return found
    }

    /// The words that open with the space at `i`, or end with it.
    @inline(__always)
    private static func around(_ i: Int, _ s: Range<Int>, _ t: RecordText) -> HingeWords {
        var found: HingeWords = []
        let end = s.upperBound
        // Ending here: `…ourtesy ` and `…Japanese side was `.
        if i > s.lowerBound {
            let before = t[i - 1]
            if before == UInt8(ascii: "y"), i - 7 >= s.lowerBound, t.matches("ourtesy ", at: i - 7, end: end) {
                found.insert(.courtesy)
            } else if before == UInt8(ascii: "s"), i - 17 >= s.lowerBound, t.matches("Japanese side was ", at: i - 17, end: end) {
                found.insert(.japaneseSideWas)
            }
        }
        guard i + 1 < end else { return found }
        switch t[i + 1] {
        case UInt8(ascii: "w"):
            if t.matches(" with ", at: i, end: end) { found.insert(.with) }
        case UInt8(ascii: "f"):
            if t.matches(" for ", at: i, end: end) { found.insert(.for) }
        case UInt8(ascii: "c"):
            if t.matches(" call from ", at: i, end: end) { found.insert(.callFrom) }
            if t.matches(" call to ", at: i, end: end) { found.insert(.callTo) }
            if t.matches(" conferred ", at: i, end: end) { found.insert(.conferred) }
        case UInt8(ascii: "h"):
            if t.matches(" held ", at: i, end: end) { found.insert(.held) }
            if t.matches(" had ", at: i, end: end) { found.insert(.had) }
            if t.matches(" hosted by ", at: i, end: end) { found.insert(.hostedBy) }
        case UInt8(ascii: "m"):
            if t.matches(" met ", at: i, end: end) { found.insert(.met) }
        case UInt8(ascii: "g"):
            if t.matches(" greeted ", at: i, end: end) { found.insert(.greeted) }
        case UInt8(ascii: "b"):
            if t.matches(" between ", at: i, end: end) { found.insert(.between) }
        case UInt8(ascii: "t"):
            if t.matches(" talked ", at: i, end: end) { found.insert(.talked) }
            if t.matches(" together with ", at: i, end: end) { found.insert(.togetherWith) }
        case UInt8(ascii: "s"):
            if t.matches(" spoke ", at: i, end: end) { found.insert(.spoke) }
        default:
            break
        }
        return found
    }
}
