import Foundation

/// `Sources/Rendering/TemplateContext.swift` read as data: its structs, their stored properties and the doc
/// comments of both. The declaration is the one place a context key is written; the lookup
/// (`TemplateContext+Lookup.swift`) and the reference (`Templates/Context.md`) are made from it here, and
/// `derive-context` writes both, and `ContextDeclarationTests` fails when either is stale. It is its own target,
/// depending on nothing, so it runs while a stale lookup keeps `Rendering` from compiling.
public struct ContextDeclaration {
    public struct Context: Sendable {
        public var name: String
        public var doc: [String]
        public var keys: [Key]
    }

    public struct Key: Sendable {
        public var name: String
        /// The Swift type as written: `String`, `[String]`, `Bool`, `RequestContext`, `[TypeContext]`.
        public var type: String
        public var doc: [String]
    }

    public var contexts: [Context]

    /// What the file may hold: comments, doc comments, `struct Name {` or `struct Name: Sendable {` at the top level, one
    /// `var key: Type` (with an optional default) per line inside, blank lines, and `}`. Anything else is a
    /// line the lookup could not answer, reported with its number.
    public init(source: String) throws(DeclarationError) {
        var contexts: [Context] = []
        var doc: [String] = []
        var current: Context?
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("///") {
                doc.append(String(line.dropFirst(3).drop { $0 == " " }))
            } else if line.isEmpty || line.hasPrefix("//") {
                doc = []
            } else if current == nil, let match = rawLine.wholeMatch(of: #/struct (\w+)(: \w+)? \{/#) {
                current = Context(name: String(match.output.1), doc: doc, keys: [])
                doc = []
            } else if current != nil, let match = line.wholeMatch(of: #/var (\w+): ([^=]+?)( = .+)?/#) {
                current?.keys.append(Key(name: String(match.output.1), type: String(match.output.2), doc: doc))
                doc = []
            } else if rawLine == "}", let context = current {
                contexts.append(context)
                current = nil
            } else {
                throw DeclarationError(line: index + 1, text: String(rawLine))
            }
        }
        self.contexts = contexts
    }

    public struct DeclarationError: Error, CustomStringConvertible {
        public var line: Int
        public var text: String
        public var message: String { "a context declares only stored `var`s with doc comments: '\(text)'" }
        public var description: String { "TemplateContext.swift:\(line): \(message)" }
    }
}

extension ContextDeclaration {
    /// Where the declaration is and what is made from it, relative to the package.
    public static let declarationPath = "Sources/Rendering/TemplateContext.swift"
    public static let lookupPath = "Sources/Rendering/TemplateContext+Lookup.swift"
    public static let referencePath = "Templates/Context.md"
    static let command = "swift run derive-context"

    /// `TemplateContext+Lookup.swift`: one `child(named:)` switch per context.
    public var lookup: String {
        var text = """
            // Generated from TemplateContext.swift by `\(Self.command)`; do not edit.

            """
        for context in contexts {
            text += """

                extension \(context.name): TemplateObject {
                    func child(named key: String) -> TemplateValue? {
                        switch key {

                """
            for key in context.keys {
                text += "        case \"\(key.name)\": .init(self.\(key.name))\n"
            }
            text += """
                        default: nil
                        }
                    }
                }

                """
        }
        return text
    }

    /// `Templates/Context.md`: a table per context, each key with its kind and its doc comment.
    public var reference: String {
        var text = """
            # The template context

            What each template sees: one section per context, each key with its kind and what it holds. Generated
            from `Sources/Rendering/TemplateContext.swift`, the one declaration of the context, by
            `\(Self.command)`: edit the declaration, then run it. Examples are from `specs/pipecat.yaml` where it
            has them. Every file's template starts in `Module`; `Templates/README.md` says what templates may do
            with these values.

            Kinds: **text** is final text (a name, a literal, an expression, a type spelling), placed with
            `{{name}}`; **flag** opens a section when true; **[text]** is a list of text: doc-comment lines, or an
            optional value as zero or one element (`{{#defaultValue}} = {{.}}{{/defaultValue}}`); a context name is
            a section that opens that context, and **[…]** a list of them, rendered once per element.

            """
        for context in contexts {
            text += "\n## \(title(context.name))\n\n"
            if !context.doc.isEmpty { text += context.doc.joined(separator: " ") + "\n\n" }
            text += "| key | kind | what it holds |\n|---|---|---|\n"
            for key in context.keys {
                let doc = key.doc.joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
                text += "| `\(key.name)` | \(kind(key.type)) | \(doc) |\n"
            }
        }
        return text
    }

    /// `OperationContext` → `Operation`.
    func title(_ name: String) -> String {
        name.hasSuffix("Context") ? String(name.dropLast("Context".count)) : name
    }

    func kind(_ type: String) -> String {
        switch type {
        case "String": "text"
        case "Bool": "flag"
        case "[String]": "[text]"
        default:
            if type.hasPrefix("[") {
                "[\(link(String(type.dropFirst().dropLast())))]"
            } else {
                link(type)
            }
        }
    }

    /// A link to the section of a context: `[Request](#request)`.
    func link(_ type: String) -> String {
        let title = title(type)
        return "[\(title)](#\(title.lowercased()))"
    }
}
