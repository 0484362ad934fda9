// Not part of the gen package: `Benchmarks/load.sh --apple` copies this file beside Apple's generator's output
// for specs/pipecat.yaml (types, server) into a scratch package in .build-apple/load-harness and builds it, so
// that the load benchmark drives the same route, behaving as demo-server's does, on the same transport.
import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime

@main
struct AppleServer {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard let flag = arguments.firstIndex(of: "--port"), flag + 1 < arguments.count, let port = Int(arguments[flag + 1]) else {
            print("usage: AppleServer --port PORT")
            exit(2)
        }
        let router = Router()
        try Secrets().registerHandlers(on: router, serverURL: URL(string: "/pipecat")!, middlewares: [BearerCredentials()])
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        try await app.runService()
    }
}

/// Apple's generated code leaves credentials to a middleware: 401 without them (as gen's stub answers), and the
/// token handed to the handler, which checks it, as demo-server's does.
struct BearerCredentials: ServerMiddleware {
    @TaskLocal static var authorization: String?

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let authorization = request.headerFields[.authorization] else {
            let failure = #"{"location":"request","message":"missing credentials","name":"","rule":"security"}"#
            return (HTTPResponse(status: .unauthorized, headerFields: [.contentType: "application/json"]), HTTPBody(failure))
        }
        return try await Self.$authorization.withValue(authorization) { try await next(request, body, metadata) }
    }
}

/// The handler, with the rules of `setName` Apple's generator does not check written by hand.
struct Secrets: APIProtocol {
    let store = Store()
    static let setNamePattern = try! NSRegularExpression(pattern: #"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#)

    func deleteSecretFromSet(_ input: Operations.deleteSecretFromSet.Input) async throws -> Operations.deleteSecretFromSet.Output {
        guard BearerCredentials.authorization == "Bearer load-token" else {
            return .unauthorized(.init(body: .json(.init(error: "Unauthorized", code: "UNAUTHORIZED"))))
        }
        let set = input.path.setName
        guard (3...63).contains(set.count), Self.setNamePattern.firstMatch(in: set, range: NSRange(set.startIndex..., in: set)) != nil else {
            return .undocumented(statusCode: 400, UndocumentedPayload())
        }
        guard await store.remove(input.path.secretKey, from: set) else {
            return .notFound(.init(body: .json(.init(error: "Secret not found", code: "NOT_FOUND"))))
        }
        return .ok(.init(body: .json(.init(status: .OK))))
    }
}

actor Store {
    var sets: [String: Set<String>] = [
        "prod": ["OPENAI_KEY", "STRIPE_KEY", "sec_1", "sec_2"],
        "default": ["OPENAI_KEY", "sec_1", "sec_2", "key-1"],
    ]

    func remove(_ key: String, from set: String) -> Bool { sets[set]?.remove(key) != nil }
}
