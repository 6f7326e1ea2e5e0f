/// A rectangle of cells.
public struct Rect: Sendable, Hashable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }

    /// Inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// Where everything goes at a size: title bar, panes, status line. Pure arithmetic, shared by
/// rendering, scrolling (page sizes) and mouse hit tests.
public struct Layout: Sendable, Hashable {
    public enum Mode: Sendable, Hashable {
        /// All three panes.
        case full
        /// One pane at a time: a narrow or short window, or a zoomed pane.
        case single
        /// Only a "window too small" line.
        case tooSmall
    }

    /// Narrower or shorter than this shows one pane at a time.
    public static let fullMinimum = (width: 70, height: 16)
    /// Smaller than this shows only a message.
    public static let usableMinimum = (width: 20, height: 5)

    public let mode: Mode
    public let titleBar: Rect
    public let status: Rect
    public let list: Rect?
    public let detail: Rect?
    public let timeline: Rect?

    /// `story`: the timeline tells a country's story (two rows naming who led each side), so it
    /// gets two more rows than usual.
    public init(width: Int, height: Int, focus: Pane, zoomed: Bool, story: Bool = false) {
        let width = max(0, width), height = max(0, height)
        titleBar = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        if width < Self.usableMinimum.width || height < Self.usableMinimum.height {
            mode = .tooSmall
            list = nil; detail = nil; timeline = nil
        } else if zoomed || width < Self.fullMinimum.width || height < Self.fullMinimum.height {
            mode = .single
            list = focus == .list ? body : nil
            detail = focus == .detail ? body : nil
            timeline = focus == .timeline ? body : nil
        } else {
            mode = .full
            let timelineHeight = story ? min(12, max(8, body.height / 5 + 2)) : min(10, max(6, body.height / 5))
            let upper = body.height - timelineHeight
            let listWidth = min(48, max(30, width * 3 / 8))
            list = Rect(x: 0, y: 1, width: listWidth, height: upper)
            detail = Rect(x: listWidth, y: 1, width: width - listWidth, height: upper)
            timeline = Rect(x: 0, y: 1 + upper, width: width, height: timelineHeight)
        }
    }

    public func rect(of pane: Pane) -> Rect? {
        switch pane {
        case .list: list
        case .detail: detail
        case .timeline: timeline
        }
    }

    /// The pane under a point, for mouse clicks and the wheel.
    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { rect(of: $0)?.contains(x: x, y: y) == true }
    }
}
