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
    /// The longest response body a client reads: 64 MiB.
    public static var maxResponseBytes: Int { 64 << 20 }

    /// Sends the request through the middlewares and the transport and collects the response body.
    public func send<Failure: OperationError>(
        through transport: any ClientTransport,
        middlewares: [any ClientMiddleware],
        serverURL: URL,
        as failure: Failure.Type
    ) async throws(Failure) -> (HTTPResponse, Data) {
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
            let (response, responseBody) = try await next(request, body, serverURL)
            guard let responseBody else { return (response, Data()) }
            return (response, try await Data(collecting: responseBody, upTo: Self.maxResponseBytes))
        } catch {
            throw .transport(error)
        }
    }
}
