import Foundation
import GenRuntime
import HTTPTypes
import LiveAvatar
import OpenAPIRuntime
import Testing

private struct LiveAvatarServer: LiveAvatarAPI {
    let calls = CallCounter()
    let seen = Box<DeleteSecretV1SecretsSecretIdDeleteRequest>()
    var answer: ResponseNoneType = .init()

    func deleteSecretV1SecretsSecretIdDelete(_ request: DeleteSecretV1SecretsSecretIdDeleteRequest) async throws(DeleteSecretV1SecretsSecretIdDeleteError) -> ResponseNoneType {
        calls.increment()
        seen.value = request
        if request.secretId == "invalid" {
            throw .unprocessableContent(HTTPValidationError(detail: [ValidationError(loc: [.string("path"), .integer(0)], msg: "bad id", type: "value_error")]))
        }
        return answer
    }
}

@Suite("LiveAvatar: cookie parameter, API key header, default values, null and anyOf")
struct LiveAvatarTests {
    let transport = InProcessTransport()

    @Test func theSessionCookieTravelsWhenGivenAndIsAbsentOtherwise() async throws {
        let server = LiveAvatarServer()
        try server.registerHandlers(on: transport)
        let client = LiveAvatarClient(transport: transport, credentials: .init(apiKeyHeader: "key-1"))

        _ = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "s1", laSession: "session; value")
        #expect(server.seen.value?.laSession == "session; value")
        #expect(server.seen.value?.secretId == "s1")
        #expect(transport.requests.last?.headerFields[.cookie]?.hasPrefix("la_session=") == true)

        _ = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "s2")
        #expect(server.seen.value?.laSession == nil)
        #expect(transport.requests.last?.headerFields[.cookie] == nil)
    }

    @Test func theAPIKeyTravelsInItsHeaderAndIsRequired() async throws {
        let server = LiveAvatarServer()
        try server.registerHandlers(on: transport)
        _ = try await LiveAvatarClient(transport: transport, credentials: .init(apiKeyHeader: "key-1"))
            .deleteSecretV1SecretsSecretIdDelete(secretId: "s1")
        #expect(transport.requests.last?.headerFields[HTTPField.Name("X-API-KEY")!] == "key-1")
        #expect(server.seen.value?.credentials.apiKeyHeader == "key-1")

        do {
            _ = try await LiveAvatarClient(transport: transport).deleteSecretV1SecretsSecretIdDelete(secretId: "s1")
            Issue.record("expected a 401")
        } catch .undocumented(let status, _) {
            #expect(status == 401)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(server.calls.count == 1)
    }

    @Test func theDocumentedDefaultFillsAMissingCodeAndNullIsKept() throws {
        let decoded = try JSONDecoder().decode(ResponseNoneType.self, from: Data(#"{"data":null,"message":"gone"}"#.utf8))
        #expect(decoded.code == 100)
        #expect(decoded.data == JSONNull())
        #expect(decoded.message == "gone")
        let absent = try JSONDecoder().decode(ResponseNoneType.self, from: Data("{}".utf8))
        #expect(absent.data == nil)
        #expect(ResponseNoneType().code == 100)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ResponseNoneType.self, from: Data(#"{"data":1}"#.utf8))
        }
    }

    @Test func validationErrorsRoundTripWithStringAndIntegerLocations() async throws {
        let server = LiveAvatarServer()
        try server.registerHandlers(on: transport)
        let client = LiveAvatarClient(transport: transport, credentials: .init(apiKeyHeader: "key-1"))
        do {
            _ = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "invalid")
            Issue.record("expected a 422")
        } catch .unprocessableContent(let body) {
            #expect(body.detail?.first?.loc == [.string("path"), .integer(0)])
            #expect(body.detail?.first?.msg == "bad id")
        } catch {
            Issue.record("unexpected \(error)")
        }
        let json = #"{"loc":["body",3],"msg":"m","type":"t","input":{"a":[1,true,null]},"ctx":{"limit":2}}"#
        let error = try JSONDecoder().decode(ValidationError.self, from: Data(json.utf8))
        #expect(error.loc == [.string("body"), .integer(3)])
        #expect(error.input == .object(["a": .array([.int(1), .bool(true), .null])]))
        #expect(error.ctx == ["limit": .int(2)])
        let again = try JSONDecoder().decode(ValidationError.self, from: try JSONEncoder().encode(error))
        #expect(again == error)
    }
}
