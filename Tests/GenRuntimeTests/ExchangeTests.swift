import Foundation
@_spi(Generated) import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

/// The client send path and the server stub, with a transport in this process: what every generated operation
/// runs through.
@Suite("GenRuntime: client send path and server stub")
struct ExchangeTests {
    enum Failure: OperationError, Equatable {
        case invalidArgument(ValidationFailure)
        case transport(String)
        case invalidResponse(status: Int, reason: String)
        case undocumented(status: Int, body: Data)
        case teapot

        static func transport(_ error: any Error) -> Failure { .transport(String(describing: error)) }
    }

    static let post = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/v1/items")

    struct Input: OperationInput {
        static let operationID = "echo"
        var path: String

        func httpRequest() throws(ValidationFailure) -> (HTTPRequest, HTTPBody?) {
            let segment = try Wire.pathSegment(path, "path")
            return (HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/echo/" + segment), HTTPBody("hello"))
        }
    }

    /// Answers with the request's path, operation ID and base URL as headers and the body echoed.
    struct Echo: ClientTransport {
        func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
            var response = HTTPResponse(status: .ok)
            response.headerFields[HTTPField.Name("X-Path")!] = request.path
            response.headerFields[HTTPField.Name("X-Operation")!] = operationID + " " + baseURL.absoluteString
            guard let body else { return (response, nil) }
            return (response, HTTPBody(try await Data(collecting: body, upTo: 1024)))
        }
    }

    struct Down: ClientTransport {
        struct Refused: Error {}
        func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
            throw Refused()
        }
    }

    /// Adds a header on the way out, so the order of middlewares shows.
    struct Tag: ClientMiddleware {
        var tag: String
        func intercept(
            _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
            next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
        ) async throws -> (HTTPResponse, HTTPBody?) {
            var request = request
            request.path = (request.path ?? "") + "/" + tag
            return try await next(request, body, baseURL)
        }
    }

    let base = URL(string: "https://example.com/v1")!

    @Test func sendRunsTheMiddlewaresInOrderThenTheTransport() async throws {
        let (response, body) = try await Input(path: "a b").send(
            through: Echo(), middlewares: [Tag(tag: "first"), Tag(tag: "second")], serverURL: base, as: Failure.self)
        #expect(response.headerFields[HTTPField.Name("X-Path")!] == "/echo/a%20b/first/second")
        #expect(response.headerFields[HTTPField.Name("X-Operation")!] == "echo https://example.com/v1")
        #expect(String(decoding: body, as: UTF8.self) == "hello")
    }

    @Test func anInvalidArgumentIsThrownBeforeAnythingIsSent() async {
        await #expect(throws: Failure.invalidArgument(ValidationFailure(location: "path", name: "path", rule: "segment", message: "must not be empty, '.' or '..'"))) {
            try await Input(path: "..").send(through: Down(), middlewares: [], serverURL: base, as: Failure.self)
        }
    }

    @Test func aTransportErrorIsTheTransportCase() async {
        await #expect(throws: Failure.transport(String(describing: Down.Refused()))) {
            try await Input(path: "a").send(through: Down(), middlewares: [], serverURL: base, as: Failure.self)
        }
    }

    @Test func responseBodiesDecodeOrFailAsInvalidResponse() throws {
        #expect(try Failure.decode([Int].self, from: Data("[1]".utf8), status: 200) == [1])
        #expect(throws: Failure.self) { try Failure.decode([Int].self, from: Data("{}".utf8), status: 200) }
        #expect(try Failure.text(from: Data("hi".utf8), status: 200) == "hi")
        #expect(throws: Failure.invalidResponse(status: 200, reason: "the body is not UTF-8 text")) {
            try Failure.text(from: Data([0xFF]), status: 200)
        }
    }

    @Test func theStubRoutesUnderTheServerPath() {
        #expect(ServerStub(serverURL: base, options: .init()).path("/items/{id}") == "/v1/items/{id}")
        #expect(ServerStub(serverURL: URL(string: "https://example.com/")!, options: .init()).path("/items") == "/items")
    }

    @Test func theStubAnswers401WithTheChallengeAndNeverRunsTheOperation() async throws {
        let stub = ServerStub(serverURL: base, options: .init())
        let (response, body) = await stub.handle(Self.post, nil, credentials: "", challenge: "Bearer", accepting: [], respond: { (_: Failure) in .empty(500) }) { (_, _) throws(Failure) in
            Issue.record("the operation ran")
            return .empty(200)
        }
        #expect(response.status.code == 401)
        #expect(response.headerFields[HTTPField.Name.wwwAuthenticate] == "Bearer")
        let failure = try Wire.body(try await Data(collecting: try #require(body), upTo: 1024), as: ValidationFailure.self)
        #expect(failure.rule == "security")
    }

    @Test func theStubAnswers413PastTheBodyLimit() async {
        let stub = ServerStub(serverURL: base, options: .init(maxBodyBytes: 4))
        let (response, _) = await stub.handle(Self.post, HTTPBody("12345"), credentials: "", challenge: nil, accepting: [], respond: { (_: Failure) in .empty(500) }) { (_, _) throws(Failure) in
            Issue.record("the operation ran")
            return .empty(200)
        }
        #expect(response.status.code == 413)
    }

    @Test func theStubAnswers415ForAContentTypeTheBodyDoesNotDocument() async throws {
        let stub = ServerStub(serverURL: base, options: .init())
        var request = Self.post
        request.headerFields[.contentType] = "text/plain"
        let (response, body) = await stub.handle(request, HTTPBody("{}"), credentials: "", challenge: nil, accepting: ["application/json"], respond: { (_: Failure) in .empty(500) }) {
            (_, _) throws(Failure) in
            Issue.record("the operation ran")
            return .empty(200)
        }
        #expect(response.status.code == 415)
        let failure = try Wire.body(try await Data(collecting: try #require(body), upTo: 1024), as: ValidationFailure.self)
        #expect(failure.rule == "contentType")
        #expect(failure.message == "has the content type 'text/plain', not one of 'application/json'")
    }

    @Test(arguments: ["application/json; charset=utf-8", "Application/JSON", nil])
    func theStubRunsTheOperationForADocumentedContentTypeOrNone(contentType: String?) async {
        let stub = ServerStub(serverURL: base, options: .init())
        var request = Self.post
        request.headerFields[.contentType] = contentType
        let (response, _) = await stub.handle(request, HTTPBody("{}"), credentials: "", challenge: nil, accepting: ["application/json"], respond: { (_: Failure) in .empty(500) }) {
            (_, _) throws(Failure) in .empty(204)
        }
        #expect(response.status.code == 204, "\(contentType ?? "no content type")")
    }

    @Test func theStubRunsTheOperationAndAnswersAThrownErrorWithRespond() async throws {
        let stub = ServerStub(serverURL: base, options: .init(maxBodyBytes: 5))
        let (ok, okBody) = await stub.handle(Self.post, HTTPBody("12345"), credentials: "token", challenge: nil, accepting: [], respond: { (_: Failure) in .empty(500) }) {
            credentials, data throws(Failure) in
            .text(200, credentials + ":" + String(decoding: data, as: UTF8.self), contentType: "text/plain")
        }
        #expect(ok.status.code == 200)
        #expect(ok.headerFields[.contentType] == "text/plain")
        #expect(String(decoding: try await Data(collecting: try #require(okBody), upTo: 64), as: UTF8.self) == "token:12345")
        let (failed, _) = await stub.handle(Self.post, nil, credentials: "", challenge: nil, accepting: [], respond: { (error: Failure) in error == .teapot ? .empty(418) : .empty(500) }) {
            (_, _) throws(Failure) in throw .teapot
        }
        #expect(failed.status.code == 418)
    }
}
