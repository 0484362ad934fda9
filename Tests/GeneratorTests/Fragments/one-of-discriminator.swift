/// - Remark: Generated from `#/components/schemas/Cat`.
public nonisolated struct Cat: Codable, Hashable, Sendable {
    public var kind: String
    public var lives: Int?

    public init(kind: String, lives: Int? = nil) {
        self.kind = kind
        self.lives = lives
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.kind = try container.decode(String.self, forKey: "kind")
        self.lives = try container.decodeIfPresent(Int.self, forKey: "lives")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.kind, forKey: "kind")
        try container.encodeIfPresent(self.lives, forKey: "lives")
    }
}

/// - Remark: Generated from `#/components/schemas/Bird`.
public nonisolated struct Bird: Codable, Hashable, Sendable {
    public var kind: String
    public var wings: Int?

    public init(kind: String, wings: Int? = nil) {
        self.kind = kind
        self.wings = wings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.kind = try container.decode(String.self, forKey: "kind")
        self.wings = try container.decodeIfPresent(Int.self, forKey: "wings")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.kind, forKey: "kind")
        try container.encodeIfPresent(self.wings, forKey: "wings")
    }
}

/// - Remark: Generated from `#/components/schemas/Animal`.
public nonisolated enum Animal: Codable, Hashable, Sendable {
    case cat(Cat)
    case bird(Bird)

    public init(from decoder: any Decoder) throws {
        let tagged = try decoder.container(keyedBy: DynamicCodingKey.self)
        switch try tagged.decodeIfPresent(String.self, forKey: DynamicCodingKey("kind")) {
        case "cat":
            self = .cat(try Cat(from: decoder))
            return
        case "bird":
            self = .bird(try Bird(from: decoder))
            return
        default: break
        }
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Cat.self) {
            self = .cat(value)
            return
        }
        if let value = try? container.decode(Bird.self) {
            self = .bird(value)
            return
        }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "The value matches none of the documented shapes."
        )
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .cat(let value): try value.encode(to: encoder)
        case .bird(let value): try value.encode(to: encoder)
        }
    }
}
