import Foundation
import Testing
@testable import GaikoCore

@Suite struct CorpusLoaderTests {
    @Test func bundledRecordsLoadWithTheirTitleAndSources() {
        let corpus = CorpusLoader.bundled()
        #expect(corpus.title == "Japan–Peru meetings")
        #expect(corpus.meetings.count == 5)
        #expect(corpus.problems.isEmpty)
        #expect(Set(corpus.meetings.map(\.source)) == Set(BundledRecords.files.map { "bundled:" + $0.name }))
        #expect(Set(corpus.meetings.map(\.id)).count == 5)
    }

    @Test func noPathsMeansTheBundledRecords() throws {
        let corpus = try CorpusLoader.load(paths: [])
        #expect(corpus.meetings.map(\.source) == CorpusLoader.bundled().meetings.map(\.source))
    }

    @Test func aMissingPathThrowsNamingIt() throws {
        let folder = try CorpusTestFolder()
        try folder.write("a.txt", CorpusTestFolder.record(0))
        let missing = folder.path + "/nope.txt"
        let error = #expect(throws: MissingPathError.self) {
            try CorpusLoader.load(paths: [folder.path, missing])
        }
        #expect(error?.path == missing)
        #expect(error?.description.contains(missing) == true)
    }

    @Test func badFilesAreSkippedWithAReasonAndTheRestLoads() throws {
        let folder = try CorpusTestFolder()
        try folder.write("good.txt", CorpusTestFolder.record(0))
        try folder.write("empty.txt", Data())
        try folder.write("blank.txt", text: "  \n\t\r\n  ")
        try folder.write("binary.txt", Data([0x4A, 0x61, 0x00, 0x70, 0x01, 0xFF]))
        try folder.write("latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" meeting\n".utf8))
        let locked = try folder.write("locked.txt", CorpusTestFolder.record(1))
        chmod(locked, 0o000)
        // As root, chmod 000 does not stop reads: then the locked file loads like any other.
        let lockedIsReadable = FileManager.default.contents(atPath: locked) != nil

        let corpus = try CorpusLoader.load(paths: [folder.path])
        var reasons: [String: String] = [:]
        for problem in corpus.problems { reasons[(problem.path as NSString).lastPathComponent] = problem.reason }

        #expect(reasons["empty.txt"] == LoadProblem.Reason.empty.rawValue)
        #expect(reasons["blank.txt"] == LoadProblem.Reason.blank.rawValue)
        #expect(reasons["binary.txt"] == LoadProblem.Reason.binary.rawValue)
        #expect(reasons["latin1.txt"] == LoadProblem.Reason.notUTF8.rawValue)
        #expect(corpus.problems.allSatisfy { $0.path.hasPrefix(folder.path + "/") })
        if lockedIsReadable {
            #expect(corpus.meetings.count == 2)
            #expect(reasons.count == 4)
        } else {
            #expect(reasons["locked.txt"] == LoadProblem.Reason.permissionDenied.rawValue)
            #expect(corpus.meetings.count == 1)
            #expect(reasons.count == 5)
        }
        #expect(corpus.meetings.contains { $0.source == folder.path + "/good.txt" })
    }

    @Test func aReadOnlyRecordLoadsAndIsLeftUntouched() throws {
        let folder = try CorpusTestFolder()
        let path = try folder.write("record.txt", CorpusTestFolder.record(2))
        chmod(path, 0o444)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let corpus = try CorpusLoader.load(paths: [path])
        let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(corpus.meetings.map(\.source) == [path])
        #expect(before == after)
        #expect(FileManager.default.contents(atPath: path) == CorpusTestFolder.record(2))
    }

    @Test func foldersAreSearchedRecursivelyForTextFilesOnly() throws {
        let folder = try CorpusTestFolder()
        try folder.write("top.txt", CorpusTestFolder.record(0))
        try folder.write("sub/deeper/inner.txt", CorpusTestFolder.record(1))
        try folder.write("sub/UPPER.TXT", CorpusTestFolder.record(2))
        try folder.write("sub/notes.md", CorpusTestFolder.record(3))
        try folder.write(".hidden/secret.txt", CorpusTestFolder.record(4))
        try folder.write("sub/.dotfile.txt", CorpusTestFolder.record(4))

        // A trailing slash is kept as given, without doubling it.
        let corpus = try CorpusLoader.load(paths: [folder.path + "/"])
        let sources = Set(corpus.meetings.map(\.source))
        #expect(sources == [
            folder.path + "/top.txt", folder.path + "/sub/deeper/inner.txt", folder.path + "/sub/UPPER.TXT",
        ])
        #expect(corpus.problems.isEmpty)
    }

    @Test func filesBelowAFolderComeInSortedPathOrder() throws {
        let folder = try CorpusTestFolder()
        for name in ["b.txt", "a/z.txt", "a-c.txt", "a/b/c.txt", "A.txt"] {
            try folder.write(name, CorpusTestFolder.record(0))
        }
        let files = try RecordFiles.find(in: [folder.path])
        let relative = files.map { String($0.source.dropFirst(folder.path.count + 1)) }
        #expect(relative == ["A.txt", "a/b/c.txt", "a/z.txt", "a-c.txt", "b.txt"])
    }

    /// With several subfolders at the top the walk runs on all cores; the order is the same.
    @Test func aTreeOfFoldersComesInTheSameOrderWalkedInParallel() throws {
        let folder = try CorpusTestFolder()
        var names: [String] = []
        for top in ["2019", "2020", "2020-extra", "a", "B"] {
            for name in ["z.txt", "a.txt", "m/inner.txt", "m-n.txt", "note.md"] { names.append("\(top)/\(name)") }
        }
        names += ["top.txt", "0.txt"]
        for name in names { try folder.write(name, CorpusTestFolder.record(0)) }
        let relative = try RecordFiles.find(in: [folder.path]).map { String($0.source.dropFirst(folder.path.count + 1)) }
        // Byte order, component by component; only `.txt` files.
        let expected = names.filter { $0.hasSuffix(".txt") }.sorted { a, b in
            a.split(separator: "/").map { Array($0.utf8) }.lexicographicallyPrecedes(b.split(separator: "/").map { Array($0.utf8) }) {
                $0.lexicographicallyPrecedes($1)
            }
        }
        #expect(relative == expected)
    }

    @Test func duplicateIDsGetSuffixesInFileOrder() throws {
        let folder = try CorpusTestFolder()
        for name in ["c.txt", "a.txt", "b.txt"] {
            try folder.write(name, CorpusTestFolder.record(0))
        }
        let corpus = try CorpusLoader.load(paths: [folder.path])
        let base = RecordParser.parse(String(decoding: CorpusTestFolder.record(0), as: UTF8.self), source: "").id
        let idBySource = Dictionary(uniqueKeysWithValues: corpus.meetings.map { ($0.source, $0.id) })
        #expect(idBySource[folder.path + "/a.txt"] == base)
        #expect(idBySource[folder.path + "/b.txt"] == base + "-2")
        #expect(idBySource[folder.path + "/c.txt"] == base + "-3")
    }

    @Test func manyFilesLoadInTheSameOrderEveryTimeAndInParallelAsInSequence() throws {
        let folder = try CorpusTestFolder()
        let count = CorpusLoader.parallelThreshold * 3 + 7
        for i in 0..<count {
            try folder.write("batch\(i % 3)/r\(1000 + i).txt", CorpusTestFolder.record(i))
        }
        let sequential = try CorpusLoader.load(paths: [folder.path], parallel: false)
        let first = try CorpusLoader.load(paths: [folder.path])
        let second = try CorpusLoader.load(paths: [folder.path])
        let key = { (c: Corpus) in c.meetings.map { "\($0.id) \($0.source)" } }
        #expect(first.meetings.count == count)
        #expect(key(first) == key(sequential))
        #expect(key(first) == key(second))

        // Suffixes follow file order: the k-th file (by path) with an id gets `-k`.
        var seen: [String: Int] = [:]
        let idBySource = Dictionary(uniqueKeysWithValues: first.meetings.map { ($0.source, $0.id) })
        for file in try RecordFiles.find(in: [folder.path]) {
            let text = try String(contentsOfFile: file.source, encoding: .utf8)
            let base = RecordParser.parse(text, source: file.source).id
            seen[base, default: 0] += 1
            let n = seen[base]!
            #expect(idBySource[file.source] == (n == 1 ? base : "\(base)-\(n)"))
        }
    }

    @Test func titleNamesTheFolderTheFileOrTheCount() throws {
        let folder = try CorpusTestFolder()
        let one = try folder.write("records/one.txt", CorpusTestFolder.record(0))
        let two = try folder.write("records/two.txt", CorpusTestFolder.record(1))
        #expect(try CorpusLoader.load(paths: [folder.path + "/records"]).title == "records")
        #expect(try CorpusLoader.load(paths: [one]).title == "one.txt")
        #expect(try CorpusLoader.load(paths: [one, two]).title == "2 files")
    }
}
