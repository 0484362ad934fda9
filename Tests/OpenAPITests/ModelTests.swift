import Foundation
@testable import OpenAPI
import Source
import TestSupport
import Testing
import YAML

/// Decodes a document from text.
func load(_ text: String, path: String = "doc.yaml") throws -> (LoadedDocument?, [Diagnostic]) {
    DocumentLoader.decode(try DocumentLoader.parse(SourceText(path: path, bytes: Array(text.utf8))))
}

/// The path of a file of the shared corpus, beside this checkout.
func corpusPath(_ relative: String) -> String { PackagePaths.corpus(relative) }

@Suite("OpenAPI: decoding the model")
struct ModelTests {
    @Test func aNumberPastDoublesRangeSaysSo() throws {
        let (loaded, diagnostics) = try load("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: number, maximum: 1e400}\n")
        #expect(diagnostics.map(\.summary) == ["doc.yaml:6:32: warning: maximum is 1e400, beyond the range of a 64-bit floating-point number; it is ignored"])
        #expect(loaded?.document.components.schemas.first?.schema.maximum == nil)
    }

    /// A document from 256 KB decodes its components beside its paths: the same model and the same diagnostics,
    /// with components written first or last, and 3.1's rules for the schemas either way.
    @Test(arguments: [true, false])
    func aLargeDocumentsComponentsDecodeBesideItsPaths(componentsFirst: Bool) throws {
        let schemas = (0..<3_300).map { "    S\($0): {type: [string, 'null'], description: \"schema number \($0) with some words\"}" }
        let components = "components:\n  schemas:\n" + schemas.joined(separator: "\n") + "\n    Odd: {type: string, colour: red}\n"
        let paths = "paths:\n  /pets:\n    get:\n      shade: blue\n      responses: {'204': {description: none}}\n"
        let head = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
        let text = componentsFirst ? components + head + paths : head + paths + components
        #expect(text.utf8.count > 256 << 10)
        let (loaded, diagnostics) = try load(text)
        let document = try #require(loaded?.document)
        #expect(document.components.schemas.count == 3_301)
        #expect(document.components.schemas[3_299].schema.types == [.string, .null])
        #expect(document.paths.count == 1)
        let componentsLine = componentsFirst ? 3_303 : 3_310
        let pathsLine = componentsFirst ? 3_309 : 6
        #expect(diagnostics.map(\.summary).sorted() == [
            "doc.yaml:\(componentsLine):25: warning: unknown key 'colour' in a schema is ignored",
            "doc.yaml:\(pathsLine):7: warning: unknown key 'shade' in an operation is ignored",
        ].sorted())
    }

    /// 3.0's `nullable: true` alone, or as an `allOf` branch beside a `$ref`: honoured, with no warning.
    @Test func nullableWithoutATypeIsNullableAnything() throws {
        let (loaded, diagnostics) = try load("""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Any: {nullable: true, description: anything}
                Ref: {allOf: [{$ref: '#/components/schemas/Any'}, {nullable: true}]}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let schemas = try #require(loaded?.document.components.schemas)
        #expect(schemas[0].schema.isNullableOnly && schemas[0].schema.types == [.null])
        #expect(schemas[1].schema.allOf.map(\.isNullableOnly) == [false, true])
    }

    @Test func openAPI30AndOpenAPI31SpellingsNormaliseToOneModel() throws {
        let v30 = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Count: {type: integer, nullable: true, minimum: 0, exclusiveMinimum: true, maximum: 9}
            """
        let v31 = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Count: {type: [integer, 'null'], exclusiveMinimum: 0, maximum: 9}
            """
        for text in [v30, v31] {
            let (loaded, diagnostics) = try load(text)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            let schema = try #require(loaded?.document.components.schemas.first?.schema)
            #expect(schema.types == [.integer, .null])
            #expect(schema.exclusiveMinimum == Number(double: 0, int: 0))
            #expect(schema.minimum == nil)
            #expect(schema.maximum?.int == 9)
        }
    }

    @Test func unknownKeysAreWarnedAboutAtTheirPosition() throws {
        let (_, diagnostics) = try load("""
            openapi: 3.0.0
            info: {title: T, version: '1', colour: blue}
            paths:
              /a:
                get:
                  sumary: typo
                  responses: {'200': {description: ok}}
            """)
        #expect(diagnostics.map(\.summary) == [
            "doc.yaml:2:32: warning: unknown key 'colour' in info is ignored",
            "doc.yaml:6:7: warning: unknown key 'sumary' in an operation is ignored",
        ])
    }

    @Test func wrongKindsAndUnknownWordsCostTheirItemWithAWarningAtTheValue() throws {
        let (_, diagnostics) = try load("""
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  deprecated: maybe
                  parameters:
                    - {name: q, in: body}
                  responses: {'200': {description: ok}, '4xx': {description: bad}, '600': {description: no}}
            """)
        #expect(diagnostics.map(\.summary) == [
            "doc.yaml:6:19: warning: expected deprecated to be true or false, found a string; it is ignored",
            "doc.yaml:8:25: warning: parameter 'q' has unknown location 'body' (expected path, query, header or cookie); the parameter is left out",
            "doc.yaml:9:45: warning: response key '4xx' should be written '4XX'",
            "doc.yaml:9:72: warning: '600' is not a response key (expected a status code such as 200, a range such as 4XX, or default); the response is left out",
        ])
        #expect(diagnostics.filter(\.isFallback).map(\.strict.summary) == [
            "doc.yaml:6:19: error: expected deprecated to be true or false, found a string",
            "doc.yaml:8:25: error: parameter 'q' has unknown location 'body' (expected path, query, header or cookie)",
            "doc.yaml:9:72: error: '600' is not a response key (expected a status code such as 200, a range such as 4XX, or default)",
        ])
    }

    @Test func notAnOpenAPIDocument() throws {
        #expect(try load("swagger: '2.0'\ninfo: {title: T, version: '1'}\n").1.map(\.summary)
            == ["doc.yaml:1:1: error: Swagger 2.0 documents are not supported; convert the document to OpenAPI 3"])
        #expect(try load("- a\n- b\n").1.map(\.summary) == ["doc.yaml:1:1: error: expected an OpenAPI object (a mapping), found a sequence"])
        #expect(try load("").1.map(\.summary) == ["doc.yaml:1:1: error: empty document, expected an OpenAPI object"])
        #expect(try load("openapi: 2.5\ninfo: {title: T, version: '1'}\n").1.map(\.summary)
            == ["doc.yaml:1:10: error: unsupported OpenAPI version '2.5'; gen reads 3.0.x, 3.1.x and 3.2.x"])
    }

    @Test func referencesDecodePointerAndPercentEscapes() throws {
        let (loaded, diagnostics) = try load("""
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                A: {$ref: '#/components/schemas/a~1b'}
                B: {$ref: '#/components/schemas/%F0%9F%9A%80%20Launch'}
                C: {$ref: 'https://example.com/schema.json'}
                D: {$ref: 'other.yaml#/Thing'}
            """)
        let schemas = try #require(loaded?.document.components.schemas)
        #expect(schemas[0].schema.ref?.segments == ["components", "schemas", "a/b"])
        #expect(schemas[1].schema.ref?.component?.name == "🚀 Launch")
        #expect(schemas[2].schema.ref == nil)
        #expect(schemas[3].schema.ref?.file == "other.yaml")
        #expect(schemas[3].schema.ref?.pointer == "/Thing")
        #expect(diagnostics.map(\.summary) == [
            "doc.yaml:7:15: warning: remote reference 'https://example.com/schema.json' is not supported; download the file and refer to it by relative path; generated as any JSON value"
        ])
    }
}

@Suite("OpenAPI: resolving references")
struct ResolverTests {
    private func resolveAll(_ path: String) throws -> [String] {
        let (loaded, _) = DocumentLoader.load(path: path)
        let document = try #require(loaded)
        let resolver = Resolver(main: document)
        resolver.readReferencedFiles()
        func visit(_ schema: Schema?) {
            guard let schema else { return }
            if let reference = schema.ref { _ = resolver.schema(reference, from: path) }
            schema.properties.forEach { visit($0.schema) }
            (schema.allOf + schema.oneOf + schema.anyOf).forEach(visit)
            visit(schema.items)
            visit(schema.additionalProperties)
        }
        document.document.components.schemas.forEach { visit($0.schema) }
        for (_, parameter) in document.document.components.parameters { _ = resolver.parameter(parameter, from: path) }
        for (_, response) in document.document.components.responses { _ = resolver.response(response, from: path) }
        for entry in document.document.paths {
            guard let item = resolver.pathItem(entry.item, from: path) else { continue }
            for (_, operation) in item.operations {
                for parameter in operation.parameters { _ = resolver.parameter(parameter, from: path) }
                for entry in operation.responses {
                    resolver.response(entry.response, from: path)?.content.forEach { visit($0.value.schema) }
                }
            }
        }
        return resolver.diagnostics.map { $0.summary.replacingOccurrences(of: corpusPath(""), with: "") }
    }

    @Test func everyMissingReferenceIsReportedAtItsRef() throws {
        let messages = try resolveAll(corpusPath("bad/ref-missing.yaml"))
        #expect(messages.count == 6)
        #expect(messages.contains {
            $0.hasSuffix("warning: unresolved reference '#/components/schemas/DoesNotExist': no 'DoesNotExist' in '#/components/schemas'; generated as any JSON value")
        })
        #expect(messages.contains { $0.hasSuffix("warning: unresolved reference '#/components/schema/Thing': no 'schema' in '#/components'; generated as any JSON value") })
        #expect(messages.contains { $0.contains("warning: cannot resolve './not-here.yaml#/Thing': ") })
        #expect(messages.contains { $0.hasSuffix("; the parameter is left out") })
        #expect(messages.contains { $0.hasSuffix("; the response is generated with any JSON value as its body") })
        #expect(messages.contains { $0.contains("'#/components/parameters/NoSuchParameter'") })
        #expect(messages.contains { $0.contains("'#/components/responses/NoSuchResponse'") })
    }

    /// The loaded document keeps the node tree only when a reference may walk it: one of its own into it, or one
    /// written in another file it refers to.
    @Test func theNodeTreeIsKeptOnlyForReferencesThatWalkIt() throws {
        try PackagePaths.withScratch { scratch in
            let head = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"
            let pets = "paths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {name: {type: string}}}\n"
            let files = [
                "plain.yaml": head + pets + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {type: string}\n",
                "deep.yaml": head + pets + "components:\n  schemas:\n    A: {$ref: '#/paths/~1pets/get/responses/200/content/application~1json/schema'}\n",
                "missing.yaml": head + pets + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/Nowhere'}\n",
                "main.yaml": head + pets + "components:\n  schemas:\n    A: {$ref: 'other.yaml#/Thing'}\n",
                "other.yaml": "Thing: {$ref: 'main.yaml#/paths/~1pets/get/responses/200/content/application~1json/schema'}\n",
            ]
            for (name, text) in files { try text.write(toFile: scratch + "/" + name, atomically: true, encoding: .utf8) }
            func loaded(_ name: String) throws -> LoadedDocument { try #require(DocumentLoader.load(path: scratch + "/" + name).0) }
            #expect(try loaded("plain.yaml").file.root == nil)
            #expect(try loaded("deep.yaml").file.root != nil)
            #expect(try loaded("missing.yaml").file.root != nil)
            let main = try loaded("main.yaml")
            #expect(main.file.root != nil)
            #expect(main.referencedFiles == ["other.yaml"])
            let resolver = Resolver(main: main)
            resolver.readReferencedFiles()
            let reference = try #require(main.document.components.schemas.first?.schema.ref)
            let target = resolver.schema(reference, from: main.file.path)
            #expect(target?.value.properties.map(\.name) == ["name"])
            #expect(resolver.diagnostics.isEmpty, "\(resolver.diagnostics)")
        }
    }

    /// Every file a reference names, and every file those name, is read before lowering follows a reference:
    /// removed from disk afterwards, each still resolves. Its warnings and read errors wait for the first
    /// reference followed into it.
    @Test func referencedFilesAreReadBeforeAnyReferenceIsFollowed() throws {
        try PackagePaths.withScratch { scratch in
            let files = [
                "main.yaml": "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'shared/a.yaml#/A'}\n    Gone: {$ref: 'gone.yaml#/G'}\n",
                "shared/a.yaml": "A: {type: object, properties: {b: {$ref: '../b.yaml#/B'}}}\n",
                "b.yaml": "B: {type: integer}\n",
            ]
            try FileManager.default.createDirectory(atPath: scratch + "/shared", withIntermediateDirectories: true)
            for (name, text) in files { try text.write(toFile: scratch + "/" + name, atomically: true, encoding: .utf8) }
            let main = try #require(DocumentLoader.load(path: scratch + "/main.yaml").0)
            let resolver = Resolver(main: main)
            resolver.readReferencedFiles()
            try FileManager.default.removeItem(atPath: scratch + "/shared")
            try FileManager.default.removeItem(atPath: scratch + "/b.yaml")
            #expect(resolver.diagnostics.isEmpty, "nothing is reported before a reference is followed")

            let schemas = main.document.components.schemas
            let referenceToA = try #require(schemas[0].schema.ref)
            let a = try #require(resolver.schema(referenceToA, from: main.file.path))
            #expect(a.value.properties.map(\.name) == ["b"])
            let b = try #require(a.value.properties.first?.schema.ref)
            #expect(resolver.schema(b, from: scratch + "/shared/a.yaml")?.value.types == [.integer])
            #expect(resolver.diagnostics.isEmpty, "\(resolver.diagnostics)")
            let referenceToGone = try #require(schemas[1].schema.ref)
            _ = resolver.schema(referenceToGone, from: main.file.path)
            #expect(resolver.diagnostics.map(\.message) == ["cannot resolve 'gone.yaml#/G': cannot read file: no such file; generated as any JSON value"])
        }
    }

    @Test func cyclesAreReportedWithTheChain() throws {
        let messages = try resolveAll(corpusPath("bad/ref-cycle-degenerate.yaml"))
        #expect(messages.contains { $0.hasSuffix("warning: reference cycle: #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B; generated as any JSON value") })
        #expect(messages.contains { $0.hasSuffix("warning: reference cycle: #/components/schemas/Self -> #/components/schemas/Self; generated as any JSON value") })
        #expect(messages.contains { $0.contains("reference cycle: #/components/parameters/P2 -> #/components/parameters/P1 -> #/components/parameters/P2") })
        #expect(messages.contains { $0.contains("reference cycle: #/components/responses/R1 -> #/components/responses/R1") })
    }
}
