import Foundation
public import Rendering
import Source

/// The stages in order, for one document: parse → decode → lower → render, reached through the rendering
/// stage, with the diagnostics in document order.
public enum Pipeline {
    /// Runs every stage for one document.
    public static func generate(
        path: String, moduleName: String? = nil, templates: TemplateSet, options: GenerationOptions = .init()
    ) -> Generation {
        var result = Renderer.generate(path: path, moduleName: moduleName, templates: templates, options: options)
        result.diagnostics = sorted(result.diagnostics)
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
