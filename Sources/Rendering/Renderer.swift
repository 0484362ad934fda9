public import Lowering
public import YAML

/// One file of a generated module.
public struct GeneratedFile: Sendable, Hashable {
    /// `Types.swift`.
    public var name: String
    public var contents: String
}

/// Renders a module's fixed file set from the templates.
public enum Renderer {
    /// The files every module gets, in this order.
    public static let files = ["Types", "Client", "Errors", "Server", "Support"]

    public static func render(_ module: Module, templates: TemplateSet, options: RenderOptions = .init()) throws(Diagnostic) -> [GeneratedFile] {
        let context = ContextBuilder(module: module, options: options).build()
        var result: [GeneratedFile] = []
        for name in files {
            guard let text = templates.library.render(context, withTemplate: name) else {
                throw .error("template '\(name)' is missing", file: templates.origins[name] ?? name, at: nil)
            }
            result.append(GeneratedFile(name: name + ".swift", contents: tidy(text)))
        }
        return result
    }

    /// Layout fixes that templates cannot express cleanly: no trailing spaces, no runs of blank lines, no blank
    /// line just inside braces, one final newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            while line.last == " " { line = line.dropLast() }
            if line.isEmpty {
                if let previous = lines.last, previous.isEmpty || previous.hasSuffix("{") { continue }
            } else if line.drop(while: { $0 == " " }).hasPrefix("}"), lines.last?.isEmpty == true {
                lines.removeLast()
            }
            if line.drop(while: { $0 == " " }) == "}", let previous = lines.last, previous.hasSuffix("{") {
                lines[lines.count - 1] = previous + "}"
                continue
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n") + "\n"
    }
}
