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
        var inputs = [document]
        var arguments = [document.path(percentEncoded: false), "--module", target.name, "--flat", "--output", output.path(percentEncoded: false)]
        let config = directory.appending(path: "gen.yaml")
        if FileManager.default.fileExists(atPath: config.path(percentEncoded: false)) {
            inputs.append(config)
            arguments += ["--config", config.path(percentEncoded: false)]
        }
        let templates = PluginInputs.templateFiles(in: directory)
        if !templates.isEmpty {
            inputs += templates
            arguments += ["--templates", directory.appending(path: "Templates").path(percentEncoded: false)]
        }
        return [
            .buildCommand(
                displayName: "Generating \(target.name) from \(document.lastPathComponent)",
                executable: try context.tool(named: "gen").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: PluginInputs.generatedFiles.map { output.appending(path: $0) })
        ]
    }
}
