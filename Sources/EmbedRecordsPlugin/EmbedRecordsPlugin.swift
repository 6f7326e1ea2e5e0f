import Foundation
import PackagePlugin

/// Runs EmbedRecords over Resources/meetings so GaikoCore carries the bundled records inside the
/// binary: a copied `gaiko` needs no resource folder beside it.
@main
struct EmbedRecordsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL
            .appending(path: "Resources").appending(path: "meetings")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledRecordData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) bundled records",
                executable: try context.tool(named: "EmbedRecords").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
