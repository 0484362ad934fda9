import Foundation
import HTTPTypes
import OpenAPIRuntime

/// What sends a module's requests: a transport and the middlewares each request goes through. The generated
/// webhook sender conforms; `OperationClient` adds the server the client talks to.
@_spi(Generated)
public protocol OperationSender: Sendable {
    var transport: any ClientTransport { get }
    var middlewares: [any ClientMiddleware] { get }
}

/// A generated client: a sender, and the URL of the server its requests go to.
@_spi(Generated)
public protocol OperationClient: OperationSender {
    var serverURL: URL { get }
}

@_spi(Generated)
extension OperationSender {
    /// Sends a request to `url` as it is (a webhook or callback) and collects the response body.
    public func send<Failure: OperationError>(
        _ input: some OperationInput, to url: URL, as failure: Failure.Type
    ) async throws(Failure) -> CollectedResponse<Failure> {
        let (head, body) = try await input.send(through: transport, middlewares: middlewares, to: url, as: failure)
        return CollectedResponse(head: head, body: body)
    }

    /// Sends a request to `url` as it is and returns the response with its body unread.
    public func open<Failure: OperationError>(
        _ input: some OperationInput, to url: URL, as failure: Failure.Type
    ) async throws(Failure) -> StreamedResponse<Failure> {
        let (head, body) = try await input.open(through: transport, middlewares: middlewares, to: url, as: failure)
        return StreamedResponse(head: head, body: body)
    }
}

@_spi(Generated)
extension OperationClient {
    /// Sends an operation's request to the server and collects the response body.
    public func send<Failure: OperationError>(
        _ input: some OperationInput, as failure: Failure.Type
    ) async throws(Failure) -> CollectedResponse<Failure> {
        let (head, body) = try await input.send(
            through: transport, middlewares: middlewares, serverURL: serverURL, as: failure)
        return CollectedResponse(head: head, body: body)
    }

    /// Sends an operation's request to the server and returns the response with its body unread, for operations
    /// that stream a body or choose among media types.
    public func open<Failure: OperationError>(
        _ input: some OperationInput, as failure: Failure.Type
    ) async throws(Failure) -> StreamedResponse<Failure> {
        let (head, body) = try await input.open(
            through: transport, middlewares: middlewares, serverURL: serverURL, as: failure)
        return StreamedResponse(head: head, body: body)
    }
}
