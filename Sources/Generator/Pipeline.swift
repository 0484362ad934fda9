import Foundation
public import Lowering
import OpenAPI
public import Rendering
public import YAML

/// The stages in order, for one document: parse → decode → lower → render.
public enum Pipeline {
    /// The outcome of one document.
    public struct Result: Sendable {
        public var moduleName: String
        /// Empty when the document has errors: broken input never produces code.
        public var files: [GeneratedFile]
        public var diagnostics: [Diagnostic]
        /// The document's text, for diagnostics' source snippets.
        public var source: SourceText?
    }

    /// Parses, decodes and lowers one document; the IR, or `nil` and the diagnostics saying why not.
    public static func lower(path: String, moduleName: String? = nil, options: LoweringOptions = .init()) -> (Module?, [Diagnostic], SourceText?) {
        // Read first and parse second, so that a YAML error still has its source text for the snippet.
        let text: SourceText
        let file: SourceFile
        do {
            text = try DocumentLoader.read(path: path)
        } catch {
            return (nil, [error], nil)
        }
        do {
            file = try DocumentLoader.parse(text)
        } catch {
            return (nil, [error], text)
        }
        let (loaded, decodeDiagnostics) = DocumentLoader.decode(file)
        guard let loaded else { return (nil, decodeDiagnostics, file.text) }
        let name = moduleName ?? Lowering.moduleName(forFile: path)
        let (module, lowerDiagnostics) = Lowering.lower(loaded, moduleName: name, options: options)
        let diagnostics = decodeDiagnostics + lowerDiagnostics
        return (module, options.strict ? diagnostics.map(\.strict) : diagnostics, file.text)
    }

    /// Runs every stage for one document.
    public static func generate(
        path: String, moduleName: String? = nil, templates: TemplateSet, lowering: LoweringOptions = .init(), options: RenderOptions = .init()
    ) -> Result {
        let name = moduleName ?? Lowering.moduleName(forFile: path)
        let (module, diagnostics, source) = lower(path: path, moduleName: name, options: lowering)
        var result = Result(moduleName: name, files: [], diagnostics: sorted(diagnostics), source: source)
        guard let module, !diagnostics.hasErrors else { return result }
        do {
            result.files = try Renderer.render(module, templates: templates, options: options)
        } catch {
            result.diagnostics.append(error)
        }
        return result
    }

    /// Diagnostics in document order, each once.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.file != b.file { return a.file < b.file }
            let (offsetA, offsetB) = (a.mark?.offset ?? -1, b.mark?.offset ?? -1)
            return offsetA != offsetB ? offsetA < offsetB : left.offset < right.offset
        }.map(\.element)
    }
}
