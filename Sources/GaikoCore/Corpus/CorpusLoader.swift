import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A path named on the command line that does not exist.
public struct MissingPathError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// Why it cannot be found, in plain words.
    public var reason: String

    public init(path: String, reason: String = "no such file or folder") {
        self.path = path
        self.reason = reason
    }

    /// The reason `stat` gave: a loop of links or an overlong path say so rather than "no such".
    init(path: String, errno code: Int32) {
        switch code {
        case ELOOP: self.init(path: path, reason: "symbolic link loop (the link leads back to itself)")
        case ENAMETOOLONG: self.init(path: path, reason: "path too long to open")
        case EACCES: self.init(path: path, reason: "cannot be reached (permission denied)")
        default: self.init(path: path)
        }
    }

    public var description: String { "gaiko: \(Sanitizer.clean(path)): \(reason)" }
}

/// Reads record files and folders into a `Corpus`.
///
/// Files that cannot be records (unreadable, binary, not UTF-8, empty) are skipped and reported
/// as `LoadProblem`s; everything else loads. Records are only ever opened for reading. Meetings
/// whose ids collide get `-2`, `-3` … in file order, and the corpus keeps them newest first
/// (`MeetingOrder.newestFirst`: date descending, then id; undated last).
public enum CorpusLoader {
    /// The records gaiko ships with, embedded in the binary.
    public static func bundled() -> Corpus {
        let outcomes = BundledRecords.files.map { file in
            outcome(source: file.source, text: RecordDecoding.decode(file.data))
        }
        return assemble(outcomes, title: "Japan–Peru meetings")
    }

    /// Files and folders (folders searched recursively for `*.txt`); no paths means `bundled()`.
    /// Throws `MissingPathError` for a path that does not exist.
    /// A file larger than `sizeLimit` bytes is skipped with a problem, unread; pipes and devices
    /// are read no further than that.
    public static func load(paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit) throws -> Corpus {
        try load(paths: paths, sizeLimit: sizeLimit, parallel: true)
    }

    /// The same, taking each unchanged file's meeting from `cache` (see `CorpusCache`) and
    /// saving what changed, at once or, with `deferSaving`, when `cache.save()` is called. The
    /// corpus is the same as without it.
    public static func load(
        paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, cache: CorpusCache?, deferSaving: Bool = false
    ) throws -> Corpus {
        try load(paths: paths, sizeLimit: sizeLimit, parallel: true, cache: cache, deferSaving: deferSaving)
    }

    /// `parallel: false` reads the files one by one; tests use it to check both ways agree.
    static func load(
        paths: [String], sizeLimit: Int = RecordDecoding.defaultSizeLimit, parallel: Bool,
        cache: CorpusCache? = nil, deferSaving: Bool = false
    ) throws -> Corpus {
        if paths.isEmpty { return bundled() }
        let files = try RecordFiles.find(in: paths)
        let session = cache.flatMap { Self.session(of: $0, paths: paths, files: files, sizeLimit: sizeLimit) }
        return load(paths: paths, files: files, session: session, sizeLimit: sizeLimit, parallel: parallel, deferSaving: deferSaving)
    }

    /// The cache's one hook: it decides per file whether to read and parse.
    static func session(of cache: CorpusCache, paths: [String], files: [RecordFile], sizeLimit: Int) -> CacheSession? {
        cache.session(paths: paths, files: files) { source in
            // A stored body that fails its check: the record is read again (`StoredBody`).
            guard case .success(let meeting) = outcome(
                source: source, text: RecordDecoding.read(path: source, limit: sizeLimit), sizeLimit: sizeLimit)
            else { return MeetingBody() }
            return meeting.body.value
        }
    }

    /// File `i`'s text as the loader reads it (a file the walk already found wanting, its problem).
    static func reader(of files: [RecordFile], sizeLimit: Int) -> @Sendable (Int) -> Result<String, LoadProblem.Reason> {
        { i in files[i].problem.map { .failure($0) } ?? RecordDecoding.read(path: files[i].source, limit: sizeLimit) }
    }

    /// The load of `files`, found under `paths`, once the walk is done and the cache (if any)
    /// has opened its `session`.
    static func load(
        paths: [String], files: [RecordFile], session: CacheSession?, sizeLimit: Int, parallel: Bool = true,
        deferSaving: Bool = false
    ) -> Corpus {
        let readText = reader(of: files, sizeLimit: sizeLimit)
        // Nothing changed: the corpus comes whole from the cache, already arranged.
        if let ready = session?.unchangedCorpus(read: readText) {
            return Corpus(newestFirst: ready.meetings, problems: ready.problems, title: title(for: paths, fileCount: files.count))
        }
        let read: @Sendable (Int) -> Outcome = { i in
            let file = files[i]
            let readText = { readText(i) }
            let parse = { (text: Result<String, LoadProblem.Reason>) in outcome(source: file.source, text: text, sizeLimit: sizeLimit) }
            return session?.outcome(at: i, read: readText, parse: parse) ?? parse(readText())
        }
        let outcomes: [Outcome]
        if parallel, files.count >= parallelThreshold {
            let cores = ProcessInfo.processInfo.activeProcessorCount
            // Several chunks a core, so one slow file does not hold a core's whole share, and
            // none larger than 512 files: the cores take chunks as they finish, and with four
            // chunks a core one core could wait up to an eighth of a large load for the other.
            let chunk = max(8, min(512, files.count / max(1, cores * 4)))
            outcomes = OrderedParallelMap.map(Array(files.indices), chunkSize: chunk, read)
        } else {
            outcomes = files.indices.map(read)
        }
        // An unchanged collection comes with its arrangement; a changed one is arranged anew,
        // and the cache keeps that arrangement with the meetings it writes.
        let arrangement = session?.storedArrangement(fitting: outcomes) ?? CorpusArrangement(outcomes)
        session?.finish(outcomes, arrangement: arrangement, deferSaving: deferSaving)
        return assemble(consume outcomes, arrangement: arrangement, title: title(for: paths, fileCount: files.count))
    }

    /// Below this many files, starting threads costs more than it saves.
    static let parallelThreshold = 32

    typealias Outcome = Result<Meeting, LoadProblem>

    static func outcome(
        source: String, text: Result<String, LoadProblem.Reason>, sizeLimit: Int = RecordDecoding.defaultSizeLimit
    ) -> Outcome {
        switch text {
        case .success(let text): .success(RecordParser.parse(text, source: source))
        case .failure(let reason): .failure(LoadProblem(path: source, reason, sizeLimit: sizeLimit))
        }
    }

    static func assemble(_ outcomes: consuming [Outcome], title: String) -> Corpus {
        let arrangement = CorpusArrangement(copy outcomes)
        return assemble(consume outcomes, arrangement: arrangement, title: title)
    }

    /// Each meeting is copied once, into its place in the corpus: with 100,000 meetings every
    /// extra copy of the array cost a tenth of a second.
    static func assemble(_ outcomes: consuming [Outcome], arrangement: CorpusArrangement, title: String) -> Corpus {
        var problems: [LoadProblem] = []
        for i in outcomes.indices {
            if case .failure(let problem) = outcomes[i] { problems.append(problem) }
        }
        // Each meeting is moved out of `outcomes`, leaving an empty placeholder: copying it
        // and then destroying the array meant a retain and a release of every string of every
        // meeting, a sixth of a warm start from the cache.
        let placeholder = Outcome.failure(LoadProblem(path: "", reason: ""))
        var meetings = arrangement.order.map { index in
            var taken = placeholder
            swap(&taken, &outcomes[index])
            guard case .success(let meeting) = taken else { preconditionFailure("not a meeting") }
            return meeting
        }
        for r in arrangement.renamed { meetings[r.position].id = r.id }
        return Corpus(newestFirst: meetings, problems: problems, title: title)
    }

    /// One folder: its name. One file: its file name. Otherwise how many files were read.
    static func title(for paths: [String], fileCount: Int) -> String {
        if paths.count == 1 {
            let url = URL(fileURLWithPath: paths[0]).standardizedFileURL
            let name = url.lastPathComponent
            if !name.isEmpty, name != "/" { return name }
        }
        return fileCount == 1 ? "1 file" : "\(fileCount) files"
    }
}
