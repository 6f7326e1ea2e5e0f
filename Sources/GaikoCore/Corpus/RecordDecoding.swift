import Foundation

/// Reads a record's bytes as text, or says in a few words why it cannot be a record.
enum RecordDecoding {
    /// The text of `data`, or the reason it is not a record. A leading UTF-8 byte order mark is
    /// dropped; anything else that is not valid UTF-8 is refused rather than repaired, so a
    /// record's characters are always the ones written.
    static func decode(_ data: Data) -> Result<String, LoadProblem.Reason> {
        if data.isEmpty { return .failure(.empty) }
        return data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            if memchr(all.baseAddress!, 0, all.count) != nil { return .failure(.binary) }
            let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let bytes = UnsafeBufferPointer(rebasing: all[bom...])
            let text = String(decoding: bytes, as: UTF8.self)
            // Decoding repairs bad sequences with U+FFFD; any repair changes the bytes.
            guard sameBytes(text, bytes) else { return .failure(.notUTF8) }
            if text.allSatisfy(\.isWhitespace) { return .failure(.blank) }
            return .success(text)
        }
    }

    static func sameBytes(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        guard let expected = bytes.baseAddress else { return true }
        let compared = text.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, expected, bytes.count) == 0 }
        return compared ?? text.utf8.elementsEqual(bytes)
    }

    /// Reads a file (opened read-only) and decodes it.
    static func read(path: String) -> Result<String, LoadProblem.Reason> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoPermission {
            return .failure(.permissionDenied)
        } catch {
            if !FileManager.default.isReadableFile(atPath: path) { return .failure(.permissionDenied) }
            return .failure(.unreadable)
        }
        return decode(data)
    }
}

extension LoadProblem: Error {
    /// Why a file was skipped.
    public enum Reason: String, Error, Sendable, Hashable, CaseIterable {
        case permissionDenied = "cannot be read (permission denied)"
        case unreadable = "cannot be read"
        case binary = "binary file (contains NUL bytes), not a record"
        case notUTF8 = "not UTF-8 text"
        case empty = "empty file"
        case blank = "empty file (only whitespace)"
    }

    init(path: String, _ reason: Reason) {
        self.init(path: path, reason: reason.rawValue)
    }
}
