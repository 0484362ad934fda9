import Foundation
public import Source
import YAML

/// Follows `$ref`s to what they name: components of the main document, any JSON pointer into it, and files
/// referred to by relative path. Chains are followed with a visited set, so cycles are reported, never looped.
public final class Resolver {
    /// A resolved reference: the value, and a canonical key that names the target once (file + pointer).
    public struct Target<Value> {
        public var value: Value
        /// `#/components/schemas/Pet`, or `other.yaml#/Pet` for another file.
        public var key: String
        /// The last pointer segment, or the file's base name: the name the target goes by.
        public var name: String
        /// Whether the target is an entry of the main document's `components`.
        public var isComponent: Bool
    }

    public let main: LoadedDocument
    /// The main document's node tree: the one decoding kept, or, when it kept none (no reference of the document
    /// walks it), the text parsed again the first time one does after all: a reference to a component read as
    /// another kind of object than the one it is (a parameter that names a schema).
    private lazy var mainRoot: Node? = main.file.root ?? (try? DocumentLoader.parse(main.file.text))?.root
    /// The other files, read by `readReferencedFiles()` (`nil`: the file could not be read or parsed).
    private var files: [String: SourceFile?] = [:]
    /// Why a file could not be read, until the first reference that lowering follows into it reports it.
    private var failures: [String: String] = [:]
    /// The files whose warnings (read differently from libyaml's reading) are reported: those a reference that
    /// lowering follows leads into.
    private var used: Set<String> = []
    private var schemaIndex: [String: Schema]
    private var decodedSchemas: [String: Schema] = [:]
    private var resolvedSchemas: [CacheKey: Target<Schema>] = [:]
    private var reported: Set<Reported> = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init(main: LoadedDocument) {
        self.main = main
        var index: [String: Schema] = [:]
        index.reserveCapacity(main.document.components.schemas.count)
        for (name, schema) in main.document.components.schemas where index[name] == nil { index[name] = schema }
        self.schemaIndex = index
    }

    // MARK: Reading

    /// Reads every file the document's references name, and every file theirs name, before lowering follows
    /// any: each is read and parsed once, here. What a file costs is reported as it was when it was read on
    /// first use: its warnings, or why it could not be read, by the first reference lowering follows into it; a
    /// file no followed reference reaches is read and says nothing.
    public func readReferencedFiles() {
        var pending = main.referencedFiles.map { Self.path(of: $0, from: main.file.path) }
        while let path = pending.popLast() {
            guard path != main.file.path, files[path] == nil else { continue }
            if let file = read(path) {
                pending += Self.fileReferences(in: file.root, path: path).map { Self.path(of: $0, from: path) }
            }
        }
    }

    /// Reads and parses one file, keeping it or why it could not be read.
    @discardableResult
    private func read(_ path: String) -> SourceFile? {
        do {
            let file = try DocumentLoader.parse(path: path)
            files[path] = file
            return file
        } catch {
            files[path] = .some(nil)
            failures[path] = error.message
            return nil
        }
    }

    /// The other files the `$ref`s of a node tree name, as written, read by the rules the model's references
    /// follow (remote references are none).
    private static func fileReferences(in root: Node?, path: String) -> [String] {
        guard let root else { return [] }
        let decoder = ModelDecoder(file: path)
        var found: [String] = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let pairs):
                for pair in pairs {
                    if pair.key.string == "$ref", let file = decoder.reference(pair.value)?.file {
                        found.append(file)
                    } else {
                        pending.append(pair.value)
                    }
                }
            }
        }
        return found
    }

    /// A file a reference names, from the file it is written in.
    private static func path(of relative: String, from file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        if directory.isEmpty || directory == "." { return (relative as NSString).standardizingPath }
        return relative.hasPrefix("/")
            ? relative : ((directory as NSString).appendingPathComponent(relative) as NSString).standardizingPath
    }

    // MARK: Schemas

    /// The schema a `$ref` names, following chains of pure references.
    public func schema(_ reference: Reference, from file: String) -> Target<Schema>? {
        let cacheKey = CacheKey(
            file: reference.file == nil ? file : file + "|" + (reference.file ?? ""), pointer: reference.pointer)
        if let cached = resolvedSchemas[cacheKey] { return cached }
        let target = resolveSchema(reference, from: file)
        if target != nil { resolvedSchemas[cacheKey] = target }
        return target
    }

    private struct CacheKey: Hashable {
        var file: String
        var pointer: String
    }

    private func resolveSchema(_ reference: Reference, from file: String) -> Target<Schema>? {
        var visited: [String] = []
        var current = reference
        var currentFile = file
        while true {
            guard let location = locate(current, from: currentFile, kind: "schemas") else { return nil }
            if visited.contains(location.key) {
                report(
                    current, in: currentFile,
                    "reference cycle: " + (visited + [location.key]).joined(separator: " -> "), kind: "schemas")
                return nil
            }
            visited.append(location.key)
            let schema: Schema
            if location.file == main.file.path, let component = current.component, component.kind == "schemas",
                let indexed = schemaIndex[component.name]
            {
                schema = indexed
            } else if let cached = decodedSchemas[location.key] {
                schema = cached
            } else {
                guard let node = node(at: current, in: location.file, writtenIn: currentFile, kind: "schemas") else {
                    return nil
                }
                let decoder = ModelDecoder(file: location.file)
                decoder.is31 = main.document.is31
                schema = decoder.schema(node, pointer: location.key)
                diagnostics += decoder.diagnostics
                decodedSchemas[location.key] = schema
            }
            if let next = schema.ref, Self.isPureReference(schema) {
                current = next
                currentFile = location.file
                continue
            }
            return Target(value: schema, key: location.key, name: location.name, isComponent: location.isComponent)
        }
    }

    /// Whether a schema is nothing but a `$ref` (siblings that only document it do not count).
    public static func isPureReference(_ schema: Schema) -> Bool {
        schema.ref != nil && schema.types.isEmpty && schema.properties.isEmpty && schema.allOf.isEmpty
            && schema.oneOf.isEmpty && schema.anyOf.isEmpty && schema.items == nil && schema.enumValues == nil
            && schema.additionalProperties == nil
    }

    // MARK: Other objects

    public func parameter(_ value: Referable<Parameter>, from file: String) -> Parameter? {
        resolve(
            value, from: file, kind: "parameters", lookup: { $0.parameters },
            decode: { $0.parameter($1, pointer: $2) })
    }

    public func requestBody(_ value: Referable<RequestBody>, from file: String) -> RequestBody? {
        resolve(
            value, from: file, kind: "requestBodies", lookup: { $0.requestBodies },
            decode: { $0.requestBody($1, pointer: $2) })
    }

    public func response(_ value: Referable<Response>, from file: String) -> Response? {
        resolve(
            value, from: file, kind: "responses", lookup: { $0.responses },
            decode: { $0.response($1, pointer: $2) })
    }

    public func header(_ value: Referable<Header>, from file: String) -> Header? {
        resolve(
            value, from: file, kind: "headers", lookup: { $0.headers },
            decode: { $0.header($1, pointer: $2) })
    }

    public func securityScheme(_ value: Referable<SecurityScheme>, from file: String) -> SecurityScheme? {
        resolve(
            value, from: file, kind: "securitySchemes", lookup: { $0.securitySchemes },
            decode: { decoder, node, _ in decoder.securityScheme(node) })
    }

    public func pathItem(_ value: Referable<PathItem>, from file: String) -> PathItem? {
        resolve(
            value, from: file, kind: "pathItems", lookup: { $0.pathItems },
            decode: { $0.pathItem($1, pointer: $2) })
    }

    public func callback(_ value: Referable<Callback>, from file: String) -> Callback? {
        resolve(
            value, from: file, kind: "callbacks", lookup: { $0.callbacks.map { ($0.name, $0.callback) } },
            decode: { $0.callback($1, pointer: $2) })
    }

    /// Follows a reference of any non-schema kind: components of the main document by name, anything else by
    /// walking the node tree and decoding what is found there.
    private func resolve<T>(
        _ value: Referable<T>, from file: String, kind: String,
        lookup: (Components) -> [(String, Referable<T>)],
        decode: (ModelDecoder, Node, String) -> T?
    ) -> T? {
        var visited: [String] = []
        var current = value
        var currentFile = file
        while true {
            guard case .reference(let reference) = current else {
                if case .value(let resolved) = current { return resolved }
                return nil
            }
            guard let location = locate(reference, from: currentFile, kind: kind) else { return nil }
            if visited.contains(location.key) {
                report(
                    reference, in: currentFile,
                    "reference cycle: " + (visited + [location.key]).joined(separator: " -> "), kind: kind)
                return nil
            }
            visited.append(location.key)
            if location.file == main.file.path, let component = reference.component, component.kind == kind,
                let found = lookup(main.document.components).first(where: { $0.0 == component.name })
            {
                current = found.1
                currentFile = location.file
                continue
            }
            guard let node = node(at: reference, in: location.file, writtenIn: currentFile, kind: kind) else {
                return nil
            }
            if let next = node["$ref"], case .mapping = node.content {
                let decoder = ModelDecoder(file: location.file)
                let nextReference = decoder.reference(next)
                diagnostics += decoder.diagnostics
                guard let nextReference else { return nil }
                current = .reference(nextReference)
            } else {
                let decoder = ModelDecoder(file: location.file)
                decoder.is31 = main.document.is31
                let decoded = decode(decoder, node, location.key)
                diagnostics += decoder.diagnostics
                guard let decoded else { return nil }
                current = .value(decoded)
            }
            currentFile = location.file
        }
    }

    // MARK: Locating

    private struct Location {
        var file: String
        var key: String
        var name: String
        var isComponent: Bool
    }

    /// The file a reference points into and its canonical key; reports a file that cannot be read.
    private func locate(_ reference: Reference, from file: String, kind: String) -> Location? {
        if reference.file == nil, file == main.file.path {
            let segments = reference.segments
            let isComponent = segments.count == 3 && segments[0] == "components"
            return Location(
                file: file, key: "#" + reference.pointer, name: segments.last ?? "Document", isComponent: isComponent)
        }
        var targetFile = file
        if let relative = reference.file {
            targetFile = Self.path(of: relative, from: file)
            guard loadFile(targetFile, for: reference, writtenIn: file, kind: kind) != nil else { return nil }
        }
        let segments = reference.segments
        let prefix = targetFile == main.file.path ? "#" : ((targetFile as NSString).lastPathComponent + "#")
        let name = segments.last ?? ((targetFile as NSString).lastPathComponent as NSString).deletingPathExtension
        let isComponent = targetFile == main.file.path && segments.count == 3 && segments[0] == "components"
        return Location(file: targetFile, key: prefix + reference.pointer, name: name, isComponent: isComponent)
    }

    /// A file `readReferencedFiles()` read; the first reference into it reports its warnings, or why it could
    /// not be read.
    private func loadFile(_ path: String, for reference: Reference, writtenIn: String, kind: String) -> SourceFile? {
        if path == main.file.path { return main.file }
        if files[path] == nil {
            // A file only a part of the document that is not decoded names (an extension a pointer leads into)
            // is read when a reference into that part is followed.
            read(path)
        }
        if let file = files[path] ?? nil {
            if used.insert(path).inserted { diagnostics += file.warnings }
            return file
        }
        if let message = failures.removeValue(forKey: path) {
            report(reference, in: writtenIn, "cannot resolve '\(reference.raw)': \(message)", kind: kind)
        }
        return nil
    }

    /// The node a reference's pointer names, or a report saying which segment is missing.
    private func node(at reference: Reference, in path: String, writtenIn: String, kind: String) -> Node? {
        guard var node = path == main.file.path ? mainRoot : (files[path] ?? nil)?.root else {
            report(reference, in: writtenIn, "unresolved reference '\(reference.raw)': the file is empty", kind: kind)
            return nil
        }
        var walked = "#"
        for segment in reference.segments {
            let next: Node?
            switch node.content {
            case .mapping: next = node[segment]
            case .sequence(let items): next = Int(segment).flatMap { items.indices.contains($0) ? items[$0] : nil }
            case .scalar: next = nil
            }
            guard let next else {
                let place = walked == "#" ? "the document root" : "'\(walked)'"
                report(
                    reference, in: writtenIn, "unresolved reference '\(reference.raw)': no '\(segment)' in \(place)",
                    kind: kind)
                return nil
            }
            walked = JSONPointer.appending(walked, segment)
            node = next
        }
        return node
    }

    /// Reports a reference that cannot be followed. With `kind`, the defect is confined to what refers: the
    /// message says what lowering does instead, and `--strict` makes it an error.
    private func report(_ reference: Reference, in file: String, _ message: String, kind: String? = nil) {
        guard reported.insert(Reported(file: file, mark: reference.mark)).inserted else { return }
        guard let kind else {
            diagnostics.append(.error(message, file: file, at: reference.mark))
            return
        }
        diagnostics.append(.fallback(message, instead: Self.fallback(kind), file: file, at: reference.mark))
    }

    /// What lowering does with a reference of this kind that leads nowhere.
    private static func fallback(_ kind: String) -> String {
        switch kind {
        case "schemas": "generated as any JSON value"
        case "requestBodies": "the body is generated as any JSON value"
        case "responses": "the response is generated with any JSON value as its body"
        case "parameters": "the parameter is left out"
        case "pathItems": "the path is left out"
        case "headers": "the header is left out"
        default: "it is left out"
        }
    }

    private struct Reported: Hashable {
        var file: String
        var mark: Mark
    }
}
