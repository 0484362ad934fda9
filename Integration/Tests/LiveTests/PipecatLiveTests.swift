import Foundation
import GenRuntime
import Hummingbird
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Pipecat
import Testing

private struct Secrets: PipecatAPI {
    let calls = Calls()
    let seen = Seen<DeleteSecretFromSetRequest>()

    func deleteSecretFromSet(_ request: DeleteSecretFromSetRequest) async throws(DeleteSecretFromSetError) -> DeleteSecretFromSetResponse {
        calls.increment()
        seen.value = request
        switch request.secretKey {
        case "missing": throw .notFound(ErrorResponse(error: "Secret not found", code: "NOT_FOUND"))
        case "broken": throw .internalServerError(ErrorResponse(error: "boom", code: "INTERNAL"))
        case "revoked": throw .unauthorized(ErrorResponse(error: "Unauthorized", code: "UNAUTHORIZED"))
        case "teapot": throw .undocumented(status: 418, body: Data("short and stout".utf8))
        default: return .init(status: .ok)
        }
    }
}

@Suite("Pipecat over HTTP: Hummingbird server, URLSession and AsyncHTTPClient clients")
struct PipecatLiveTests {
    @Test func everyDocumentedStatusArrivesAsItsCase() async throws {
        let secrets = Secrets()
        try await withLiveServer({ try secrets.registerHandlers(on: $0) }) { root in
            let client = PipecatClient(
                serverURL: clientURL(root: root, documentServer: PipecatClient.Servers.server1), transport: URLSessionTransport(),
                credentials: .init(privateKeyAuth: "token-1"))
            let result = try await client.deleteSecretFromSet(setName: "prod", secretKey: "OPENAI_KEY")
            #expect(result.status == .ok)
            #expect(secrets.seen.value?.credentials.privateKeyAuth == "token-1")
            for (key, expected) in [("missing", 404), ("broken", 500), ("revoked", 401), ("teapot", 418)] {
                do throws(DeleteSecretFromSetError) {
                    _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: key)
                    Issue.record("expected \(expected)")
                } catch .notFound(let body) {
                    #expect(expected == 404 && body.code == "NOT_FOUND")
                } catch .internalServerError(let body) {
                    #expect(expected == 500 && body.error == "boom")
                } catch .unauthorized(let body) {
                    #expect(expected == 401 && body.code == "UNAUTHORIZED")
                } catch .undocumented(let status, let body) {
                    #expect(expected == 418 && status == 418 && String(decoding: body, as: UTF8.self) == "short and stout")
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
        }
    }

    @Test func asyncHTTPClientWorksToo() async throws {
        let secrets = Secrets()
        try await withLiveServer({ try secrets.registerHandlers(on: $0) }) { root in
            let client = PipecatClient(
                serverURL: clientURL(root: root, documentServer: PipecatClient.Servers.server1), transport: AsyncHTTPClientTransport(),
                credentials: .init(privateKeyAuth: "token-2"))
            let result = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
            #expect(result.status == .ok)
            #expect(secrets.seen.value?.credentials.privateKeyAuth == "token-2")
        }
    }

    @Test func withoutCredentialsTheHandlerIsNeverCalled() async throws {
        let secrets = Secrets()
        try await withLiveServer({ try secrets.registerHandlers(on: $0) }) { root in
            let url = clientURL(root: root, documentServer: PipecatClient.Servers.server1)
            let (status, _) = try await rawRequest("DELETE", url.appendingPathComponent("secrets/prod/KEY"))
            #expect(status == 401)
            let client = PipecatClient(serverURL: url, transport: URLSessionTransport())
            await #expect(throws: DeleteSecretFromSetError.self) { _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY") }
        }
        #expect(secrets.calls.count == 0)
    }

    @Test func aBrokenSetNameGets400NamingTheRuleAndNoHandlerCall() async throws {
        let secrets = Secrets()
        try await withLiveServer({ try secrets.registerHandlers(on: $0) }) { root in
            let url = clientURL(root: root, documentServer: PipecatClient.Servers.server1)
            let (status, body) = try await rawRequest("DELETE", url.appendingPathComponent("secrets/UPPER/KEY"), headers: ["Authorization": "Bearer t"])
            #expect(status == 400)
            #expect(body.contains("\"name\":\"setName\"") && body.contains("\"rule\":\"pattern\""))
            #expect(body.contains("\"error\":\"path parameter 'setName' must match the pattern"))
        }
        #expect(secrets.calls.count == 0)
    }

    @Test func aResponseThatBreaksTheSchemaIsAnInvalidResponse() async throws {
        try await withLiveServer({ router in
            router.delete("/v1/secrets/:setName/:secretKey") { _, _ in
                Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status": 5}"#)))
            }
        }) { root in
            let client = PipecatClient(
                serverURL: clientURL(root: root, documentServer: PipecatClient.Servers.server1), transport: URLSessionTransport(),
                credentials: .init(privateKeyAuth: "t"))
            do throws(DeleteSecretFromSetError) {
                _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "KEY")
                Issue.record("expected invalidResponse")
            } catch .invalidResponse(let status, let reason) {
                #expect(status == 200)
                #expect(reason.hasPrefix("the body does not match the document"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test(arguments: ["../../admin", "..a", "a/b", "%2F", "%", "?x=1", "#frag", "a b", ";", "naïve-日本", "+plus", String(repeating: "x", count: 10_000)])
    func hostilePathValuesReachTheHandlerIntact(secretKey: String) async throws {
        let secrets = Secrets()
        try await withLiveServer({ try secrets.registerHandlers(on: $0) }) { root in
            let client = PipecatClient(
                serverURL: clientURL(root: root, documentServer: PipecatClient.Servers.server1), transport: URLSessionTransport(),
                credentials: .init(privateKeyAuth: "t"))
            _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: secretKey)
        }
        #expect(secrets.seen.value?.secretKey == secretKey)
        #expect(secrets.seen.value?.setName == "prod")
        #expect(secrets.calls.count == 1)
    }
}
