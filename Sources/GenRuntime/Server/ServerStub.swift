import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Runs one operation on the server side: credentials, body limit, handler, response.
@_spi(Generated)
public struct ServerStub: Sendable {
    /// The path of the server URL without a trailing `/`, which every route starts with.
    public var pathPrefix: String
    /// The limits requests are checked against before a handler runs.
    public var options: ServerOptions

    /// A stub serving under the path of `serverURL`, with these limits.
    public init(serverURL: URL, options: ServerOptions) {
        let path = serverURL.path
        self.pathPrefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        self.options = options
    }

    /// The route of a path template under the server URL's path.
    public func path(_ template: String) -> String { pathPrefix + template }

    /// Answers 431 or 414 past the header and query limits, 401 with `challenge` in `WWW-Authenticate` when
    /// it is given (the credentials the operation requires are missing), 415 for a `Content-Type` none of the
    /// body's documented `mediaTypes` covers, 413 past the body limit or a JSON body's depth or array limit,
    /// and 400 for a body that cannot be read; otherwise runs `operation` on the credentials and the collected
    /// body, answering a thrown error with `respond`.
    public func handle<Credentials: Sendable, Failure: Error>(
        _ request: HTTPRequest,
        _ body: HTTPBody?,
        credentials: Credentials,
        challenge: String?,
        accepting mediaTypes: [String],
        respond: (Failure) -> ServerResponse,
        _ operation: (Credentials, Data) async throws(Failure) -> ServerResponse
    ) async -> (HTTPResponse, HTTPBody?) {
        if let refused = refusal(of: request) { return refused.http }
        if let challenge { return Self.unauthorized(challenge) }
        if let failure = Wire.contentTypeFailure(request.headerFields[.contentType], among: mediaTypes) {
            return ServerResponse.json(415, failure).http
        }
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
        if JSONShape.readsAsJSON(contentType: request.headerFields[.contentType], data),
            let failure = JSONShape.check(
                data, maxDepth: options.maxJSONDepth, maxArrayElements: options.maxArrayElements)
        {
            return ServerResponse.json(413, failure).http
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
        accepting mediaTypes: [String],
        respond: (Failure) -> ServerResponse,
        _ operation: (Credentials, RequestBody) async throws(Failure) -> ServerResponse
    ) async -> (HTTPResponse, HTTPBody?) {
        if let refused = refusal(of: request) { return refused.http }
        if let challenge { return Self.unauthorized(challenge) }
        if let failure = Wire.contentTypeFailure(request.headerFields[.contentType], among: mediaTypes) {
            return ServerResponse.json(415, failure).http
        }
        // A collected body stops at the limit (`RequestBody.collected()`); a streamed one is the handler's to read.
        let received = RequestBody(body, contentType: request.headerFields[.contentType], options: options)
        do {
            return try await operation(credentials, received).http
        } catch {
            return respond(error).http
        }
    }

    /// 431 past the header limits, 414 past the query limit; `nil` for a request within them.
    private func refusal(of request: HTTPRequest) -> ServerResponse? {
        let fields = request.headerFields
        if fields.count > options.maxHeaderCount {
            return .failure(
                431, rule: "maxHeaderCount",
                message: "the request has more than \(options.maxHeaderCount) header fields")
        }
        var headerBytes = 0
        for field in fields { headerBytes += field.name.rawName.utf8.count + field.value.utf8.count }
        if headerBytes > options.maxHeaderBytes {
            return .failure(
                431, rule: "maxHeaderBytes",
                message: "the header fields are longer than \(options.maxHeaderBytes) bytes")
        }
        if let path = request.path, let question = path.utf8.firstIndex(of: UInt8(ascii: "?")),
            path.utf8.distance(from: question, to: path.utf8.endIndex) - 1 > options.maxQueryBytes
        {
            return .failure(
                414, rule: "maxQueryBytes", message: "the query is longer than \(options.maxQueryBytes) bytes")
        }
        return nil
    }

    /// 401 with `challenge` in `WWW-Authenticate`.
    private static func unauthorized(_ challenge: String) -> (HTTPResponse, HTTPBody?) {
        var (response, responseBody) = ServerResponse.failure(401, rule: "security", message: "missing credentials")
            .http
        response.headerFields[.wwwAuthenticate] = challenge
        return (response, responseBody)
    }
}
