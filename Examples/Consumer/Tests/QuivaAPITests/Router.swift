import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Routes a generated client's requests to generated server handlers in this process, by method and path
/// template, as a server transport would.
final class Router: ClientTransport, ServerTransport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)

    private let lock = NSLock()
    private var routes: [(method: HTTPRequest.Method, template: [Substring], handler: Handler)] = []

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        lock.withLock { routes.append((method, path.split(separator: "/", omittingEmptySubsequences: false), handler)) }
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let base = baseURL.path.hasSuffix("/") ? String(baseURL.path.dropLast()) : baseURL.path
        let path = base + (request.path ?? "/").prefix { $0 != "?" }
        var serverRequest = request
        serverRequest.path = base + (request.path ?? "/")
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for route in lock.withLock({ routes }) where route.method == request.method && route.template.count == segments.count {
            var parameters: [String: Substring] = [:]
            let matches = zip(route.template, segments).allSatisfy { template, segment in
                guard template.hasPrefix("{") else { return template == segment }
                parameters[String(template.dropFirst().dropLast())] = segment
                return true
            }
            if matches { return try await route.handler(serverRequest, body, ServerRequestMetadata(pathParameters: parameters)) }
        }
        return (HTTPResponse(status: .notFound), nil)
    }
}
