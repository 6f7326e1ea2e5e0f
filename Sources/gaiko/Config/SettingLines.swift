/// Where each setting sits in the config file's text, so an error can name its line. TOMLKit
/// reports lines only for syntax errors; this reads the lines of `key = …` under each `[table]`
/// header, which is how a hand-written config file is laid out.
struct SettingLines {
    private var lines: [String: Int] = [:]
    private var tables: [String: Int] = [:]

    init(_ text: String) {
        var table = ""
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                table = String(line.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                if tables[table] == nil { tables[table] = number + 1 }
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            var key = line[..<equals].trimmingCharacters(in: .whitespaces)
            if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
                key = String(key.dropFirst().dropLast())
            }
            let id = table.isEmpty ? key : table + "." + key
            if lines[id] == nil { lines[id] = number + 1 }
        }
    }

    /// The line of `key` in `table` ("" for the top level), else of the table's header, else 1.
    func line(of key: String, in table: String = "") -> Int {
        lines[table.isEmpty ? key : table + "." + key] ?? tables[table] ?? 1
    }
}

import Foundation
