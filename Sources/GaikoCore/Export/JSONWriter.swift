/// Writes `JSONValue`s as text: pretty (two-space indents, one member a line) or compact (one
/// line, for NDJSON). Builds UTF-8 bytes and makes one string at the end: much faster than
/// growing a `String` a scalar at a time, which matters for exports of thousands of meetings.
public enum JSONWriter {
    public static func string(_ value: JSONValue, pretty: Bool) -> String {
        var out: [UInt8] = []
        write(value, pretty: pretty, depth: 0, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ value: JSONValue, pretty: Bool, depth: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .number(let d): out += number(d).utf8
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            writeList(items, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), pretty: pretty, depth: depth, into: &out) { item, out in
                write(item, pretty: pretty, depth: depth + 1, into: &out)
            }
        case .object(let members):
            writeList(members, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), pretty: pretty, depth: depth, into: &out) { member, out in
                writeString(member.key, into: &out)
                out += (pretty ? ": " : ":").utf8
                write(member.value, pretty: pretty, depth: depth + 1, into: &out)
            }
        }
    }

    static func writeList<T>(
        _ items: [T], open: UInt8, close: UInt8, pretty: Bool, depth: Int, into out: inout [UInt8],
        element: (T, inout [UInt8]) -> Void
    ) {
        out.append(open)
        guard !items.isEmpty else { return out.append(close) }
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { newline(depth + 1, &out) }
            element(item, &out)
        }
        if pretty { newline(depth, &out) }
        out.append(close)
    }

    static func newline(_ depth: Int, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: depth * 2)
    }

    /// Quotes a string. Besides what JSON requires (quote, backslash, C0 controls), every scalar
    /// `Sanitizer` calls unsafe (DEL, C1 controls, bidi overrides) is written as a `\u` escape: the
    /// data is unchanged, and JSON printed to a terminal can never drive it.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += #"\""#.utf8
            case "\\": out += #"\\"#.utf8
            case "\n": out += #"\n"#.utf8
            case "\r": out += #"\r"#.utf8
            case "\t": out += #"\t"#.utf8
            default:
                if scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7F {
                    out.append(UInt8(scalar.value))
                } else if Sanitizer.isUnsafe(scalar) {
                    out += ("\\u" + hex4(scalar.value)).utf8
                } else {
                    out += UTF8.encode(scalar)!
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The shortest text that reads back as `d` (Swift's own), a whole number without `.0`
    /// (`2`, `1.25`, `1e-05`), and null for NaN and infinities, which JSON cannot write.
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
