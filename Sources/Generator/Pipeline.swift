import Foundation
import Lowering
import OpenAPI
public import Rendering
import Source

/// One document through every stage, in order, each stage's result named: read → parse → decode → resolve →
/// lower → render (contexts, templates, files). Only the driver sees every stage; each stage imports only the
/// one before it (`ImportGraphTests`).
public enum Pipeline {
    /// Runs every stage for one document, stopping at the first that leaves nothing to go on with; the module is
    /// rendered only when no diagnostic is an error. Diagnostics come in document order.
    public static func generate(
        path: String, moduleName: String? = nil, templates: TemplateSet, options: GenerationOptions = .init()
    ) -> Generation {
        var result = stages(path: path, moduleName: moduleName, templates: templates, options: options)
        result.diagnostics = sorted(result.diagnostics)
        return result
    }

    /// The stages, in order.
    private static func stages(
        path: String, moduleName: String?, templates: TemplateSet, options: GenerationOptions
    ) -> Generation {
        let name = moduleName ?? Lowering.moduleName(forFile: path)
        var result = Generation(moduleName: name, files: [], diagnostics: [])

        // Read, then parse, so that a YAML error still has its source text for the snippet.
        let text: SourceText
        do {
            text = try DocumentLoader.read(path: path)
        } catch {
            result.diagnostics = [error]
            return result
        }
        result.source = text
        let file: SourceFile
        do {
            file = try DocumentLoader.parse(text)
        } catch {
            result.diagnostics = [error]
            return result
        }

        let (lowered, diagnostics) = lower(consume file, moduleName: name, options: options.lowering)
        result.diagnostics = diagnostics
        guard let module = lowered else { return result }
        guard !diagnostics.hasErrors else {
            result.coverage = module.coverage.nothingGenerated
            return result
        }

        result.coverage = module.coverage
        FreedMemory.release()
        do {
            result.files = try Renderer.render(module, templates: templates, options: options.render)
        } catch {
            result.diagnostics.append(error)
            result.coverage = module.coverage.nothingGenerated
        }
        return result
    }

    /// Decode, resolve, lower. In a function of its own, so that the model, the node tree and the referenced
    /// files are released when it returns, before rendering (`FreedMemory`); the file is handed over, so its node
    /// tree goes once decoding lets go of it (`DocumentLoader.decode`). `nil` when the file is not an OpenAPI
    /// document. With `options.strict`, fallbacks are errors.
    private static func lower(_ file: consuming SourceFile, moduleName: String, options: LoweringOptions) -> (
        Module?, [Diagnostic]
    ) {
        let (loaded, decodeDiagnostics) = DocumentLoader.decode(file)
        guard let loaded else { return (nil, decodeDiagnostics) }
        let resolver = Resolver(main: loaded)
        resolver.readReferencedFiles()
        let (module, lowerDiagnostics) = Lowering.lower(resolver, moduleName: moduleName, options: options)
        let diagnostics = decodeDiagnostics + lowerDiagnostics
        return (module, options.strict ? diagnostics.map(\.strict) : diagnostics)
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
