import Foundation
@testable import Rendering
import Source
import Testing
import YAML

@Suite("Rendering: templates")
struct TemplateTests {
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
                == "\(folder)/Types.mustache:3:3: error: unknown partial 'tpye'; partials are the template names: Client, Errors, Operations, Server, Support, Types, checks, clientCall, operationInput, parameterRead, responseCase, serverReading, serverRoute, type")
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
