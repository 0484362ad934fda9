import DefaultTemplates
import Foundation
public import Source

/// The templates a run renders with: the embedded defaults, with any file of an override folder replacing the
/// default of the same name.
public struct TemplateSet: Sendable {
    /// The names of the templates, each a `.mustache` file: one per generated file, and the partials `type` (one
    /// declaration), `checks` (the statements of a `validate` method), `responseCase` (a case of an error or result
    /// enum), `clientCall` (a client method's body), `operationInput` (how a request value becomes an HTTP
    /// request), `serverRoute` (registering one operation), `serverReading` (reading a request and answering) and
    /// `parameterRead` (reading one parameter or response header). The webhook sender and receiver use the
    /// client's and server's partials too.
    public static let names = [
        "Client", "Errors", "Operations", "Server", "Support", "Types", "checks", "clientCall", "operationInput",
        "parameterRead", "responseCase", "serverReading", "serverRoute", "type",
    ]

    /// The parsed templates by name, `{{access}}` written in.
    let templates: [String: Template]
    /// Where each template came from, for error messages: `Templates/Types.mustache` or `(built-in) Types`.
    let origins: [String: String]
    /// The templates as parsed, `{{access}}` left in, to specialise again for another access level.
    let parsed: [String: Template]
    /// The access level `{{access}}` was written as when the library was built.
    let access: RenderOptions.Access

    /// The defaults, overridden by `*.mustache` files in `directory` when given.
    public static func load(overrides directory: String? = nil) throws(Diagnostic) -> TemplateSet {
        var texts = DefaultTemplates.all
        // A template left out of Templates/DefaultTemplates.swift would render as nothing where it is a partial.
        for name in names where texts[name] == nil {
            throw .error(
                "the built-in template '\(name)' is missing from DefaultTemplates",
                file: "Templates/DefaultTemplates.swift", at: nil)
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
                    throw .error(
                        "unknown template '\(name)'; templates are \(names.joined(separator: ", "))", file: path,
                        at: nil)
                }
                guard let bytes = FileBytes.read(path: path), let text = String(validating: bytes, as: UTF8.self) else {
                    throw .error("cannot read template", file: path, at: nil)
                }
                texts[name] = text
                origins[name] = path
            }
        }
        return try parse(texts: texts, origins: origins, access: .public)
    }

    /// The same templates with `{{access}}` written as `access`'s modifier.
    public func specialized(for access: RenderOptions.Access) -> TemplateSet {
        access == self.access ? self : Self.specialize(parsed, origins: origins, access: access)
    }

    /// Parses the templates, refusing a partial that names no template (Mustache renders one it does not know as
    /// nothing, so a misspelt `{{> tpye}}` would silently drop every type), and writes `{{access}}` in.
    private static func parse(texts: [String: String], origins: [String: String], access: RenderOptions.Access)
        throws(Diagnostic) -> TemplateSet
    {
        var parsed: [String: Template] = [:]
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                parsed[name] = try Template.parse(text, partials: Set(names))
            } catch {
                throw .error(error.message, file: origins[name] ?? name, at: error.mark)
            }
        }
        return specialize(parsed, origins: origins, access: access)
    }

    private static func specialize(
        _ parsed: [String: Template], origins: [String: String], access: RenderOptions.Access
    ) -> TemplateSet {
        TemplateSet(
            templates: parsed.mapValues { $0.writingAccess(as: access.modifier) }, origins: origins, parsed: parsed,
            access: access)
    }

    /// Renders the template `name` with `value` as its context, as UTF-8; a key the context lacks is an error in
    /// the template's file.
    func renderBytes(_ name: String, _ value: TemplateValue) throws(Diagnostic) -> [UInt8] {
        do {
            return try TemplateRendering.renderBytes(name, templates: templates, value: value)
        } catch {
            throw .error(error.message, file: origins[error.template] ?? error.template, at: error.mark)
        }
    }
}
