/// The one value of `type: 'null'`. As an optional property: `nil` when the key is absent, `JSONNull()` when
/// it is present as `null`.
public struct JSONNull: Codable, Hashable, Sendable {
    /// The `null` value.
    public init() {}

    /// Decodes `null`; throws for any other value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard container.decodeNil() else {
            let context = DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected null")
            throw DecodingError.typeMismatch(JSONNull.self, context)
        }
    }

    /// Encodes `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
