import Foundation

/// Values that travel as text in paths, queries, headers and cookies: the builtin scalars, and every generated
/// string or integer enum through its raw value.
public protocol ParameterValue {
    init?(parameterText: String)
    var parameterText: String { get }
}

extension String: ParameterValue {
    public init?(parameterText: String) { self = parameterText }
    public var parameterText: String { self }
}

extension Int: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public var parameterText: String { String(self) }
}

extension Int32: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public var parameterText: String { String(self) }
}

extension Int64: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public var parameterText: String { String(self) }
}

extension Float: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public var parameterText: String { String(self) }
}

extension Bool: ParameterValue {
    public init?(parameterText: String) { self.init(parameterText) }
    public var parameterText: String { self ? "true" : "false" }
}

extension UUID: ParameterValue {
    public init?(parameterText: String) { self.init(uuidString: parameterText) }
    public var parameterText: String { uuidString }
}

extension Date: ParameterValue {
    /// An RFC 3339 (ISO 8601) date-time.
    public init?(parameterText: String) {
        guard let date = try? Date(parameterText, strategy: .iso8601) else { return nil }
        self = date
    }

    public var parameterText: String { formatted(.iso8601) }
}

extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    public init?(parameterText: String) {
        guard let raw = RawValue(parameterText: parameterText), let value = Self(rawValue: raw) else { return nil }
        self = value
    }

    public var parameterText: String { rawValue.parameterText }
}
