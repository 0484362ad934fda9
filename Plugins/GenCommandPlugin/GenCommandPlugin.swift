import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory gen [--target NAME ...]`: writes each target's module
/// into `<target folder>/Generated/`, for committing, from the OpenAPI document in the target folder. Without
/// `--target`, every target with a document; use it for targets that do not use the build-tool plugin.
@main
struct GenCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        let targets: [Target] = names.isEmpty ? context.package.targets : try context.package.targets(named: names)
        let gen = try context.tool(named: "gen").url
        var generated = 0
        for case let target as SourceModuleTarget in targets {
            let directory = target.directoryURL
            let document: URL
            do {
                document = try PluginInputs.document(in: directory, targetName: target.name)
            } catch PluginInputs.Failure.noDocument where names.isEmpty {
                continue
            }
            var arguments = PluginInputs.genRun(
                document: document, module: target.name, folder: directory,
                output: directory.appending(path: "Generated")
            ).arguments
            if check { arguments.append("--check") }
            let process = try Process.run(gen, arguments: arguments)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CommandFailure(
                    message: "gen failed for target '\(target.name)' (exit \(process.terminationStatus))")
            }
            generated += 1
        }
        if generated == 0 {
            throw CommandFailure(
                message: "no target has an openapi.yaml, openapi.yml or openapi.json; name one with --target")
        }
    }
}

struct CommandFailure: Error, CustomStringConvertible, LocalizedError {
    var message: String
    var description: String { message }
    var errorDescription: String? { message }
}
