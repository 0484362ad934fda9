/// - Remark: Generated from `#/components/schemas/Note`.
public nonisolated struct Note: Codable, Hashable, Sendable {
    public var text: String?
    public var author: String??

    public init(text: String? = nil, author: String?? = nil) {
        self.text = text
        self.author = author
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.text = try container.decodeIfPresent(String.self, forKey: "text")
        self.author = try container.decodeNullable(String.self, forKey: "author")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.text, forKey: "text")
        try container.encodeNullable(self.author, forKey: "author")
    }
}
