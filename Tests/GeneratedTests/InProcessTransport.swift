import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Connects a generated client to generated server handlers in the same process: the client's request is
/// routed by method and path template to the handler registered for it, exactly as a server transport would,
/// with path parameters handed over still percent-encoded. Live HTTP is covered by its own tests.
final class InProcessTransport: ClientTransport, ServerTransport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)

    private struct Route {
        var method: HTTPRequest.Method
        var segments: [Substring]
        var handler: Handler
    }

    private let lock = NSLock()
    private var routes: [Route] = []
    private var sent: [HTTPRequest] = []

    /// Every request the client sent, as it reached the transport.
    var requests: [HTTPRequest] { lock.withLock { sent } }

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        lock.withLock { routes.append(Route(method: method, segments: path.split(separator: "/", omittingEmptySubsequences: false), handler: handler)) }
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        lock.withLock { sent.append(request) }
        let requestPath = request.path ?? "/"
        let pathOnly = requestPath.prefix { $0 != "?" && $0 != "#" }
        let base = baseURL.path.hasSuffix("/") ? String(baseURL.path.dropLast()) : baseURL.path
        let segments = (base + pathOnly).split(separator: "/", omittingEmptySubsequences: false)
        var serverRequest = request
        serverRequest.path = base + requestPath
        for route in lock.withLock({ routes }) where route.method == request.method && route.segments.count == segments.count {
            var parameters: [String: Substring] = [:]
            var matched = true
            for (template, segment) in zip(route.segments, segments) {
                if template.hasPrefix("{"), template.hasSuffix("}") {
                    parameters[String(template.dropFirst().dropLast())] = segment
                } else if template != segment {
                    matched = false
                    break
                }
            }
            if matched { return try await route.handler(serverRequest, body, ServerRequestMetadata(pathParameters: parameters)) }
        }
        return (HTTPResponse(status: .notFound), nil)
    }
}

/// A client transport that answers every request with a fixed response, for statuses and bodies a generated
/// server would never produce (undocumented statuses, bodies that break the document).
struct FixedResponseTransport: ClientTransport {
    var status: Int
    var body: String?
    var contentType = "application/json"

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .init(code: status))
        response.headerFields[.contentType] = contentType
        return (response, self.body.map { HTTPBody($0) })
    }
}

/// A thread-safe counter of handler calls.
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}
