import Foundation
import Testing
import TestSupport

/// GenRuntime is a library its users read: every public declaration, the `@_spi(Generated)` ones included, says
/// what it is in a `///` comment. The DocC catalog (`.ci/docs`) is built from these.
@Suite("GenRuntime: every public declaration is documented")
struct DocumentationTests {
    /// `file:line: declaration` for each public declaration without a doc comment above it (attributes on lines
    /// of their own may stand between).
    static func undocumented() throws -> (count: Int, missing: [String]) {
        let declaration = try Regex(#"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:public|open)\s"#)
        let attributeLine = try Regex(#"^\s*@\w+(?:\([^)]*\))?\s*$"#)
        var count = 0
        var missing: [String] = []
        for file in PackagePaths.swiftFiles(under: "Sources/GenRuntime") {
            let lines = try String(contentsOfFile: PackagePaths.path("Sources/GenRuntime/" + file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil && !line.contains(" import ") {
                count += 1
                var above = index - 1
                while above >= 0, lines[above].wholeMatch(of: attributeLine) != nil { above -= 1 }
                if above < 0 || !lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                    missing.append("Sources/GenRuntime/\(file):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        return (count, missing)
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let (count, missing) = try Self.undocumented()
        #expect(count > 200, "found only \(count) public declarations: the reader is broken")
        #expect(missing.isEmpty, "\(missing.count) public declarations without a doc comment:\n\(missing.joined(separator: "\n"))")
    }
}
