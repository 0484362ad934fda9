import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The request value of one operation: how it becomes an HTTP request. Each generated `…Request` struct
/// conforms when the module has a client.
public protocol OperationInput: Sendable {
    /// The operation's `operationId`, which middlewares and transports receive.
    static var operationID: String { get }
    /// The HTTP request, after checking every documented rule of the value.
    func httpRequest() throws(ValidationFailure) -> (HTTPRequest, HTTPBody?)
}

@_spi(Generated)
extension OperationInput {
    /// Sends the request through the middlewares and the transport and collects the response body.
    public func send<Failure: OperationError>(
        through transport: any ClientTransport,
        middlewares: [any ClientMiddleware],
        serverURL: URL,
        as failure: Failure.Type
    ) async throws(Failure) -> (HTTPResponse, Data) {
        let (response, body) = try await open(through: transport, middlewares: middlewares, serverURL: serverURL, as: failure)
        return (response, try await Failure.collect(body, status: response.status.code))
    }

    /// Sends the request through the middlewares and the transport and returns the response with its body
    /// unread, for operations that stream a body or choose among media types.
    public func open<Failure: OperationError>(
        through transport: any ClientTransport,
        middlewares: [any ClientMiddleware],
        serverURL: URL,
        as failure: Failure.Type
    ) async throws(Failure) -> (HTTPResponse, HTTPBody?) {
        let (request, body): (HTTPRequest, HTTPBody?)
        do throws(ValidationFailure) {
            (request, body) = try httpRequest()
        } catch {
            throw .invalidArgument(error)
        }
        let operationID = Self.operationID
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner) }
        }
        do {
            return try await next(request, body, serverURL)
        } catch {
            throw .transport(error)
        }
    }
}
