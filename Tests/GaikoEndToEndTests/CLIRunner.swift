import Foundation
import Testing

/// Runs the built `gaiko` binary, which SwiftPM puts in the same products folder as the test
/// executable.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The binary next to the running tests, or nil when it has not been built.
    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            // On macOS the test bundle sits inside Contents/MacOS; walk up to the products folder.
            var url = folder
            for _ in 0..<4 {
                let gaiko = url.appendingPathComponent("gaiko")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: gaiko.path, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: gaiko.path) {
                    return gaiko
                }
                url = url.deletingLastPathComponent()
            }
        }
        return nil
    }()

    /// Where the binary keeps its record cache during the tests (`XDG_CACHE_HOME`).
    static let cacheHome = NSTemporaryDirectory() + "gaiko-test-cache-" + UUID().uuidString

    /// Runs `executable` (default: the built gaiko) with `arguments`, stdin empty, in `directory`.
    /// The environment is this process's minus colour and width settings, plus `environment`.
    static func run(
        _ arguments: [String], executable: URL? = nil, in directory: String? = nil,
        environment: [String: String] = [:]
    ) throws -> Result {
        let binary = try #require(executable ?? binary, "build the gaiko product first: swift build --build-tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["COLUMNS"] = nil
        // The user's own config file never reaches a test; a test that wants one passes its own.
        env["XDG_CONFIG_HOME"] = "/nonexistent/gaiko-tests"
        // A cache of this test run's own, never the user's.
        env["XDG_CACHE_HOME"] = cacheHome
        env.merge(environment) { $1 }
        process.environment = env

        // Files, not pipes: a large output can never fill a pipe and stall the child.
        let folder = NSTemporaryDirectory() + "gaiko-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/out", errPath = folder + "/err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        )
    }

    /// Copies an executable so that it can be run at once. `cp` makes the copy in its own
    /// process: a file that any process holds open for writing cannot be executed (ETXTBSY), and
    /// had this process written it, every child that tests running in parallel spawned meanwhile
    /// would have inherited the descriptor and kept it until its exec, or for its whole life
    /// (the tmux harness's posix_spawn closes nothing).
    static func copyExecutable(_ source: URL, to destination: String) throws -> URL {
        let copied = try run([source.path, destination], executable: URL(fileURLWithPath: "/bin/cp"))
        try #require(copied.status == 0, "cp failed: \(copied.stderr)")
        return URL(fileURLWithPath: destination)
    }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "gaiko-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
