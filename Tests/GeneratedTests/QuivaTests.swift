import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Quiva
import Testing

private struct QuivaServer: QuivaAPI {
    let calls = CallCounter()
    let seen = Box<DeleteSecretRequest>()

    func deleteSecret(_ request: DeleteSecretRequest) async throws(DeleteSecretError) -> DeleteSecretResponse {
        calls.increment()
        seen.value = request
        switch request.key {
        case "missing": throw .notFound(Error_(error: "resource not found"))
        case "bad": throw .badRequest(Error_(error: "error deleting secret"))
        default: return DeleteSecretResponse(message: "success")
        }
    }
}

@Suite("Quiva: bearer or API key, 400 and 404 bodies")
struct QuivaTests {
    let transport = InProcessTransport()

    @Test func eitherCredentialAloneIsEnoughAndBearerWinsWhenBothAreSet() async throws {
        let server = QuivaServer()
        try server.registerHandlers(on: transport)

        _ = try await QuivaClient(transport: transport, credentials: .init(apiKeyAuth: "k")).deleteSecret(key: "a")
        #expect(transport.requests.last?.headerFields[HTTPField.Name("X-Api-Key")!] == "k")
        #expect(transport.requests.last?.headerFields[.authorization] == nil)
        #expect(server.seen.value?.credentials.apiKeyAuth == "k")

        let both = try await QuivaClient(transport: transport, credentials: .init(bearerAuth: "b", apiKeyAuth: "k")).deleteSecret(key: "a")
        #expect(both.message == "success")
        #expect(transport.requests.last?.headerFields[.authorization] == "Bearer b")
        #expect(transport.requests.last?.headerFields[HTTPField.Name("X-Api-Key")!] == nil)
        #expect(server.calls.count == 2)
    }

    @Test func noCredentialsIsRefusedBeforeTheHandler() async throws {
        let server = QuivaServer()
        try server.registerHandlers(on: transport)
        do {
            _ = try await QuivaClient(transport: transport).deleteSecret(key: "a")
            Issue.record("expected a 401")
        } catch .undocumented(let status, _) {
            #expect(status == 401)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(server.calls.count == 0)
    }

    @Test func documentedErrorsCarryTheirBodies() async throws {
        let server = QuivaServer()
        try server.registerHandlers(on: transport)
        let client = QuivaClient(transport: transport, credentials: .init(bearerAuth: "b"))
        await #expect(throws: DeleteSecretError.self) { _ = try await client.deleteSecret(key: "missing") }
        do {
            _ = try await client.deleteSecret(key: "missing")
        } catch .notFound(let body) {
            #expect(body.error == "resource not found")
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try await client.deleteSecret(key: "bad")
        } catch .badRequest(let body) {
            #expect(body.error == "error deleting secret")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theRequiredErrorPropertyIsEnforcedWhenDecoding() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Error_.self, from: Data("{}".utf8)) }
    }
}
