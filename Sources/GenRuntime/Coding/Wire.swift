import Foundation

/// How values are written on the wire, and read back: JSON, percent-encoding and the text of parameters.
/// `Wire+Request.swift` reads requests on the server side, `Wire+Writing.swift` builds them on the client side.
@_spi(Generated)
public enum Wire {
    /// Sorted keys and unescaped slashes, so bodies are stable and readable; dates as RFC 3339.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Reads dates as RFC 3339, as `encoder` writes them.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Characters that stand for themselves in any part of a URL (RFC 3986 unreserved); all others are escaped.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// The value percent-encoded: every character but the unreserved ones of RFC 3986 escaped.
    public static func escaped(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A path parameter as exactly one segment: `/` and every other reserved character escaped.
    public static func pathSegment(_ value: String, _ name: String) throws(ValidationFailure) -> String {
        guard !value.isEmpty, value != ".", value != ".." else {
            throw ValidationFailure(
                location: "path", name: name, rule: "segment", message: "must not be empty, '.' or '..'")
        }
        return escaped(value)
    }

    /// A value as a JSON body.
    public static func json(_ value: some Encodable) throws(ValidationFailure) -> Data {
        do {
            return try encoder.encode(value)
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type", message: "cannot be written as JSON: \(error)")
        }
    }

    /// A JSON request body.
    public static func body<Value: Decodable>(_ data: Data, as type: Value.Type) throws(ValidationFailure) -> Value {
        do {
            return try decoder.decode(Value.self, from: data)
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "schema", message: "does not match the document: \(error)")
        }
    }

    /// A text request body.
    public static func text(_ data: Data) throws(ValidationFailure) -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationFailure(location: "body", name: "body", rule: "type", message: "must be UTF-8 text")
        }
        return text
    }

    /// A structured parameter value as JSON text.
    public static func jsonText(_ value: some Encodable, _ name: String, in location: String) throws(ValidationFailure)
        -> String
    {
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            throw ValidationFailure(location: location, name: name, rule: "type", message: "cannot be written as JSON")
        }
        return text
    }

    /// A structured parameter value read from JSON text; `nil` when the parameter is absent.
    public static func jsonValue<Value: Decodable>(
        _ text: String?, as type: Value.Type, _ name: String, in location: String
    ) throws(ValidationFailure) -> Value? {
        guard let text else { return nil }
        guard let value = try? decoder.decode(Value.self, from: Data(text.utf8)) else {
            throw ValidationFailure(
                location: location, name: name, rule: "type", message: "must be JSON matching the document")
        }
        return value
    }
}
