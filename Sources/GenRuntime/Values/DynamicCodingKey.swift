/// A coding key for any string: every generated struct's keys (`forKey: "name"`: one key type for the module,
/// where a `CodingKeys` enum per type cost the compiler more than the rest of the type's coding), extra keys of
/// `additionalProperties`, and discriminator lookups.
@_spi(Generated)
public struct DynamicCodingKey: CodingKey {
    /// The key's text.
    public var stringValue: String
    /// Always nil: JSON object keys are text.
    public var intValue: Int? { nil }

    /// The key with this text.
    public init(_ string: String) { stringValue = string }
    /// The key with this text; never nil.
    public init?(stringValue: String) { self.stringValue = stringValue }
    /// Always nil: JSON object keys are text.
    public init?(intValue: Int) { nil }

    /// The keys of a JSON object other than the `known` ones, with their values.
    public static func extras<Value: Decodable>(from decoder: any Decoder, excluding known: Set<String>) throws
        -> [String: Value]
    {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var result: [String: Value] = [:]
        for key in container.allKeys where !known.contains(key.stringValue) {
            result[key.stringValue] = try container.decode(Value.self, forKey: key)
        }
        return result
    }

    /// Writes the extra keys beside the known ones.
    public static func encode<Value: Encodable>(_ extras: [String: Value], to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        for (key, value) in extras { try container.encode(value, forKey: DynamicCodingKey(key)) }
    }
}

extension DynamicCodingKey: ExpressibleByStringLiteral {
    /// The key with this text, written as a literal: `forKey: "name"`.
    public init(stringLiteral value: String) { stringValue = value }
}
