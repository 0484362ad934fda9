import Devin
import Foundation
@_spi(Generated) import GenRuntime
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Testing
import Wireworks

/// The generated client against a server that breaks HTTP or the document: every fault arrives as a case of
/// the operation's error enum, on both transports, never a crash, a hang or a value.
@Suite("Generated client under server faults")
struct ClientFaultTests {
    enum Transport: String, CaseIterable, CustomTestStringConvertible {
        case urlSession, asyncHTTPClient
        var testDescription: String { rawValue }
        var transport: any ClientTransport {
            switch self {
            case .urlSession: URLSessionTransport()
            case .asyncHTTPClient: AsyncHTTPClientTransport()
            }
        }
    }

    typealias Failure = DeleteSecretV1SecretsSecretIdDeleteError

    /// What the client's call against `server` throws.
    static func failure(_ server: FaultServer, _ transport: Transport) async -> Failure? {
        defer { server.stop() }
        let client = DevinClient(serverURL: server.url, transport: transport.transport, credentials: .init(bearerAuth: "apk_1"))
        do throws(Failure) {
            let value = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "sec_1")
            Issue.record("a faulty response became a value: \(value)")
            return nil
        } catch {
            return error
        }
    }

    static func head(_ fields: String, status: String = "200 OK") -> String {
        "HTTP/1.1 \(status)\r\n\(fields)Connection: close\r\n\r\n"
    }

    @Test(arguments: Transport.allCases)
    func aBodyCutShortOfItsLengthIsATransportError(transport: Transport) async throws {
        let server = try FaultServer(Self.head("Content-Type: application/json\r\nContent-Length: 40\r\n") + #"{"message": "del"#)
        let failure = await Self.failure(server, transport)
        guard case .transport = failure else {
            Issue.record("expected .transport, got \(String(describing: failure))")
            return
        }
    }

    @Test(arguments: Transport.allCases)
    func aChunkedBodyCutOffMidChunkIsATransportError(transport: Transport) async throws {
        let server = try FaultServer(Self.head("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") + "20\r\n{\"message\": \"del")
        let failure = await Self.failure(server, transport)
        guard case .transport = failure else {
            Issue.record("expected .transport, got \(String(describing: failure))")
            return
        }
    }

    @Test(arguments: Transport.allCases)
    func jsonThatDoesNotParseIsAnInvalidResponse(transport: Transport) async throws {
        let body = #"{"message": "deleted""#
        let server = try FaultServer(Self.head("Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n") + body)
        let failure = await Self.failure(server, transport)
        guard case .invalidResponse(let status, _) = failure else {
            Issue.record("expected .invalidResponse, got \(String(describing: failure))")
            return
        }
        #expect(status == 200)
    }

    @Test(arguments: Transport.allCases)
    func jsonOfTheWrongShapeIsAnInvalidResponse(transport: Transport) async throws {
        let body = #"{"message": 7}"#
        let server = try FaultServer(Self.head("Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n") + body)
        let failure = await Self.failure(server, transport)
        guard case .invalidResponse(200, _) = failure else {
            Issue.record("expected .invalidResponse, got \(String(describing: failure))")
            return
        }
    }

    @Test(arguments: Transport.allCases)
    func anHTMLPageForJSONIsAnInvalidResponse(transport: Transport) async throws {
        let body = "<html><body>Bad gateway</body></html>"
        let server = try FaultServer(Self.head("Content-Type: text/html\r\nContent-Length: \(body.utf8.count)\r\n") + body)
        let failure = await Self.failure(server, transport)
        guard case .invalidResponse(200, _) = failure else {
            Issue.record("expected .invalidResponse, got \(String(describing: failure))")
            return
        }
    }

    @Test(arguments: Transport.allCases)
    func aLengthPastTheResponseLimitIsRefusedBeforeItIsRead(transport: Transport) async throws {
        let server = try FaultServer(Self.head("Content-Type: application/json\r\nContent-Length: \(Failure.maxResponseBytes + 1)\r\n") + "{")
        let failure = await Self.failure(server, transport)
        switch failure {
        case .invalidResponse(200, let reason): #expect(reason == "the body is longer than \(Failure.maxResponseBytes) bytes")
        case .transport: break  // A transport may give up on the short body first.
        default: Issue.record("expected .invalidResponse or .transport, got \(String(describing: failure))")
        }
    }

    @Test(arguments: Transport.allCases)
    func aBodyThatNeverEndsStopsAtTheCallersDeadline(transport: Transport) async throws {
        let server = try FaultServer(Self.head("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n") + "1\r\n{\r\n", holdOpen: true)
        let call = Task { await Self.failure(server, transport) }
        try await Task.sleep(for: .milliseconds(500))
        call.cancel()
        // A call that ignored its cancellation would wait forever: a minute on, the server drops the connection,
        // so that the test fails instead of hanging. (No tighter bound: a loaded machine schedules late.)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(60))
            server.closeConnections()
        }
        let failure = await call.value
        watchdog.cancel()
        #expect(!server.forcedClose, "the call went on after it was cancelled, until the server closed the connection")
        guard case .transport = failure else {
            Issue.record("expected .transport, got \(String(describing: failure))")
            return
        }
    }

    @Test(arguments: Transport.allCases)
    func garbageInsteadOfHTTPIsATransportError(transport: Transport) async throws {
        let server = try FaultServer("SSH-2.0-OpenSSH_9.2\r\n\u{0}\u{1}\u{2}")
        let failure = await Self.failure(server, transport)
        guard case .transport = failure else {
            Issue.record("expected .transport, got \(String(describing: failure))")
            return
        }
    }

    /// A documented response header whose value is not UTF-8 is an invalid response, not a string with
    /// replacement characters; URLSession (curl) fails such a response itself, a transport error.
    @Test(arguments: Transport.allCases)
    func aResponseHeaderThatIsNotUTF8IsAnInvalidResponse(transport: Transport) async throws {
        let head = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total-Count: 1\r\nLink: <next".utf8) + [0xFF, 0xFE]
        let server = try FaultServer(response: head + Array(">\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]".utf8))
        defer { server.stop() }
        let client = WireworksClient(serverURL: server.url, transport: transport.transport)
        do throws(ListItemsError) {
            let value = try await client.listItems()
            Issue.record("a header that is not UTF-8 became a value: \(value)")
        } catch {
            switch (transport, error) {
            case (_, .invalidResponse(200, let reason)): #expect(reason.contains("must be UTF-8 text"), "\(reason)")
            case (.urlSession, .transport): break
            default: Issue.record("expected .invalidResponse, got \(error)")
            }
        }
    }
}
