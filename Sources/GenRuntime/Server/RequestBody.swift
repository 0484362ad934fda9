import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The body of a request as a streaming operation's stub receives it: unread, so a binary or streamed body
/// reaches the handler as it arrives, and a collected one is read only up to the server's limit.
@_spi(Generated)
public struct RequestBody: Sendable {
    /// The request's `Content-Type`, as it was sent; nil when it had none.
    public let contentType: String?
    private let body: HTTPBody?
    private let options: ServerOptions
    private var limit: Int { options.maxBodyBytes }

    /// The body of a request, its media type, and the limits to read it under.
    public init(_ body: HTTPBody?, contentType: String?, options: ServerOptions) {
        self.body = body
        self.contentType = contentType
        self.options = options
    }

    /// Whether the request has no body: none at all, or one known to be empty.
    public var isEmpty: Bool {
        guard let body else { return true }
        return body.length == .known(0)
    }

    /// The index of the documented media type the request's `Content-Type` names (for JSON under another JSON
    /// media type, the JSON one); the first one when it has none; throws (answered 415) when it names none.
    public func mediaType(among mediaTypes: [String]) throws(ValidationFailure) -> Int {
        guard let contentType else { return 0 }
        if let index = Wire.mediaTypeIndex(contentType, among: mediaTypes) { return index }
        if let failure = Wire.contentTypeFailure(contentType, among: mediaTypes) { throw failure }
        // JSON under a media type the document does not name is read as the documented JSON body.
        return mediaTypes.firstIndex(where: Wire.isJSON) ?? 0
    }

    /// The body collected: answered 413 past the limit, 400 when it cannot be read.
    public func collected() async throws(ValidationFailure) -> Data {
        let data: Data?
        do {
            data = try await Wire.collect(body, upTo: limit)
        } catch {
            throw ValidationFailure(location: "request", name: "", rule: "body", message: "the body could not be read")
        }
        guard let data else {
            throw ValidationFailure(
                location: "request", name: "", rule: "maxBodyBytes", message: "the body is longer than \(limit) bytes")
        }
        return data
    }

    /// A JSON body, collected, and its depth and arrays checked against the limits (answered 413) before it
    /// is decoded.
    public func json<Value: Decodable>(as type: Value.Type) async throws(ValidationFailure) -> Value {
        let data = try await collected()
        if let failure = JSONShape.check(
            data, maxDepth: options.maxJSONDepth, maxArrayElements: options.maxArrayElements)
        {
            throw failure
        }
        return try Wire.body(data, as: Value.self)
    }

    /// A form body, collected and read field by field.
    public func form<Value: Decodable>(as type: Value.Type, styles: Wire.FormStyles = [:])
        async throws(ValidationFailure) -> Value
    {
        try Wire.form(try await collected(), as: Value.self, styles: styles)
    }

    /// A multipart body, collected and read part by part.
    public func multipart<Value: Decodable>(as type: Value.Type, styles: Wire.FormStyles = [:])
        async throws(ValidationFailure) -> Value
    {
        try Wire.multipart(try await collected(), contentType: contentType, as: Value.self, styles: styles)
    }

    /// A text body, collected.
    public func text() async throws(ValidationFailure) -> String {
        try Wire.text(try await collected())
    }

    /// A binary body as it arrives.
    public var bytes: HTTPBody { Wire.bytes(body) }

    /// The unread body, for the streams of `Wire+Streams.swift`.
    public var stream: HTTPBody? { body }
}
