import Foundation

/// What both plugins look for in a target folder.
enum PluginInputs {
    /// The files `gen --flat` writes for one document, always all of them.
    static let generatedFiles = ["Types.swift", "Operations.swift", "Client.swift", "Errors.swift", "Server.swift", "Support.swift"]

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
        var arguments = [document.path(percentEncoded: false), "--default-module", module, "--flat", "--output", output.path(percentEncoded: false)]
        var inputs = [document]
        let config = folder.appending(path: "gen.yaml")
        if FileManager.default.fileExists(atPath: config.path(percentEncoded: false)) {
            inputs.append(config)
            arguments += ["--config", config.path(percentEncoded: false)]
            if let configured = configuredTemplates(config: config, folder: folder) {
                inputs += templateFiles(inFolder: configured)
            }
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
        templateFiles(inFolder: folder.appending(path: "Templates"))
    }

    static func templateFiles(inFolder templates: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path(percentEncoded: false))) ?? []
        return names.filter { $0.hasSuffix(".mustache") }.sorted().map { templates.appending(path: $0) }
    }

    /// The folder a top-level `templates: path` line of gen.yaml names, so its files become inputs too. A
    /// plugin cannot use gen's YAML parser; this reads the one plain line form the Getting started article
    /// documents, and gen itself reads the file properly.
    static func configuredTemplates(config: URL, folder: URL) -> URL? {
        guard let text = try? String(contentsOf: config, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("templates:") {
            var value = line.dropFirst("templates:".count).trimmingCharacters(in: .whitespaces)
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard !value.isEmpty else { return nil }
            return value.hasPrefix("/") ? URL(filePath: value) : folder.appending(path: value)
        }
        return nil
    }
}
