import Foundation
import Mustache
@testable import Rendering
import Testing
import YAML

@Suite("Rendering: templates")
struct TemplateTests {
    @Test func everyContextKeyIsAnsweredByItsLookup() {
        func check(_ value: some MustacheParent) {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                #expect(value.child(named: label) != nil, "\(type(of: value)).\(label) is not answered by child(named:)")
            }
            #expect(value.child(named: "noSuchKey") == nil)
        }
        let doc = ["/// x"]
        check(ModuleContext(
            header: "", moduleDoc: doc, titleText: "", clientName: "", serverProtocolName: "", defaultServer: "", servers: [],
            types: [], operations: [], hasOperations: false, schemes: [], credentialsInitParameters: "", usesJSONValue: false,
            usesJSONNull: false, usesBasicAuth: false, usesPatterns: false, maxBodyBytes: 1))
        check(TypeContext(name: "", doc: doc, structure: [], enumeration: [], oneOf: [], alias: []))
        check(StructContext(properties: [], additionalProperties: [], initParameters: "", hasCodingKeys: false, customCoding: false, nested: []))
        check(PropertyContext(name: "", type: "", doc: doc, wireLiteral: [], decode: "", encode: ""))
        check(EnumContext(rawType: "", unknownCase: "", cases: []))
        check(OneOfContext(cases: [], discriminator: [], nested: []))
        check(SchemeContext(name: "", type: "", doc: doc, readLine: "", applyLine: "", challengeLiteral: ""))
        check(ServerContext(name: "", literal: "", doc: doc))
        check(EnumCaseContext(name: "", literal: ""))
        check(OneOfCaseContext(name: "", type: ""))
        check(DiscriminatorContext(propertyLiteral: "", values: []))
        check(DiscriminatorValueContext(literal: "", caseName: "", type: ""))
        check(AliasContext(type: ""))
        check(FieldContext(name: "", type: "", doc: doc))
        check(PatternContext(name: "", literal: ""))
        check(ErrorCaseContext(name: "", payload: "", doc: doc))
        check(ResultEnumContext(name: "", doc: doc, cases: []))
        check(OperationContext(
            name: "", requestType: "", errorType: "", returnType: "", doc: doc, requestDoc: doc, fields: [], initParameters: "",
            checks: [], patterns: [], nested: [], parameters: "", arguments: "", statusCases: [], operationIDLiteral: "",
            encodeLines: [], errorCases: [], resultEnum: [], securityLiteral: "", securityOptional: false, handlerCall: "",
            responseLines: [], methodLiteral: "", pathLiteral: "", decodeLines: [], serverErrorCases: []))
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
            #expect(error.mark?.line != nil)
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
