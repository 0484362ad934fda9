/// - Remark: Generated from `#/components/schemas/Named`.
public nonisolated struct Named: Codable, Hashable, Sendable {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.name = try container.decode(String.self, forKey: "name")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.name, forKey: "name")
    }
}

/// - Remark: Generated from `#/components/schemas/Dog`.
public nonisolated struct Dog: Codable, Hashable, Sendable {
    public var name: String
    public var barks: Bool?

    public init(name: String, barks: Bool? = nil) {
        self.name = name
        self.barks = barks
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.name = try container.decode(String.self, forKey: "name")
        self.barks = try container.decodeIfPresent(Bool.self, forKey: "barks")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.barks, forKey: "barks")
    }
}
