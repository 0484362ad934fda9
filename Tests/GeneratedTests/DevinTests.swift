import Devin
import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

private struct DevinServer: DevinAPI {
    let calls = CallCounter()

    func deleteSecretV1SecretsSecretIdDelete(_ request: DeleteSecretV1SecretsSecretIdDeleteRequest) async throws(DeleteSecretV1SecretsSecretIdDeleteError) -> DeleteSecretResponse {
        calls.increment()
        guard request.secretId.hasPrefix("sec_") else {
            throw .unprocessableContent(HTTPValidationError(detail: [ValidationError(loc: [.string("path"), .string("secret_id")], msg: "bad", type: "value_error")]))
        }
        return DeleteSecretResponse(message: "deleted \(request.secretId)")
    }
}

@Suite("Devin: no servers, bearer, 422")
struct DevinTests {
    let transport = InProcessTransport()

    @Test func withoutServersTheClientDefaultsToTheRootPath() async throws {
        let server = DevinServer()
        try server.registerHandlers(on: transport)
        let client = DevinClient(transport: transport, credentials: .init(bearerAuth: "apk_1"))
        #expect(client.serverURL == URL(string: "/"))
        let result = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "sec_1")
        #expect(result.message == "deleted sec_1")
        #expect(transport.requests.last?.path == "/v1/secrets/sec_1")
        #expect(transport.requests.last?.headerFields[.authorization] == "Bearer apk_1")
    }

    @Test func a422CarriesTheValidationDetail() async throws {
        let server = DevinServer()
        try server.registerHandlers(on: transport)
        do {
            _ = try await DevinClient(transport: transport, credentials: .init(bearerAuth: "apk_1")).deleteSecretV1SecretsSecretIdDelete(secretId: "nope")
            Issue.record("expected a 422")
        } catch .unprocessableContent(let body) {
            #expect(body.detail?.first?.loc == [.string("path"), .string("secret_id")])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theRequiredMessageIsEnforced() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DeleteSecretResponse.self, from: Data("{}".utf8)) }
    }
}
