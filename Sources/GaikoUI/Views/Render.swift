import GaikoCore

extension BrowserState {
    /// When one pane has the screen, its title says how to get the others back.
    var singlePaneHint: String {
        guard layout.mode == .single else { return "" }
        return zoomed ? " · z: all panes" : " · Tab: " + focus.next.title
    }

    /// The whole screen at the state's size. Pure: reads the state, writes only the grid.
    public func render() -> Grid {
        var grid = Grid(width: width, height: height)
        let layout = self.layout
        if layout.mode == .tooSmall {
            ChromeView.tooSmall(into: &grid)
            return grid
        }
        ChromeView.titleBar(self, into: &grid, rect: layout.titleBar)
        if let r = layout.list { ListView.draw(self, into: &grid, rect: r, focused: focus == .list && !helpOpen) }
        if let r = layout.detail { DetailView.draw(self, into: &grid, rect: r, focused: focus == .detail && !helpOpen) }
        if let r = layout.timeline { TimelineView.draw(self, into: &grid, rect: r, focused: focus == .timeline && !helpOpen) }
        if helpOpen { HelpView.draw(self, into: &grid) }
        ChromeView.statusLine(self, into: &grid, rect: layout.status)
        return grid
    }
}
