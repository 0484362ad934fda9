import Foundation
import Generator
import Rendering
import Source
import TestSupport
import Testing

/// `gen page.txt`: the seeds as they were published, documentation pages with the document in a fenced block.
@Suite("Documentation pages as input")
struct DocumentPageGenerationTests {
    static let seeds: [String] = {
        let folder = ((PackagePaths.root as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared/seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }()

    /// Each generated file by name.
    private func generated(_ input: String, into folder: String) throws -> [String: String] {
        let run = DriverRun(.init(inputs: [input], output: folder, module: "Seed"))
        #expect(run.exitCode == 0, "\(run.errors)")
        #expect(run.errors.contains("0 errors, 0 warnings"), "\(run.errors)")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/Seed") {
            files[name] = try String(contentsOfFile: folder + "/Seed/" + name, encoding: .utf8)
        }
        return files
    }

    @Test func theSeedsExist() {
        #expect(Self.seeds.count == 5, "../shared/seeds must sit beside the checkout")
    }

    @Test(arguments: seeds)
    func aSeedPageGeneratesWhatItsDocumentDoes(page: String) throws {
        let document = String(page.dropLast(".txt".count)) + ".yaml"
        try PackagePaths.withScratch { scratch in
            let fromPage = try generated(page, into: scratch + "/page")
            let fromDocument = try generated(document, into: scratch + "/document")
            #expect(fromPage.count == Renderer.files.count)
            let pageName = (page as NSString).lastPathComponent
            let documentName = (document as NSString).lastPathComponent
            for (name, text) in fromDocument {
                // Only the file name the header and remarks quote differs.
                #expect(fromPage[name]?.replacingOccurrences(of: pageName, with: documentName) == text, "\(name) differs")
            }
        }
    }

    @Test func aDiagnosticPointsAtThePagesOwnLineAndColumn() throws {
        try PackagePaths.withScratch { scratch in
            let page = """
                # Pets

                Lists the pets.

                ```yaml GET /pets
                openapi: 3.0.3
                info: {title: Pets, version: "1"}
                paths:
                  /pets:
                    get:
                      responses:
                        "200": {description: ok}
                      colour: blue
                ```

                """
            try page.write(toFile: scratch + "/pets.md", atomically: true, encoding: .utf8)
            let run = DriverRun(.init(inputs: [scratch + "/pets.md"], output: scratch + "/out"))
            #expect(run.exitCode == 0)
            #expect(run.errors.hasPrefix("""
                \(scratch)/pets.md:13:7: warning: unknown key 'colour' in an operation is ignored
                      colour: blue
                      ^

                """), "\(run.errors)")
            #expect(FileManager.default.fileExists(atPath: scratch + "/out/Pets/Client.swift"))
        }
    }

    @Test func aPageWithoutADocumentIsAnErrorAndWritesNothing() throws {
        try PackagePaths.withScratch { scratch in
            try "# Notes\n\n```yaml\nretries: 3\n```\n".write(toFile: scratch + "/notes.md", atomically: true, encoding: .utf8)
            let run = DriverRun(.init(inputs: [scratch + "/notes.md"], output: scratch + "/out"))
            #expect(run.exitCode == 1)
            #expect(run.errors.hasPrefix(
                "\(scratch)/notes.md: error: this page holds no OpenAPI document: expected one fenced ```yaml (or ```json) block with an 'openapi' key\n"),
                "\(run.errors)")
            #expect(!FileManager.default.fileExists(atPath: scratch + "/out"))
        }
    }
}
