import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HummingbirdTesting
import OpenAPIHummingbird
import Testing

/// A Hummingbird server on 127.0.0.1 and an ephemeral port, with the generated handlers that `register` adds.
/// `body` gets the server's root URL; the server stops when it returns.
func withLiveServer(
    _ register: (Router<BasicRequestContext>) throws -> Void,
    _ body: @escaping @Sendable (URL) async throws -> Void
) async throws {
    let router = Router()
    try register(router)
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    try await app.test(.live) { client in
        let port = try #require(client.port)
        try await body(try #require(URL(string: "http://127.0.0.1:\(port)")))
    }
}

/// The URL a client uses to reach a server mounted under the path of a document's server URL.
func clientURL(root: URL, documentServer: URL) -> URL {
    URL(string: root.absoluteString + documentServer.path)!
}

/// Sends a request with URLSession and returns the status and body, for requests the generated client
/// would refuse to send.
func rawRequest(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) async throws -> (Int, String) {
    var request = URLRequest(url: url)
    request.httpMethod = method
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    request.httpBody = body
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
}

/// A thread-safe counter of handler calls.
final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

/// A mutable slot a handler can fill in.
final class Seen<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    var value: Value? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
