import Foundation

/// A parameter as a server received it. Wire text alone does not say whether `R,100` is one value, a list or
/// named values; the declared type does. So each reading is kept, and the decoder takes the one its type asks
/// for: `text` for a scalar, `items` for an array, `entries` for an object or a map.
struct ReceivedParameter {
    var text: String?
    var items: [ReceivedParameter]?
    var entries: [(key: String, value: ReceivedParameter)]?

    init(text: String?, items: [ReceivedParameter]? = nil, entries: [(key: String, value: ReceivedParameter)]? = nil) {
        self.text = text
        self.items = items
        self.entries = entries
    }

    /// Items read pairwise as names and values: `R,100,G,200` as `R: 100, G: 200`.
    static func pairs(_ items: [ReceivedParameter]) -> [(key: String, value: ReceivedParameter)]? {
        guard items.count % 2 == 0 else { return nil }
        return stride(from: 0, to: items.count, by: 2).compactMap { index in
            items[index].text.map { (key: $0, value: items[index + 1]) }
        }
    }
}

/// Decodes a `Decodable` value from a `ReceivedParameter`; scalars parse as their `ParameterValue` text.
struct ParameterDecoder {
    static func value<Value: Decodable>(_ type: Value.Type, from parameter: ReceivedParameter) throws -> Value {
        try read(Value.self, from: parameter, codingPath: [])
    }

    fileprivate static func read<Value: Decodable>(
        _ type: Value.Type, from parameter: ReceivedParameter, codingPath: [any CodingKey]
    ) throws -> Value {
        if let scalar = Value.self as? any ParameterValue.Type {
            let text = try parameter.text.orThrow(Value.self, codingPath, "a single value")
            guard let value = scalar.init(parameterText: text) as? Value, finite(value) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: codingPath, debugDescription: "'\(text)' is not a valid \(Value.self)"))
            }
            return value
        }
        if Value.self == Data.self {
            let text = try parameter.text.orThrow(Value.self, codingPath, "base64 text")
            guard let data = Data(base64Encoded: text) as? Value else {
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "is not base64"))
            }
            return data
        }
        return try Value(from: TreeDecoder(parameter: parameter, codingPath: codingPath))
    }

    /// NaN and infinities parse from text but are no JSON number; a parameter never carries them.
    private static func finite(_ value: Any) -> Bool {
        if let double = value as? Double { return double.isFinite }
        if let float = value as? Float { return float.isFinite }
        return true
    }
}

extension Optional {
    fileprivate func orThrow(_ type: Any.Type, _ codingPath: [any CodingKey], _ expected: String) throws -> Wrapped {
        guard let self else {
            throw DecodingError.typeMismatch(
                type, .init(codingPath: codingPath, debugDescription: "expected \(expected)"))
        }
        return self
    }
}

private struct TreeDecoder: Decoder {
    let parameter: ReceivedParameter
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let entries = try parameter.entries.orThrow([String: String].self, codingPath, "named values")
        return KeyedDecodingContainer(KeyedReader(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedReader(items: try parameter.items.orThrow([String].self, codingPath, "a list"), codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleReader(parameter: parameter, codingPath: codingPath)
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [(key: String, value: ReceivedParameter)]
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        var seen: Set<String> = []
        return entries.compactMap { seen.insert($0.key).inserted ? Key(stringValue: $0.key) : nil }
    }

    func contains(_ key: Key) -> Bool { entries.contains { $0.key == key.stringValue } }

    private func entry(_ key: Key) throws -> ReceivedParameter {
        guard let entry = entries.first(where: { $0.key == key.stringValue }) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "'\(key.stringValue)' is missing"))
        }
        return entry.value
    }

    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try ParameterDecoder.read(Value.self, from: entry(key), codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try TreeDecoder(parameter: entry(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(parameter: entry(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(parameter: ReceivedParameter(text: nil, entries: entries), codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoder(parameter: try entry(key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedReader: UnkeyedDecodingContainer {
    let items: [ReceivedParameter]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [ReceivedParameter], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next(_ type: Any.Type) throws -> ReceivedParameter {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath, debugDescription: "the list has only \(items.count) items"))
        }
        defer { currentIndex += 1 }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].text == "" else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try ParameterDecoder.read(Value.self, from: next(Value.self), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
        NestedKey
    > {
        try TreeDecoder(parameter: next([String: String].self), codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(parameter: next([String].self), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        TreeDecoder(parameter: try next(Any.self), codingPath: codingPath)
    }
}

private struct SingleReader: SingleValueDecodingContainer {
    let parameter: ReceivedParameter
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { parameter.text == nil && parameter.items == nil && parameter.entries == nil }

    func decode(_ type: Bool.Type) throws -> Bool { try scalar(Bool.self) }
    func decode(_ type: String.Type) throws -> String { try scalar(String.self) }
    func decode(_ type: Double.Type) throws -> Double { try scalar(Double.self) }
    func decode(_ type: Float.Type) throws -> Float { try scalar(Float.self) }
    func decode(_ type: Int.Type) throws -> Int { try scalar(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try scalar(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try scalar(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try ParameterDecoder.read(Value.self, from: parameter, codingPath: codingPath)
    }

    private func scalar<Value: ParameterValue & Decodable>(_ type: Value.Type) throws -> Value {
        try ParameterDecoder.read(Value.self, from: parameter, codingPath: codingPath)
    }

    private func integer<Value: FixedWidthInteger>(_ type: Value.Type) throws -> Value {
        let text = try parameter.text.orThrow(Value.self, codingPath, "a single value")
        guard let value = Value(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "'\(text)' is not a valid \(Value.self)"))
        }
        return value
    }
}
