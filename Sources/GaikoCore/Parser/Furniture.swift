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
        let first = t[r.lowerBound]
        switch first {
        case UInt8(ascii: "B"):
            if t.starts(r, with: "Back to ") || t.starts(r, with: "Back to Top") { return .footer }
        case UInt8(ascii: "R"):
            if t.starts(r, with: "Related Link") || t.starts(r, with: "Related Information") { return .footer }
        case UInt8(ascii: "A"):
            if t.starts(r, with: "Archives") { return .footer }
        case UInt8(ascii: "P"):
            if t.starts(r, with: "Photo") || t.starts(r, with: "Provisional Translation") { return .caption }
            if t.starts(r, with: "Page Top") || r.count == 5 && t.starts(r, with: "Print") { return .caption }
        case UInt8(ascii: "("), UInt8(ascii: "["):
            let inner = r.lowerBound + 1..<r.upperBound
            if t.starts(inner, with: "Photo") || t.starts(inner, with: "Provisional Translation")
                || t.starts(inner, with: "Tentative Translation") || t.starts(inner, with: "Unofficial Translation") {
                return .caption
            }
        case UInt8(ascii: "J"):
            if isBreadcrumb(r, in: t) { return .breadcrumb }
        default:
            break
        }
        if isNumberedCaption(r, in: t) { return .caption }
        return .none
    }

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
