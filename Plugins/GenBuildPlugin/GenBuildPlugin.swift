import Foundation
import PackagePlugin

/// Generates a target's module at build time from the OpenAPI document in it (`openapi.yaml`, `.yml` or
/// `.json`), with `gen.yaml` beside it as its config and `Templates/*.mustache` as template overrides. Those
/// files are the command's inputs, so editing one of them regenerates and nothing else does.
@main
struct GenBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let directory = target.directoryURL
        let document = try PluginInputs.document(in: directory, targetName: target.name)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        let run = PluginInputs.genRun(document: document, module: target.name, folder: directory, output: output)
        return [
            .buildCommand(
                displayName: "Generating \(target.name) from \(document.lastPathComponent)",
                executable: try context.tool(named: "gen").url,
                arguments: run.arguments,
                inputFiles: run.inputs,
                outputFiles: PluginInputs.generatedFiles(shards: run.shards).map { output.appending(path: $0) })
        ]
    }
}
