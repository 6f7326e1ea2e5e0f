/// Writes `JSONValue`s as text: pretty (two-space indents, one member a line) or compact (one
/// line, for NDJSON).
public enum JSONWriter {
    public static func string(_ value: JSONValue, pretty: Bool) -> String {
        var out = ""
        write(value, pretty: pretty, depth: 0, into: &out)
        return out
    }

    static func write(_ value: JSONValue, pretty: Bool, depth: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            writeList(items, open: "[", close: "]", pretty: pretty, depth: depth, into: &out) { item, out in
                write(item, pretty: pretty, depth: depth + 1, into: &out)
            }
        case .object(let members):
            writeList(members, open: "{", close: "}", pretty: pretty, depth: depth, into: &out) { member, out in
                writeString(member.key, into: &out)
                out += pretty ? ": " : ":"
                write(member.value, pretty: pretty, depth: depth + 1, into: &out)
            }
        }
    }

    static func writeList<T>(
        _ items: [T], open: String, close: String, pretty: Bool, depth: Int, into out: inout String,
        element: (T, inout String) -> Void
    ) {
        out += open
        guard !items.isEmpty else { return out += close }
        let inner = pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            out += inner
            element(item, &out)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: depth) }
        out += close
    }

    /// Quotes a string. Besides what JSON requires (quote, backslash, C0 controls), every scalar
    /// `Sanitizer` calls unsafe (DEL, C1 controls, bidi overrides) is written as `\uXXXX`: the
    /// data is unchanged, and JSON printed to a terminal can never drive it.
    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Sanitizer.isUnsafe(scalar) {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
