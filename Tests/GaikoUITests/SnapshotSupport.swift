import Foundation
import Testing
@testable import GaikoUI

/// Compares a rendered screen with `Snapshots/<name>.txt` next to this file, or rewrites the file
/// when `GAIKO_UPDATE_SNAPSHOTS=1`, so intended changes show up as diffs in review.
func assertSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = grid.text + "\n"
    if ProcessInfo.processInfo.environment["GAIKO_UPDATE_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing snapshot \(file.path); run with GAIKO_UPDATE_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record(Comment(rawValue: firstDifference(expected: expected, actual: actual, name: name)), sourceLocation: sourceLocation)
    }
}

/// The first differing line of two screens, shown one above the other.
func firstDifference(expected: String, actual: String, name: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    for i in 0..<max(e.count, a.count) {
        let el = i < e.count ? e[i] : "<none>", al = i < a.count ? a[i] : "<none>"
        if el != al {
            return "snapshot \(name) differs at line \(i + 1):\n  expected: |\(el)|\n  actual:   |\(al)|"
        }
    }
    return "snapshot \(name) differs"
}

/// A browser over the fixture corpus at a size, after `keys`: no history file, index built
/// before the first screen.
func browser(_ width: Int, _ height: Int, corpus: GaikoCore.Corpus = Fixtures.corpus, keys: [Key] = []) -> Browser {
    var b = Browser(corpus: corpus, width: width, height: height, historyURL: nil, backgroundIndexThreshold: .max, backgroundIndexBytes: .max)
    for key in keys { _ = b.handle(key) }
    return b
}

func chars(_ s: String) -> [Key] { s.map { Key.character($0) } }

import GaikoCore
