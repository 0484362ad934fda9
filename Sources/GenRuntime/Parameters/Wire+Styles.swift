import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Parameters written and read in their document's `style`: arrays, objects, and scalars in `label` or
/// `matrix` form. Plain scalars in the default style take the shorter way through `ParameterValue` text.
@_spi(Generated)
extension Wire {
    // MARK: Client

    /// The `name=value` pairs a query parameter adds to the query string, percent-encoded.
    public static func queryPairs(_ value: some Encodable, _ name: String, style: ParameterStyle, explode: Bool)
        throws(ValidationFailure) -> [String]
    {
        guard let tree = try tree(value, name, in: "query") else { return [] }
        return try located("query") { () throws(ValidationFailure) in
            try style.pairs(tree, name: name, explode: explode)
        }
    }

    /// The one pair of a query parameter written as JSON text (`content: application/json`).
    public static func queryPairs(json value: some Encodable, _ name: String) throws(ValidationFailure) -> [String] {
        [escaped(name) + "=" + escaped(try jsonText(value, name, in: "query"))]
    }

    /// A path parameter's text in its style; each item is percent-encoded, so the text stays one segment. In
    /// `label` style `.` is a delimiter, so items escape it too.
    public static func pathText(_ value: some Encodable, _ name: String, style: ParameterStyle, explode: Bool)
        throws(ValidationFailure) -> String
    {
        let escape: (String) -> String
        if style == .label { escape = labelEscaped } else { escape = { escaped($0) } }
        let text = try located("path") { () throws(ValidationFailure) in
            try style.text(try tree(value, name, in: "path") ?? .text(""), name: name, explode: explode, escape: escape)
        }
        guard !text.isEmpty, text != ".", text != ".." else {
            throw ValidationFailure(
                location: "path", name: name, rule: "segment", message: "must not be empty, '.' or '..'")
        }
        return text
    }

    private static func labelEscaped(_ text: String) -> String {
        escaped(text).split(separator: ".", omittingEmptySubsequences: false).joined(separator: "%2E")
    }

    /// A header parameter's value in `simple` style.
    public static func headerText(_ value: some Encodable, _ name: String, explode: Bool) throws(ValidationFailure)
        -> String
    {
        let text = try located("header") { () throws(ValidationFailure) in
            try ParameterStyle.simple.text(
                try tree(value, name, in: "header") ?? .text(""), name: name, explode: explode
            ) { $0 }
        }
        return try headerValue(text, name)
    }

    /// Adds a cookie parameter in `form` style: one cookie, or one per item or property when exploded.
    public static func appendCookie(
        _ request: inout HTTPRequest, _ value: some Encodable, _ name: String, explode: Bool
    ) throws(ValidationFailure) {
        guard let tree = try tree(value, name, in: "cookie") else { return }
        let pairs = try located("cookie") { () throws(ValidationFailure) in
            try ParameterStyle.form.pairs(tree, name: name, explode: explode)
        }
        appendCookies(&request, pairs.joined(separator: "; "))
    }

    private static func tree(_ value: some Encodable, _ name: String, in location: String) throws(ValidationFailure)
        -> ParameterTree?
    {
        do {
            return try ParameterEncoder.tree(value)
        } catch {
            throw ValidationFailure(
                location: location, name: name, rule: "type", message: "cannot be written as parameter text: \(error)")
        }
    }

    // MARK: Server

    /// A query parameter read in its style; `nil` when absent. `claimed` is given for values that may be objects
    /// in exploded `form` style: the names of the operation's other query parameters.
    public static func queryParameter<Value: Decodable>(
        _ query: [(name: String, value: String)], _ name: String, style: ParameterStyle, explode: Bool,
        claimed: Set<String>? = nil,
        as type: Value.Type
    ) throws(ValidationFailure) -> Value? {
        let received = style.read(pairs: query, name: name, explode: explode, claimed: claimed) {
            formDecoded(String($0))
        }
        return try decoded(received, as: Value.self, name, in: "query")
    }

    /// A path parameter read in its style, from the router's raw (still percent-encoded) text.
    public static func pathParameter<Value: Decodable>(
        _ metadata: ServerRequestMetadata, _ name: String, style: ParameterStyle, explode: Bool, as type: Value.Type
    ) throws(ValidationFailure) -> Value {
        guard let raw = metadata.pathParameters[name] else {
            throw ValidationFailure(location: "path", name: name, rule: "required", message: "is required")
        }
        let received = style.read(String(raw), name: name, explode: explode) { $0.percentDecoded ?? String($0) }
        guard let value = try decoded(received, as: Value.self, name, in: "path") else {
            throw ValidationFailure(
                location: "path", name: name, rule: "style", message: "must be written in style '\(style.rawValue)'")
        }
        return value
    }

    /// The value of the header field `name` (of every field of that name, joined by `, `); `nil` when absent.
    /// A value that is not UTF-8 (HTTP lets a field carry bytes past ASCII as opaque data) is refused, not
    /// read with replacement characters in place of its bytes. Transports (NIO's parser, Hummingbird,
    /// AsyncHTTPClient) decode a field as UTF-8 before it reaches `HTTPFields`, putting U+FFFD where bytes are
    /// not; so U+FFFD in a value is taken as the mark of such bytes, and refused too.
    public static func header(_ fields: HTTPFields, _ name: String) throws(ValidationFailure) -> String? {
        guard let field = HTTPField.Name(name), let value = fields[field] else { return nil }
        if value.unicodeScalars.contains("\u{FFFD}") {
            throw ValidationFailure(location: "header", name: name, rule: "encoding", message: "must be UTF-8 text")
        }
        return value
    }

    /// A header parameter (or response header) read in `simple` style; `nil` when absent.
    public static func headerParameter<Value: Decodable>(
        _ fields: HTTPFields, _ name: String, explode: Bool, as type: Value.Type
    ) throws(ValidationFailure) -> Value? {
        guard let raw = try header(fields, name) else { return nil }
        let received = ParameterStyle.simple.read(raw, name: name, explode: explode) {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        return try decoded(received, as: Value.self, name, in: "header")
    }

    /// A cookie parameter read in `form` style; `nil` when absent.
    public static func cookieParameter<Value: Decodable>(
        _ request: HTTPRequest, _ name: String, explode: Bool, claimed: Set<String>? = nil, as type: Value.Type
    ) throws(ValidationFailure) -> Value? {
        let pairs = cookiePairs(of: request).map { (name: $0.name.percentDecoded ?? $0.name, value: $0.value) }
        let received = ParameterStyle.form.read(pairs: pairs, name: name, explode: explode, claimed: claimed) {
            $0.percentDecoded ?? String($0)
        }
        return try decoded(received, as: Value.self, name, in: "cookie")
    }

    private static func decoded<Value: Decodable>(
        _ received: ReceivedParameter?, as type: Value.Type, _ name: String, in location: String
    ) throws(ValidationFailure) -> Value? {
        guard let received else { return nil }
        do {
            return try ParameterDecoder.value(Value.self, from: received)
        } catch {
            throw ValidationFailure(
                location: location, name: name, rule: "type", message: "must be a valid \(Value.self)" + reason(error))
        }
    }

    /// `: 'x' is not a valid Int at age`: what a decoding error says, briefly.
    private static func reason(_ error: any Error) -> String {
        let context: DecodingError.Context
        switch error as? DecodingError {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found),
            .dataCorrupted(let found):
            context = found
        default: return ""
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return ": " + context.debugDescription + (path.isEmpty ? "" : " at \(path)")
    }

    /// Failures of the style writer name the parameter but not where it travels; this adds it.
    private static func located<Result>(_ location: String, _ body: () throws(ValidationFailure) -> Result)
        throws(ValidationFailure) -> Result
    {
        do {
            return try body()
        } catch {
            var failure = error
            failure.location = location
            throw failure
        }
    }
}
