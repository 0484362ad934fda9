import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import QuivaAPI
import Testing

/// The server side of the document, as a user writes it.
private struct Secrets: QuivaAPIAPI {
    func removeSecret(_ request: RemoveSecretRequest) async throws(RemoveSecretError) -> RemoveSecretResponse {
        guard request.key != "missing" else { throw .notFound(Error_(error: "resource not found")) }
        return RemoveSecretResponse(message: "deleted \(request.key)")
    }
}

@Suite("Build-tool plugin: QuivaAPI, generated at build time")
struct QuivaAPITests {
    @Test func theGeneratedClientCallsTheGeneratedServer() async throws {
        let router = Router()
        try Secrets().registerHandlers(on: router)
        let client = QuivaAPIClient(transport: router, credentials: .init(bearerAuth: "token"))
        #expect(try await client.removeSecret(key: "a").message == "deleted a")
        do {
            _ = try await client.removeSecret(key: "missing")
            Issue.record("expected 404")
        } catch .notFound(let body) {
            #expect(body.error == "resource not found")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func gensYAMLSetsTheBodyLimit() async throws {
        // maxBodyBytes from Sources/QuivaAPI/gen.yaml is registerHandlers' default; the method name and access
        // level are used above.
        let router = Router()
        try Secrets().registerHandlers(on: router)
        let request = HTTPRequest(method: .delete, scheme: nil, authority: nil, path: "/secrets/a", headerFields: [.authorization: "Bearer token"])
        let serverURL = QuivaAPIClient(transport: router).serverURL
        let (atLimit, _) = try await router.send(request, body: HTTPBody(Data(count: 4096)), baseURL: serverURL, operationID: "")
        #expect(atLimit.status == .ok)
        let (overLimit, _) = try await router.send(request, body: HTTPBody(Data(count: 4097)), baseURL: serverURL, operationID: "")
        #expect(overLimit.status.code == 413)
        #expect(ServerOptions().maxBodyBytes == ServerOptions.defaultMaxBodyBytes)
    }

    @Test func withoutCredentialsTheServerAnswers401() async throws {
        let router = Router()
        try Secrets().registerHandlers(on: router)
        do {
            _ = try await QuivaAPIClient(transport: router).removeSecret(key: "a")
            Issue.record("expected 401")
        } catch .undocumented(let status, _) {
            #expect(status == 401)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
