import Foundation
import Generator
import Rendering
import Source
import TestSupport
import Testing

/// Small documents beside the files they must produce and the warnings they
/// get (`<name>.warnings`). Set `GEN_UPDATE_SNIPPETS=1` to rewrite the
/// expected files, then review the diff: the update does not judge the output, you do.
@Suite("Snippets: YAML in, Swift out")
struct SnippetTests {
    static let folder = PackagePaths.path("Tests/GeneratorTests/Snippets")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".gen.yaml") }.map { String($0.dropLast(5)) }.sorted()

    @Test(arguments: names)
    func snippet(name: String) throws {
        let templates = try TemplateSet.load()
        // `<name>.gen.yaml` beside a snippet holds settings for it.
        let configPath = "\(Self.folder)/\(name).gen.yaml"
        let (config, configDiagnostics) = Configuration.load(path: configPath)
        #expect(configDiagnostics.isEmpty, "\(configDiagnostics)")
        let settings = config.shared
        let result = Pipeline.generate(path: "\(Self.folder)/\(name).yaml", moduleName: "Snippet", templates: templates, options: settings.options)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        // `<name>.warnings` pins the warnings of a snippet that has some; every other snippet has none.
        let warnings = result.diagnostics.map { $0.summary.replacingOccurrences(of: Self.folder + "/", with: "") + "\n" }.joined()
        let warningsPath = "\(Self.folder)/\(name).warnings"
        if ProcessInfo.processInfo.environment["GEN_UPDATE_SNIPPETS"] == "1", !warnings.isEmpty {
            try warnings.write(toFile: warningsPath, atomically: true, encoding: .utf8)
        }
        #expect(warnings == ((try? String(contentsOfFile: warningsPath, encoding: .utf8)) ?? ""), "snippet \(name) warns differently:\n\(warnings)")
        #expect(result.files.count == Renderer.files.count)
        for file in result.files {
            let expectedPath = "\(Self.folder)/\(name).\(file.name)"
            if ProcessInfo.processInfo.environment["GEN_UPDATE_SNIPPETS"] == "1" {
                try file.contents.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            }
            let expected = (try? String(contentsOfFile: expectedPath, encoding: .utf8)) ?? ""
            let diff = UnifiedDiff.diff(old: expected, new: file.contents, oldName: "\(name).\(file.name)", newName: "generated")
            #expect(diff == nil, "snippet \(name) changed; rerun with GEN_UPDATE_SNIPPETS=1 and review:\n\(diff ?? "")")
        }
        try typeCheck(result.files, name: name)
        let mainPath = "\(Self.folder)/\(name).main.swift"
        if FileManager.default.fileExists(atPath: mainPath) { try run(result.files, main: mainPath, name: name) }
    }

    /// The folder of built modules and objects this package's debug build left, to compile snippets against.
    private static let buildFolder: String? = [".build/debug", ".build/x86_64-unknown-linux-gnu/debug", ".build/aarch64-unknown-linux-gnu/debug"]
        .map(PackagePaths.path).first { FileManager.default.fileExists(atPath: $0 + "/Modules/GenRuntime.swiftmodule") }

    /// Compiles the module with a `main.swift` that exercises it, links the runtime objects, runs it, and
    /// expects it to print `ok`: behaviour, not just the types.
    private func run(_ files: [GeneratedFile], main: String, name: String) throws {
        guard let build = Self.buildFolder else {
            Issue.record("no debug build under .build to link against")
            return
        }
        try PackagePaths.withScratch { scratch in
            // Top-level code must live in a file named main.swift.
            try FileManager.default.copyItem(atPath: main, toPath: scratch + "/main.swift")
            var paths = [scratch + "/main.swift"]
            for file in files {
                try file.contents.write(toFile: "\(scratch)/\(file.name)", atomically: true, encoding: .utf8)
                paths.append("\(scratch)/\(file.name)")
            }
            let objects = try ["GenRuntime", "OpenAPIRuntime", "HTTPTypes"].flatMap { module in
                try FileManager.default.contentsOfDirectory(atPath: "\(build)/\(module).build").filter { $0.hasSuffix(".o") }
                    .map { "\(build)/\(module).build/\($0)" }
            }
            let binary = scratch + "/snippet"
            let (compiled, compileOutput) = try execute(["swiftc", "-swift-version", "6", "-module-name", "Snippet", "-package-name", "Snippets", "-I", build + "/Modules", "-o", binary] + paths + objects)
            #expect(compiled == 0, "snippet \(name) with its main does not build:\n\(compileOutput)")
            guard compiled == 0 else { return }
            let (status, output) = try execute(["timeout", "60", binary])
            #expect(status == 0 && output == "ok\n", "snippet \(name) main failed:\n\(output)")
        }
    }

    private func execute(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// Compiles the whole generated module with `swiftc -typecheck` against the runtime modules this package
    /// built, so a snippet's output is proven to compile, warnings included.
    private func typeCheck(_ files: [GeneratedFile], name: String) throws {
        let candidates = [".build/debug/Modules", ".build/x86_64-unknown-linux-gnu/debug/Modules", ".build/aarch64-unknown-linux-gnu/debug/Modules"]
        guard let modules = candidates.map(PackagePaths.path).first(where: { FileManager.default.fileExists(atPath: $0 + "/GenRuntime.swiftmodule") }) else {
            Issue.record("no built OpenAPIRuntime module under .build to type-check against")
            return
        }
        try PackagePaths.withScratch { scratch in
            var paths: [String] = []
            for file in files {
                let path = "\(scratch)/\(file.name)"
                try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
                paths.append(path)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-module-name", "Snippet", "-package-name", "Snippets", "-I", modules] + paths
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "snippet \(name) does not compile:\n\(output)")
            #expect(!output.contains("warning:"), "snippet \(name) compiles with warnings:\n\(output)")
        }
    }
}
