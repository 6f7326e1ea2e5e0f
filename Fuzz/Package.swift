// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer), one per entry point that reads outside input. A
// package of their own, so `swift build` and `swift test` of gaiko never build them; build and
// run one with `scripts/fuzz TARGET [SECONDS]`.
//
// `scripts/fuzz` instruments every module for coverage (`-sanitize=address` and
// `-sanitize-coverage=…`, what `-sanitize=fuzzer` adds when compiling), but only these targets
// link libFuzzer, whose `main` drives them: linked into gaiko's build tool (`EmbedRecords`,
// which SwiftPM builds with the same flags) it would replace the tool's own.
func fuzzTarget(_ name: String, _ library: Target.Dependency) -> Target {
    .executableTarget(
        name: name, dependencies: [library, "FuzzSupport"],
        // No top-level code: each target's `<Target>_main` hands over to libFuzzer.
        swiftSettings: [.unsafeFlags(["-parse-as-library"])],
        // The driver is kept and exported so that `runFuzzer` can find it (FuzzSupport).
        linkerSettings: [.unsafeFlags([
            "-sanitize=fuzzer,address",
            "-Xlinker", "-u", "-Xlinker", "LLVMFuzzerRunDriver",
            "-Xlinker", "--export-dynamic-symbol=LLVMFuzzerRunDriver",
        ])]
    )
}
let package = Package(
    name: "gaiko-fuzz",
    dependencies: [.package(name: "gaiko", path: "..")],
    targets: [
        fuzzTarget("FuzzRecord", .product(name: "GaikoCore", package: "gaiko")),
        fuzzTarget("FuzzQuery", .product(name: "GaikoCore", package: "gaiko")),
        fuzzTarget("FuzzKeys", .product(name: "GaikoTerminal", package: "gaiko")),
        fuzzTarget("FuzzHistory", .product(name: "GaikoUI", package: "gaiko")),
        .target(name: "FuzzSupport"),
    ],
    swiftLanguageModes: [.v6]
)
