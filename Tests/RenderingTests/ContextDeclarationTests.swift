import ContextDeclaration
import Foundation
import Generator
import TestSupport
import Testing

/// The template context is declared once, in `Sources/Rendering/TemplateContext.swift`. Its lookup and its
/// reference are made from that declaration (`ContextDeclaration`, run by `swift run derive-context`) and
/// committed, as `Generated/` is; these tests fail with a diff when either is stale.
@Suite("Rendering: the context declared once")
struct ContextDeclarationTests {
    static func declaration() throws -> ContextDeclaration {
        try ContextDeclaration(source: String(contentsOfFile: PackagePaths.path(ContextDeclaration.declarationPath), encoding: .utf8))
    }

    @Test func theLookupIsTheOneTheDeclarationGives() throws {
        try expectDerived(Self.declaration().lookup, at: ContextDeclaration.lookupPath)
    }

    @Test func theReferenceIsTheOneTheDeclarationGives() throws {
        try expectDerived(Self.declaration().reference, at: ContextDeclaration.referencePath)
    }

    /// A key without a doc comment would be a row of the reference that says nothing.
    @Test func everyContextAndKeyIsDocumented() throws {
        for context in try Self.declaration().contexts {
            #expect(!context.doc.isEmpty, "\(context.name) has no doc comment")
            for key in context.keys {
                #expect(!key.doc.isEmpty, "\(context.name).\(key.name) has no doc comment")
            }
        }
    }

    /// Every key holds text, a flag, text lines, or a context declared in the same file (else the lookup would
    /// not compile, and the reference would link nowhere).
    @Test func everyKeyHoldsAKindTheTemplatesKnow() throws {
        let declaration = try Self.declaration()
        let names = Set(declaration.contexts.map(\.name))
        for context in declaration.contexts {
            for key in context.keys {
                let element = key.type.hasPrefix("[") ? String(key.type.dropFirst().dropLast()) : key.type
                #expect(["String", "Bool"].contains(element) || names.contains(element),
                    "\(context.name).\(key.name) holds \(key.type), which is not a context")
            }
        }
    }

    @Test func aLineTheLookupCannotAnswerIsReportedWithItsNumber() {
        let source = "/// A.\nstruct AContext {\n    /// B.\n    var b: String\n    let c: Int\n}\n"
        #expect {
            try ContextDeclaration(source: source)
        } throws: { error in
            "\(error)" == "TemplateContext.swift:5: a context declares only stored `var`s with doc comments: '    let c: Int'"
        }
    }

    @Test func theReferenceGivesEachKeyItsKindAndDoc() throws {
        let declaration = try ContextDeclaration(source: """
            /// A module.
            struct ModuleContext {
                /// The header, `// Generated`.
                var header: String
                /// Whether it is the first | only.
                var primary: Bool
                /// Its servers.
                var servers: [ServerContext]
            }

            """)
        #expect(declaration.reference.hasSuffix("""
            ## Module

            A module.

            | key | kind | what it holds |
            |---|---|---|
            | `header` | text | The header, `// Generated`. |
            | `primary` | flag | Whether it is the first \\| only. |
            | `servers` | [[Server](#server)] | Its servers. |

            """))
        #expect(declaration.lookup.hasSuffix("""
            extension ModuleContext: TemplateObject {
                func child(named key: String) -> TemplateValue? {
                    switch key {
                    case "header": .init(self.header)
                    case "primary": .init(self.primary)
                    case "servers": .init(self.servers)
                    default: nil
                    }
                }
            }

            """))
    }

    func expectDerived(_ text: String, at relative: String) throws {
        let committed = (try? String(contentsOfFile: PackagePaths.path(relative), encoding: .utf8)) ?? ""
        let diff = UnifiedDiff.diff(old: committed, new: text, oldName: relative, newName: "derived from TemplateContext.swift")
        #expect(diff == nil, "\(relative) is stale; run `swift run derive-context` and review:\n\(diff ?? "")")
    }
}
