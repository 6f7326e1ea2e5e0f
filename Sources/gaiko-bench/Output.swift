import Foundation

/// Writes straight to the file descriptor: a child process shares stdout, and buffered output
/// would interleave out of order.
func say(_ line: String = "") {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func sayError(_ line: String) {
    FileHandle.standardError.write(Data(("gaiko-bench: " + line + "\n").utf8))
}

/// Left-aligned first column, right-aligned others, two spaces apart.
func table(_ rows: [[String]]) -> [String] {
    guard let columns = rows.map(\.count).max() else { return [] }
    let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { c, cell in
            let pad = String(repeating: " ", count: widths[c] - cell.count)
            return c == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ")
    }
}

enum Format {
    static func seconds(_ s: Double) -> String {
        if s < 0.001 { return fixed(s * 1_000_000, 1) + " µs" }
        if s < 1 { return fixed(s * 1_000, 2) + " ms" }
        return fixed(s, 3) + " s"
    }

    static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) + " MB" }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func fixed(_ x: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", x)
    }
}
