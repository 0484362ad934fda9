import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Runs one operation on the server side: credentials, body limit, handler, response.
@_spi(Generated)
public struct ServerStub: Sendable {
    /// The path of the server URL without a trailing `/`, which every route starts with.
    public var pathPrefix: String
    public var options: ServerOptions

    public init(serverURL: URL, options: ServerOptions) {
        let path = serverURL.path
        self.pathPrefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        self.options = options
    }

    /// The route of a path template under the server URL's path.
    public func path(_ template: String) -> String { pathPrefix + template }

    /// Answers 401 with `challenge` in `WWW-Authenticate` when it is given (the credentials the operation
    /// requires are missing), 413 past the body limit and 400 for a body that cannot be read; otherwise runs
    /// `operation` on the credentials and the collected body, answering a thrown error with `respond`.
    public func handle<Credentials: Sendable, Failure: Error>(
        _ body: HTTPBody?,
        credentials: Credentials,
        challenge: String?,
        respond: (Failure) -> ServerResponse,
        _ operation: (Credentials, Data) async throws(Failure) -> ServerResponse
    ) async -> (HTTPResponse, HTTPBody?) {
        if let challenge { return Self.unauthorized(challenge) }
        let data: Data
        do {
            guard let collected = try await Wire.collect(body, upTo: options.maxBodyBytes) else {
                let message = "the body is longer than \(options.maxBodyBytes) bytes"
                return ServerResponse.failure(413, rule: "maxBodyBytes", message: message).http
            }
            data = collected
        } catch {
            return ServerResponse.failure(400, rule: "body", message: "the body could not be read").http
        }
        do {
            return try await operation(credentials, data).http
        } catch {
            return respond(error).http
        }
    }

    /// Like `handle`, for an operation that streams a body or chooses among media types: `operation` receives
    /// the body unread, and reads it itself.
    public func open<Credentials: Sendable, Failure: Error>(
        _ request: HTTPRequest,
        _ body: HTTPBody?,
        credentials: Credentials,
        challenge: String?,
        respond: (Failure) -> ServerResponse,
        _ operation: (Credentials, RequestBody) async throws(Failure) -> ServerResponse
    ) async -> (HTTPResponse, HTTPBody?) {
        if let challenge { return Self.unauthorized(challenge) }
        // A collected body stops at the limit (`RequestBody.collected()`); a streamed one is the handler's to read.
        let received = RequestBody(body, contentType: request.headerFields[.contentType], limit: options.maxBodyBytes)
        do {
            return try await operation(credentials, received).http
        } catch {
            return respond(error).http
        }
    }

    /// 401 with `challenge` in `WWW-Authenticate`.
    private static func unauthorized(_ challenge: String) -> (HTTPResponse, HTTPBody?) {
        var (response, responseBody) = ServerResponse.failure(401, rule: "security", message: "missing credentials").http
        response.headerFields[.wwwAuthenticate] = challenge
        return (response, responseBody)
    }
}
