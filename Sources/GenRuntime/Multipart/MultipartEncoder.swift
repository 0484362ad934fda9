import Foundation
import OpenAPIRuntime

/// Turns a generated struct into the parts of a `multipart/form-data` body, one per property in declaration
/// order (OpenAPI's defaults): a `MultipartFile` or `Data` is a file part (`application/octet-stream`), a
/// scalar is a text part, an array is one part per item under the same name, and anything else is a JSON part.
/// `nil` properties have no part. `partTypes` gives a field's `Content-Type` where the document's `encoding`
/// sets one; `styles` a field's style, where it sets one: each `name=value` pair the style writes is a text part
/// (`file_link_data[create]` = `true` in `deepObject`, as Stripe reads them).
struct MultipartEncoder {
    static func parts(_ value: some Encodable, partTypes: [String: String], styles: Wire.FormStyles) throws
        -> [MultipartPart]
    {
        let list = PartList(partTypes: partTypes, styles: styles)
        try value.encode(to: TopEncoder(list: list))
        return list.parts
    }
}

/// The parts written so far.
private final class PartList {
    let partTypes: [String: String]
    let styles: Wire.FormStyles
    var parts: [MultipartPart] = []

    init(partTypes: [String: String], styles: Wire.FormStyles) {
        self.partTypes = partTypes
        self.styles = styles
    }

    /// A field the document gives a style: a text part per pair the style writes.
    func styled(_ name: String, _ value: any Encodable) throws -> Bool {
        guard let (style, explode) = styles[name] else { return false }
        guard let tree = try ParameterEncoder.tree(value) else { return true }
        for pair in try style.pairs(tree, name: name, explode: explode) {
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                $0.percentDecoded ?? String($0)
            }
            text(halves[0], halves.count > 1 ? halves[1] : "")
        }
        return true
    }

    /// The `Content-Type` the document gives a field: the first of a list, unless it is a range (`image/*`).
    private func documented(_ name: String) -> String? {
        guard let listed = partTypes[name]?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces),
            !listed.isEmpty, !listed.contains("*")
        else { return nil }
        return listed
    }

    func add(_ name: String, _ value: any Encodable, codingPath: [any CodingKey]) throws {
        if let file = value as? MultipartFile {
            let type = file.contentType ?? documented(name) ?? "application/octet-stream"
            parts.append(
                MultipartPart(name: name, filename: file.filename, contentType: type, payload: .body(file.body)))
        } else if let data = value as? Data {
            parts.append(
                MultipartPart(
                    name: name, contentType: documented(name) ?? "application/octet-stream", payload: .data(data)))
        } else if let scalar = value as? any ParameterValue {
            text(name, scalar.parameterText)
        } else if let items = value as? any MultipartItems {
            for item in items.multipartItems { try add(name, item, codingPath: codingPath) }
        } else {
            let data = try Wire.encoder.encode(value)
            parts.append(
                MultipartPart(name: name, contentType: documented(name) ?? "application/json", payload: .data(data)))
        }
    }

    /// A text field: no `Content-Type` unless the document gives one, as browsers send fields.
    func text(_ name: String, _ text: String) {
        parts.append(MultipartPart(name: name, contentType: documented(name), payload: .data(Data(text.utf8))))
    }
}

/// Arrays, whose items are parts of their own.
private protocol MultipartItems {
    var multipartItems: [any Encodable] { get }
}

extension Array: MultipartItems where Element: Encodable {
    fileprivate var multipartItems: [any Encodable] { map { $0 } }
}

private struct TopEncoder: Encoder {
    let list: PartList
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Fields<Key>(list: list))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { Refused<DynamicCodingKey>(codingPath: []) }
    func singleValueContainer() -> any SingleValueEncodingContainer { Refused<DynamicCodingKey>(codingPath: []) }
}

/// The top-level object: each key is a field.
private struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let list: PartList
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws { list.text(key.stringValue, value.parameterText) }
    mutating func encode(_ value: String, forKey key: Key) throws { list.text(key.stringValue, value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { list.text(key.stringValue, value.parameterText) }
    mutating func encode(_ value: Float, forKey key: Key) throws { list.text(key.stringValue, value.parameterText) }
    mutating func encode(_ value: Int, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { list.text(key.stringValue, String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { list.text(key.stringValue, String(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if try list.styled(key.stringValue, value) { return }
        try list.add(key.stringValue, value, codingPath: [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(Refused<NestedKey>(codingPath: [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        Refused<Key>(codingPath: [key])
    }
    mutating func superEncoder() -> any Encoder { RefusedEncoder(codingPath: []) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { RefusedEncoder(codingPath: [key]) }
}

/// What a multipart body cannot hold at its top level (a list, one value) or inside a field's own container:
/// every write fails, saying so.
private struct Refused<Key: CodingKey>: KeyedEncodingContainerProtocol, UnkeyedEncodingContainer,
    SingleValueEncodingContainer
{
    var codingPath: [any CodingKey]
    var count: Int { 0 }

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    private func refuse() -> EncodingError {
        EncodingError.invalidValue(
            "",
            .init(
                codingPath: codingPath,
                debugDescription: "a multipart/form-data body is an object whose properties are its parts"))
    }

    mutating func encodeNil(forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: String, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Int, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Int8, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Int16, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Int32, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: Int64, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: UInt, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { throw refuse() }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { throw refuse() }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw refuse() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(Refused<NestedKey>(codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder(forKey key: Key) -> any Encoder { RefusedEncoder(codingPath: codingPath) }

    mutating func encodeNil() throws { throw refuse() }
    mutating func encode(_ value: Bool) throws { throw refuse() }
    mutating func encode(_ value: String) throws { throw refuse() }
    mutating func encode(_ value: Double) throws { throw refuse() }
    mutating func encode(_ value: Float) throws { throw refuse() }
    mutating func encode(_ value: Int) throws { throw refuse() }
    mutating func encode(_ value: Int8) throws { throw refuse() }
    mutating func encode(_ value: Int16) throws { throw refuse() }
    mutating func encode(_ value: Int32) throws { throw refuse() }
    mutating func encode(_ value: Int64) throws { throw refuse() }
    mutating func encode(_ value: UInt) throws { throw refuse() }
    mutating func encode(_ value: UInt8) throws { throw refuse() }
    mutating func encode(_ value: UInt16) throws { throw refuse() }
    mutating func encode(_ value: UInt32) throws { throw refuse() }
    mutating func encode(_ value: UInt64) throws { throw refuse() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        KeyedEncodingContainer(Refused<NestedKey>(codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { RefusedEncoder(codingPath: codingPath) }
}

private struct RefusedEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Refused<Key>(codingPath: codingPath))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { Refused<DynamicCodingKey>(codingPath: codingPath) }
    func singleValueContainer() -> any SingleValueEncodingContainer {
        Refused<DynamicCodingKey>(codingPath: codingPath)
    }
}
