/// - Remark: Generated from `#/components/schemas/Pet`.
public nonisolated struct Pet: Codable, Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var tag: String?

    public init(id: Int64, name: String, tag: String? = nil) {
        self.id = id
        self.name = name
        self.tag = tag
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.id = try container.decode(Int64.self, forKey: "id")
        self.name = try container.decode(String.self, forKey: "name")
        self.tag = try container.decodeIfPresent(String.self, forKey: "tag")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.id, forKey: "id")
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.tag, forKey: "tag")
    }
}
