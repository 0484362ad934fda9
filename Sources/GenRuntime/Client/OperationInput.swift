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
        let (response, body) = try await open(
            through: transport, middlewares: middlewares, serverURL: serverURL, as: failure)
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
        try await open(through: transport, middlewares: middlewares, serverURL: serverURL, query: nil, as: failure)
    }

    /// Sends a webhook or callback to the receiver's `url` as it is, its query kept before the request's own,
    /// and collects the response body.
    public func send<Failure: OperationError>(
        through transport: any ClientTransport,
        middlewares: [any ClientMiddleware],
        to url: URL,
        as failure: Failure.Type
    ) async throws(Failure) -> (HTTPResponse, Data) {
        let (response, body) = try await open(through: transport, middlewares: middlewares, to: url, as: failure)
        return (response, try await Failure.collect(body, status: response.status.code))
    }

    /// Sends a webhook or callback to the receiver's `url` and returns the response with its body unread.
    public func open<Failure: OperationError>(
        through transport: any ClientTransport,
        middlewares: [any ClientMiddleware],
        to url: URL,
        as failure: Failure.Type
    ) async throws(Failure) -> (HTTPResponse, HTTPBody?) {
        // Transports put the request's query in place of the base URL's: the URL's own goes into the request.
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw .invalidArgument(
                ValidationFailure(
                    location: "request", name: "url", rule: "url", message: "is not a URL a request can go to"))
        }
        let query = components.percentEncodedQuery
        components.percentEncodedQuery = nil
        components.fragment = nil
        guard let base = components.url else {
            throw .invalidArgument(
                ValidationFailure(
                    location: "request", name: "url", rule: "url", message: "is not a URL a request can go to"))
        }
        return try await open(through: transport, middlewares: middlewares, serverURL: base, query: query, as: failure)
    }

    private func open<Failure: OperationError>(
        through transport: any ClientTransport,
        middlewares: [any ClientMiddleware],
        serverURL: URL,
        query: String?,
        as failure: Failure.Type
    ) async throws(Failure) -> (HTTPResponse, HTTPBody?) {
        let (built, body): (HTTPRequest, HTTPBody?)
        do throws(ValidationFailure) {
            (built, body) = try httpRequest()
        } catch {
            throw .invalidArgument(error)
        }
        var request = built
        if let query, !query.isEmpty {
            let path = request.path ?? ""
            let own = path.firstIndex(of: "?").map { String(path[path.index(after: $0)...]) }
            let route = path.firstIndex(of: "?").map { String(path[..<$0]) } ?? path
            request.path = route + "?" + query + (own.map { "&" + $0 } ?? "")
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
