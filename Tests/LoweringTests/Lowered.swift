import Lowering
import OpenAPI
import Source
import Testing

/// A document in memory through decoding and lowering, as the driver runs them; decoding must be clean, so a
/// table's warnings are lowering's alone.
func lowered(_ text: String) throws -> (module: Module, diagnostics: [Diagnostic]) {
    let file = try DocumentLoader.parse(SourceText(path: "doc.yaml", bytes: Array(text.utf8)))
    let (loaded, decodeDiagnostics) = DocumentLoader.decode(file)
    #expect(decodeDiagnostics.isEmpty, "\(decodeDiagnostics.map(\.message))")
    let (module, diagnostics) = Lowering.lower(Resolver(main: try #require(loaded)), moduleName: "T")
    return (module, diagnostics)
}
