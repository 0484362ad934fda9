/// - Remark: Generated from `#/components/schemas/Node`.
public nonisolated struct Node: Codable, Hashable, Sendable {
    public var value: String?
    public var next: Node? {
        get { _next.wrappedValue }
        set { _next.wrappedValue = newValue }
    }
    private var _next: Indirect<Node?>

    public init(value: String? = nil, next: Node? = nil) {
        self.value = value
        self._next = Indirect(wrappedValue: next)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.value = try container.decodeIfPresent(String.self, forKey: "value")
        self._next = Indirect(wrappedValue: try container.decodeIfPresent(Node.self, forKey: "next"))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encodeIfPresent(self.value, forKey: "value")
        try container.encodeIfPresent(self.next, forKey: "next")
    }
}
