import Foundation
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

    @Test func gensYAMLSetsTheBodyLimit() {
        // maxBodyBytes from Sources/QuivaAPI/gen.yaml; the method name and access level are used above.
        #expect(ServerOptions().maxBodyBytes == 4096)
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
