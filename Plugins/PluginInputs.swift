import Foundation

/// What both plugins look for in a target folder.
enum PluginInputs {
    /// The files `gen --flat` writes for one document, always all of them.
    static let generatedFiles = ["Types.swift", "Client.swift", "Errors.swift", "Server.swift", "Support.swift"]

    static let documentNames = ["openapi.yaml", "openapi.yml", "openapi.json"]

    enum Failure: Error, CustomStringConvertible, LocalizedError {
        case noDocument(target: String, folder: String)
        case severalDocuments(target: String, names: [String])

        var description: String {
            switch self {
            case .noDocument(let target, let folder):
                "target '\(target)' uses the gen plugin but has no openapi.yaml, openapi.yml or openapi.json in \(folder); add one"
            case .severalDocuments(let target, let names):
                "target '\(target)' has \(names.joined(separator: " and ")); keep one"
            }
        }

        var errorDescription: String? { description }
    }

    /// The target's one OpenAPI document.
    static func document(in folder: URL, targetName: String) throws -> URL {
        let present = documentNames.filter { FileManager.default.fileExists(atPath: folder.appending(path: $0).path(percentEncoded: false)) }
        guard let name = present.first else { throw Failure.noDocument(target: targetName, folder: folder.path(percentEncoded: false)) }
        guard present.count == 1 else { throw Failure.severalDocuments(target: targetName, names: present) }
        return folder.appending(path: name)
    }

    /// The `gen` run for a target folder's document, writing its files into `output`, and the files it reads
    /// (the document, `gen.yaml` beside it, `Templates/*.mustache` overrides).
    static func genRun(document: URL, module: String, folder: URL, output: URL) -> (arguments: [String], inputs: [URL]) {
        var arguments = [document.path(percentEncoded: false), "--module", module, "--flat", "--output", output.path(percentEncoded: false)]
        var inputs = [document]
        let config = folder.appending(path: "gen.yaml")
        if FileManager.default.fileExists(atPath: config.path(percentEncoded: false)) {
            inputs.append(config)
            arguments += ["--config", config.path(percentEncoded: false)]
        }
        let templates = templateFiles(in: folder)
        if !templates.isEmpty {
            inputs += templates
            arguments += ["--templates", folder.appending(path: "Templates").path(percentEncoded: false)]
        }
        return (arguments, inputs)
    }

    /// The `.mustache` files of the target's `Templates/` folder, the overrides `gen --templates` reads.
    static func templateFiles(in folder: URL) -> [URL] {
        let templates = folder.appending(path: "Templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path(percentEncoded: false))) ?? []
        return names.filter { $0.hasSuffix(".mustache") }.sorted().map { templates.appending(path: $0) }
    }
}
