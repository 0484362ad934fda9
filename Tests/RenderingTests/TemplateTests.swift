import Foundation
import Mustache
@testable import Rendering
import Source
import Testing
import YAML

@Suite("Rendering: templates")
struct TemplateTests {
    @Test func everyContextKeyIsAnsweredByItsLookup() {
        func check(_ value: some MustacheParent) {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                let answer = value.child(named: label)
                #expect(answer != nil, "\(type(of: value)).\(label) is not answered by child(named:)")
                #expect(String(describing: answer.map { $0 } ?? "nil") == String(describing: child.value),
                    "\(type(of: value)).\(label) is answered with another value")
            }
            #expect(value.child(named: "noSuchKey") == nil)
        }
        let doc = ["/// x"]
        // Distinct string values, so a lookup that answers with the wrong property is caught.
        check(ModuleContext(
            header: "", moduleDoc: doc, titleText: "t", clientName: "C", serverProtocolName: "A", credentialsName: "K",
            defaultServer: "", servers: [], types: [], operations: [], hasOperations: false, schemes: [], hasSchemes: true,
            credentialsInitParameters: "", defaultOptions: ".init()", access: "package ", generatesClient: true, generatesServer: false, generatesOperations: true))
        check(TypeContext(name: "TypeName", doc: doc, structure: [], enumeration: [], oneOf: [], alias: []))
        check(StructContext(properties: [], additionalProperties: [], initParameters: "", hasCodingKeys: false, codingKeysConformance: "CodingKey", hasProperties: true, customCoding: false, validation: [], patterns: [], nested: []))
        check(ValidationContext(checks: ["try x.validate(at: path)"]))
        check(PropertyContext(attribute: "@Indirect ", name: "p", type: "T", doc: doc, wireLiteral: [], decode: "d", encode: "e"))
        check(EnumContext(rawType: "", unknownCase: "", cases: []))
        check(OneOfContext(modifier: "indirect ", cases: [], validation: [], discriminator: [], nested: []))
        check(SchemeContext(name: "s", type: "String", doc: doc, readLine: "r", applyLine: "a", challengeLiteral: "c"))
        check(ServerContext(name: "server1", literal: "l", doc: doc))
        check(EnumCaseContext(name: "ok", literal: "\"OK\""))
        check(OneOfCaseContext(name: "cat", type: "Cat"))
        check(DiscriminatorContext(propertyLiteral: "", values: []))
        check(DiscriminatorValueContext(literal: "", caseName: "", type: ""))
        check(AliasContext(type: ""))
        check(FieldContext(name: "f", type: "Int", doc: doc))
        check(PatternContext(name: "p", literal: "l"))
        check(ErrorCaseContext(name: "notFound", payload: "(E)", doc: doc))
        check(ResultEnumContext(name: "R", doc: doc, cases: []))
        check(OperationContext(
            name: "op", requestType: "OpRequest", errorType: "OpError", returnType: "Void", doc: doc, requestDoc: doc, fields: [], initParameters: "",
            checks: [], patterns: [], nested: [], parameters: "", arguments: "", responseBinding: "(response, _)", statusCases: [], operationIDLiteral: "",
            encodeLines: [], errorCases: [], resultEnum: [], securityLiteral: "", securityOptional: false, handlerCall: "",
            responseLines: [], methodLiteral: "", pathLiteral: "", decodeLines: [], serverErrorCases: [],
            invalidArgumentResponse: ".json(400, failure)"))
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
            #expect(error.message.hasPrefix("template does not parse"))
            #expect(error.mark?.line == 4, "\(DiagnosticFormatter.format(error, source: nil))")
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
                == "\(folder)/Types.mustache:3:3: error: unknown partial 'tpye'; partials are the template names: Client, Errors, Server, Support, Types, type")
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
