/// A coding key for any string: extra keys of `additionalProperties`, and discriminator lookups.
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

    /// The keys of a JSON object that `Known` does not name, with their values.
    public static func extras<Known: CodingKey, Value: Decodable>(
        from decoder: any Decoder, excluding known: Known.Type
    ) throws -> [String: Value] {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        var result: [String: Value] = [:]
        for key in container.allKeys where Known(stringValue: key.stringValue) == nil {
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
