/// Page furniture: lines of the web page around the record that are not part of it (breadcrumbs,
/// photo captions, navigation). They never reach the body.
enum Furniture {
    enum Kind: Equatable {
        /// Not furniture.
        case none
        /// `Japan-Peru Relations`: the breadcrumb naming the bilateral relationship.
        case breadcrumb
        /// A photo caption, a translation note and other lines to drop in place.
        case caption
        /// `Back to …`, `Related Link`, `Archives …`: the page footer starts here.
        case footer
    }

    static func kind(of r: Range<Int>, in t: RecordText) -> Kind {
        guard !r.isEmpty else { return .none }
        // `• (Photo)Japan-Peru Summit Meeting (Overview)-1`: a caption in a list is still a caption.
        let lead = t[r.lowerBound]
        if lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead >= 0xE2,
           let m = ListMarker.read(r, in: t), m.style == .bullet, !m.text.isEmpty {
            let inner = kind(of: m.text, in: t)
            return inner == .caption ? .caption : .none
        }
        let first = t[r.lowerBound]
        switch first {
        case UInt8(ascii: "B"):
            if t.starts(r, with: "Back to ") || t.starts(r, with: "Back to Top") { return .footer }
        case UInt8(ascii: "R"):
            if t.starts(r, with: "Related Link") || t.starts(r, with: "Related Information") { return .footer }
        case UInt8(ascii: "A"):
            if t.starts(r, with: "Archives") { return .footer }
        case UInt8(ascii: "P"), UInt8(ascii: "p"):
            if t.matchesIgnoringCase("photo", at: r.lowerBound, end: r.upperBound) || t.starts(r, with: "Provisional Translation") { return .caption }
            if t.starts(r, with: "Page Top") || r.count == 5 && t.starts(r, with: "Print") { return .caption }
        case UInt8(ascii: "("), UInt8(ascii: "["):
            let inner = r.lowerBound + 1..<r.upperBound
            if t.matchesIgnoringCase("photo", at: inner.lowerBound, end: inner.upperBound)
                || t.matchesIgnoringCase("provisional translation", at: inner.lowerBound, end: inner.upperBound)
                || t.matchesIgnoringCase("tentative translation", at: inner.lowerBound, end: inner.upperBound)
                || t.matchesIgnoringCase("unofficial translation", at: inner.lowerBound, end: inner.upperBound) {
                return .caption
            }
        case UInt8(ascii: "C"):
            // `Click photographs to enlarge`, `Click on the photo to enlarge`: a gallery's instruction.
            if r.count <= 60, t.starts(r, with: "Click "), t.find("enlarge", in: r) != nil { return .caption }
        case UInt8(ascii: "J"):
            if isBreadcrumb(r, in: t) { return .breadcrumb }
        case UInt8(ascii: "H"), UInt8(ascii: "T"):
            // `Home > News > …`, `Top > What's up around the Prime Minister > April, 2005`.
            if t.starts(r, with: "Home >") || t.starts(r, with: "Top >") || t.starts(r, with: "HOME >") { return .breadcrumb }
        default:
            break
        }
        if isSiteNavigation(r, in: t) { return .caption }
        if isNumberedCaption(r, in: t) { return .caption }
        return .none
    }

    /// Lines of the site around the record: section names and links.
    private static func isSiteNavigation(_ r: Range<Int>, in t: RecordText) -> Bool {
        guard r.count <= 60 else { return false }
        // Bytes answer as `String` does only for plain NFC text (a combining mark joins the
        // letter before it).
        guard t.isPlainNFC(r) else {
            let line = t.string(r)
            return navigation.contains(line) || line.hasPrefix("Official Residence") || line.hasSuffix("Photo: Cabinet Public Relations Office)")
                || line.hasSuffix("(Photo: Cabinet Public Affairs Office)")
        }
        // Most lines start with a letter no navigation line starts with: they are not hashed.
        if mayStartNavigation(t[r.lowerBound]), navigation.contains(r, t) { return true }
        // `Official Residence   TOP`
        return t.starts(r, with: "Official Residence") || t.ends(r, with: "Photo: Cabinet Public Relations Office)")
            || t.ends(r, with: "(Photo: Cabinet Public Affairs Office)")
    }

    private static func mayStartNavigation(_ b: UInt8) -> Bool {
        b >= 0x40 && b < 0x80 ? navigationFirstLetters & (UInt64(1) << UInt64(b - 0x40)) != 0 : !navigationFirstBytesAreLetters
    }

    /// The first bytes of the navigation lines, as bits from 0x40 (`@`, `A` … `z`).
    private static let navigationFirstLetters: UInt64 = navigation.strings.reduce(0) { mask, line in
        guard let b = line.utf8.first, b >= 0x40, b < 0x80 else { return mask }
        return mask | UInt64(1) << UInt64(b - 0x40)
    }

    private static let navigationFirstBytesAreLetters = navigation.strings.allSatisfy { ($0.utf8.first ?? 0) >= 0x40 && ($0.utf8.first ?? 0) < 0x80 }

    private static let navigation = WordSet([
        "Press Releases", "Press Release", "Diplomatic Relations", "What's up around the Prime Minister",
        "What’s up around the Prime Minister", "The Prime Minister in Action", "Japanese", "English", "Print",
        "Page Top", "Speeches and Statements by the Prime Minister", "Prime Minister of Japan and His Cabinet",
        "Official Residence", "Foreign Policy", "Countries & Regions", "Countries and Regions", "Top", "TOP",
    ])

    /// `Japan-Peru Relations`, `Japan–Viet Nam Relations`: short, no sentence.
    static func isBreadcrumb(_ r: Range<Int>, in t: RecordText) -> Bool {
        r.count <= 60 && t.starts(r, with: "Japan") && t.ends(r, with: " Relations")
    }

    /// Gallery captions are a heading with the photo's number stuck to it: `… Meeting1`,
    /// `… Meeting2`. A capital before the digits (`G20`, `COP28`) is a name, not a caption.
    static func isNumberedCaption(_ r: Range<Int>, in t: RecordText) -> Bool {
        guard r.count <= 120 else { return false }
        var i = r.upperBound
        while i > r.lowerBound, Bytes.isDigit(t[i - 1]) { i -= 1 }
        let digits = r.upperBound - i
        return digits >= 1 && digits <= 2 && i > r.lowerBound && Bytes.isLower(t[i - 1])
    }
}
