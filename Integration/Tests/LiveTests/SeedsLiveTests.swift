import Devin
import Foundation
import GenRuntime
import LiveAvatar
import OpenAPIRuntime
import OpenAPIURLSession
import Pipecat
import PrimeIntellect
import Quiva
import Testing

private struct Avatars: LiveAvatarAPI {
    let calls = Calls()
    let seen = Seen<LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteRequest>()

    func deleteSecretV1SecretsSecretIdDelete(_ request: LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteRequest) async throws(LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteError) -> ResponseNoneType {
        calls.increment()
        seen.value = request
        guard request.secretId != "invalid" else {
            throw .unprocessableContent(LiveAvatar.HTTPValidationError(detail: [LiveAvatar.ValidationError(loc: [.string("path"), .integer(1)], msg: "bad", type: "value_error")]))
        }
        return ResponseNoneType(data: JSONNull(), message: "deleted")
    }
}

private struct Prime: PrimeIntellectAPI {
    let calls = Calls()
    let seen = Seen<DeleteSecretApiV1SecretsSecretIdDeleteRequest>()

    func deleteSecretApiV1SecretsSecretIdDelete(_ request: DeleteSecretApiV1SecretsSecretIdDeleteRequest) async throws(DeleteSecretApiV1SecretsSecretIdDeleteError) -> JSONValue {
        calls.increment()
        seen.value = request
        switch request.secretId {
        case "expired": throw .unauthorized
        case "bad": throw .unprocessableContent(PrimeIntellect.ErrorResponse(errors: [ErrorDetail(param: "secret_id", details: "unknown")]))
        default: return JSONValue.object(["deleted": .bool(true)])
        }
    }
}

private struct QuivaSecrets: QuivaAPI {
    let calls = Calls()
    let seen = Seen<DeleteSecretRequest>()

    func deleteSecret(_ request: DeleteSecretRequest) async throws(DeleteSecretError) -> Quiva.DeleteSecretResponse {
        calls.increment()
        seen.value = request
        switch request.key {
        case "missing": throw .notFound(Error_(error: "resource not found"))
        case "bad": throw .badRequest(Error_(error: "error deleting secret"))
        default: return Quiva.DeleteSecretResponse(message: "success")
        }
    }
}

private struct DevinSecrets: DevinAPI {
    let calls = Calls()

    func deleteSecretV1SecretsSecretIdDelete(_ request: Devin.DeleteSecretV1SecretsSecretIdDeleteRequest) async throws(Devin.DeleteSecretV1SecretsSecretIdDeleteError) -> Devin.DeleteSecretResponse {
        calls.increment()
        guard request.secretId.hasPrefix("sec_") else {
            throw .unprocessableContent(Devin.HTTPValidationError(detail: [Devin.ValidationError(loc: [.string("path")], msg: "bad", type: "t")]))
        }
        return Devin.DeleteSecretResponse(message: "deleted \(request.secretId)")
    }
}

@Suite("The other seeds over HTTP")
struct SeedsLiveTests {
    @Test func liveAvatarSendsItsCookieAndKeyAndRequiresTheKey() async throws {
        let avatars = Avatars()
        try await withLiveServer({ try avatars.registerHandlers(on: $0) }) { root in
            let url = clientURL(root: root, documentServer: LiveAvatarClient.Servers.server1)
            let client = LiveAvatarClient(serverURL: url, transport: URLSessionTransport(), credentials: .init(apiKeyHeader: "key-1"))
            let result = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "s1", laSession: "session; value=1")
            #expect(result.code == 100 && result.data == JSONNull() && result.message == "deleted")
            #expect(avatars.seen.value?.laSession == "session; value=1")
            #expect(avatars.seen.value?.credentials.apiKeyHeader == "key-1")
            _ = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "s2")
            #expect(avatars.seen.value?.laSession == nil)
            do throws(LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteError) {
                _ = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "invalid")
                Issue.record("expected 422")
            } catch .unprocessableContent(let body) {
                #expect(body.detail?.first?.loc == [.string("path"), .integer(1)])
            } catch {
                Issue.record("unexpected \(error)")
            }
            let (status, _) = try await rawRequest("DELETE", url.appendingPathComponent("v1/secrets/s1"))
            #expect(status == 401)
        }
        #expect(avatars.calls.count == 3)
    }

    @Test func primeIntellectSendsTeamIdOnlyWhenGivenAndHas401WithoutBody() async throws {
        let prime = Prime()
        try await withLiveServer({ try prime.registerHandlers(on: $0) }) { root in
            let url = clientURL(root: root, documentServer: PrimeIntellectClient.Servers.server1)
            let client = PrimeIntellectClient(serverURL: url, transport: URLSessionTransport(), credentials: .init(httpBearer: "t"))
            let result = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "s1", teamId: "team 1&2=3")
            #expect(result == JSONValue.object(["deleted": .bool(true)]))
            #expect(prime.seen.value?.teamId == "team 1&2=3")
            _ = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "s1")
            #expect(prime.seen.value?.teamId == nil)
            do throws(DeleteSecretApiV1SecretsSecretIdDeleteError) {
                _ = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "expired")
                Issue.record("expected 401")
            } catch .unauthorized {
            } catch {
                Issue.record("unexpected \(error)")
            }
            do throws(DeleteSecretApiV1SecretsSecretIdDeleteError) {
                _ = try await client.deleteSecretApiV1SecretsSecretIdDelete(secretId: "bad")
                Issue.record("expected 422")
            } catch .unprocessableContent(let body) {
                #expect(body.errors.first?.param == "secret_id")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        #expect(prime.calls.count == 4)
    }

    @Test func primeIntellectAndDevinRefuseRequestsWithoutCredentials() async throws {
        let prime = Prime()
        let devin = DevinSecrets()
        try await withLiveServer({ try prime.registerHandlers(on: $0) }) { root in
            let url = clientURL(root: root, documentServer: PrimeIntellectClient.Servers.server1)
            let (status, _) = try await rawRequest("DELETE", url.appendingPathComponent("api/v1/secrets/s1"))
            #expect(status == 401)
            let (wrongScheme, _) = try await rawRequest("DELETE", url.appendingPathComponent("api/v1/secrets/s1"), headers: ["Authorization": "Basic dTpw"])
            #expect(wrongScheme == 401)
        }
        try await withLiveServer({ try devin.registerHandlers(on: $0) }) { root in
            let (status, body) = try await rawRequest("DELETE", root.appendingPathComponent("v1/secrets/sec_1"))
            #expect(status == 401)
            #expect(body.contains("\"rule\":\"security\""))
        }
        #expect(prime.calls.count == 0)
        #expect(devin.calls.count == 0)
    }

    @Test func quivaTakesEitherCredentialAndRefusesNone() async throws {
        let quiva = QuivaSecrets()
        try await withLiveServer({ try quiva.registerHandlers(on: $0) }) { root in
            let url = clientURL(root: root, documentServer: QuivaClient.Servers.server1)
            _ = try await QuivaClient(serverURL: url, transport: URLSessionTransport(), credentials: .init(apiKeyAuth: "k")).deleteSecret(key: "a")
            #expect(quiva.seen.value?.credentials.apiKeyAuth == "k")
            #expect(quiva.seen.value?.credentials.bearerAuth == nil)
            _ = try await QuivaClient(serverURL: url, transport: URLSessionTransport(), credentials: .init(bearerAuth: "b")).deleteSecret(key: "a")
            #expect(quiva.seen.value?.credentials.bearerAuth == "b")
            let client = QuivaClient(serverURL: url, transport: URLSessionTransport(), credentials: .init(bearerAuth: "b"))
            do throws(DeleteSecretError) {
                _ = try await client.deleteSecret(key: "missing")
                Issue.record("expected 404")
            } catch .notFound(let body) {
                #expect(body.error == "resource not found")
            } catch {
                Issue.record("unexpected \(error)")
            }
            do throws(DeleteSecretError) {
                _ = try await client.deleteSecret(key: "bad")
                Issue.record("expected 400")
            } catch .badRequest(let body) {
                #expect(body.error == "error deleting secret")
            } catch {
                Issue.record("unexpected \(error)")
            }
            let (status, _) = try await rawRequest("DELETE", url.appendingPathComponent("secrets/a"))
            #expect(status == 401)
        }
        #expect(quiva.calls.count == 4)
    }

    @Test func devinServesFromTheRootWithoutServers() async throws {
        let devin = DevinSecrets()
        try await withLiveServer({ try devin.registerHandlers(on: $0) }) { root in
            let client = DevinClient(serverURL: root, transport: URLSessionTransport(), credentials: .init(bearerAuth: "apk_1"))
            let result = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "sec_1")
            #expect(result.message == "deleted sec_1")
            do throws(Devin.DeleteSecretV1SecretsSecretIdDeleteError) {
                _ = try await client.deleteSecretV1SecretsSecretIdDelete(secretId: "nope")
                Issue.record("expected 422")
            } catch .unprocessableContent(let body) {
                #expect(body.detail?.first?.msg == "bad")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        #expect(devin.calls.count == 2)
    }

    @Test func bodiesPastTheLimitGet413AndNoHandlerCall() async throws {
        let devin = DevinSecrets()
        try await withLiveServer({ try devin.registerHandlers(on: $0, options: ServerOptions(maxBodyBytes: 1024)) }) { root in
            let url = root.appendingPathComponent("v1/secrets/sec_1")
            let (status, body) = try await rawRequest("DELETE", url, headers: ["Authorization": "Bearer t"], body: Data(count: 4096))
            #expect(status == 413)
            #expect(body.contains("\"rule\":\"maxBodyBytes\""))
            let (small, _) = try await rawRequest("DELETE", url, headers: ["Authorization": "Bearer t"], body: Data(count: 512))
            #expect(small == 200)
        }
        #expect(devin.calls.count == 1)
    }

    /// The default limits of `ServerOptions`, over HTTP: each request just past one gets its status and a JSON
    /// failure naming it, and the handler runs only for the one request within them all.
    @Test func requestsPastTheDefaultLimitsGet4xxAndNoHandlerCall() async throws {
        let devin = DevinSecrets()
        try await withLiveServer({ try devin.registerHandlers(on: $0) }) { root in
            let url = root.appendingPathComponent("v1/secrets/sec_1")
            let bearer = ["Authorization": "Bearer t"]
            let json = bearer.merging(["Content-Type": "application/json"]) { $1 }
            var many = bearer
            for index in 0..<100 { many["x-field-\(index)"] = "v" }
            let long = bearer.merging(["x-long": String(repeating: "v", count: 16 << 10)]) { $1 }
            let query = URL(string: url.absoluteString + "?q=" + String(repeating: "q", count: 8 << 10))!
            let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
            let wide = "[" + Array(repeating: "0", count: 10_001).joined(separator: ",") + "]"
            let refused: [(String, URL, [String: String], String?, Int, String)] = [
                ("101 header fields", url, many, nil, 431, "maxHeaderCount"),
                ("16 KiB of one header", url, long, nil, 431, "maxHeaderBytes"),
                ("8 KiB of query", query, bearer, nil, 414, "maxQueryBytes"),
                ("65 nested arrays", url, json, deep, 413, "maxJSONDepth"),
                ("10,001 elements", url, json, wide, 413, "maxArrayElements"),
            ]
            for (what, target, headers, body, expected, rule) in refused {
                let (status, text) = try await rawRequest("DELETE", target, headers: headers, body: body.map { Data($0.utf8) })
                #expect(status == expected, "\(what)")
                #expect(text.contains("\"rule\":\"\(rule)\""), "\(what): \(text)")
            }
            let within = "[" + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + ","
                + Array(repeating: "0", count: 9_999).joined(separator: ",") + "]"
            let (status, _) = try await rawRequest("DELETE", url, headers: json, body: Data(within.utf8))
            #expect(status == 200)
        }
        #expect(devin.calls.count == 1)
    }
}
