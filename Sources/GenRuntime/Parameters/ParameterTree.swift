import Foundation

/// A parameter value as the styles of OpenAPI see it: one text, a list, or named values, nested as deep as the
/// value is. `ParameterEncoder` makes it from any `Encodable`; `ParameterStyle` writes it as wire text.
enum ParameterTree: Equatable {
    case text(String)
    case list([ParameterTree])
    /// Named values in the order the type encodes them (its declaration order).
    case map([Entry])

    struct Entry: Equatable {
        var key: String
        var value: ParameterTree
    }
}

/// Turns an `Encodable` value into a `ParameterTree`. Scalars (`ParameterValue`s, generated enums included)
/// become their parameter text, `Data` its base64; optionals that are `nil` leave their key out.
struct ParameterEncoder {
    static func tree(_ value: some Encodable) throws -> ParameterTree? {
        let slot = Slot()
        try write(value, into: slot, codingPath: [])
        return slot.tree
    }

    fileprivate static func write(_ value: some Encodable, into slot: Slot, codingPath: [any CodingKey]) throws {
        if let scalar = value as? any ParameterValue {
            slot.content = .text(scalar.parameterText)
        } else if let data = value as? Data {
            slot.content = .text(data.base64EncodedString())
        } else {
            try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
        }
    }
}

/// Where one value of the tree is written; containers hold slots for their children.
private final class Slot {
    enum Content {
        case none
        case text(String)
        case list([Slot])
        case map([(String, Slot)])
    }

    var content = Content.none

    var tree: ParameterTree? {
        switch content {
        case .none: nil
        case .text(let text): .text(text)
        case .list(let slots): .list(slots.map { $0.tree ?? .text("") })
        case .map(let entries):
            .map(entries.compactMap { key, slot in slot.tree.map { ParameterTree.Entry(key: key, value: $0) } })
        }
    }

    func child(forKey key: String) -> Slot {
        let child = Slot()
        if case .map(var entries) = content {
            entries.append((key, child))
            content = .map(entries)
        } else {
            content = .map([(key, child)])
        }
        return child
    }

    func appendChild() -> Slot {
        let child = Slot()
        if case .list(var slots) = content {
            slots.append(child)
            content = .list(slots)
        } else {
            content = .list([child])
        }
        return child
    }
}

private struct TreeEncoder: Encoder {
    let slot: Slot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .map = slot.content {} else { slot.content = .map([]) }
        return KeyedEncodingContainer(KeyedWriter(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = slot.content {} else { slot.content = .list([]) }
        return UnkeyedWriter(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleWriter(slot: slot, codingPath: codingPath) }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try ParameterEncoder.write(value, into: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(
            keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(slot: slot.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    var count: Int {
        if case .list(let slots) = slot.content { return slots.count }
        return 0
    }

    mutating func encodeNil() throws { _ = slot.appendChild() }

    mutating func encode(_ value: some Encodable) throws {
        try ParameterEncoder.write(value, into: slot.appendChild(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        TreeEncoder(slot: slot.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: slot.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(slot: slot.appendChild(), codingPath: codingPath) }
}

private struct SingleWriter: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .none }
    mutating func encode(_ value: Bool) throws { slot.content = .text(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { slot.content = .text(value) }
    mutating func encode(_ value: Double) throws { slot.content = .text(value.parameterText) }
    mutating func encode(_ value: Float) throws { slot.content = .text(value.parameterText) }
    mutating func encode(_ value: Int) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: Int8) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: Int16) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: Int32) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: Int64) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: UInt) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: UInt8) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: UInt16) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: UInt32) throws { slot.content = .text(String(value)) }
    mutating func encode(_ value: UInt64) throws { slot.content = .text(String(value)) }

    mutating func encode(_ value: some Encodable) throws {
        try ParameterEncoder.write(value, into: slot, codingPath: codingPath)
    }
}
