/// What a cell means, not how it looks: the terminal's palette turns roles into attributes and
/// colours for 256, 8 or no colours, and each role keeps a cue that needs no colour.
public enum StyleRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    case titleBar
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    case selected          // the selected row or mark (reverse video without colour)
    case selectedUnfocused // selection in a pane without focus
    case heading
    case label             // metadata labels in the detail header
    case dim
    case kindSummit
    case kindForeignMinisters
    case kindTelephone
    case kindOther
    case match             // search hit
    case currentMatch      // the hit n/N moved to
    case status
    case statusMode
    case prompt
    case error
    case placeholder       // a control character from a record, made visible
    case reference
    case axis
}
