import DefaultTemplates
import Foundation
import Mustache
public import Source

/// The templates a run renders with: the embedded defaults, with any file of an override folder replacing the
/// default of the same name.
public struct TemplateSet: Sendable {
    /// The names of the templates, each a `.mustache` file: one per generated file, and the partials `type` (one
    /// declaration), `checks` (the statements of a `validate` method), `responseCase` (a case of an error or result
    /// enum), `clientCall` (a client method's body), `operationInput` (how a request value becomes an HTTP
    /// request), `serverRoute` (registering one operation) and `serverReading` (reading a request and answering).
    /// The webhook sender and receiver use the last four too.
    public static let names = [
        "Client", "Errors", "Server", "Support", "Types", "checks", "clientCall", "operationInput", "responseCase", "serverReading", "serverRoute",
        "type",
    ]

    let library: MustacheLibrary
    /// Where each template came from, for error messages: `Templates/Types.mustache` or `(built-in) Types`.
    let origins: [String: String]
    /// The templates as written, to specialise again for another access level.
    let texts: [String: String]
    /// The access level `{{access}}` was written as when the library was built.
    let access: RenderOptions.Access

    /// The defaults, overridden by `*.mustache` files in `directory` when given.
    public static func load(overrides directory: String? = nil) throws(Diagnostic) -> TemplateSet {
        var texts = DefaultTemplates.all
        // A template left out of Templates/DefaultTemplates.swift would render as nothing where it is a partial.
        for name in names where texts[name] == nil {
            throw .error("the built-in template '\(name)' is missing from DefaultTemplates", file: "Templates/DefaultTemplates.swift", at: nil)
        }
        var origins = Dictionary(uniqueKeysWithValues: texts.keys.map { ($0, "(built-in) \($0).mustache") })
        if let directory {
            let files: [String]
            do {
                files = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw .error("cannot read the templates folder", file: directory, at: nil)
            }
            for file in files.sorted() where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                let path = (directory as NSString).appendingPathComponent(file)
                guard names.contains(name) else {
                    throw .error("unknown template '\(name)'; templates are \(names.joined(separator: ", "))", file: path, at: nil)
                }
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw .error("cannot read template", file: path, at: nil)
                }
                texts[name] = text
                origins[name] = path
            }
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            try checkPartials(text, file: origins[name] ?? name)
        }
        return try build(texts: texts, origins: origins, access: .public)
    }

    /// The same templates with `{{access}}` written as `access`'s modifier.
    public func specialized(for access: RenderOptions.Access) throws(Diagnostic) -> TemplateSet {
        access == self.access ? self : try Self.build(texts: texts, origins: origins, access: access)
    }

    /// Parses the templates. `{{access}}` is written in before parsing: it stands before every declaration,
    /// and looking it up through the context stack each time cost about 5% of a run on a large document. The key
    /// stays in the context for any other spelling of it.
    private static func build(texts: [String: String], origins: [String: String], access: RenderOptions.Access) throws(Diagnostic) -> TemplateSet {
        var library = MustacheLibrary()
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text.replacing("{{access}}", with: access.modifier), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let mark = Mark(line: error.context.lineNumber, column: error.context.columnNumber, offset: 0)
                throw .error("template does not parse: \(error.error)", file: origins[name] ?? name, at: mark)
            } catch {
                throw .error("template does not parse: \(error)", file: origins[name] ?? name, at: nil)
            }
        }
        return TemplateSet(library: library, origins: origins, texts: texts, access: access)
    }

    /// Mustache renders a partial it does not know as nothing; a misspelt `{{> tpye}}` would silently drop
    /// every type. Refused here, at its line.
    private static func checkPartials(_ text: String, file: String) throws(Diagnostic) {
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{>") {
                let nameStart = text.index(index, offsetBy: 3)
                let close = text[nameStart...].range(of: "}}")?.lowerBound ?? text.endIndex
                let partial = text[nameStart..<close].trimmingCharacters(in: .whitespaces)
                if !names.contains(partial) {
                    throw .error(
                        "unknown partial '\(partial)'; partials are the template names: \(names.joined(separator: ", "))", file: file,
                        at: Mark(line: line, column: column, offset: 0))
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
    }
}
