import GaikoCore

/// The four body layouts of the real records.
public enum RecordLayout: String, Sendable, CaseIterable {
    /// `- ` bullets, optionally followed by a `[Reference]` note (2017 summit).
    case dashBullets
    /// `1 Heading` lines over plain paragraphs (2017 foreign ministers).
    case plainSections
    /// `1. Heading` lines over `(1)` points (2014 summit).
    case dottedSections
    /// Numbered points `1.` with blank lines, or indented `  1.` without (2024, 2023).
    case numberedPoints
}

/// A generated record together with what the generator meant it to say, so tests can compare a
/// parse against the truth.
public struct SyntheticRecord: Sendable {
    public var fileName: String
    public var text: String
    public var kind: MeetingKind
    public var date: Day
    public var layout: RecordLayout
    /// The counterpart's short country name.
    public var country: String
    /// Given name first, as `Principal.name` should read.
    public var japanName: String
    public var counterpartName: String
}
