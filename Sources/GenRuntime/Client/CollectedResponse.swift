import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A response whose body the client collected: what a generated client method reads its result or error from.
/// Each read fails with the operation's `invalidResponse` when the body or headers do not match the document.
@_spi(Generated)
public struct CollectedResponse<Failure: OperationError>: Sendable {
    /// The status and header fields.
    public var head: HTTPResponse
    /// The whole body; empty when there is none.
    public var body: Data

    /// A response of this head and body.
    public init(head: HTTPResponse, body: Data) {
        self.head = head
        self.body = body
    }

    /// The status code.
    public var status: Int { head.status.code }

    /// The header fields.
    public var headerFields: HTTPFields { head.headerFields }

    /// The JSON body, decoded.
    public func decode<Body: Decodable>(_ type: Body.Type) throws(Failure) -> Body {
        try Failure.decode(Body.self, from: body, status: status)
    }

    /// The JSON body, decoded and checked against its rules.
    public func decode<Body: Decodable & Validatable>(_ type: Body.Type) throws(Failure) -> Body {
        try Failure.decode(Body.self, from: body, status: status)
    }

    /// The form body, field by field.
    public func form<Body: Decodable>(_ type: Body.Type, styles: Wire.FormStyles = [:]) throws(Failure) -> Body {
        try Failure.form(Body.self, from: body, status: status, styles: styles)
    }

    /// The multipart body, part by part, with the boundary of its `Content-Type`.
    public func multipart<Body: Decodable>(_ type: Body.Type, styles: Wire.FormStyles = [:]) throws(Failure) -> Body {
        try Failure.multipart(
            Body.self, from: body, contentType: headerFields[.contentType], status: status, styles: styles)
    }

    /// The text body.
    public func text() throws(Failure) -> String {
        try Failure.text(from: body, status: status)
    }

    /// The documented headers.
    public func headers<Headers: ResponseHeaders>(_ type: Headers.Type) throws(Failure) -> Headers {
        try Failure.headers(Headers.self, from: headerFields, status: status)
    }
}
