import Foundation
import QuivaAPI
import Testing

/// The server side of the document, as a user writes it.
private struct Secrets: QuivaAPIAPI {
    func deleteSecret(_ request: DeleteSecretRequest) async throws(DeleteSecretError) -> DeleteSecretResponse {
        guard request.key != "missing" else { throw .notFound(Error_(error: "resource not found")) }
        return DeleteSecretResponse(message: "deleted \(request.key)")
    }
}

@Suite("Build-tool plugin: QuivaAPI, generated at build time")
struct QuivaAPITests {
    @Test func theGeneratedClientCallsTheGeneratedServer() async throws {
        let router = Router()
        try Secrets().registerHandlers(on: router)
        let client = QuivaAPIClient(transport: router, credentials: .init(bearerAuth: "token"))
        #expect(try await client.deleteSecret(key: "a").message == "deleted a")
        do {
            _ = try await client.deleteSecret(key: "missing")
            Issue.record("expected 404")
        } catch .notFound(let body) {
            #expect(body.error == "resource not found")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func withoutCredentialsTheServerAnswers401() async throws {
        let router = Router()
        try Secrets().registerHandlers(on: router)
        do {
            _ = try await QuivaAPIClient(transport: router).deleteSecret(key: "a")
            Issue.record("expected 401")
        } catch .undocumented(let status, _) {
            #expect(status == 401)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
