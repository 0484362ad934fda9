/// Stores a value out of line, so a type can contain itself (`Node.parent: Node?`).
@propertyWrapper
public struct Indirect<Value: Hashable & Sendable>: Hashable, Sendable {
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private var box: Box

    /// Boxes a value.
    public init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    /// The boxed value; setting it copies the box first when another value shares it.
    public var wrappedValue: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    /// Whether the boxed values are equal.
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.wrappedValue == rhs.wrappedValue }

    /// Hashes the boxed value.
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

extension Indirect: Codable where Value: Codable {
    /// Decodes the boxed value as the value itself, without a wrapper in the JSON.
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try decoder.singleValueContainer().decode(Value.self))
    }

    /// Encodes the boxed value as the value itself.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

@_spi(Generated)
extension KeyedDecodingContainer {
    /// An optional indirect property may be absent, like any optional property.
    public func decode<Wrapped: Codable & Hashable & Sendable>(
        _ type: Indirect<Wrapped?>.Type, forKey key: Key
    ) throws -> Indirect<Wrapped?> {
        Indirect(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

@_spi(Generated)
extension KeyedEncodingContainer {
    /// An absent optional indirect property is left out, like any optional property.
    public mutating func encode<Wrapped: Codable & Hashable & Sendable>(_ value: Indirect<Wrapped?>, forKey key: Key)
        throws
    {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}
