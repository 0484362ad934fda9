import Foundation
import Generator
import Rendering
import Source
import TestSupport
import Testing

/// Where generated files land: only under the output folder, in one folder per module named by an identifier,
/// and never two modules in one folder, even on a case-insensitive file system.
@Suite("Output paths")
struct OutputPathTests {
    static let minimal = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"

    private func write(_ files: [String: String], in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8) }
    }

    /// Every file under `folder`, relative to it.
    private func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    @Test func oddFileNamesBecomeIdentifierFoldersInsideTheOutput() throws {
        try PackagePaths.withScratch { scratch in
            let names = ["..yaml", "😀.yaml", "a b.yaml", "1.yaml", "..%2F..%2Fescape.yaml", "con.yaml"]
            try write(Dictionary(uniqueKeysWithValues: names.map { ($0, Self.minimal) }), in: "\(scratch)/specs")
            let run = DriverRun(.init(inputs: ["\(scratch)/specs"], output: "\(scratch)/out/Generated"))
            #expect(run.exitCode == 0, "\(run.errors)")
            // Nothing beside the output folder, and inside it one identifier folder per document.
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["out", "specs"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch)/out") == ["Generated"])
            let modules = try FileManager.default.contentsOfDirectory(atPath: "\(scratch)/out/Generated").sorted()
            #expect(modules == ["AB", "Con", "U1F600", "Value", "_1", "_2F2Fescape"])
            for module in modules {
                #expect(module.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) })
            }
            #expect(files(under: "\(scratch)/out/Generated").count == modules.count * Renderer.files.count)
        }
    }

    @Test func moduleNamesThatDifferOnlyInCaseAreRefused() throws {
        try PackagePaths.withScratch { scratch in
            try write(
                [
                    "a.yaml": Self.minimal, "b.yaml": Self.minimal, "pet.yaml": Self.minimal, "Pet.yml": Self.minimal,
                    "gen.yaml": "a.yaml: {module: Api}\nb.yaml: {module: API}\n",
                ], in: "\(scratch)/specs")
            let run = DriverRun(.init(inputs: ["\(scratch)/specs"], output: "\(scratch)/out"))
            #expect(run.exitCode == 1)
            let errors = run.errors.replacingOccurrences(of: "\(scratch)/specs/", with: "").split(separator: "\n").filter { $0.contains("error:") }
            #expect(
                errors == [
                    "b.yaml: error: module name 'API' clashes with 'Api', which differs only in case, made from a.yaml; set another in gen.yaml",
                    "pet.yaml: error: module name 'Pet' clashes with 'Pet' made from Pet.yml; set another in gen.yaml",
                ])
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch)/out").sorted() == ["Api", "Pet"])
        }
    }

    @Test func anExistingFileOutsideTheModuleFoldersIsNeverTouched() throws {
        try PackagePaths.withScratch { scratch in
            try write(["pet.yaml": Self.minimal], in: "\(scratch)/specs")
            try write(["Notes.swift": "// mine\n"], in: "\(scratch)/out")
            try write(["Custom.swift": "// mine too\n"], in: "\(scratch)/out/Pet")
            let run = DriverRun(.init(inputs: ["\(scratch)/specs"], output: "\(scratch)/out"))
            #expect(run.exitCode == 0)
            #expect(try String(contentsOfFile: "\(scratch)/out/Notes.swift", encoding: .utf8) == "// mine\n")
            #expect(try String(contentsOfFile: "\(scratch)/out/Pet/Custom.swift", encoding: .utf8) == "// mine too\n")
        }
    }
}
