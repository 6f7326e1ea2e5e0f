import Foundation
import GaikoCore

/// A temporary folder of test files, removed when the test is done with it.
final class CorpusTestFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "gaiko-corpus-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions first so a chmod 000 file does not block removal.
        if let files = FileManager.default.enumerator(atPath: path) {
            while let relative = files.nextObject() as? String {
                chmod(path + "/" + relative, 0o755)
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `data` at `relative`, creating folders on the way; returns the full path.
    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let full = path + "/" + relative
        let folder = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ relative: String, text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }

    /// One of the bundled records, so files parse the same with any parser.
    static func record(_ index: Int) -> Data {
        BundledRecords.files[index % BundledRecords.files.count].data
    }
}
