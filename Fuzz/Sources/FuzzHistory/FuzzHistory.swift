import FuzzSupport
@testable import GaikoUI

/// Any bytes as the search-history file, read as a whole file and as the tail of a larger one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    for midLine in [false, true] {
        let entries = SearchHistoryStore.entries(in: buffer(data, size), startsMidLine: midLine)
        precondition(entries.count <= SearchHistoryStore.limit)
        precondition(entries.allSatisfy { !$0.isEmpty && $0.utf8.count <= SearchHistoryStore.entryLimit && !$0.contains("\n") })
    }
    return 0
}

/// SwiftPM makes this the program's `main`.
@_cdecl("FuzzHistory_main")
func fuzzHistoryMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzOne)
}
