import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime

/// The five seed routes written by hand, as a careful person would without a generator: the same paths,
/// credentials, path rules (Pipecat's `setName`: length and pattern), in-memory store and JSON bodies as `demo-server`'s generated
/// stubs and handlers. Served either directly on Hummingbird (`direct`), or as `ServerTransport` handlers
/// through swift-openapi-hummingbird, the transport the generated stubs use (`transport`): the first is what
/// the stubs' throughput is compared with, the second splits that cost between the stubs and the transport.
enum DirectServer {
    static func run(port: Int, token: String, throughTransport: Bool) async throws {
        let router = Router()
        for route in routes(token: token, store: Store()) {
            if throughTransport {
                router.register(
                    { request, _, metadata in
                        let query = request.path.flatMap { URLComponents(string: $0)?.queryItems } ?? []
                        let (status, body) = await route.answer(
                            Received(
                                header: { HTTPField.Name($0).flatMap { request.headerFields[$0] } },
                                parameter: { metadata.pathParameters[$0].map(String.init) },
                                query: { name in query.first { $0.name == name }?.value }))
                        return (
                            HTTPResponse(status: .init(code: status), headerFields: [.contentType: "application/json"]),
                            HTTPBody(body))
                    }, method: .delete, path: route.template)
            } else {
                router.delete(RouterPath(route.hummingbirdPath)) { request, context -> Response in
                    let (status, body) = await route.answer(
                        Received(
                            header: { HTTPField.Name($0).flatMap { request.headers[$0] } },
                            parameter: { context.parameters.get($0) },
                            query: { request.uri.queryParameters.get($0) }))
                    return Response(
                        status: .init(code: status), headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
                }
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        try await app.runService()
    }

    /// What a route reads from a request, however the server delivers it.
    struct Received {
        var header: (String) -> String?
        var parameter: (String) -> String?
        var query: (String) -> String?
    }

    /// A route: its path template (`{name}`), and its answer, a status and a JSON body.
    struct Route: Sendable {
        var template: String
        var answer: @Sendable (Received) async -> (Int, Data)

        /// The template as Hummingbird writes it: `:name`.
        var hummingbirdPath: String {
            template.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
        }
    }

    static func routes(token: String, store: Store) -> [Route] {
        [
            Route(template: "/pipecat/secrets/{setName}/{secretKey}") { request in
                guard request.header("Authorization") == "Bearer \(token)" else { return failure(401, "security", "missing credentials") }
                let set = request.parameter("setName") ?? ""
                guard set.count >= 3 else { return failure(400, "minLength", "must be at least 3 characters long") }
                guard set.count <= 63 else { return failure(400, "maxLength", "must be at most 63 characters long") }
                guard setNamePattern.firstMatch(in: set, range: NSRange(set.startIndex..., in: set)) != nil else {
                    return failure(400, "pattern", "must match the pattern \(setNamePattern.pattern)")
                }
                guard await store.remove(request.parameter("secretKey") ?? "", from: set) else {
                    return json(404, Problem(error: "Secret not found", code: "NOT_FOUND"))
                }
                return json(200, Status(status: "OK"))
            },
            Route(template: "/quiva/secrets/{key}") { request in
                let bearer = request.header("Authorization"), key = request.header("X-Api-Key")
                guard bearer != nil || key != nil else { return failure(401, "security", "missing credentials") }
                guard bearer == "Bearer \(token)" || key == token else { return (401, Data()) }
                guard await store.remove(request.parameter("key") ?? "", from: "default") else {
                    return json(404, Problem(error: "resource not found"))
                }
                return json(200, Message(message: "success"))
            },
            Route(template: "/devin/v1/secrets/{id}") { request in
                guard let bearer = request.header("Authorization") else { return failure(401, "security", "missing credentials") }
                guard bearer == "Bearer \(token)" else { return (401, Data()) }
                let id = request.parameter("id") ?? ""
                _ = await store.remove(id, from: "default")
                return json(200, Message(message: "Secret \(id) deleted"))
            },
            Route(template: "/liveavatar/v1/secrets/{id}") { request in
                guard let key = request.header("X-API-KEY") else { return failure(401, "security", "missing credentials") }
                guard key == token else { return (401, Data()) }
                _ = await store.remove(request.parameter("id") ?? "", from: "default")
                return json(200, CodedMessage(code: 100, message: "Secret deleted"))
            },
            Route(template: "/primeintellect/api/v1/secrets/{id}") { request in
                guard let bearer = request.header("Authorization") else { return failure(401, "security", "missing credentials") }
                guard bearer == "Bearer \(token)" else { return (401, Data()) }
                let id = request.parameter("id") ?? ""
                let removed = await store.remove(id, from: request.query("teamId") ?? "default")
                return json(200, Deletion(id: id, deleted: removed))
            },
        ]
    }

    /// Pipecat's rule for a set name, compiled once.
    private static let setNamePattern = try! NSRegularExpression(pattern: #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#)

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    private static func json(_ status: Int, _ value: some Encodable) -> (Int, Data) {
        (status, (try? encoder.encode(value)) ?? Data())
    }

    private static func failure(_ status: Int, _ rule: String, _ message: String) -> (Int, Data) {
        json(status, Failure(location: "request", name: "", rule: rule, message: message))
    }

    private struct Status: Encodable { var status: String }
    private struct Message: Encodable { var message: String }
    private struct CodedMessage: Encodable { var code: Int, message: String }
    private struct Problem: Encodable { var error: String, code: String? = nil }
    private struct Deletion: Encodable { var id: String, deleted: Bool }
    private struct Failure: Encodable { var location, name, rule, message: String }

    actor Store {
        var sets: [String: Set<String>] = [
            "prod": ["OPENAI_KEY", "STRIPE_KEY", "sec_1", "sec_2"],
            "default": ["OPENAI_KEY", "sec_1", "sec_2", "key-1"],
        ]

        func remove(_ key: String, from set: String) -> Bool { sets[set]?.remove(key) != nil }
    }
}
