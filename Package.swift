// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gaiko",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gaiko", targets: ["gaiko"]),
        .executable(name: "gaiko-bench", targets: ["gaiko-bench"]),
        .library(name: "GaikoCore", targets: ["GaikoCore"]),
        // For the fuzz targets in Fuzz/, a separate package that depends on this one by path.
        .library(name: "GaikoUI", targets: ["GaikoUI"]),
        .library(name: "GaikoTerminal", targets: ["GaikoTerminal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The curses C library, linked directly: pkg-config on Debian adds flags SwiftPM rejects.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Signal handlers and the state they share, as C with one copy of that state.
        .target(name: "CGaikoSignals", path: "Sources/CGaikoSignals"),

        // Turns Resources/meetings into Swift source at build time, so the bundled records live
        // inside the binary and it runs from wherever it is copied.
        .executableTarget(name: "EmbedRecords", path: "Sources/EmbedRecords"),
        .plugin(
            name: "EmbedRecordsPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRecords"],
            path: "Sources/EmbedRecordsPlugin"
        ),

        // The C library's wcwidth, which Swift's Glibc module does not export.
        .target(name: "CWidth", path: "Sources/CWidth"),
        // The model: meetings, parser, corpus, search, timeline. Foundation at most, never curses.
        .target(
            name: "GaikoCore",
            dependencies: ["CWidth"],
            plugins: ["EmbedRecordsPlugin"]
        ),
        // Pure browser logic: keys, actions, state, update, rendering into a cell grid.
        .target(name: "GaikoUI", dependencies: ["GaikoCore"]),
        // The only code that talks to curses.
        .target(name: "GaikoTerminal", dependencies: ["GaikoUI", "GaikoCore", "CNcursesw", "CGaikoSignals"]),
        // Synthetic records for benchmarks and scale tests.
        .target(name: "GaikoSynth", dependencies: ["GaikoCore"]),

        .executableTarget(
            name: "gaiko",
            dependencies: [
                "GaikoCore", "GaikoUI", "GaikoTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "gaiko-bench",
            dependencies: ["GaikoCore", "GaikoSynth", "GaikoUI"]
        ),

        .testTarget(
            name: "GaikoCoreTests",
            dependencies: ["GaikoCore", "GaikoSynth"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GaikoUITests",
            dependencies: ["GaikoUI", "GaikoCore"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "GaikoTerminalTests",
            dependencies: ["GaikoTerminal", "GaikoUI", "CNcursesw"]
        ),
        .testTarget(
            name: "GaikoEndToEndTests",
            dependencies: ["GaikoCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
