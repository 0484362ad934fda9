import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Reading a request on the server side: query, cookies, path parameters, credentials and the body.
@_spi(Generated)
extension Wire {
    /// The pairs of a query string: names decoded, values as they arrived, since a style's delimiters are told
    /// from escaped ones only before decoding. `first` and `all` decode the values they return.
    public static func query(of request: HTTPRequest) -> [(name: String, value: String)] {
        guard let path = request.path, let start = path.firstIndex(of: "?") else { return [] }
        let end = path[start...].firstIndex(of: "#") ?? path.endIndex
        return path[path.index(after: start)..<end].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return (formDecoded(name), raw)
        }
    }

    /// The whole query string, decoded (OpenAPI 3.2's `in: querystring`); `nil` when the request has none.
    public static func queryString(of request: HTTPRequest) -> String? {
        guard let path = request.path, let start = path.firstIndex(of: "?") else { return nil }
        let end = path[start...].firstIndex(of: "#") ?? path.endIndex
        let text = String(path[path.index(after: start)..<end])
        return text.isEmpty ? nil : (text.percentDecoded ?? text)
    }

    /// A query component with `+` as a space and percent-escapes decoded; as written when an escape is broken.
    static func formDecoded(_ text: String) -> String {
        text.replacingOccurrences(of: "+", with: " ").percentDecoded ?? text
    }

    /// The first value of a query parameter.
    public static func first(_ pairs: [(name: String, value: String)], _ name: String) -> String? {
        pairs.first { $0.name == name }.map { formDecoded($0.value) }
    }

    /// Every value of a repeated query parameter; `nil` when there is none.
    public static func all(_ pairs: [(name: String, value: String)], _ name: String) -> [String]? {
        let values = pairs.filter { $0.name == name }.map { formDecoded($0.value) }
        return values.isEmpty ? nil : values
    }

    /// The cookies a request carries, by name; the first of a repeated name wins.
    public static func cookies(of request: HTTPRequest) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in cookiePairs(of: request) where !name.isEmpty && !value.isEmpty && result[name] == nil {
            result[name] = value.percentDecoded ?? value
        }
        return result
    }

    /// Every `name=value` pair of the request's `Cookie` headers, trimmed, as it arrived (a missing value is empty).
    static func cookiePairs(of request: HTTPRequest) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        for field in request.headerFields where field.name == .cookie {
            for pair in field.value.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                pairs.append(
                    (
                        parts[0].trimmingCharacters(in: .whitespaces),
                        parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                    ))
            }
        }
        return pairs
    }

    /// A path parameter from the router, percent-decoded.
    public static func pathParameter(_ metadata: ServerRequestMetadata, _ name: String) throws(ValidationFailure)
        -> String
    {
        guard let raw = metadata.pathParameters[name] else {
            throw ValidationFailure(location: "path", name: name, rule: "required", message: "is required")
        }
        guard let value = raw.percentDecoded else {
            throw ValidationFailure(
                location: "path", name: name, rule: "encoding", message: "must be percent-encoded UTF-8")
        }
        return value
    }

    /// A parameter's text parsed as its type; `nil` when the parameter is absent.
    public static func value<Value: ParameterValue>(
        _ text: String?, as type: Value.Type, _ name: String, in location: String
    ) throws(ValidationFailure) -> Value? {
        guard let text else { return nil }
        return try Check.parsed(text, as: Value.self, name, in: location)
    }

    /// The value of an `Authorization` header of the given scheme, without the scheme.
    public static func authorization(_ request: HTTPRequest, scheme: String) -> String? {
        guard let value = request.headerFields[.authorization], value.count > scheme.count,
            value.prefix(scheme.count).lowercased() == scheme.lowercased(), value.dropFirst(scheme.count).first == " "
        else { return nil }
        return String(value.dropFirst(scheme.count + 1))
    }

    /// Collects a request body up to the limit; `nil` when the body is longer.
    public static func collect(_ body: HTTPBody?, upTo limit: Int) async throws -> Data? {
        guard let body else { return Data() }
        if case .known(let length) = body.length, length > limit { return nil }
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= limit else { return nil }
            data.append(contentsOf: chunk)
        }
        return data
    }
}
