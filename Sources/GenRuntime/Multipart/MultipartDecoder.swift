import Foundation
import OpenAPIRuntime

/// Reads the parts of a `multipart/form-data` body as a generated struct: each property from the parts of its
/// name. A file is a `MultipartFile` (or `Data`), a scalar is read from its text, an array from every part of
/// its name, anything else as JSON; parts the type does not name are ignored. A field `styles` names is read
/// in its style from the text of every part: `file_link_data[create]` belongs to `file_link_data`.
struct MultipartDecoder {
    static func value<Value: Decodable>(_ type: Value.Type, from parts: [MultipartPart], styles: Wire.FormStyles) throws
        -> Value
    {
        var table = FieldTable(styles: styles)
        for part in parts {
            if table.parts[part.name] == nil { table.names.append(part.name) }
            table.parts[part.name, default: []].append(part)
            table.pairs.append((part.name, part.text))
        }
        return try Value(from: TopDecoder(table: table))
    }

    /// One field's value from its parts (at least one).
    static func field<T: Decodable>(_ type: T.Type, _ parts: [MultipartPart], codingPath: [any CodingKey]) throws -> T {
        if let items = T.self as? any MultipartItemsDecodable.Type,
            let value = try items.init(parts: parts, codingPath: codingPath) as? T
        {
            return value
        }
        let part = parts[0]
        if T.self == MultipartFile.self,
            let file = MultipartFile(part.data, filename: part.filename, contentType: part.contentType) as? T
        {
            return file
        }
        if T.self == Data.self, let data = part.data as? T { return data }
        if let scalar = T.self as? any ParameterValue.Type {
            guard let value = scalar.init(parameterText: part.text) as? T else {
                throw DecodingError.typeMismatch(
                    T.self, .init(codingPath: codingPath, debugDescription: "'\(part.text)' is not a valid \(T.self)"))
            }
            return value
        }
        // A JSON part, or a text part whose type is a JSON value, a `oneOf` of strings or an enum: the text read as
        // a JSON string.
        do {
            return try Wire.decoder.decode(T.self, from: part.data)
        } catch {
            if let quoted = try? JSONEncoder().encode(part.text),
                let value = try? Wire.decoder.decode(T.self, from: quoted)
            {
                return value
            }
            throw error
        }
    }
}

/// Arrays, read from every part of their name; a single JSON part holding an array is read as JSON.
private protocol MultipartItemsDecodable {
    init(parts: [MultipartPart], codingPath: [any CodingKey]) throws
}

extension Array: MultipartItemsDecodable where Element: Decodable {
    fileprivate init(parts: [MultipartPart], codingPath: [any CodingKey]) throws {
        if parts.count == 1, let type = parts[0].contentType?.lowercased(),
            type.hasPrefix("application/json") || type.contains("+json")
        {
            self = try Wire.decoder.decode([Element].self, from: parts[0].data)
            return
        }
        self = try parts.map { try MultipartDecoder.field(Element.self, [$0], codingPath: codingPath) }
    }
}

/// The parts by name, names in the order they first came.
private struct FieldTable {
    let styles: Wire.FormStyles
    var names: [String] = []
    var parts: [String: [MultipartPart]] = [:]
    /// Each part's name and text, for the fields read in a style.
    var pairs: [(name: String, value: String)] = []

    /// A styled field as its style reads it from the parts; `nil` when none belongs to it or it has no style.
    func styled(_ name: String) -> ReceivedParameter? {
        guard let (style, explode) = styles[name] else { return nil }
        return style.read(pairs: pairs, name: name, explode: explode, claimed: nil) { String($0) }
    }
}

private struct TopDecoder: Decoder {
    let table: FieldTable
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Fields<Key>(table: table))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw refused([]) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw refused([]) }
}

private func refused(_ codingPath: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(
        [String: String].self,
        .init(
            codingPath: codingPath,
            debugDescription: "a multipart/form-data body is an object whose properties are its parts"))
}

private struct Fields<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let table: FieldTable
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] {
        let styled = table.styles.keys.filter { table.styled($0) != nil }
        return (table.names + styled.sorted()).compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool { table.parts[key.stringValue] != nil || table.styled(key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        if table.styled(key.stringValue) != nil { return false }
        _ = try parts(key)
        return false
    }

    private func parts(_ key: Key) throws -> [MultipartPart] {
        guard let parts = table.parts[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: [key], debugDescription: "the body has no part '\(key.stringValue)'"))
        }
        return parts
    }

    private func decode<T: Decodable>(_ type: T.Type, forKey key: Key, as: ()) throws -> T {
        if let received = table.styled(key.stringValue) { return try ParameterDecoder.value(T.self, from: received) }
        return try MultipartDecoder.field(T.self, try parts(key), codingPath: [key])
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Bool.self, forKey: key, as: ()) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(String.self, forKey: key, as: ()) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Double.self, forKey: key, as: ()) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decode(Float.self, forKey: key, as: ()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Int.self, forKey: key, as: ()) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decode(Int8.self, forKey: key, as: ()) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decode(Int16.self, forKey: key, as: ()) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Int32.self, forKey: key, as: ()) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Int64.self, forKey: key, as: ()) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decode(UInt.self, forKey: key, as: ()) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decode(UInt8.self, forKey: key, as: ()) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decode(UInt16.self, forKey: key, as: ()) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decode(UInt32.self, forKey: key, as: ()) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decode(UInt64.self, forKey: key, as: ()) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decode(T.self, forKey: key, as: ()) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw refused([key])
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw refused([key]) }
    func superDecoder() throws -> any Decoder { throw refused([]) }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw refused([key]) }
}
