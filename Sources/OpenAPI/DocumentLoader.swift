import Foundation
public import Source
import YAML

/// One parsed input file: its text and node tree.
public struct SourceFile: Sendable {
    /// The path as the user named it (relative paths stay relative), used in every diagnostic.
    public var path: String
    public var text: SourceText
    /// `nil` for an empty file.
    var root: Node?
    /// What was read differently from libyaml's reading, one warning per kind (see `Leniency`).
    public var warnings: [Diagnostic] = []
}

/// A decoded OpenAPI document with the file it came from.
public struct LoadedDocument: Sendable {
    public var document: Document
    public var file: SourceFile
    /// The other files its references name, as written, sorted: what the resolver reads before lowering.
    public var referencedFiles: [String] = []
}

/// Reads a file, parses it as YAML (JSON is YAML), and decodes the OpenAPI model.
public enum DocumentLoader {
    /// Reads and parses one file; a read or YAML error becomes a diagnostic.
    public static func parse(path: String) throws(Diagnostic) -> SourceFile {
        try parse(read(path: path))
    }

    /// Reads one file's text; a file that cannot be read becomes a diagnostic saying why. A documentation page
    /// (`.md`, `.txt`) is read as the OpenAPI document in its fenced block (`DocumentPage`).
    public static func read(path: String) throws(Diagnostic) -> SourceText {
        guard let bytes = FileBytes.read(path: path) else {
            throw .error("cannot read file: \(Self.reason(path: path))", file: path, at: nil)
        }
        let text = SourceText(path: path, bytes: bytes)
        guard DocumentPage.extensions.contains(PathExtension.of(path)) else { return text }
        return try DocumentPage.document(in: text)
    }

    /// Parses text already in memory.
    public static func parse(_ text: SourceText) throws(Diagnostic) -> SourceFile {
        let (root, repaired, repairs) = try Leniency.compose(text, limits: YAMLLimits())
        return SourceFile(path: text.path, text: repaired, root: root, warnings: repairs.warnings(file: text.path))
    }

    /// Decodes the OpenAPI model of a parsed file; `nil` when the file is not an OpenAPI document at all.
    ///
    /// The node tree is the largest thing decoding leaves behind, and the resolver walks it only for a reference
    /// into it beyond a component by name, to one the document does not have, or from another file: unless the
    /// document has such a reference, the loaded document does not keep it, so it is released before lowering
    /// (the resolver parses the text again only for a reference read as another kind of object than the
    /// component it names, a defect the document's decoding cannot see).
    public static func decode(_ file: consuming SourceFile) -> (LoadedDocument?, [Diagnostic]) {
        guard let root = file.root else {
            return (
                nil,
                [
                    .error(
                        "empty document, expected an OpenAPI object", file: file.path,
                        at: Mark(line: 1, column: 1, offset: 0))
                ]
            )
        }
        let decoder = ModelDecoder(file: file.path)
        guard let document = decoder.document(root) else { return (nil, file.warnings + decoder.diagnostics) }
        let diagnostics = file.warnings + decoder.diagnostics
        if !decoder.resolverWalksTree(of: document) { file.root = nil }
        let loaded = LoadedDocument(document: document, file: file, referencedFiles: decoder.referencedFiles.sorted())
        return (loaded, diagnostics)
    }

    /// A YAML or JSON file that is not an OpenAPI document (a configuration), in JSON terms; `nil` for an empty
    /// file. A read or YAML error becomes a diagnostic.
    public static func loadValue(path: String) throws(Diagnostic) -> (value: SourceValue?, text: SourceText) {
        let file = try parse(path: path)
        return (file.root?.value, file.text)
    }

    /// Parses and decodes in one step.
    public static func load(path: String) -> (LoadedDocument?, [Diagnostic]) {
        do {
            return decode(try parse(path: path))
        } catch {
            return (nil, [error])
        }
    }

    private static func reason(path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        return "permission denied or unreadable"
    }
}
