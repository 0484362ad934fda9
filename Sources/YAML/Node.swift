public import Source

/// The YAML node tree: what the composer builds from events and the OpenAPI decoder reads.
///
/// Every node keeps where it starts and ends, so any later stage can point at it.
public struct Node: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    /// Where the node starts (its first character, or its anchor or tag when it has one).
    public var start: Mark
    /// Where the node ends (just past its last character).
    public var end: Mark
    /// An explicit tag, such as `!!str`, in its full form (`tag:yaml.org,2002:str`); `nil` when none was written.
    public var tag: String?
    /// Whether a collection was written in flow style (`{…}`, `[…]`); scalars are never flow.
    public var isFlow: Bool

    public init(_ content: Content, start: Mark, end: Mark, tag: String? = nil, isFlow: Bool = false) {
        self.content = content
        self.start = start
        self.end = end
        self.tag = tag
        self.isFlow = isFlow
    }
}

/// A scalar's text and how it was written; the style decides whether `true` is a boolean or a string.
public struct Scalar: Sendable, Hashable {
    /// How a scalar was written.
    public enum Style: Sendable, Hashable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style) {
        self.value = value
        self.style = style
    }
}

/// One entry of a mapping, in document order.
public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

extension Node {
    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The scalar's text, when this node is a scalar.
    public var string: String? { scalar?.value }

    /// The entries, when this node is a mapping.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items, when this node is a sequence.
    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under a scalar key, when this node is a mapping that has it.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.string == key { return pair.value }
        return nil
    }

    /// A word for the node's kind, for messages: "a mapping", "a sequence", "a string".
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: "null"
            case .bool: "a boolean"
            case .int, .float: "a number"
            case .string: "a string"
            }
        }
    }
}

extension Node {
    /// The node in JSON terms, for the stages after the model: scalars resolved under the core schema.
    public var value: SourceValue {
        switch content {
        case .scalar(let scalar):
            let content: SourceValue.Content
            switch scalar.resolved {
            case .null: content = .null
            case .bool(let value): content = .bool(value)
            case .int(let value): content = .int(value)
            case .float(let value): content = .double(value)
            case .string(let value): content = .string(value)
            }
            return SourceValue(content, text: scalar.value, start: start)
        case .sequence(let items):
            return SourceValue(.array(items.map(\.value)), text: nil, start: start)
        case .mapping(let pairs):
            return SourceValue(.object(pairs.map { ($0.key.value, $0.value.value) }), text: nil, start: start)
        }
    }
}
