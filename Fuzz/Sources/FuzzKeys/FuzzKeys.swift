import FuzzSupport
@testable import GaikoTerminal

/// The pure half of `KeyDecoder`: what `wget_wch` hands over (a character, a key code, a mouse
/// report), read from the input as a selector byte and four-byte words. Curses is not called.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = buffer(data, size)
    var at = 0
    func word() -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 where at < bytes.count {
            value = value << 8 | UInt32(bytes[at])
            at += 1
        }
        return value
    }
    while at < bytes.count {
        let selector = bytes[at] % 3
        at += 1
        switch selector {
        case 0: _ = KeyDecoder.key(character: word())
        case 1: _ = KeyDecoder.key(keyCode: Int32(bitPattern: word()))
        default:
            let state = word()
            let x = Int(Int16(truncatingIfNeeded: word())), y = Int(Int16(truncatingIfNeeded: word()))
            _ = KeyDecoder.mouse(state: .init(truncatingIfNeeded: state), x: x, y: y)
        }
    }
    return 0
}

/// SwiftPM makes this the program's `main`.
@_cdecl("FuzzKeys_main")
func fuzzKeysMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(fuzzOne)
}
