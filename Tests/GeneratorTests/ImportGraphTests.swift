import Foundation
import Testing
import TestSupport

/// Holds the stage rule: a pipeline stage imports only `Source` (what every stage shares) and the stage before
/// it, so YAML nodes stay in the model stage and IR types in lowering and rendering; the driver, which runs the
/// stages in order, is the one target that sees them all, and the `gen` executable sees only the driver. Reads
/// every `import` under `Sources/`.
@Suite("Imports follow the stage graph")
struct ImportGraphTests {
    /// What each target under `Sources/` may import, besides Foundation.
    static let allowed: [String: Set<String>] = [
        "Source": [],
        "YAML": ["CYAML", "Source"],
        "OpenAPI": ["YAML", "Source"],
        "Lowering": ["OpenAPI", "Source"],
        "Rendering": ["Lowering", "Source", "DefaultTemplates"],
        // The driver runs the stages in order (Pipeline.swift), so it alone sees them all.
        "Generator": ["OpenAPI", "Lowering", "Rendering", "Source"],
        "gen": ["Generator", "ArgumentParser"],
        // The runtime of generated code: only what generated code itself imports.
        "GenRuntime": ["OpenAPIRuntime", "HTTPTypes"],
    ]

    /// One `import` line: the importing target, the module, and where.
    struct Import: Equatable {
        var target: String
        var module: String
        var location: String
    }

    /// The imports of one file's text: `import X`, with attributes and access (`@_spi(Generated) public import X`)
    /// and kinds (`import struct X.Y`); the module is the first component.
    static func imports(in text: String, target: String, file: String) throws -> [Import] {
        let pattern = try Regex(#"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?(\w+)"#)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard let match = String(line).firstMatch(of: pattern), let module = match.output[1].substring else { return nil }
            return Import(target: target, module: String(module), location: "\(file):\(index + 1)")
        }
    }

    /// The imports the graph does not allow, each as a message naming the file and line.
    static func violations(_ imports: [Import]) -> [String] {
        imports.compactMap { entry in
            guard let allowed = allowed[entry.target] else {
                return "\(entry.location): target '\(entry.target)' is not in the stage graph; add it to ImportGraphTests.allowed"
            }
            guard entry.module != "Foundation", !allowed.contains(entry.module) else { return nil }
            return "\(entry.location): \(entry.target) imports \(entry.module); it may import only \(allowed.union(["Foundation"]).sorted().joined(separator: ", "))"
        }
    }

    static func sourceImports() throws -> [Import] {
        let sources = PackagePaths.path("Sources")
        var result: [Import] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources).sorted() {
            let folder = sources + "/" + target
            guard let files = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                result += try imports(in: text, target: target, file: "Sources/\(target)/\(file)")
            }
        }
        return result
    }

    @Test func everyImportUnderSourcesIsAllowed() throws {
        let imports = try Self.sourceImports()
        #expect(imports.count > 50, "found only \(imports.count) imports: the reader is broken")
        for violation in Self.violations(imports) { Issue.record(Comment(rawValue: violation)) }
    }

    @Test func everyStageImportsTheStageBeforeIt() throws {
        let imports = try Self.sourceImports()
        for (target, before) in [("YAML", "CYAML"), ("OpenAPI", "YAML"), ("Lowering", "OpenAPI"), ("Rendering", "Lowering"), ("Generator", "Rendering"), ("gen", "Generator")] {
            #expect(imports.contains { $0.target == target && $0.module == before }, "\(target) does not import \(before)")
        }
    }

    /// The checker itself: a stage-skipping import, however it is written, is caught and named.
    @Test func aStageSkippingImportIsReported() throws {
        let text = """
            import Foundation
            import Lowering
            @_spi(Generated) public import YAML
            import struct OpenAPI.Schema
            // import YAML in a comment is not an import
            """
        let violations = Self.violations(try Self.imports(in: text, target: "Rendering", file: "Sources/Rendering/X.swift"))
        #expect(violations == [
            "Sources/Rendering/X.swift:3: Rendering imports YAML; it may import only DefaultTemplates, Foundation, Lowering, Source",
            "Sources/Rendering/X.swift:4: Rendering imports OpenAPI; it may import only DefaultTemplates, Foundation, Lowering, Source",
        ])
        #expect(Self.violations([Import(target: "NewTarget", module: "YAML", location: "Sources/NewTarget/A.swift:1")]).count == 1)
    }
}
