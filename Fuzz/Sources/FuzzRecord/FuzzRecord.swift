import FuzzSupport
@testable import GaikoCore

/// Any bytes as a record file: decoded as the loader decodes a file, then parsed and written
/// as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if case .success(let text) = RecordDecoding.decode(buffer(data, size)) {
        _ = MeetingJSON.string(RecordParser.parse(text, source: "fuzz"))
    }
    return 0
}

/// SwiftPM makes this the program's `main`.
@_cdecl("FuzzRecord_main")
func fuzzRecordMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzOne)
}
