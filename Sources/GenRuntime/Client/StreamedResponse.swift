import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A response whose body is unread: what a generated client method of an operation that streams a body or
/// chooses among media types reads its result or error from. A read that needs the whole body collects it
/// (up to `OperationError.maxResponseBytes`); a stream hands `body` on as it is.
@_spi(Generated)
public struct StreamedResponse<Failure: OperationError>: Sendable {
    /// The status and header fields.
    public var head: HTTPResponse
    /// The body, unread.
    public var body: HTTPBody?

    /// A response of this head and body.
    public init(head: HTTPResponse, body: HTTPBody?) {
        self.head = head
        self.body = body
    }

    /// The status code.
    public var status: Int { head.status.code }

    /// The header fields.
    public var headerFields: HTTPFields { head.headerFields }

    /// The whole body.
    public func collect() async throws(Failure) -> Data {
        try await Failure.collect(body, status: status)
    }

    /// The response with its body collected, to read as a whole.
    public func collected() async throws(Failure) -> CollectedResponse<Failure> {
        CollectedResponse(head: head, body: try await collect())
    }

    /// The JSON body, collected and decoded.
    public func decode<Body: Decodable>(_ type: Body.Type) async throws(Failure) -> Body {
        try await collected().decode(Body.self)
    }

    /// The JSON body, collected, decoded and checked against its rules.
    public func decode<Body: Decodable & Validatable>(_ type: Body.Type) async throws(Failure) -> Body {
        try await collected().decode(Body.self)
    }

    /// The form body, collected and read field by field.
    public func form<Body: Decodable>(_ type: Body.Type, styles: Wire.FormStyles = [:]) async throws(Failure) -> Body {
        try await collected().form(Body.self, styles: styles)
    }

    /// The multipart body, collected and read part by part.
    public func multipart<Body: Decodable>(
        _ type: Body.Type, styles: Wire.FormStyles = [:]
    ) async throws(Failure) -> Body {
        try await collected().multipart(Body.self, styles: styles)
    }

    /// The text body, collected.
    public func text() async throws(Failure) -> String {
        try await collected().text()
    }

    /// The documented headers.
    public func headers<Headers: ResponseHeaders>(_ type: Headers.Type) throws(Failure) -> Headers {
        try Failure.headers(Headers.self, from: headerFields, status: status)
    }
}
