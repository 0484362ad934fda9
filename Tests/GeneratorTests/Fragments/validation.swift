/// - Remark: Generated from `#/components/schemas/Handle`.
public nonisolated struct Handle: Codable, Hashable, Sendable, Validatable {
    public var name: String
    public var age: Int?
    public var tags: [String]?

    public init(name: String, age: Int? = nil, tags: [String]? = nil) {
        self.name = name
        self.age = age
        self.tags = tags
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        self.name = try container.decode(String.self, forKey: "name")
        self.age = try container.decodeIfPresent(Int.self, forKey: "age")
        self.tags = try container.decodeIfPresent([String].self, forKey: "tags")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.age, forKey: "age")
        try container.encodeIfPresent(self.tags, forKey: "tags")
    }

    /// Checks every rule the document sets for this value and the values it holds; throws the first one broken.
    public func validate(at path: String = "") throws(ValidationFailure) {
        try Check.minLength(self.name, 3, path + "name", in: "body")
        try Check.maxLength(self.name, 20, path + "name", in: "body")
        try Check.pattern(self.name, Self.namePattern, path + "name", in: "body")
        if let value = self.age {
            try Check.minimum(value, 0, path + "age", in: "body")
            try Check.maximum(value, 150, path + "age", in: "body")
        }
        if let value = self.tags {
            try Check.maxItems(value, 5, path + "tags", in: "body")
            try Check.uniqueItems(value, path + "tags", in: "body")
        }
    }

    static let namePattern = try! NSRegularExpression(pattern: "^[a-z]+$")
}
