import Foundation
@testable import Rendering
import Source
import Testing
import YAML

@Suite("Rendering: templates")
struct TemplateTests {
    /// One value of every context type, with the heading of the Templates/README.md section that documents it.
    /// String values are distinct, so a lookup that answers with the wrong property is caught.
    static var samples: [(section: String, value: any TemplateObject)] {
        let doc = ["/// x"]
        let request = RequestContext(
            pathExpression: "\"/\"", buildsQuery: true, query: [], mutates: false, accept: ["a"], headers: [], cookies: [],
            appliesCredentials: false, body: [])
        return [
            ("### Module", ModuleContext(
                header: "", moduleDoc: doc, titleText: "t", clientName: "C", serverProtocolName: "A", credentialsName: "K",
                defaultServer: "", servers: [], types: [], operations: [], hasOperations: false, requirements: [],
                primary: false, shardName: "Shard2", otherShards: ["Shard3"], webhooks: [], hasWebhooks: true,
                webhooksStream: false, allOperations: [], webhooksName: "W", webhookSenderName: "WS", webhookPathsName: "WP", schemes: [],
                hasSchemes: true, defaultOptions: ".init()", access: "package ", generatesClient: true, generatesServer: false, generatesStub: true,
                generatesOperations: true, hasHeaderTypes: true, streamsBodies: false)),
            ("### Server", ServerContext(name: "server1", literal: "l", doc: doc)),
            ("### Type", TypeContext(name: "TypeName", doc: doc, structure: [], enumeration: [], oneOf: [], alias: [])),
            ("**Struct**", StructContext(
                properties: [], additionalProperties: [], knownKeys: "kk", initParameters: [], hasProperties: true, customCoding: false,
                validation: [], patterns: [], nested: [])),
            ("**Struct**", ValidationContext(checks: [])),
            ("**Struct**", PatternContext(name: "p", literal: "l")),
            ("**Struct**", ParameterContext(name: "note", type: "String?", defaultValue: ["nil"], comma: true)),
            ("**Checks**", CheckContext(unwrap: ["self.note"], rules: [], validates: [])),
            ("**Checks**", RuleContext(function: "maxLength", subject: "value", bound: ["10"], name: "n", location: "\"body\"")),
            ("**Checks**", NestedValidationContext(value: "self.owner", path: "path")),
            ("**Property**", PropertyContext(
                indirect: true, name: "p", storage: "_p", type: "T?", valueType: "T", doc: doc, key: "k", defaultValue: [],
                decodeMethod: "decodeIfPresent", encodeMethod: "encodeIfPresent")),
            ("**Enum**", EnumContext(rawType: "", unknownCase: "", json: true, cases: [])),
            ("**Enum**", EnumCaseContext(name: "ok", literal: "\"OK\"", doc: doc)),
            ("**OneOf**", OneOfContext(recursive: true, cases: [], validates: false, discriminator: [], nested: [])),
            ("**OneOf**", OneOfCaseContext(name: "cat", type: "Cat", validates: true)),
            ("**OneOf**", DiscriminatorContext(propertyLiteral: "", values: [], defaultValue: [])),
            ("**OneOf**", DiscriminatorValueContext(literal: "", caseName: "", type: "")),
            ("**Alias**", AliasContext(type: "")),
            ("### Operation", OperationContext(
                name: "op", requestType: "OpRequest", errorType: "OpError", returnType: "Void", doc: doc, requestDoc: doc, fields: [],
                initParameters: [], checks: [], patterns: [], nested: [], parameters: [], arguments: [], readsBody: true, statusCases: [],
                operationIDLiteral: "", request: request, errorCases: [], resultEnum: [], headerTypes: [], securityLiteral: "", securityOptional: false, bodyMediaTypes: [],
                methodLiteral: "", pathLiteral: "", sendTarget: "to: url, ", hasParameters: true, defaultPath: "\"/op\"", comma: false,
                returnsOutput: true, successIsEnum: false, serverSuccesses: [],
                serverRead: ServerReadContext(readsQuery: true, readsCookies: false, arguments: [], hasArguments: false), serverErrors: [],
                validationStatus: "400", streams: true, contentEnums: [], mediaTypeEnum: [], contentReaders: [],
                requestContentReader: [], contentWriters: [])),
            ("### Operation", FieldContext(name: "f", type: "Int", doc: doc)),
            ("### Operation", ErrorCaseContext(name: "notFound", withStatus: false, body: ["E"], headers: ["H"], hasPayload: true, doc: doc)),
            ("### Operation", ResultEnumContext(name: "R", doc: doc, cases: [])),
            ("### Operation", StatusCaseContext(
                code: ["404"], range: [], isDefault: false, returns: false, caseName: ["notFound"],
                payload: [PayloadContext(label: ["body"], value: "d", comma: false)], wrapped: true)),
            ("### Operation", PayloadContext(label: ["headers"], value: "h", comma: false)),
            ("### Operation", HeadersContext(name: "H", doc: doc, fields: [], initParameters: [], reading: [], writing: [], checks: [], patterns: [], nested: [])),
            ("### Operation", RangeContext(lower: "400", upper: "500")),
            ("### Operation", request),
            ("### Operation", WireItemContext(name: "\"limit\"", unwrap: ["self.limit"], value: "value", text: "t", pairs: "p", styled: false, explode: false)),
            ("### Operation", RequestBodyContext(name: "body", optional: true, value: "body", single: [], cases: [], hasCases: false)),
            ("### Operation", RequestContentContext(caseName: "json", prepare: [], contentType: "\"text/plain\"", write: "w")),
            ("### Operation", ServerSuccessContext(caseName: ["ok"], status: "200", binding: "", answer: ".json(200, output)", headers: [])),
            ("### Operation", ServerErrorContext(caseName: "notFound", status: "404", binding: "(let body)", answer: ".json(404, body)", headers: false)),
            ("### Operation", ContentEnumContext(enumName: "C", doc: doc, cases: [], validates: true, validating: ["json"], others: false)),
            ("### Operation", ContentCaseContext(name: "csv", type: "String", doc: doc)),
            ("### Operation", MediaTypeEnumContext(name: "M", doc: doc, cases: [])),
            ("### Operation", ContentReaderContext(enumName: "R", mediaTypes: "[]", cases: [], defaultValue: "d")),
            ("### Operation", ContentReadCaseContext(index: "1", value: "v")),
            ("### Operation", ContentWriterContext(enumName: "W", cases: [])),
            ("### Operation", ContentWriteCaseContext(name: "json", answer: "a")),
            ("### Operation", ServerReadContext(readsQuery: false, readsCookies: true, arguments: [], hasArguments: true)),
            ("### Operation", ArgumentContext(label: "setName", value: "v", comma: true)),
            ("### Scheme", SchemeContext(
                name: "s", type: "String", doc: doc, authorization: [], basic: true, header: ["\"X-Key\""], query: [], cookie: [],
                challengeLiteral: "c", comma: false)),
            ("### Scheme", AuthorizationContext(scheme: "\"Bearer\"", prefix: "\"Bearer \"")),
        ]
    }

    @Test func everyContextKeyIsAnsweredByItsLookup() {
        func check(_ value: some TemplateObject) {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                let answer = value.child(named: label)
                #expect(answer != nil, "\(type(of: value)).\(label) is not answered by child(named:)")
                #expect(String(describing: answer?.underlying ?? "nil") == String(describing: child.value),
                    "\(type(of: value)).\(label) is answered with another value")
            }
            #expect(value.child(named: "noSuchKey") == nil)
        }
        for sample in Self.samples { check(sample.value) }
    }

    /// The text of one section of Templates/README.md: from its heading to the next.
    static func section(_ heading: String, in text: String) -> String {
        guard let start = text.range(of: "\n" + heading) else { return "" }
        let rest = text[start.upperBound...]
        let next = rest.firstRange(of: #/\n(###|\*\*[A-Z])/#)?.lowerBound ?? rest.endIndex
        return String(rest[..<next])
    }

    /// Templates/README.md documents every key of every context, in the section for that context, and its tables
    /// list no key that the context does not have: the declaration in TemplateContext.swift is the one source.
    @Test func theTemplateDocumentationNamesEveryKeyAndNoOther() throws {
        let readme = try String(contentsOfFile: #filePath.replacingOccurrences(of: "Tests/RenderingTests/TemplateTests.swift", with: "Templates/README.md"), encoding: .utf8)
        var keysBySection: [String: Set<String>] = [:]
        for (heading, value) in Self.samples {
            let text = Self.section(heading, in: readme)
            #expect(!text.isEmpty, "Templates/README.md has no section '\(heading)'")
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                keysBySection[heading, default: []].insert(label)
                #expect(text.contains("`\(label)`"), "Templates/README.md, \(heading): \(type(of: value)).\(label) is not documented")
            }
        }
        for (heading, keys) in keysBySection {
            // Table rows: `| `a`, `b` | type | example |`; every key in the first column must exist.
            for line in Self.section(heading, in: readme).split(separator: "\n") where line.hasPrefix("| `") {
                let first = line.dropFirst(2).prefix { $0 != "|" }
                for match in first.matches(of: #/`(\w+)`/#) {
                    let key = String(match.output.1)
                    #expect(keys.contains(key), "Templates/README.md, \(heading), documents '\(key)', which no context declares there")
                }
            }
        }
    }

    @Test func anOverrideFolderReplacesATemplateByName() throws {
        let folder = NSTemporaryDirectory() + "gen-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{{% CONTENT_TYPE: TEXT}}\n// {{clientName}} errors: {{#operations}}{{errorType}} {{/operations}}\n"
            .write(toFile: folder + "/Errors.mustache", atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(overrides: folder)
        #expect(templates.origins["Errors"] == folder + "/Errors.mustache")
        #expect(templates.origins["Types"] == "(built-in) Types.mustache")
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithItsFileAndLine() throws {
        let folder = NSTemporaryDirectory() + "gen-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "line one\n{{#types}}\nno end\n".write(toFile: folder + "/Types.mustache", atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(overrides: folder)
            Issue.record("expected a template error")
        } catch {
            #expect(error.file == folder + "/Types.mustache")
            #expect(DiagnosticFormatter.format(error, source: nil)
                == "\(folder)/Types.mustache:2:1: error: template does not parse: section 'types' is not closed: no '{{/types}}' follows")
        }
    }

    @Test func aPartialThatDoesNotExistIsReportedWithItsFileAndLine() throws {
        let folder = NSTemporaryDirectory() + "gen-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{{% CONTENT_TYPE: TEXT}}\n{{#types}}\n  {{> tpye}}\n{{/types}}\n".write(toFile: folder + "/Types.mustache", atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(overrides: folder)
            Issue.record("expected a template error")
        } catch {
            #expect(DiagnosticFormatter.format(error, source: nil)
                == "\(folder)/Types.mustache:3:3: error: unknown partial 'tpye'; partials are the template names: Client, Errors, Operations, Server, Support, Types, checks, clientCall, operationInput, responseCase, serverReading, serverRoute, type")
        }
    }

    @Test func anUnknownTemplateNameIsRefused() throws {
        let folder = NSTemporaryDirectory() + "gen-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "x".write(toFile: folder + "/Model.mustache", atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try TemplateSet.load(overrides: folder) }
    }
}
