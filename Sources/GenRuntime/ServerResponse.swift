import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A response as the server stubs build it.
@_spi(Generated)
public struct ServerResponse: Sendable {
    public var status: Int
    public var contentType: String?
    public var body: Data?
    /// Documented headers the handler returned.
    public var headerFields = HTTPFields()

    public init(status: Int, contentType: String?, body: Data?) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A JSON body; 500 without a body when the value cannot be written as JSON.
    public static func json(_ status: Int, _ value: some Encodable) -> ServerResponse {
        do {
            return ServerResponse(status: status, contentType: "application/json", body: try Wire.encoder.encode(value))
        } catch {
            return ServerResponse(status: 500, contentType: nil, body: nil)
        }
    }

    public static func text(_ status: Int, _ value: String, contentType: String) -> ServerResponse {
        ServerResponse(status: status, contentType: contentType, body: Data(value.utf8))
    }

    public static func data(_ status: Int, _ value: Data, contentType: String) -> ServerResponse {
        ServerResponse(status: status, contentType: contentType, body: value)
    }

    public static func empty(_ status: Int) -> ServerResponse {
        ServerResponse(status: status, contentType: nil, body: nil)
    }

    /// This response with a handler's documented headers; 500 without a body when one cannot be a header field.
    public func adding(_ headers: some ResponseHeaders) -> ServerResponse {
        do {
            var response = self
            response.headerFields.append(contentsOf: try headers.fields())
            return response
        } catch {
            return ServerResponse(status: 500, contentType: nil, body: nil)
        }
    }

    /// A failure of the request as a whole (credentials, size, an unreadable body) as a JSON `ValidationFailure`.
    public static func failure(_ status: Int, rule: String, message: String) -> ServerResponse {
        .json(status, ValidationFailure(location: "request", name: "", rule: rule, message: message))
    }

    /// The response and body a `ServerTransport` handler returns.
    public var http: (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .init(code: status), headerFields: headerFields)
        if let contentType { response.headerFields[.contentType] = contentType }
        return (response, body.map { HTTPBody($0) })
    }
}
