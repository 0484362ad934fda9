import Foundation

/// What both plugins look for in a target folder.
enum PluginInputs {
    /// The files `gen --flat --shards count` writes for one document, always all of them; gen's
    /// `Shards.fileNames(count:)` (Sources/Rendering/Shards.swift), which a plugin cannot import.
    static func generatedFiles(shards count: Int) -> [String] {
        let families = ["Types", "Operations", "Client", "Errors", "Server"]
        return families.map { $0 + ".swift" } + ["Support.swift"]
            + (1..<max(count, 1)).flatMap { shard in families.map { "Shard\(shard + 1)+\($0).swift" } }
    }

    /// gen's `Shards.defaultCount(documentBytes:)`: a document of 512 KB or more is written as 8 shards.
    static let largeDocumentBytes = 512 * 1024
    static let largeCount = 8

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
        let present = documentNames.filter {
            FileManager.default.fileExists(atPath: folder.appending(path: $0).path(percentEncoded: false))
        }
        guard let name = present.first else {
            throw Failure.noDocument(target: targetName, folder: folder.path(percentEncoded: false))
        }
        guard present.count == 1 else { throw Failure.severalDocuments(target: targetName, names: present) }
        return folder.appending(path: name)
    }

    /// The `gen` run for a target folder's document, writing its files into `output`, and the files it reads
    /// (the document, `gen.yaml` beside it, `Templates/*.mustache` overrides).
    /// The shard count is decided here and passed on, so the files the build plugin declares are the ones gen
    /// writes: the top-level `shards:` of gen.yaml, or the document's size.
    static func genRun(document: URL, module: String, folder: URL, output: URL) -> (
        arguments: [String], inputs: [URL], shards: Int
    ) {
        var arguments = [
            document.path(percentEncoded: false), "--default-module", module, "--flat", "--output",
            output.path(percentEncoded: false),
        ]
        var inputs = [document]
        let config = folder.appending(path: "gen.yaml")
        var shards: Int?
        if FileManager.default.fileExists(atPath: config.path(percentEncoded: false)) {
            inputs.append(config)
            arguments += ["--config", config.path(percentEncoded: false)]
            if let configured = configuredTemplates(config: config, folder: folder) {
                inputs += templateFiles(inFolder: configured)
            }
            // A count gen refuses is left to gen, which reports it at its place in gen.yaml.
            shards = topLevelValue("shards", config: config).flatMap { Int($0) }.flatMap {
                (1...16).contains($0) ? $0 : nil
            }
        }
        let size =
            (try? FileManager.default.attributesOfItem(atPath: document.path(percentEncoded: false)))?[.size] as? Int
            ?? 0
        let count = shards ?? (size < largeDocumentBytes ? 1 : largeCount)
        arguments += ["--shards", String(count)]
        let templates = templateFiles(in: folder)
        if !templates.isEmpty {
            inputs += templates
            arguments += ["--templates", folder.appending(path: "Templates").path(percentEncoded: false)]
        }
        return (arguments, inputs, count)
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
        guard let value = topLevelValue("templates", config: config) else { return nil }
        return value.hasPrefix("/") ? URL(filePath: value) : folder.appending(path: value)
    }

    /// The value of a top-level `key: value` line of gen.yaml, unquoted and without a comment.
    static func topLevelValue(_ key: String, config: URL) -> String? {
        guard let text = try? String(contentsOf: config, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix(key + ":") {
            var value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
