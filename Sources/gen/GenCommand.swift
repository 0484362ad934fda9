import ArgumentParser
import Foundation
import Generator

/// `gen`: generates Swift clients, servers and types from OpenAPI documents.
@main
struct GenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract:
            "Generate Swift types, a client, typed errors and server stubs from OpenAPI 3.0, 3.1 and 3.2 documents.",
        discussion: """
            Each document becomes a module under the output folder:
            <output>/<Module>/{Types,Operations,Client,Errors,Server,Support}.swift.
            A document of 512 KB or more is written as 8 files of each but Support (Types.swift,
            Shard2+Types.swift … Shard8+Types.swift, …), so the compiler can use every core; --shards or `shards`
            in gen.yaml sets the count.
            The module name comes from the file name, or from gen.yaml beside the documents.
            A defect in one key costs that key, with a warning saying what was done instead (--strict: an error).
            The summary counts the operations and component schemas generated of those declared.
            Exit codes: 0 success, 1 errors in a document or stale files (--check), 2 usage.
            """)

    @Argument(help: "Documents, or folders whose .yaml/.yml/.json documents to generate.")
    var inputs: [String]

    @Option(name: .long, help: "The folder that receives one folder per module.")
    var output = "Generated"

    @Flag(name: .long, help: "Write nothing; print a diff and exit 1 when a generated file is stale.")
    var check = false

    @Option(name: .long, help: "A folder of .mustache templates overriding the built-in ones by file name.")
    var templates: String?

    @Option(
        name: .long, help: "Diagnostics printed per document before the rest are summed up in one note; 0 prints all.")
    var maxDiagnostics = 100

    @Option(
        name: .long, help: "A config file (gen.yaml format) for every document, instead of the gen.yaml beside each.")
    var config: String?

    @Option(name: .long, help: "The module name for the one document given, over gen.yaml and the file name.")
    var module: String?

    @Option(
        name: .long,
        help:
            "The module name for the one document given when gen.yaml names none (the plugins pass the target's name).")
    var defaultModule: String?

    @Flag(name: .long, help: "Write the one document's files straight into --output, without a module folder.")
    var flat = false

    @Option(
        name: .long,
        help: "What to generate for every document, over gen.yaml: a comma-separated list of types, client, server.")
    var modes: String?

    @Option(
        name: .long, help: "The access level of the generated declarations, over gen.yaml: public, package or internal."
    )
    var access: String?

    @Flag(
        name: .long,
        help:
            "Make defects confined to one item errors: a dangling $ref, a duplicate operationId, an undefined security scheme."
    )
    var strict = false

    @Option(
        name: .long,
        help:
            "Files per family of each module (Types.swift, Shard2+Types.swift … ShardN+Types.swift), over gen.yaml and the document's size: 1 to 16."
    )
    var shards: Int?

    func validate() throws {
        if let shards, !Driver.shardCounts.contains(shards) {
            throw ValidationError("--shards must be from 1 to \(Driver.shardCounts.upperBound), not \(shards)")
        }
        _ = try parsedModes()
        _ = try parsedAccess()
    }

    private func parsedModes() throws -> Set<Driver.Mode>? {
        guard let modes else { return nil }
        var result: Set<Driver.Mode> = [.types]
        for word in modes.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let mode = Driver.Mode(rawValue: name) else {
                throw ValidationError("unknown mode '\(name)' in --modes; modes are types, client, server")
            }
            result.insert(mode)
        }
        return result
    }

    private func parsedAccess() throws -> Driver.Access? {
        guard let access else { return nil }
        guard let level = Driver.Access(rawValue: access) else {
            throw ValidationError("--access must be public, package or internal, not '\(access)'")
        }
        return level
    }

    func run() throws {
        let driver = Driver(
            options: .init(
                inputs: inputs, output: output, check: check, templates: templates,
                maxDiagnostics: maxDiagnostics > 0 ? maxDiagnostics : nil, config: config, module: module,
                defaultModule: defaultModule, flat: flat,
                modes: try parsedModes(), access: try parsedAccess(), strict: strict, shards: shards),
            standardOutput: { print($0) },
            standardError: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        let code = driver.run()
        if code != .success { throw ExitCode(code.rawValue) }
    }
}
