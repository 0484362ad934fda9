/// - Remark: Generated from `#/components/schemas/Stamp`.
public nonisolated struct Stamp: Codable, Hashable, Sendable {
    public var id: UUID
    public var at: Date
    public var ratio: Float?
    public var blob: Data?

    public init(id: UUID, at: Date, ratio: Float? = nil, blob: Data? = nil) {
        self.id = id
        self.at = at
        self.ratio = ratio
        self.blob = blob
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.id = try container.decode(UUID.self, forKey: "id")
        self.at = try container.decode(Date.self, forKey: "at")
        self.ratio = try container.decodeIfPresent(Float.self, forKey: "ratio")
        self.blob = try container.decodeIfPresent(Data.self, forKey: "blob")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.id, forKey: "id")
        try container.encode(self.at, forKey: "at")
        try container.encodeIfPresent(self.ratio, forKey: "ratio")
        try container.encodeIfPresent(self.blob, forKey: "blob")
    }
}
