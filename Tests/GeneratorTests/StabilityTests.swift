import Foundation
import Generator
import Rendering
import Source
import TestSupport
import Testing

/// Generated code is reviewed as a diff, so a change to a document must change only the lines of what
/// changed: adding a schema or an operation to a real document adds their lines and touches nothing else.
@Suite("Stability: small spec changes, small diffs")
struct StabilityTests {
    static let document = PackagePaths.corpus("official/v3.0__petstore-expanded.yaml")

    /// The generated files for a document text, by file name.
    private func generate(_ text: String, in scratch: String, name: String) throws -> [String: String] {
        let folder = "\(scratch)/\(name)"
        try FileManager.default.createDirectory(atPath: "\(folder)/specs", withIntermediateDirectories: true)
        try text.write(toFile: "\(folder)/specs/petstore.yaml", atomically: true, encoding: .utf8)
        let run = DriverRun(.init(inputs: ["\(folder)/specs"], output: "\(folder)/out"))
        #expect(run.exitCode == 0, "\(run.errors)")
        var files: [String: String] = [:]
        for file in Renderer.files {
            files[file] = try String(contentsOfFile: "\(folder)/out/Petstore/\(file).swift", encoding: .utf8)
        }
        return files
    }

    /// Lines removed and lines added between two versions of every file.
    private func changes(_ old: [String: String], _ new: [String: String]) -> (removed: [String], added: [String]) {
        var removed: [String] = []
        var added: [String] = []
        for (file, text) in old.sorted(by: { $0.key < $1.key }) {
            guard let diff = UnifiedDiff.diff(old: text, new: new[file] ?? "", oldName: file, newName: file) else { continue }
            for line in diff.split(separator: "\n") where !line.hasPrefix("---") && !line.hasPrefix("+++") {
                if line.hasPrefix("-") { removed.append(String(line)) }
                if line.hasPrefix("+") { added.append(String(line)) }
            }
        }
        return (removed, added)
    }

    @Test func addingASchemaAddsOnlyItsType() throws {
        let original = try String(contentsOfFile: Self.document, encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "components:\n  schemas:\n",
            with: "components:\n  schemas:\n    Toy:\n      type: object\n      properties:\n        squeaks: {type: boolean}\n")
        #expect(edited != original)
        try PackagePaths.withScratch { scratch in
            let (removed, added) = changes(try generate(original, in: scratch, name: "a"), try generate(edited, in: scratch, name: "b"))
            #expect(removed.isEmpty, "\(removed)")
            #expect(!added.isEmpty)
            #expect(added.filter { $0.contains("Toy") || $0.contains("squeaks") }.count >= 3, "\(added)")
            #expect(added.count <= 25, "\(added.joined(separator: "\n"))")
        }
    }

    @Test func addingAnOperationAddsOnlyItsLines() throws {
        let original = try String(contentsOfFile: Self.document, encoding: .utf8)
        let operation = """
            paths:
              /toys:
                get:
                  operationId: listToys
                  responses:
                    '200':
                      description: The toys
                      content:
                        application/json:
                          schema: {type: array, items: {type: string}}

            """
        let edited = original.replacingOccurrences(of: "paths:\n", with: operation)
        #expect(edited != original)
        try PackagePaths.withScratch { scratch in
            let (removed, added) = changes(try generate(original, in: scratch, name: "a"), try generate(edited, in: scratch, name: "b"))
            // Only lines that say nothing by themselves may move (a closing brace, a blank line).
            let meaningfulRemoved = removed.filter { $0.trimmingCharacters(in: .whitespaces).count > 3 }
            #expect(meaningfulRemoved.isEmpty, "\(removed)")
            #expect(added.contains { $0.contains("func listToys") })
            #expect(added.filter { $0.localizedCaseInsensitiveContains("toys") }.count >= 5, "\(added)")
        }
    }
}
