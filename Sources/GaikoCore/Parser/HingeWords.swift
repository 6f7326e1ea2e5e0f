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
    static let phonecall = HingeWords(rawValue: 1 << 16)        // ` phonecall `

    /// The verbs `Hinge.joint` looks for.
    static let jointVerbs: HingeWords = [.held, .had, .talked, .met, .spoke, .conferred]

    /// Each word with what it is looked for as (the plain search the scan stands in for).
    static let literals: [(HingeWords, StaticString)] = [
        (.courtesy, "ourtesy "), (.callFrom, " call from "), (.callTo, " call to "), (.with, " with "),
        (.for, " for "), (.hostedBy, " hosted by "), (.japaneseSideWas, "Japanese side was "), (.met, " met "),
        (.greeted, " greeted "), (.between, " between "), (.held, " held "), (.had, " had "),
        (.talked, " talked "), (.spoke, " spoke "), (.conferred, " conferred "), (.togetherWith, " together with "),
        (.phonecall, " phonecall "),
    ]

    /// The words that stand inside `s`, each copy wholly inside it.
    static func present(in s: Range<Int>, _ t: RecordText) -> HingeWords {
        var found: HingeWords = []
        guard let base = t.bytes.baseAddress, !s.isEmpty else { return found }
        let raw = UnsafeRawPointer(base)
        let spaces = Bytes.repeated(0x20)
        // The spaces, eight bytes at a time; each looked around (no answer stops the scan).
        _ = Bytes.firstFlagged(from: s.lowerBound, end: s.upperBound, flags: { i in
            Bytes.zeroBytes(Bytes.word(raw, at: i) ^ spaces)
        }) { i -> Void? in
            if base[i] == 0x20 { found.formUnion(around(i, s, t, raw)) }
            return nil
        }
        return found
    }

    /// The four bytes from `i`, the first the lowest.
    @inline(__always)
    private static func quad(_ raw: UnsafeRawPointer, at i: Int) -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
    }

    /// The words that open with the space at `i`, or end with it. The four bytes there pick the
    /// word to match (most spaces stand before `the`, `and`, `of`, which none starts like): the
    /// constants are those bytes, the first the lowest (` wit` is 20 77 69 74).
    @inline(__always)
    private static func around(_ i: Int, _ s: Range<Int>, _ t: RecordText, _ raw: UnsafeRawPointer) -> HingeWords {
        var found: HingeWords = []
        let end = s.upperBound
        // Ending here: `…ourtesy ` and `…Japanese side was `.
        if i - 3 >= s.lowerBound {
            switch quad(raw, at: i - 3) {
            case 0x2079_7365:  // `esy `
                if i - 7 >= s.lowerBound, t.matches("ourtesy ", at: i - 7, end: end) { found.insert(.courtesy) }
            case 0x2073_6177:  // `was `
                if i - 17 >= s.lowerBound, t.matches("Japanese side was ", at: i - 17, end: end) { found.insert(.japaneseSideWas) }
            default:
                break
            }
        }
        // The shortest word after a space has five bytes.
        guard i + 5 <= end else { return found }
        switch quad(raw, at: i) {
        case 0x7469_7720:  // ` wit`
            if t.matches(" with ", at: i, end: end) { found.insert(.with) }
        case 0x726F_6620:  // ` for`
            if t[i + 4] == 0x20 { found.insert(.for) }
        case 0x6C61_6320:  // ` cal`
            if t.matches(" call from ", at: i, end: end) { found.insert(.callFrom) }
            if t.matches(" call to ", at: i, end: end) { found.insert(.callTo) }
        case 0x6E6F_6320:  // ` con`
            if t.matches(" conferred ", at: i, end: end) { found.insert(.conferred) }
        case 0x6C65_6820:  // ` hel`
            if t.matches(" held ", at: i, end: end) { found.insert(.held) }
        case 0x6461_6820:  // ` had`
            if t[i + 4] == 0x20 { found.insert(.had) }
        case 0x736F_6820:  // ` hos`
            if t.matches(" hosted by ", at: i, end: end) { found.insert(.hostedBy) }
        case 0x7465_6D20:  // ` met`
            if t[i + 4] == 0x20 { found.insert(.met) }
        case 0x6572_6720:  // ` gre`
            if t.matches(" greeted ", at: i, end: end) { found.insert(.greeted) }
        case 0x7465_6220:  // ` bet`
            if t.matches(" between ", at: i, end: end) { found.insert(.between) }
        case 0x6C61_7420:  // ` tal`
            if t.matches(" talked ", at: i, end: end) { found.insert(.talked) }
        case 0x676F_7420:  // ` tog`
            if t.matches(" together with ", at: i, end: end) { found.insert(.togetherWith) }
        case 0x6F68_7020:  // ` pho`
            if t.matches(" phonecall ", at: i, end: end) { found.insert(.phonecall) }
        case 0x6F70_7320:  // ` spo`
            if t.matches(" spoke ", at: i, end: end) { found.insert(.spoke) }
        default:
            break
        }
        return found
    }
}
