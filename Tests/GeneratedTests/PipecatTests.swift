import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Pipecat
import Testing

/// A Pipecat server whose handler answers as the test says and counts its calls.
private struct PipecatServer: PipecatAPI {
    let calls = CallCounter()
    let answer: @Sendable (DeleteSecretFromSetRequest) throws(DeleteSecretFromSetError) -> DeleteSecretFromSetResponse

    func deleteSecretFromSet(_ request: DeleteSecretFromSetRequest) async throws(DeleteSecretFromSetError) -> DeleteSecretFromSetResponse {
        calls.increment()
        return try answer(request)
    }
}

@Suite("Pipecat: generated client ↔ generated server")
struct PipecatTests {
    let transport = InProcessTransport()

    private func connect(_ answer: @escaping @Sendable (DeleteSecretFromSetRequest) throws(DeleteSecretFromSetError) -> DeleteSecretFromSetResponse)
        throws -> (PipecatClient, PipecatServer)
    {
        let server = PipecatServer(answer: answer)
        try server.registerHandlers(on: transport)
        return (PipecatClient(transport: transport, credentials: .init(privateKeyAuth: "token-1")), server)
    }

    @Test func successReturnsTheBodyAndTheHandlerSeesArgumentsAndCredentials() async throws {
        let seen = Box<DeleteSecretFromSetRequest>()
        let (client, server) = try connect { request in
            seen.value = request
            return .init(status: .ok)
        }
        let result = try await client.deleteSecretFromSet(setName: "prod", secretKey: "OPENAI_KEY")
        #expect(result.status == .ok)
        #expect(server.calls.count == 1)
        #expect(seen.value?.setName == "prod")
        #expect(seen.value?.secretKey == "OPENAI_KEY")
        #expect(seen.value?.credentials.privateKeyAuth == "token-1")
        #expect(transport.requests.first?.headerFields[.authorization] == "Bearer token-1")
        #expect(transport.requests.first?.path == "/secrets/prod/OPENAI_KEY")
    }

    @Test(arguments: [401, 404, 500])
    func everyDocumentedErrorArrivesAsItsCaseWithItsBody(status: Int) async throws {
        let body = ErrorResponse(error: "failed \(status)", code: "CODE_\(status)")
        let (client, _) = try connect { _ throws(DeleteSecretFromSetError) in
            switch status {
            case 401: throw .unauthorized(body)
            case 404: throw .notFound(body)
            default: throw .internalServerError(body)
            }
        }
        do {
            _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
            Issue.record("expected an error")
        } catch .unauthorized(let received) {
            #expect(status == 401 && received == body)
        } catch .notFound(let received) {
            #expect(status == 404 && received == body)
        } catch .internalServerError(let received) {
            #expect(status == 500 && received == body)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func anUndocumentedStatusArrivesAsUndocumented() async throws {
        let client = PipecatClient(transport: FixedResponseTransport(status: 418, body: "{\"teapot\":true}"))
        do {
            _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
            Issue.record("expected an error")
        } catch .undocumented(let status, let body) {
            #expect(status == 418)
            #expect(String(decoding: body, as: UTF8.self) == "{\"teapot\":true}")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aBodyThatBreaksTheSchemaArrivesAsInvalidResponse() async throws {
        let client = PipecatClient(transport: FixedResponseTransport(status: 200, body: "{\"status\": 5}"))
        do {
            _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
            Issue.record("expected an error")
        } catch .invalidResponse(let status, _) {
            #expect(status == 200)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func anEnumValueTheDocumentDoesNotListSurvives() async throws {
        let client = PipecatClient(transport: FixedResponseTransport(status: 200, body: "{\"status\":\"GONE\"}"))
        let result = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
        #expect(result.status == .unknown("GONE"))
        #expect(result.status?.rawValue == "GONE")
    }

    @Test(arguments: [
        ("ab", "minLength"), (String(repeating: "a", count: 64), "maxLength"), ("Prod", "pattern"), ("-prod", "pattern"),
    ])
    func theClientRefusesASetNameThatBreaksARuleAndSendsNothing(setName: String, rule: String) async throws {
        let (client, server) = try connect { _ in .init(status: .ok) }
        do {
            _ = try await client.deleteSecretFromSet(setName: setName, secretKey: "KEY")
            Issue.record("expected invalidArgument")
        } catch .invalidArgument(let failure) {
            #expect(failure.name == "setName")
            #expect(failure.location == "path")
            #expect(failure.rule == rule)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(transport.requests.isEmpty)
        #expect(server.calls.count == 0)
    }

    @Test func theServerAnswers400ForABrokenSetNameWithoutCallingTheHandler() async throws {
        let (_, server) = try connect { _ in .init(status: .ok) }
        var request = HTTPRequest(method: .delete, scheme: nil, authority: nil, path: "/secrets/ab/KEY")
        request.headerFields[.authorization] = "Bearer token-1"
        let (response, body) = try await transport.send(request, body: nil, baseURL: PipecatClient.Servers.server1, operationID: "")
        #expect(response.status.code == 400)
        let json = try await String(collecting: try #require(body), upTo: 10_000)
        #expect(json.contains("\"name\":\"setName\""))
        #expect(json.contains("\"rule\":\"minLength\""))
        #expect(server.calls.count == 0)
    }

    @Test func theServerAnswers401WithoutCredentialsAndNeverCallsTheHandler() async throws {
        let (_, server) = try connect { _ in .init(status: .ok) }
        let client = PipecatClient(transport: transport)
        do {
            _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
            Issue.record("expected unauthorized")
        } catch .unauthorized {
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(server.calls.count == 0)
        #expect(transport.requests.first?.headerFields[.authorization] == nil)
    }

    @Test(arguments: ["../../admin", "a/b", "%2F", "%", "?x=1", "#frag", "a b", ";", "naïve-日本", String(repeating: "x", count: 10_000)])
    func hostilePathValuesReachTheHandlerIntact(secretKey: String) async throws {
        let seen = Box<DeleteSecretFromSetRequest>()
        let (client, server) = try connect { request in
            seen.value = request
            return .init(status: .ok)
        }
        _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: secretKey)
        #expect(seen.value?.secretKey == secretKey)
        #expect(seen.value?.setName == "prod")
        #expect(server.calls.count == 1)
    }

    @Test(arguments: [".", ".."])
    func dotSegmentsAreRefusedByTheClient(secretKey: String) async throws {
        let (client, _) = try connect { _ in .init(status: .ok) }
        do {
            _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: secretKey)
            Issue.record("expected invalidArgument")
        } catch .invalidArgument(let failure) {
            #expect(failure.name == "secretKey")
            #expect(failure.rule == "segment")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(transport.requests.isEmpty)
    }
}

/// A mutable slot a handler can fill in.
final class Box<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    var value: Value? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
