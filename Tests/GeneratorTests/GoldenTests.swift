import Foundation
import Generator
import Rendering
import Source
import TestSupport
import Testing

/// `Generated/` must be exactly what `gen specs/` makes now.
@Suite("Golden: Generated/ matches specs/")
struct GoldenTests {
    @Test func generatedMatchesAFreshRun() throws {
        try PackagePaths.withScratch { scratch in
            let run = DriverRun(.init(inputs: [PackagePaths.path("specs")], output: scratch))
            #expect(run.exitCode == 0, "gen failed:\n\(run.errors)")
            var diffs: [String] = []
            let modules = try FileManager.default.contentsOfDirectory(atPath: scratch).sorted()
            #expect(modules == ["Devin", "Hookworks", "Landmine", "LiveAvatar", "Pipecat", "PrimeIntellect", "Quiva", "Streamworks", "Wireworks"])
            for module in modules {
                for file in Renderer.files.map({ $0 + ".swift" }) {
                    let fresh = try String(contentsOfFile: "\(scratch)/\(module)/\(file)", encoding: .utf8)
                    let committedPath = PackagePaths.path("Generated/\(module)/\(file)")
                    let committed = (try? String(contentsOfFile: committedPath, encoding: .utf8)) ?? ""
                    if let diff = UnifiedDiff.diff(old: committed, new: fresh, oldName: "Generated/\(module)/\(file)", newName: "fresh") {
                        diffs.append(diff)
                    }
                }
            }
            #expect(diffs.isEmpty, "Generated/ is stale. Run `swift run gen specs/`, review the diff, and commit it.\n\(diffs.joined(separator: "\n"))")
        }
    }
}

/// The `gen` command as a user runs it: writing, checking, restoring, and its exit codes.
@Suite("gen: write, check, diagnostics")
struct DriverTests {
    /// Copies specs/ into a scratch folder and generates once.
    private func prepared(_ scratch: String) throws -> (specs: String, output: String) {
        let specs = scratch + "/specs"
        try FileManager.default.copyItem(atPath: PackagePaths.path("specs"), toPath: specs)
        let output = scratch + "/Generated"
        let first = DriverRun(.init(inputs: [specs], output: output))
        #expect(first.exitCode == 0)
        return (specs, output)
    }

    @Test func aDeletedModuleIsRestoredByteForByte() throws {
        try PackagePaths.withScratch { scratch in
            let (specs, output) = try prepared(scratch)
            try FileManager.default.removeItem(atPath: output + "/Pipecat")
            let run = DriverRun(.init(inputs: [specs], output: output))
            #expect(run.exitCode == 0)
            #expect(run.output.components(separatedBy: "\n").filter { $0.hasPrefix("wrote") }.count == Renderer.files.count)
            for file in Renderer.files {
                let restored = FileManager.default.contents(atPath: "\(output)/Pipecat/\(file).swift")
                let committed = FileManager.default.contents(atPath: PackagePaths.path("Generated/Pipecat/\(file).swift"))
                #expect(restored != nil && restored == committed, "\(file).swift differs")
            }
        }
    }

    @Test func aSecondRunWritesNothing() throws {
        try PackagePaths.withScratch { scratch in
            let (specs, output) = try prepared(scratch)
            let before = try FileManager.default.attributesOfItem(atPath: output + "/Quiva/Types.swift")[.modificationDate] as? Date
            let run = DriverRun(.init(inputs: [specs], output: output))
            #expect(run.exitCode == 0)
            #expect(run.output.isEmpty)
            #expect(run.errors.hasSuffix("gen: 9 documents, 0 errors, 6 warnings, 0 files written; 46 of 46 operations, 173 of 173 schemas\n"))
            let after = try FileManager.default.attributesOfItem(atPath: output + "/Quiva/Types.swift")[.modificationDate] as? Date
            #expect(before == after)
        }
    }

    @Test func checkFailsWithADiffNamingAHandEditedFile() throws {
        try PackagePaths.withScratch { scratch in
            let (specs, output) = try prepared(scratch)
            let edited = output + "/Pipecat/Types.swift"
            let text = try String(contentsOfFile: edited, encoding: .utf8)
            try text.replacingOccurrences(of: "public var code: String?", with: "public var code: Int?")
                .write(toFile: edited, atomically: true, encoding: .utf8)
            let run = DriverRun(.init(inputs: [specs], output: output, check: true))
            #expect(run.exitCode == 1)
            #expect(run.output.contains("--- \(edited)\n+++ \(edited) (generated)\n"))
            #expect(run.output.contains("-    public var code: Int?\n+    public var code: String?\n"))
            #expect(run.errors.contains("\(edited): error: stale"))
            #expect(try String(contentsOfFile: edited, encoding: .utf8).contains("public var code: Int?"), "check must not write")
        }
    }

    @Test func checkPassesOnAFreshOutput() throws {
        try PackagePaths.withScratch { scratch in
            let (specs, output) = try prepared(scratch)
            let run = DriverRun(.init(inputs: [specs], output: output, check: true))
            #expect(run.exitCode == 0)
            #expect(run.output.isEmpty)
        }
    }

    @Test func anOverrideTemplateReplacesItsFileAndOnlyThatFile() throws {
        try PackagePaths.withScratch { scratch in
            let templates = scratch + "/templates"
            try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
            try "{{% CONTENT_TYPE: TEXT}}\n{{{header}}}\n{{#operations}}\n// {{name}} fails with {{errorType}}\n{{/operations}}\n"
                .write(toFile: templates + "/Errors.mustache", atomically: true, encoding: .utf8)
            let run = DriverRun(.init(inputs: [PackagePaths.path("specs/pipecat.yaml")], output: scratch + "/out", templates: templates))
            #expect(run.exitCode == 0)
            let errors = try String(contentsOfFile: scratch + "/out/Pipecat/Errors.swift", encoding: .utf8)
            #expect(errors == "// Generated by gen from pipecat.yaml. Do not edit.\n// deleteSecretFromSet fails with DeleteSecretFromSetError\n")
            let types = FileManager.default.contents(atPath: scratch + "/out/Pipecat/Types.swift")
            #expect(types == FileManager.default.contents(atPath: PackagePaths.path("Generated/Pipecat/Types.swift")))
        }
    }

    /// A key the context does not have would render as nothing in Mustache; gen stops at it, in the file and on
    /// the line of the template, whether the template renders a file or a declaration nested in another.
    @Test func aMisspeltKeyInAnOverrideIsAnErrorAtItsTag() throws {
        try PackagePaths.withScratch { scratch in
            let templates = scratch + "/templates"
            try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
            try "{{% CONTENT_TYPE: TEXT}}\n{{#operations}}\n// {{errorTyp}}\n{{/operations}}\n"
                .write(toFile: templates + "/Errors.mustache", atomically: true, encoding: .utf8)
            try "{{% CONTENT_TYPE: TEXT}}\nstruct {{nmae}} {}\n".write(toFile: templates + "/type.mustache", atomically: true, encoding: .utf8)
            let run = DriverRun(.init(inputs: [PackagePaths.path("specs/quiva.yaml")], output: scratch + "/out", templates: templates))
            #expect(run.exitCode == 1)
            #expect(run.errors.hasPrefix(
                "\(templates)/type.mustache:2:8: error: no context here has the key 'nmae'; Templates/Context.md lists the keys of each context\n"),
                "\(run.errors)")
            try FileManager.default.removeItem(atPath: templates + "/type.mustache")
            let second = DriverRun(.init(inputs: [PackagePaths.path("specs/quiva.yaml")], output: scratch + "/out", templates: templates))
            #expect(second.exitCode == 1)
            #expect(second.errors.hasPrefix(
                "\(templates)/Errors.mustache:3:4: error: no context here has the key 'errorTyp'; Templates/Context.md lists the keys of each context\n"),
                "\(second.errors)")
            #expect(!FileManager.default.fileExists(atPath: scratch + "/out/Quiva/Errors.swift"), "a failed render writes nothing")
        }
    }

    @Test func aMissingInputIsAUsageError() {
        let run = DriverRun(.init(inputs: ["/no/such/specs"], output: "/tmp/unused"))
        #expect(run.exitCode == 2)
        #expect(run.errors == "gen: error: no such file or folder: /no/such/specs\n")
    }

    @Test func aBrokenDocumentGetsCompilerStyleDiagnosticsAndNoCode() throws {
        try PackagePaths.withScratch { scratch in
            let spec = scratch + "/broken.yaml"
            try """
                openapi: 3.0.0
                info:
                  title: Broken
                  version: 1.0.0
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Pet'
                """.write(toFile: spec, atomically: true, encoding: .utf8)
            // A dangling reference costs only what refers to it: a warning, and a JSON value in its place.
            let lenient = DriverRun(.init(inputs: [spec], output: scratch + "/lenient"))
            #expect(lenient.exitCode == 0)
            #expect(
                lenient.errors.contains(
                    "\(spec):15:23: warning: unresolved reference '#/components/schemas/Pet': no 'components' in the document root; generated as any JSON value\n"))
            #expect(FileManager.default.fileExists(atPath: scratch + "/lenient/Broken/Types.swift"))
            // `--strict` makes it an error, and no code is written.
            let run = DriverRun(.init(inputs: [spec], output: scratch + "/out", strict: true))
            #expect(run.exitCode == 1)
            let expected = [
                "\(spec):8:7: warning: path parameter '{id}' is not declared; it is generated as a required string",
                "      operationId: getPet",
                "      ^",
                "\(spec):15:23: error: unresolved reference '#/components/schemas/Pet': no 'components' in the document root",
                "                $ref: '#/components/schemas/Pet'",
                "                      ^",
                "gen: 1 document, 1 error, 1 warning, 0 files written; 0 of 1 operation, 0 of 0 schemas",
                "",
            ]
            #expect(run.errors == expected.joined(separator: "\n"))
            #expect(!FileManager.default.fileExists(atPath: scratch + "/out"))
        }
    }
}
