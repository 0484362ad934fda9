import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A response as the server stubs build it.
@_spi(Generated)
public struct ServerResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The `Content-Type` of the body, if there is one.
    public var contentType: String?
    /// Written as it is read: collected values are in memory, streamed ones arrive as the handler yields them.
    public var body: HTTPBody?
    /// Documented headers the handler returned.
    public var headerFields = HTTPFields()

    /// A response of a status, a media type and a body.
    public init(status: Int, contentType: String?, body: HTTPBody?) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A JSON body; 500 without a body when the value cannot be written as JSON.
    public static func json(_ status: Int, _ value: some Encodable) -> ServerResponse {
        do {
            return ServerResponse(
                status: status, contentType: "application/json", body: HTTPBody(try Wire.encoder.encode(value)))
        } catch {
            return ServerResponse(status: 500, contentType: nil, body: nil)
        }
    }

    /// A form body, field by field; 500 without a body when the value cannot be written as one.
    public static func form(_ status: Int, _ value: some Encodable, styles: Wire.FormStyles = [:]) -> ServerResponse {
        do {
            let text = try Wire.formText(value, styles: styles)
            return ServerResponse(
                status: status, contentType: "application/x-www-form-urlencoded", body: HTTPBody(text))
        } catch {
            return ServerResponse(status: 500, contentType: nil, body: nil)
        }
    }

    /// A multipart body, part by part; 500 without a body when the value cannot be written as one.
    public static func multipart(
        _ status: Int, _ value: some Encodable, partTypes: [String: String] = [:], styles: Wire.FormStyles = [:]
    ) -> ServerResponse {
        do {
            let message = try Wire.multipart(value, partTypes: partTypes, styles: styles)
            return ServerResponse(status: status, contentType: message.contentType, body: message.body)
        } catch {
            return ServerResponse(status: 500, contentType: nil, body: nil)
        }
    }

    /// A response whose body is text in the given media type.
    public static func text(_ status: Int, _ value: String, contentType: String) -> ServerResponse {
        ServerResponse(status: status, contentType: contentType, body: HTTPBody(value))
    }

    /// A response whose body is bytes in the given media type.
    public static func data(_ status: Int, _ value: Data, contentType: String) -> ServerResponse {
        ServerResponse(status: status, contentType: contentType, body: HTTPBody(value))
    }

    /// A binary or streamed body, sent as it is read.
    public static func bytes(_ status: Int, _ body: HTTPBody, contentType: String) -> ServerResponse {
        ServerResponse(status: status, contentType: contentType, body: body)
    }

    /// A response without a body.
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

    /// A request that broke a documented rule, with the failure as its JSON body: `status` (the document's
    /// validation status), except 413 for a body past a limit and 415 for an undocumented content type.
    public static func rejected(_ status: Int, _ failure: ValidationFailure) -> ServerResponse {
        switch (failure.location, failure.rule) {
        case ("request", "maxBodyBytes"), ("request", "maxJSONDepth"), ("request", "maxArrayElements"):
            .json(413, failure)
        case ("request", "contentType"): .json(415, failure)
        default: .json(status, failure)
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
        return (response, body)
    }
}
