import Foundation
import QuivaCommitted
import Testing

private struct Secrets: QuivaCommittedAPI {
    func deleteSecret(_ request: DeleteSecretRequest) async throws(DeleteSecretError) -> DeleteSecretResponse {
        DeleteSecretResponse(message: "deleted \(request.key)")
    }
}

@Suite("Command plugin: QuivaCommitted, generated into the package")
struct QuivaCommittedTests {
    @Test func theCommittedClientCallsTheCommittedServer() async throws {
        let router = Router()
        try Secrets().registerHandlers(on: router)
        let client = QuivaCommittedClient(transport: router, credentials: .init(apiKeyAuth: "key"))
        #expect(try await client.deleteSecret(key: "b").message == "deleted b")
    }
}
