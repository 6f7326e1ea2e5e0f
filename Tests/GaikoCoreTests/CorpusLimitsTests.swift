import Foundation
import Testing
@testable import GaikoCore

/// What the loader refuses before reading much: files over the size limit, endless devices,
/// UTF-16 text, link loops and paths too long to open.
@Suite struct CorpusLimitsTests {
    @Test func aFileOverTheLimitIsSkippedUnreadAndTheRestLoad() throws {
        let folder = try CorpusTestFolder()
        try folder.write("good.txt", CorpusTestFolder.record(0))
        // Sparse: 3 GB that takes no disk space, and would take 3 GB of memory to read.
        let huge = try folder.write("huge.txt", Data())
        #expect(truncate(huge, 3 << 30) == 0)
        let corpus = try CorpusLoader.load(paths: [folder.path])
        #expect(corpus.meetings.count == 1)
        #expect(corpus.problems == [LoadProblem(path: huge, reason: "larger than 16 MB, too large for a record (see --max-record-size)")])
    }

    @Test func theLimitIsTheCallers() throws {
        let folder = try CorpusTestFolder()
        let record = try folder.write("a.txt", CorpusTestFolder.record(0))
        let size = CorpusTestFolder.record(0).count
        #expect(try CorpusLoader.load(paths: [record], sizeLimit: size).meetings.count == 1)
        let refused = try CorpusLoader.load(paths: [record], sizeLimit: size - 1)
        #expect(refused.meetings.isEmpty)
        #expect(refused.problems.first?.reason.hasPrefix("larger than \(size - 1) bytes") == true)
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func anEndlessDeviceIsReadOnlyToTheLimit(_ device: String) throws {
        let corpus = try CorpusLoader.load(paths: [device], sizeLimit: 1 << 16)
        #expect(corpus.meetings.isEmpty)
        #expect(corpus.problems == [LoadProblem(path: device, reason: "larger than 64 KB, too large for a record (see --max-record-size)")])
    }

    @Test func aPipeWithinTheLimitLoads() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let record = CorpusTestFolder.record(1)
        record.withUnsafeBytes { _ = write(fds[1], $0.baseAddress!, $0.count) }
        close(fds[1])
        defer { close(fds[0]) }
        let corpus = try CorpusLoader.load(paths: ["/dev/fd/\(fds[0])"])
        #expect(corpus.meetings.count == 1)
    }

    @Test func anOpenDescriptorIsReadToTheLimitAndLeftOpen() throws {
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        #expect(RecordDecoding.read(descriptor: zero, limit: 4096) == .failure(.tooLarge))
        #expect(fcntl(zero, F_GETFD) != -1)
    }

    @Test(arguments: [
        ("utf16le", [0xFF, 0xFE] + Array("Japan".utf16.flatMap { [UInt8($0), 0] })),
        ("utf16be", [0xFE, 0xFF] + Array("Japan".utf16.flatMap { [0, UInt8($0)] })),
        ("no-mark", Array("Japan-Peru Summit".utf16.flatMap { [UInt8($0), 0] })),
    ] as [(String, [UInt8])])
    func utf16TextIsCalledUTF16NotBinary(_ name: String, _ bytes: [UInt8]) throws {
        #expect(RecordDecoding.decode(Data(bytes)) == .failure(.utf16))
        #expect(LoadProblem.Reason.utf16.rawValue == "UTF-16 text (only UTF-8 is read)")
    }

    @Test func nulBytesThatAreNotUTF16AreStillBinary() {
        #expect(RecordDecoding.decode(Data([0x4A, 0x61, 0x00, 0x70, 0x01, 0xFF])) == .failure(.binary))
        #expect(RecordDecoding.decode(Data([0x00, 0x00, 0x00, 0x00, 0x41, 0x42, 0x43, 0x44])) == .failure(.binary))
    }

    @Test func aLinkLoopNamedDirectlySaysSo() throws {
        let folder = try CorpusTestFolder()
        let loop = folder.path + "/loop.txt"
        #expect(symlink("loop.txt", loop) == 0)
        let error = #expect(throws: MissingPathError.self) { try CorpusLoader.load(paths: [loop]) }
        #expect(error?.description == "gaiko: \(loop): symbolic link loop (the link leads back to itself)")
    }

    @Test func aFolderTooDeepToOpenIsNamed() throws {
        let folder = try CorpusTestFolder()
        try folder.write("near.txt", CorpusTestFolder.record(0))
        // 22 folders of 200 letters: past PATH_MAX (4,096 bytes) from the test folder. Made and
        // removed by bash, which walks them with relative paths (dash cannot).
        let name = String(repeating: "d", count: 200)
        let made = try run("cd \"$1\" && for i in $(seq 22); do mkdir \"$2\" && cd \"$2\"; done && echo x > far.txt", folder.path, name)
        #expect(made == 0)
        defer { _ = try? run("rm -rf \"$1/$2\"", folder.path, name) }

        let corpus = try CorpusLoader.load(paths: [folder.path])
        #expect(corpus.meetings.count == 1)
        let problem = try #require(corpus.problems.first)
        #expect(corpus.problems.count == 1)
        #expect(problem.reason == LoadProblem.Reason.pathTooLong.rawValue)
        #expect(problem.path.hasPrefix(folder.path + "/" + name + "/"))
        #expect(problem.path.utf8.count >= Int(PATH_MAX))
    }

    private func run(_ script: String, _ arguments: String...) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, "sh"] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
