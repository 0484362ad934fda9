/// Keys whose absence and `null` mean different things. `decodeIfPresent` reads both as `nil`; these keep
/// them apart, for the properties a document lets be left out or sent as `null` (`String??`: `nil` is absent,
/// `.some(nil)` is `null`), and for values that hold `null` themselves (`JSONValue.null`, `JSONNull`).
@_spi(Generated)
extension KeyedDecodingContainer {
    /// `nil` when the key is absent, `.some(nil)` when it is `null`, the value otherwise.
    public func decodeNullable<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value?? {
        guard contains(key) else { return nil }
        return .some(try decodeNil(forKey: key) ? nil : decode(Value.self, forKey: key))
    }

    /// `nil` when the key is absent; a `null` is decoded as the value type reads it (`JSONValue.null`).
    public func decodeIfKeyPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        contains(key) ? try decode(Value.self, forKey: key) : nil
    }
}

@_spi(Generated)
extension KeyedEncodingContainer {
    /// Leaves the key out for `nil`, writes `null` for `.some(nil)`, and the value otherwise.
    public mutating func encodeNullable<Value: Encodable>(_ value: Value??, forKey key: Key) throws {
        switch value {
        case nil: break
        case .some(nil): try encodeNil(forKey: key)
        case .some(let value?): try encode(value, forKey: key)
        }
    }
}
