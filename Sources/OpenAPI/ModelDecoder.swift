import Foundation
import Source
import YAML

/// Decodes the OpenAPI model from a node tree by hand, so every problem points at the node that caused it.
///
/// Problems are collected, not thrown: one run reports all of them. A defect costs the smallest item that holds it:
/// a value of the wrong kind is read by its text when that is unambiguous (`required: "true"`) and ignored
/// otherwise, a `null` list or map is empty, and an item missing what it cannot do without is left out, each with
/// a warning that says so (`--strict`: an error). Only a root that is not an OpenAPI document is refused.
final class ModelDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Set once the `openapi` field is read: 3.1 rules for schemas.
    var is31 = false
    /// Set for 3.2 documents, which add the `query` method.
    var is32 = false
    /// Whether a reference decoded so far points into this document's node tree beyond a component by name
    /// (`#/paths/…`, `#/components/schemas/Pet/properties/id`): the resolver walks the tree for those.
    private var refersIntoTree = false
    /// The components this document's references name (`#/components/<kind>/<name>`), by kind.
    private var componentReferences: [String: Set<String>] = [:]
    /// The other files this document's references name, as written (`common.yaml`): what the resolver reads
    /// before lowering.
    private(set) var referencedFiles: Set<String> = []

    init(file: String) {
        self.file = file
    }

    // MARK: Reporting

    func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, file: file, at: node.start))
    }

    func warning(_ message: String, at mark: Mark) {
        diagnostics.append(.warning(message, file: file, at: mark))
    }

    /// A defect confined to one item, with what was done instead (`--strict` makes it an error).
    func fallback(_ message: String, instead: String, at mark: Mark) {
        diagnostics.append(.fallback(message, instead: instead, file: file, at: mark))
    }

    /// A collection of the wrong kind: `null` (`parameters:` with nothing after it) reads as empty; anything else
    /// is ignored, or with `instead`, costs what that says.
    private func wrongKind(_ node: Node, expected: String, _ name: String, instead: String?) {
        let message = "expected \(name) to be \(expected), found \(node.kindDescription)"
        if case .scalar(let scalar) = node.content, scalar.resolved == .null, instead == nil {
            fallback(message, instead: "read as empty", at: node.start)
        } else {
            fallback(message, instead: instead ?? "it is ignored", at: node.start)
        }
    }

    /// What a decoder that decoded part of this document beside it found: its diagnostics and references.
    func absorb(_ other: ModelDecoder) {
        diagnostics += other.diagnostics
        refersIntoTree = refersIntoTree || other.refersIntoTree
        componentReferences.merge(other.componentReferences) { $0.union($1) }
        referencedFiles.formUnion(other.referencedFiles)
    }

    /// Whether the resolver will walk this document's node tree: for a reference beyond a component by name,
    /// for one to a component the document does not have (to say what is missing), and when it refers to other
    /// files, whose references may lead back into it.
    func resolverWalksTree(of document: Document) -> Bool {
        refersIntoTree || !referencedFiles.isEmpty
            || componentReferences.contains { kind, names in
                guard let declared = document.components.names(of: kind) else { return true }
                return !names.isSubset(of: declared)
            }
    }

    // MARK: Objects

    /// Walks a mapping's entries: `handle` returns whether it knew the key; `x-` keys are collected and returned;
    /// any other key gets a warning, so nothing is dropped silently. `instead` says what a value that is not a
    /// mapping costs (an operation: "the operation is left out"); by default it is read as empty.
    @discardableResult
    func object(_ node: Node, _ name: String, instead: String? = nil, _ handle: (String, Node) -> Bool) -> Extensions {
        guard case .mapping(let pairs) = node.content else {
            wrongKind(node, expected: "a mapping", name, instead: instead)
            return []
        }
        var extensions: Extensions = []
        for pair in pairs {
            guard let key = pair.key.string else {
                fallback("expected a string key in \(name)", instead: "the entry is ignored", at: pair.key.start)
                continue
            }
            if handle(key, pair.value) { continue }
            if key.hasPrefix("x-") {
                extensions.append((key, pair.value.value))
            } else {
                warning("unknown key '\(key)' in \(name) is ignored", at: pair.key.start)
            }
        }
        return extensions
    }

    /// A mapping's entries whose keys are names chosen by the author (`paths`, `properties`, `schemas`, …),
    /// visited in place; a key that is not a string is reported and skipped. Iterate once.
    func entries(_ node: Node, _ name: String) -> Entries {
        guard case .mapping(let pairs) = node.content else {
            wrongKind(node, expected: "a mapping", name, instead: nil)
            return Entries(pairs: [], name: name, decoder: self)
        }
        return Entries(pairs: pairs, name: name, decoder: self)
    }

    /// The entries of one mapping, without copying them into a second array first.
    struct Entries: Sequence {
        let pairs: [Pair]
        let name: String
        let decoder: ModelDecoder

        // No `underestimatedCount`: keys that are not strings are skipped, and `map` trusts that count.
        func makeIterator() -> Iterator { Iterator(entries: self) }

        struct Iterator: IteratorProtocol {
            let entries: Entries
            var index = 0

            mutating func next() -> (key: String, value: Node, mark: Mark)? {
                while index < entries.pairs.count {
                    let pair = entries.pairs[index]
                    index += 1
                    if let key = pair.key.string { return (key, pair.value, pair.key.start) }
                    entries.decoder.fallback(
                        "expected a string key in \(entries.name)", instead: "the entry is ignored", at: pair.key.start)
                }
                return nil
            }
        }
    }

    /// A sequence's items, or a warning and none.
    func sequence(_ node: Node, _ name: String) -> [Node] {
        guard case .sequence(let items) = node.content else {
            wrongKind(node, expected: "a sequence", name, instead: nil)
            return []
        }
        return items
    }

    // MARK: Scalars

    /// The text of a scalar. Numbers and booleans are accepted as their text (`version: 1.0`).
    func string(_ node: Node, _ name: String) -> String? {
        guard case .scalar(let scalar) = node.content else {
            fallback(
                "expected \(name) to be a string, found \(node.kindDescription)", instead: "it is ignored",
                at: node.start)
            return nil
        }
        if scalar.style == .plain, scalar.resolved == .null { return nil }
        return scalar.value
    }

    /// `true` or `false`; quoted (`"true"`), read by its text.
    func bool(_ node: Node, _ name: String) -> Bool? {
        guard case .scalar(let scalar) = node.content else { return wrongScalar(node, "true or false", name) }
        if case .bool(let value) = scalar.resolved { return value }
        if case .string = scalar.resolved, let value = Bool(scalar.value.lowercased()) {
            fallback(
                "expected \(name) to be true or false, found a string", instead: "read as \(value)", at: node.start)
            return value
        }
        return wrongScalar(node, "true or false", name)
    }

    /// A whole number from 0 on; quoted (`"10"`), read by its text.
    func int(_ node: Node, _ name: String) -> Int? {
        guard case .scalar(let scalar) = node.content else { return wrongScalar(node, "a non-negative integer", name) }
        switch scalar.resolved {
        case .int(let value) where value >= 0: return value
        case .float(let value) where value >= 0 && value == value.rounded() && value < 9e18: return Int(value)
        case .string:
            guard let value = Int(scalar.value), value >= 0 else { break }
            fallback(
                "expected \(name) to be a non-negative integer, found a string", instead: "read as \(value)",
                at: node.start)
            return value
        default: break
        }
        return wrongScalar(node, "a non-negative integer", name)
    }

    /// A finite number; quoted (`"0.5"`), read by its text.
    func number(_ node: Node, _ name: String) -> Number? {
        guard case .scalar(let scalar) = node.content else { return wrongScalar(node, "a number", name) }
        switch scalar.resolved {
        case .int(let value): return Number(double: Double(value), int: value)
        case .float(let value) where value.isFinite: return Number(double: value, int: nil)
        case .float:
            warning(
                "\(name) is \(scalar.value), beyond the range of a 64-bit floating-point number; it is ignored",
                at: node.start)
            return nil
        case .string:
            if let value = Int(scalar.value) {
                fallback("expected \(name) to be a number, found a string", instead: "read as \(value)", at: node.start)
                return Number(double: Double(value), int: value)
            }
            guard let value = Double(scalar.value), value.isFinite else { break }
            fallback("expected \(name) to be a number, found a string", instead: "read as \(value)", at: node.start)
            return Number(double: value, int: nil)
        default: break
        }
        return wrongScalar(node, "a number", name)
    }

    /// A scalar of the wrong kind, ignored.
    private func wrongScalar<T>(_ node: Node, _ expected: String, _ name: String) -> T? {
        fallback(
            "expected \(name) to be \(expected), found \(node.kindDescription)", instead: "it is ignored",
            at: node.start)
        return nil
    }

    func strings(_ node: Node, _ name: String) -> [String] {
        sequence(node, name).compactMap { string($0, "an entry of \(name)") }
    }

    // MARK: References

    /// The `$ref` of a mapping that has one.
    func reference(in node: Node) -> Reference? {
        guard let refNode = node["$ref"] else { return nil }
        return reference(refNode)
    }

    /// Parses a `$ref` value: `#/pointer`, `file.yaml`, `file.yaml#/pointer`. Remote URLs are refused; `instead`
    /// says what a reference that cannot be followed costs.
    func reference(_ node: Node, instead: String = "it is left out") -> Reference? {
        guard let raw = string(node, "$ref") else { return nil }
        let hash = raw.firstIndex(of: "#")
        let filePart = hash.map { String(raw[..<$0]) } ?? raw
        var pointer = hash.map { String(raw[raw.index(after: $0)...]) } ?? ""
        if pointer.contains("%") {
            guard let decoded = pointer.removingPercentEncoding else {
                fallback("'\(raw)' is not a valid reference: bad percent-encoding", instead: instead, at: node.start)
                return nil
            }
            pointer = decoded
        }
        if !pointer.isEmpty, !pointer.hasPrefix("/") {
            fallback("'\(raw)' is not a JSON pointer reference (expected '#/…')", instead: instead, at: node.start)
            return nil
        }
        if filePart.contains("://") || filePart.hasPrefix("//") {
            fallback(
                "remote reference '\(raw)' is not supported; download the file and refer to it by relative path",
                instead: instead, at: node.start)
            return nil
        }
        let reference = Reference(raw: raw, file: filePart.isEmpty ? nil : filePart, pointer: pointer, mark: node.start)
        if let file = reference.file {
            referencedFiles.insert(file)
        } else if let component = reference.component {
            componentReferences[component.kind, default: []].insert(component.name)
        } else {
            refersIntoTree = true
        }
        return reference
    }

    /// A value or a `$ref` to one.
    func referable<T>(_ node: Node, _ decode: (Node) -> T?) -> Referable<T>? {
        if case .mapping = node.content, let refNode = node["$ref"] {
            return reference(refNode).map { .reference($0) }
        }
        return decode(node).map { .value($0) }
    }

    /// A named map of values or references, such as `headers` or `components.examples`.
    func referableMap<T>(_ node: Node, _ name: String, pointer: String, _ decode: (Node, String) -> T?)
        -> [(String, Referable<T>)]
    {
        entries(node, name).compactMap { entry in
            let childPointer = JSONPointer.appending(pointer, entry.key)
            return referable(entry.value) { decode($0, childPointer) }.map { (entry.key, $0) }
        }
    }
}
