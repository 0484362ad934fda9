/// The one value of `type: 'null'`. As an optional property: `nil` when the key is absent, `JSONNull()` when
/// it is present as `null`.
public struct JSONNull: Codable, Hashable, Sendable {
    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard container.decodeNil() else {
            let context = DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected null")
            throw DecodingError.typeMismatch(JSONNull.self, context)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
