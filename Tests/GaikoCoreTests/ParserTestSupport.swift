import Foundation
import Testing
@testable import GaikoCore

/// One object of `Fixtures/expected.json`.
struct ExpectedRecord: Decodable, Sendable, CustomTestStringConvertible {
    struct Person: Decodable, Sendable {
        var name: String?
        var family_name: String?
        var title: String?
        var country: String?
    }

    var file: String
    var id: String
    var title: String
    var date: String?
    var kind: String
    var japan: Person
    var counterpart: Person
    var venue: String?
    var venue_country: String?
    var occasion: String?
    var start_local: String?
    var end_local: String?
    var start_jst: String?
    var duration_minutes: Int?
    var section_titles: [String]
    var paragraph_count: Int
    var references: [String]

    var testDescription: String { file }
}

enum ParserFixtures {
    static let expected: [ExpectedRecord] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/expected", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let records = try? JSONDecoder().decode([ExpectedRecord].self, from: data) else { return [] }
        return records
    }()

    /// The bundled record named `file`, parsed.
    static func bundled(_ file: String) -> Meeting? {
        guard let record = BundledRecords.files.first(where: { $0.name == file }) else { return nil }
        return RecordParser.parse(String(decoding: record.data, as: UTF8.self), source: record.source)
    }

    /// The bundled record named `file` as text.
    static func bundledText(_ file: String) -> String? {
        BundledRecords.files.first(where: { $0.name == file }).map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// A test record from `Fixtures/records/`.
    static func record(_ name: String) throws -> Meeting {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/records/" + name, withExtension: nil))
        let text = try String(contentsOf: url, encoding: .utf8)
        return RecordParser.parse(text, source: url.path)
    }
}
