#if canImport(Glibc)
import Glibc
#endif

/// What libFuzzer calls with each input.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer's driver on `body` with the process's arguments, and exits with its status.
///
/// SwiftPM points an executable's `main` at `<Target>_main`, so a target's entry point must
/// have that name and cannot be libFuzzer's own `main`; `LLVMFuzzerRunDriver` is libFuzzer's
/// way in for such programs. It is looked up rather than declared, so that it is called with
/// the C calling convention.
public func runFuzzer(_ body: FuzzInput) -> Never {
    typealias Driver = @convention(c) (
        UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>, FuzzInput
    ) -> CInt
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
        let message = "fuzz: LLVMFuzzerRunDriver not linked: build with scripts/fuzz\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        exit(2)
    }
    let driver = unsafeBitCast(symbol, to: Driver.self)
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(driver(&argc, &argv, body))
}

/// The input as a buffer (libFuzzer passes a null pointer for the empty input).
public func buffer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeRawBufferPointer {
    guard let data, size > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: data, count: size)
}
