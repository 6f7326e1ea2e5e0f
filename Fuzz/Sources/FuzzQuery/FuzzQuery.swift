import FuzzSupport
@testable import GaikoCore

/// The bundled meetings, indexed once.
let corpus = CorpusLoader.bundled()
let index = SearchIndex(meetings: corpus.meetings)

/// Each input as a query typed at the prompt; when it parses, matched, ranked and highlighted
/// against the bundled meetings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // The prompt only ever holds valid text; other bytes are repaired as a terminal would.
    let text = String(decoding: buffer(data, size), as: UTF8.self)
    guard let query = try? SearchQuery.parse(text) else { return 0 }
    let matches = index.matches(query)
    _ = index.ranked(query)
    if let first = matches.first {
        _ = index.snippet(for: first, query: query, width: 60)
        _ = query.highlights(in: corpus.meetings[first].title)
    }
    _ = query.highlights(in: text)
    return 0
}

/// SwiftPM makes this the program's `main`.
@_cdecl("FuzzQuery_main")
func fuzzQueryMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzOne)
}
