import Foundation
import Testing
@testable import GaikoCore

/// The parser on real records (`Fixtures/real-records/`), field by field against hand labels.
/// A field that matches today and stops matching fails the suite; `known-misses.txt` names the
/// fields not read yet, and a known miss that starts to match must leave that list.
@Suite("Parser: real records")
struct RealRecordTests {
    struct Record: Sendable, CustomTestStringConvertible {
        var set: String
        var file: String
        var text: String
        var labels: [String: RealRecordScoring.Value]
        var testDescription: String { "\(set)/\(file)" }
    }

    static let folder = Bundle.module.url(forResource: "Fixtures/real-records", withExtension: nil)

    static func records(_ set: String) -> [Record] {
        guard let folder,
              let data = try? Data(contentsOf: folder.appendingPathComponent("\(set)/labels.json")),
              let labels = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return labels.compactMap { label in
            guard let file = label["file"] as? String,
                  let text = try? String(contentsOf: folder.appendingPathComponent("\(set)/\(file)"), encoding: .utf8) else { return nil }
            var values: [String: RealRecordScoring.Value] = [:]
            for field in RealRecordScoring.fields { values[field] = RealRecordScoring.Value(json: label[field] ?? NSNull()) }
            return Record(set: set, file: file, text: text, labels: values)
        }
    }

    static let all = records("dev") + records("collected")

    /// Other defensible values, from `dev/README.md` and `collected/NOTES.md`.
    static let alternatives: [String: [RealRecordScoring.Value]] = [
        "dev/002.txt duration_minutes": [.number(15), .number(90), .number(105), .number(120)],
        "dev/019.txt venue": [.text("Brazil"), .text("Presidential Palace")],
        "dev/008.txt occasion": [.none],
        "dev/021.txt kind": [.text("foreign-ministers"), .text("telephone"), .text("other")],
        "dev/024.txt venue": [.text("New York")],
        "dev/004.txt date": [.text("2011-11-13")],
        "dev/020.txt date": [.text("2011-07-02")],
    ]

    /// `set/file field` → why it is not read yet.
    static let knownMisses: [String: String] = {
        guard let folder, let text = try? String(contentsOf: folder.appendingPathComponent("known-misses.txt"), encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: "#", maxSplits: 1)
            let key = parts[0].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            out[key] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return out
    }()

    static func misses(_ r: Record) -> [(field: String, label: RealRecordScoring.Value, got: RealRecordScoring.Value)] {
        let m = RecordParser.parse(r.text, source: r.file)
        let parsed = RealRecordScoring.parsed(m)
        return RealRecordScoring.fields.compactMap { field in
            let label = r.labels[field] ?? .none
            let got = parsed[field] ?? .none
            let accepted = [label] + (alternatives["\(r.set)/\(r.file) \(field)"] ?? [])
            if accepted.contains(where: { RealRecordScoring.matches(field, label: $0, got: got, venueCountry: m.venueCountry) }) { return nil }
            return (field, label, got)
        }
    }

    @Test func theFixturesLoad() {
        #expect(Self.records("dev").count == 44)
        #expect(Self.records("collected").count >= 100)
    }

    @Test(arguments: all)
    func noFieldRegresses(_ r: Record) {
        for miss in Self.misses(r) where Self.knownMisses["\(r.set)/\(r.file) \(miss.field)"] == nil {
            Issue.record("\(r.set)/\(r.file) \(miss.field): labelled \(miss.label), parsed \(miss.got)")
        }
    }

    @Test func knownMissesStillMiss() {
        let missing = Set(Self.all.flatMap { r in Self.misses(r).map { "\(r.set)/\(r.file) \($0.field)" } })
        for key in Self.knownMisses.keys.sorted() where !missing.contains(key) {
            Issue.record("\(key) matches now: take it off known-misses.txt")
        }
    }

    @Test(arguments: ["dev", "collected"])
    func scoreMeetsTheGoal(_ set: String) {
        let records = Self.records(set)
        let total = records.count * RealRecordScoring.fields.count
        let missed = records.reduce(0) { $0 + Self.misses($1).count }
        let score = Double(total - missed) / Double(max(1, total))
        #expect(score >= 0.98, "\(set): \(total - missed) of \(total) fields")
    }

    /// Counterparts' names come out as the record writes them: never reordered or recased.
    @Test(arguments: all)
    func counterpartNamesAreWrittenAsInTheRecord(_ r: Record) {
        let m = RecordParser.parse(r.text, source: r.file)
        guard let name = m.counterpart.name else { return }
        let written = name.replacingOccurrences(of: ", ", with: " ")
        let text = r.text.replacingOccurrences(of: ", ", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(written), "\(r.file): \(name)")
    }
}
