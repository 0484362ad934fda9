import Devin
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LiveAvatar
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIVapor
import Pipecat
import PrimeIntellect
import Quiva
import Testing
import Vapor

@testable import DemoServer

/// The seeds' generated servers mounted on Vapor through swift-openapi-vapor, as `demo-server` mounts them on
/// Hummingbird, with its demo handlers, and called over HTTP by their generated clients: the same stubs,
/// refusals included, on the other server transport the README names.
@Suite("The seeds on Vapor")
struct SeedsOnVaporTests {
    static let token = "vapor-token"

    /// A Vapor server on 127.0.0.1 and an ephemeral port serving the five demo APIs, each under its own path;
    /// `body` gets the server's root URL. The server stops when `body` returns or throws.
    static func withVapor(_ body: (URL) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        let result: Result<Void, any Error>
        do {
            let transport = VaporTransport(routesBuilder: app)
            let store = SecretStore.seeded()
            try PipecatDemo(store: store, token: token).registerHandlers(on: transport, serverURL: URL(string: "/pipecat")!)
            try QuivaDemo(store: store, token: token).registerHandlers(on: transport, serverURL: URL(string: "/quiva")!)
            try DevinDemo(store: store, token: token).registerHandlers(on: transport, serverURL: URL(string: "/devin")!)
            try LiveAvatarDemo(store: store, token: token).registerHandlers(on: transport, serverURL: URL(string: "/liveavatar")!)
            try PrimeIntellectDemo(store: store, token: token).registerHandlers(on: transport, serverURL: URL(string: "/primeintellect")!)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await body(URL(string: "http://127.0.0.1:\(port)")!)
            result = .success(())
        } catch {
            result = .failure(error)
        }
        await app.server.shutdown()
        try await app.asyncShutdown()
        try result.get()
    }

    static func url(_ root: URL, _ mount: String) -> URL { URL(string: root.absoluteString + mount)! }

    @Test func pipecatDeletesThenAnswersItsDocumented404And401() async throws {
        try await Self.withVapor { root in
            let client = PipecatClient(
                serverURL: Self.url(root, "/pipecat"), transport: AsyncHTTPClientTransport(), credentials: .init(privateKeyAuth: Self.token))
            let deleted = try await client.deleteSecretFromSet(setName: "prod", secretKey: "OPENAI_KEY")
            #expect(deleted.status == .ok)
            do throws(DeleteSecretFromSetError) {
                _ = try await client.deleteSecretFromSet(setName: "prod", secretKey: "OPENAI_KEY")
                Issue.record("a deleted secret was deleted again")
            } catch .notFound(let problem) {
                #expect(problem.code == "NOT_FOUND")
            } catch {
                Issue.record("unexpected \(error)")
            }
            var stranger = client
            stranger.credentials = .init(privateKeyAuth: "wrong")
            do throws(DeleteSecretFromSetError) {
                _ = try await stranger.deleteSecretFromSet(setName: "prod", secretKey: "STRIPE_KEY")
                Issue.record("a wrong token deleted a secret")
            } catch .unauthorized(let problem) {
                #expect(problem.code == "UNAUTHORIZED")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func quivaDeletesThenAnswersItsDocumented404() async throws {
        try await Self.withVapor { root in
            let client = QuivaClient(serverURL: Self.url(root, "/quiva"), transport: AsyncHTTPClientTransport(), credentials: .init(apiKeyAuth: Self.token))
            let deleted = try await client.deleteSecret(key: "key-1")
            #expect(deleted.message == "success")
            do throws(DeleteSecretError) {
                _ = try await client.deleteSecret(key: "key-1")
                Issue.record("a deleted secret was deleted again")
            } catch .notFound(let problem) {
                #expect(problem.error == "resource not found")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func devinLiveAvatarAndPrimeIntellectDelete() async throws {
        try await Self.withVapor { root in
            let devin = DevinClient(serverURL: Self.url(root, "/devin"), transport: AsyncHTTPClientTransport(), credentials: .init(bearerAuth: Self.token))
            #expect(try await devin.deleteSecretV1SecretsSecretIdDelete(secretId: "sec_1").message == "Secret sec_1 deleted")
            let avatar = LiveAvatarClient(
                serverURL: Self.url(root, "/liveavatar"), transport: AsyncHTTPClientTransport(), credentials: .init(apiKeyHeader: Self.token))
            #expect(try await avatar.deleteSecretV1SecretsSecretIdDelete(secretId: "sec_2", laSession: "s1").message == "Secret deleted")
            let prime = PrimeIntellectClient(
                serverURL: Self.url(root, "/primeintellect"), transport: AsyncHTTPClientTransport(), credentials: .init(httpBearer: Self.token))
            let deleted = try await prime.deleteSecretApiV1SecretsSecretIdDelete(secretId: "sec_1", teamId: "prod")
            #expect(deleted == .object(["id": .string("sec_1"), "deleted": .bool(true)]))
        }
    }

    /// What the stubs refuse before a handler runs, on Vapor as on Hummingbird: missing credentials (401) and
    /// a path parameter that breaks its rule (400), each with a JSON `ValidationFailure`.
    @Test(arguments: [
        ("/quiva/secrets/OPENAI_KEY", nil, 401, "security"),
        ("/pipecat/secrets/UP/OPENAI_KEY", "Bearer vapor-token", 400, "minLength"),
    ])
    func theStubsRefuseBeforeAnyHandler(path: String, authorization: String?, status: Int, rule: String) async throws {
        try await Self.withVapor { root in
            var request = URLRequest(url: URL(string: root.absoluteString + path)!)
            request.httpMethod = "DELETE"
            if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
            let (data, response) = try await URLSession.shared.data(for: request)
            let text = String(decoding: data, as: UTF8.self)
            #expect((response as? HTTPURLResponse)?.statusCode == status)
            #expect(text.contains(#""rule":"\#(rule)""#), "\(text)")
        }
    }
}
