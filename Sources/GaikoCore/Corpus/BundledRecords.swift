import Foundation

/// The five Japan–Peru records gaiko ships with, embedded in the binary at build time from
/// `Resources/meetings` (see the EmbedRecords build tool).
public enum BundledRecords {
    public struct File: Sendable {
        public let name: String
        public let data: Data
        /// How the record is named in `source`: `bundled:FILENAME`.
        public var source: String { "bundled:" + name }
    }

    public static let files: [File] = BundledRecordData.files.map { entry in
        File(name: entry.name, data: Data(base64Encoded: entry.base64) ?? Data())
    }
}
