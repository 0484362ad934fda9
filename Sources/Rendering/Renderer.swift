public import Lowering
public import Source
import Synchronization

/// One file of a generated module.
public struct GeneratedFile: Sendable, Hashable {
    /// `Types.swift`.
    public var name: String
    public var contents: String
}

/// Renders a module's fixed file set from the templates.
public enum Renderer {
    /// The files every module gets, in this order.
    public static let files = ["Types", "Operations", "Client", "Errors", "Server", "Support"]

    /// The files of a module. The set is fixed, so that build systems can name them before a run: a file
    /// whose mode is left out holds only the header and a line saying so.
    public static func render(_ module: Module, templates: TemplateSet, options: RenderOptions = .init()) throws(Diagnostic) -> [GeneratedFile] {
        var module = module
        if !options.generatesOperations {
            module.operations = []
            module.securitySchemes = []
        }
        let templates = templates.specialized(for: options.access)
        // Nested declarations are rendered while the context is built, on every core; the first failure (by
        // template and position, so the same one every run) is reported once the context is done.
        let nestedFailure = Mutex<Diagnostic?>(nil)
        let context = ContextBuilder(module: module, options: options) { type in
            do throws(Diagnostic) {
                return try templates.render("type", .init(type))
            } catch {
                nestedFailure.withLock { first in
                    if first.map({ ($0.file, $0.mark?.offset ?? 0) > (error.file, error.mark?.offset ?? 0) }) ?? true { first = error }
                }
                return ""
            }
        }.build()
        if let failure = nestedFailure.withLock({ $0 }) { throw failure }
        // The six files are independent: rendered on every core, then checked in their fixed order.
        let rendered = files.concurrentMap { name -> Result<GeneratedFile, Diagnostic> in
            if let left = leftOut(name, options: options) {
                return .success(GeneratedFile(name: name + ".swift", contents: context.header + "\n// " + left + "\n"))
            }
            do throws(Diagnostic) {
                return .success(GeneratedFile(name: name + ".swift", contents: tidy(try templates.renderBytes(name, .init(context)))))
            } catch {
                return .failure(error)
            }
        }
        return try rendered.map { result throws(Diagnostic) in try result.get() }
    }

    /// Why a file is not rendered, when its mode is left out.
    private static func leftOut(_ file: String, options: RenderOptions) -> String? {
        let modes = RenderOptions.Mode.allCases.filter(options.modes.contains).map(\.rawValue).joined(separator: ", ")
        switch file {
        case "Client" where !options.modes.contains(.client):
            return "No client: the modes are \(modes)."
        case "Server" where !options.modes.contains(.server):
            return "No server: the modes are \(modes)."
        case "Operations" where !options.generatesOperations:
            return "No request values or result enums: they belong to the client and the server, and the modes are \(modes)."
        case "Errors" where !options.generatesOperations:
            return "No error enums: they belong to the client and the server, and the modes are \(modes)."
        case "Support" where !options.generatesOperations:
            return "No credentials: they belong to the client and the server, and the modes are \(modes)."
        default:
            return nil
        }
    }

    /// Layout fixes that templates cannot express cleanly: no trailing spaces, no runs of blank lines, no blank
    /// line just inside braces, `{}` for an empty body, lines over 120 columns broken (`LineWrapping`), one final
    /// newline. Works on the rendered UTF-8 bytes: splitting a large file into `Character`s costs more than
    /// rendering it.
    ///
    /// Streams: each line is held back only until the next one shows whether it merges (`{` then `}`) or is
    /// dropped (a blank line before `}` or at the end), so no list of the file's lines is built.
    static func tidy(_ bytes: [UInt8]) -> String {
        let space = UInt8(ascii: " ")
        let openBrace = UInt8(ascii: "{")
        let closeBrace = UInt8(ascii: "}")
        var output: [UInt8] = []
        // Breaking long lines adds indentation: room for it, so the buffer is not doubled at the end.
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var inCodeBlock = false
        let fence = Array("/// ```".utf8)
        func write(_ line: ArraySlice<UInt8>) {
            if line.drop(while: { $0 == space }).starts(with: fence) { inCodeBlock.toggle() }
            if line.count > LineWrapping.limit {
                for wrapped in LineWrapping.wrap(line, inCodeBlock: inCodeBlock) {
                    output.append(contentsOf: wrapped)
                    output.append(0x0A)
                }
            } else {
                output.append(contentsOf: line)
                output.append(0x0A)
            }
        }
        // The last line kept and not yet written; nil before the first.
        var held: ArraySlice<UInt8>?
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var line = bytes[start..<end]
            while line.last == space { line = line.dropLast() }
            start = end + 1
            let body = line.drop { $0 == space }
            if line.isEmpty {
                // No blank line first, after another, or just inside a brace.
                guard let previous = held, !previous.isEmpty, previous.last != openBrace else { continue }
            } else if body.first == closeBrace, held?.isEmpty == true {
                // No blank line just before a closing brace. The line before a blank one never ends in `{`.
                held = nil
            }
            if body.elementsEqual([closeBrace]), let previous = held, previous.last == openBrace {
                held = ArraySlice(Array(previous) + [closeBrace])
                continue
            }
            if let previous = held { write(previous) }
            held = line
        }
        if let last = held, !last.isEmpty { write(last) }
        return String(decoding: output, as: UTF8.self)
    }
}
