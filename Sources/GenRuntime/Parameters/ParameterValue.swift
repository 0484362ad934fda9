import Foundation

/// Values that travel as text in paths, queries, headers and cookies: the builtin scalars, and each generated
/// string or integer enum whose values travel so, through its raw value.
///
/// Generated code conforms an enum to this protocol when a parameter, a response header, or a field of a form or
/// multipart body holds it (directly or through what holds it), and reads and writes the text through it; an
/// enum only ever in JSON does not conform. Its requirements
/// are `@_spi(Generated)`: a module that imports GenRuntime without that SPI sees no `parameterText` on
/// `String`, `Int` or any other standard type.
public protocol ParameterValue {
    /// The value a parameter's text spells, or nil when it spells none.
    @_spi(Generated) init?(parameterText: String)
    /// The value as a parameter's text.
    @_spi(Generated) var parameterText: String { get }
}

extension String: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self = parameterText }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { self }
}

extension Int: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Int32: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Int64: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Float: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { String(self) }
}

extension Bool: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { self ? "true" : "false" }
}

extension UUID: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) { self.init(uuidString: parameterText) }
    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { uuidString }
}

extension Date: ParameterValue {
    /// An RFC 3339 (ISO 8601) date-time.
    @_spi(Generated) public init?(parameterText: String) {
        guard let date = try? Date(parameterText, strategy: .iso8601) else { return nil }
        self = date
    }

    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { formatted(.iso8601) }
}

extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    /// The value the text spells, or nil.
    @_spi(Generated) public init?(parameterText: String) {
        guard let raw = RawValue(parameterText: parameterText), let value = Self(rawValue: raw) else { return nil }
        self = value
    }

    /// The value as parameter text.
    @_spi(Generated) public var parameterText: String { rawValue.parameterText }
}
