import ArgumentParser
import GaikoCore

/// `--kind`: the JSON spellings plus the short forms people type.
extension MeetingKind: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "summit": self = .summit
        case "foreign-ministers", "fm": self = .foreignMinisters
        case "telephone", "tel": self = .telephone
        case "other": self = .other
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["summit", "foreign-ministers", "fm", "telephone", "tel", "other"] }
}

extension MeetingOrder: ExpressibleByArgument {}

extension ExportFormat: ExpressibleByArgument {}

/// `--sort name|count|recent` on `people` and `countries`.
extension IndexOrder: ExpressibleByArgument {}
