import Foundation
import GaikoCore

/// The terminal browser as a `Program`: a key goes through the key table to an action, the action
/// updates the state, and the state renders to a grid. Nothing here touches a terminal; the only
/// side effects are reading the search history at start and the threads that build a large
/// corpus's index and connections, and check a corpus shown from the cache. Saving a search is an
/// `Effect` the loop runs after drawing the frame.
public struct Browser: Program {
    public private(set) var state: BrowserState
    /// The keys in force (the state holds them, so help shows the same table).
    public var keyTable: KeyTable { state.keyTable }
    private let historyStore: SearchHistoryStore?
    /// The index being built in the background; nil once it is installed (or never needed).
    private var pendingIndex: BackgroundBox<SearchIndex>?
    /// The connections (people, countries, relations) likewise.
    private var pendingConnections: BackgroundBox<Connections>?
    /// The check of a corpus shown from the cache; nil once it found it current or swapped it.
    private var pendingCheck: (box: BackgroundBox<CorpusCheck.Outcome>, check: CorpusCheck)?
    /// Background work set up but not started: the first `poll`, which comes once the first
    /// frame is on the screen, starts it, so that on two cores the first frame has one to itself.
    private var unstartedBuild: (meetings: [Meeting], makeIndex: @Sendable ([Meeting]) -> SearchIndex,
                                 makeConnections: @Sendable ([Meeting]) -> Connections)?
    private var unstartedCheck: CorpusCheck?
    /// For a browser drawn first from an outline: how to get the whole corpus. Run (on this
    /// thread, after the first frame, before any key) by the first `poll` or key.
    private var unfinishedCorpus: (@Sendable () -> CorpusOpening)?
    private let backgroundIndexThreshold: Int
    private let backgroundIndexBytes: Int

    /// Corpora smaller than this are indexed before the first screen: quick enough not to notice.
    public static let defaultBackgroundIndexThreshold = 2_000
    /// Nor is a corpus with more text than this (a few huge records): indexing 50 MB takes
    /// about half a second.
    public static let defaultBackgroundIndexBytes = 4 << 20

    /// - Parameters:
    ///   - makeIndex: how the background thread gets the index (the CLI reads it from the cache).
    ///   - makeConnections: how the people, countries and relations are built, on a background
    ///     thread for the same corpora as the index.
    ///   - historyURL: where searches are remembered across sessions; nil keeps them for this
    ///     session only. The CLI passes `SearchHistoryStore.defaultURL(environment:)`: the
    ///     browser never reads the environment itself.
    ///   - parseQuery: turns prompt text into a query (tests inject parse errors here).
    ///   - backgroundIndexThreshold: corpora with at least this many meetings are indexed on a
    ///     background thread so the first screen does not wait for it.
    ///   - check: for a corpus shown from the cache before its files were looked at, how to
    ///     check them (on a background thread) and what to build for a corpus that replaces it.
    ///   - whole: when `corpus` is an outline (`StoredCollection.outline`), good for the first
    ///     frame only, how to get the corpus it stands for; `makeIndex`, `makeConnections` and
    ///     `check` are then ignored (the opening carries its own) and nothing is built for the
    ///     outline.
    public init(
        corpus: Corpus, width: Int = 80, height: Int = 24, keyTable: KeyTable = .standard,
        makeIndex: @escaping @Sendable ([Meeting]) -> SearchIndex = { SearchIndex(meetings: $0) },
        makeConnections: @escaping @Sendable ([Meeting]) -> Connections = { Connections.build($0) },
        historyURL: URL? = nil,
        parseQuery: @escaping @Sendable (String) throws(QueryError) -> SearchQuery = { text throws(QueryError) in try SearchQuery.parse(text) },
        backgroundIndexThreshold: Int = Browser.defaultBackgroundIndexThreshold,
        backgroundIndexBytes: Int = Browser.defaultBackgroundIndexBytes,
        check: CorpusCheck? = nil,
        whole: (@Sendable () -> CorpusOpening)? = nil
    ) {
        self.backgroundIndexThreshold = backgroundIndexThreshold
        self.backgroundIndexBytes = backgroundIndexBytes
        let background = whole != nil
            || Self.buildsInBackground(corpus.meetings, threshold: backgroundIndexThreshold, bytes: backgroundIndexBytes)
        state = BrowserState(corpus: corpus, width: width, height: height, buildIndex: !background,
                             buildConnections: false, keyTable: keyTable)
        state.parseQuery = parseQuery
        historyStore = historyURL.map(SearchHistoryStore.init(url:))
        if let whole {
            unfinishedCorpus = whole
        } else {
            startBuilding(corpus.meetings, inBackground: background, makeIndex: makeIndex, makeConnections: makeConnections)
            unstartedCheck = check
        }
        if let historyStore {
            do {
                for entry in try historyStore.load() { state.remember(entry) }
            } catch {
                state.status = "Could not read search history: \(Self.describe(error))"
            }
        }
    }

    /// Starts the index and connections of `meetings`: on threads of their own, or (a small
    /// corpus) the connections here and the index by the state.
    private mutating func startBuilding(_ meetings: [Meeting], inBackground background: Bool,
                                        makeIndex: @escaping @Sendable ([Meeting]) -> SearchIndex,
                                        makeConnections: @escaping @Sendable ([Meeting]) -> Connections) {
        pendingIndex = nil
        pendingConnections = nil
        if background {
            unstartedBuild = (meetings, makeIndex, makeConnections)
        } else {
            state.installConnections(makeConnections(meetings))
        }
    }

    /// Whether `meetings` are indexed (and their connections built) on threads of their own.
    private static func buildsInBackground(_ meetings: [Meeting], threshold: Int, bytes: Int) -> Bool {
        meetings.count >= threshold || hasText(meetings, moreThan: bytes)
    }

    /// Starts the threads set up by `startBuilding` and `init`.
    private mutating func startBackgroundWork() {
        if let build = unstartedBuild {
            unstartedBuild = nil
            // After handing it over: searching can start at once, and the one-letter prefixes a
            // search begins with are ready a moment later.
            pendingIndex = BackgroundBox(meetings: build.meetings, build: build.makeIndex, afterHandingOver: { $0.prepareShortPrefixes() })
            pendingConnections = BackgroundBox(meetings: build.meetings, build: build.makeConnections)
        }
        if let check = unstartedCheck {
            unstartedCheck = nil
            let run = check.run
            pendingCheck = (BackgroundBox { run().map(CorpusCheck.Outcome.changed) ?? .current }, check)
        }
    }

    /// Replaces an outline by the whole corpus, with what to build for it; false when there was
    /// none to replace.
    private mutating func finishCorpus() -> Bool {
        guard let finish = unfinishedCorpus else { return false }
        unfinishedCorpus = nil
        // The outline is let go first: at 100,000 meetings it is as big as the corpus itself.
        state = state.withoutMeetings()
        let opening = finish()
        let meetings = opening.corpus.meetings
        let background = Self.buildsInBackground(meetings, threshold: backgroundIndexThreshold, bytes: backgroundIndexBytes)
        state = state.fillingOutline(with: opening.corpus, buildIndex: !background)
        startBuilding(meetings, inBackground: background, makeIndex: opening.makeIndex, makeConnections: opening.makeConnections)
        unstartedCheck = opening.check
        return true
    }

    /// Swaps in the corpus a check found, once the state allows it (`canReplaceCorpus`); the
    /// old corpus's index and connections, built or not, are dropped with it.
    private mutating func takeCheckedCorpus() -> Bool {
        guard let (box, check) = pendingCheck, let outcome = box.take() else { return false }
        guard case .changed(let corpus) = outcome else {
            pendingCheck = nil
            return false
        }
        guard state.canReplaceCorpus else { return false }
        pendingCheck = nil
        let background = Self.buildsInBackground(corpus.meetings, threshold: backgroundIndexThreshold, bytes: backgroundIndexBytes)
        state = state.replacingCorpus(corpus, buildIndex: !background, buildConnections: false)
        startBuilding(corpus.meetings, inBackground: background, makeIndex: check.makeIndex, makeConnections: check.makeConnections)
        return true
    }

    /// Whether the meetings' body text passes `limit` bytes, counted only until it does.
    static func hasText(_ meetings: [Meeting], moreThan limit: Int) -> Bool {
        var bytes = 0
        for m in meetings {
            for text in m.lead { bytes += text.utf8.count }
            for section in m.sections {
                for p in section.paragraphs { bytes += p.text.utf8.count }
            }
            for r in m.references { bytes += r.text.utf8.count }
            if bytes > limit { return true }
        }
        return false
    }

    /// The action a key stands for now, or nil when it means nothing here.
    public func action(for key: Key) -> Action? {
        switch key {
        case .resize(let w, let h):
            return .resize(width: w, height: h)
        case .mouse(let event):
            // The prompt has the keyboard's attention; a click would pull the view from under it.
            if state.isSearching || state.goTo != nil { return nil }
            switch event.button {
            case .left: return .click(x: event.x, y: event.y)
            case .wheelUp: return .wheel(x: event.x, y: event.y, down: false)
            case .wheelDown: return .wheel(x: event.x, y: event.y, down: true)
            case .other: return nil
            }
        case .character(let c) where state.isSearching || state.goTo != nil:
            return .promptInsert(String(c))
        case .paste(let text):
            return state.isSearching || state.goTo != nil ? .promptInsert(text) : nil
        default:
            if let action = keyTable.action(for: key, in: state.keyContexts) { return action }
            // Digits no binding claims make a count, as in vim and less: `5j`.
            if case .character(let c) = key, !state.helpOpen, let digit = c.wholeNumberValue, c.isASCII,
               digit > 0 || state.pendingCount != nil {
                return .countDigit(digit)
            }
            return .unbound(key.label)
        }
    }

    public mutating func handle(_ key: Key) -> Effect {
        // A resize only lays the outline out again; anything else acts on the whole corpus.
        if case .resize = key {} else { _ = finishCorpus() }
        guard let action = action(for: key) else { return .none }
        let prompt = state.prompt
        state.apply(action)
        // A line with an error leaves the prompt open; it was not kept, even if an entry loaded
        // from the file happens to read the same.
        if case .promptAccept = action, !state.isSearching, let text = prompt?.text, !text.isEmpty, state.history.last == text,
           let historyStore {
            return .saveHistory(historyStore, entry: text)
        }
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        case .redraw: return .redraw
        case .copyCitation:
            return state.selectedMeeting.map { .copyToClipboard(Citation.of($0)) } ?? .none
        case .openRecord:
            return state.selectedMeeting.map { .page(Self.pagerRequest(for: $0)) } ?? .none
        default: return .none
        }
    }

    /// A record read from disk is shown from its file; a bundled one has only its text.
    static func pagerRequest(for meeting: Meeting) -> PagerRequest {
        let prefix = "bundled:"
        guard meeting.source.hasPrefix(prefix) else { return PagerRequest(.file(path: meeting.source)) }
        let name = String(meeting.source.dropFirst(prefix.count))
        let data = BundledRecords.files.first { $0.name == name }?.data ?? Data()
        return PagerRequest(.text(String(decoding: data, as: UTF8.self), name: name))
    }

    /// The history could not be saved: said on the status line (the search itself stands).
    public mutating func effectFailed(_ effect: Effect, error: any Error) {
        guard case .saveHistory = effect else { return }
        state.status = "Could not save search history: \(Self.describe(error))"
    }

    private static func describe(_ error: any Error) -> String {
        (error as? CocoaError)?.localizedDescription ?? "\(error)"
    }

    public func render(width: Int, height: Int) -> Grid {
        if width == state.width, height == state.height { return state.render() }
        // The loop may ask before the resize event arrives: settle a copy at that size.
        var sized = state
        sized.apply(.resize(width: width, height: height))
        return sized.render()
    }

    /// On the prompt while searching; hidden otherwise.
    public func cursor(width: Int, height: Int) -> (x: Int, y: Int)? {
        let layout = Layout(width: width, height: height, focus: state.focus, zoomed: state.zoomed)
        guard layout.mode != .tooSmall else { return nil }
        return ChromeView.promptCursor(state, rect: layout.status)
    }

    /// Installs the background index and connections as each is ready; true then, so the screen
    /// is redrawn.
    public mutating func poll() -> Bool {
        // The threads start at the next poll, so that they do not share the cores with this.
        if finishCorpus() { return true }
        startBackgroundWork()
        var changed = takeCheckedCorpus()
        if let box = pendingIndex, let index = box.take() {
            pendingIndex = nil
            state.installIndex(index)
            changed = true
        }
        if let box = pendingConnections, let connections = box.take() {
            pendingConnections = nil
            state.installConnections(connections)
            changed = true
        }
        return changed
    }

    /// Starts the background work at once (after the first frame), then checks on it every
    /// 50 ms while it runs; otherwise waits for keys.
    public var pollInterval: Int? {
        if unfinishedCorpus != nil || unstartedBuild != nil || unstartedCheck != nil { return 0 }
        return pendingIndex == nil && pendingConnections == nil && pendingCheck == nil ? nil : 50
    }
}
