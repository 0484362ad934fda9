// Runs against the module generated from webhooks.yaml: the sender's requests reach the receiver's handlers
// through a transport that routes them in process, by method and path, as an HTTP server would.
import Foundation
@_spi(Generated) import GenRuntime
import HTTPTypes
import OpenAPIRuntime

final class Loopback: ServerTransport, ClientTransport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    var handlers: [String: Handler] = [:]
    var paths: [String] = []

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        handlers[method.rawValue + " " + path] = handler
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        paths.append(baseURL.absoluteString + (request.path ?? ""))
        guard let handler = handlers[request.method.rawValue + " " + baseURL.path] else { return (HTTPResponse(status: .notFound), nil) }
        return try await handler(request, body, ServerRequestMetadata())
    }
}

final class Receiver: SnippetWebhooks, @unchecked Sendable {
    var received: [String] = []

    func startJobDone(_ request: StartJobDoneRequest) async throws(StartJobDoneError) { received.append("done " + request.body.id) }

    func jobFailed(_ request: JobFailedRequest) async throws(JobFailedError) -> Job {
        received.append("failed \(request.body.id) attempt \(request.attempt ?? 0)")
        return request.body
    }
}

let loopback = Loopback()
let receiver = Receiver()
try receiver.registerHandlers(on: loopback, serverURL: URL(string: "/hooks")!, paths: SnippetWebhookPaths(jobFailed: "/failed"))
let sender = SnippetWebhookSender(transport: loopback, credentials: .init(signature: "s"))

// A callback goes to the URL the request gave; the receiver's query stays before the webhook's own.
try await sender.startJobDone(url: URL(string: "http://client.example/hooks/startJobDone")!, body: Job(id: "7"))
let job = try await sender.jobFailed(url: URL(string: "http://client.example/hooks/failed?token=t")!, attempt: 2, body: Job(id: "8"))
precondition(job == Job(id: "8"), "\(job)")
precondition(receiver.received == ["done 7", "failed 8 attempt 2"], "\(receiver.received)")
precondition(loopback.paths.last == "http://client.example/hooks/failed?token=t&attempt=2", "\(loopback.paths)")

// The webhook's own security: without the signature, the receiver answers 401.
do {
    _ = try await SnippetWebhookSender(transport: loopback).jobFailed(url: URL(string: "http://client.example/hooks/failed")!, body: Job(id: "9"))
    fatalError("sent without a signature")
} catch {
    guard case .undocumented(let status, _) = error, status == 401 else { fatalError("\(error)") }
}
print("ok")
