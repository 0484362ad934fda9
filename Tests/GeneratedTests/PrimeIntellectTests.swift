import Foundation
import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import PrimeIntellect
import Testing

private struct PrimeIntellectServer: PrimeIntellectAPI {
    let calls = CallCounter()
    let seen = Box<DeleteSecretApiV1SecretsSecretIdDeleteRequest>()

    func deleteSecretApiV1SecretsSecretIdDelete(_ request: DeleteSecretApiV1SecretsSecretIdDeleteRequest) async throws(DeleteSecretApiV1SecretsSecretIdDeleteError) -> JSONValue {
        calls.increment()
        seen.value = request
        switch request.secretId {
        case "expired": throw .unauthorized
        case "bad": throw .unprocessableContent(ErrorResponse(errors: [ErrorDetail(param: "secret_id", details: "unknown")]))
        default: return .object(["deleted": .bool(true), "id": .string(request.secretId)])
        }
    }
}

@Suite("PrimeIntellect: nullable query parameter, 401 without content, {} schema")
struct PrimeIntellectTests {
    let transport = InProcessTransport()

    @Test func theTeamIdQueryParameterTravelsOnlyWhenGiven() async throws {
        let server = PrimeIntellectServer()
        try server.registerHandlers(on: transport)
        let client = PrimeIntellectClient(transport: transport, credentials: .init(httpBearer: "t"))

        _ = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "s1", teamId: "team 1&2")
        #expect(server.seen.value?.teamId == "team 1&2")
        #expect(transport.requests.last?.path == "/api/v1/secrets/s1?teamId=team%201%262")

        _ = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "s1")
        #expect(server.seen.value?.teamId == nil)
        #expect(transport.requests.last?.path == "/api/v1/secrets/s1")
    }

    @Test func anyJSONComesBackFromTheEmptySchema() async throws {
        let server = PrimeIntellectServer()
        try server.registerHandlers(on: transport)
        let result = try await PrimeIntellectClient(transport: transport, credentials: .init(httpBearer: "t"))
            .deleteSecretApiV1SecretsSecretIdDelete(secretId: "s9")
        #expect(result == .object(["deleted": .bool(true), "id": .string("s9")]))
    }

    @Test func a401WithoutContentIsAPayloadlessCase() async throws {
        let server = PrimeIntellectServer()
        try server.registerHandlers(on: transport)
        let client = PrimeIntellectClient(transport: transport, credentials: .init(httpBearer: "t"))
        do {
            _ = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "expired")
            Issue.record("expected unauthorized")
        } catch .unauthorized {
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try await PrimeIntellectClient(transport: transport).deleteSecretApiV1SecretsSecretIdDelete(secretId: "s1")
            Issue.record("expected unauthorized")
        } catch .unauthorized {
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(server.calls.count == 1)
    }

    @Test func a422CarriesItsErrorList() async throws {
        let server = PrimeIntellectServer()
        try server.registerHandlers(on: transport)
        do {
            _ = try await PrimeIntellectClient(transport: transport, credentials: .init(httpBearer: "t"))
                .deleteSecretApiV1SecretsSecretIdDelete(secretId: "bad")
            Issue.record("expected a 422")
        } catch .unprocessableContent(let body) {
            #expect(body.errors == [ErrorDetail(param: "secret_id", details: "unknown")])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
