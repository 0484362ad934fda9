import Generator
import Lowering
import OpenAPI
import Rendering
import Source
import YAML

/// One input through every stage: bytes → YAML nodes → OpenAPI model → IR → Swift text. Any crash, hang or
/// sanitizer report is a bug; diagnostics are the expected outcome for bad input.
private let templates = try! TemplateSet.load()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard let file = try? DocumentLoader.parse(SourceText(path: "fuzz.yaml", bytes: bytes)) else { return 0 }
    let (loaded, _) = DocumentLoader.decode(file)
    guard let loaded else { return 0 }
    let (module, diagnostics) = Lowering.lower(Resolver(main: loaded), moduleName: "Fuzz")
    guard !diagnostics.hasErrors else { return 0 }
    _ = try? Renderer.render(module, templates: templates)
    return 0
}
