import ContextDeclaration
import Foundation

// Writes TemplateContext+Lookup.swift and Templates/Context.md from TemplateContext.swift, the one declaration of
// the template context. Run from the package folder: `swift run derive-context`.
let root = FileManager.default.currentDirectoryPath
func path(_ relative: String) -> String { root + "/" + relative }

do {
    let source = try String(contentsOfFile: path(ContextDeclaration.declarationPath), encoding: .utf8)
    let declaration = try ContextDeclaration(source: source)
    for (relative, text) in [
        (ContextDeclaration.lookupPath, declaration.lookup), (ContextDeclaration.referencePath, declaration.reference),
    ] {
        let old = try? String(contentsOfFile: path(relative), encoding: .utf8)
        guard old != text else { continue }
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
        print("wrote \(relative)")
    }
} catch let error as ContextDeclaration.DeclarationError {
    FileHandle.standardError.write(
        Data("\(ContextDeclaration.declarationPath):\(error.line): error: \(error.message)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("error: \(error.localizedDescription) (run from the package folder)\n".utf8))
    exit(1)
}
