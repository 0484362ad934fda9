import Foundation
@_spi(Generated) import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

/// The limits of `ServerOptions`: a request past one is answered with its status and a JSON failure naming the
/// limit, and the operation never runs.
@Suite("GenRuntime: server limits")
struct ServerLimitsTests {
    struct Never: Error {}

    /// What the stub answers for `request` and `body`: the status and the failure's rule, or 200 and nil
    /// when the operation ran.
    static func answer(
        _ request: HTTPRequest, _ body: String? = nil, options: ServerOptions = .init()
    ) async throws -> (status: Int, rule: String?) {
        let stub = ServerStub(serverURL: URL(string: "https://example.com")!, options: options)
        let ran = Ran()
        let (response, responseBody) = await stub.handle(request, body.map { HTTPBody($0) }, credentials: "", challenge: nil, accepting: [], respond: { (_: Never) in .empty(500) }) {
            (_, _) throws(Never) in
            ran.value = true
            return .empty(200)
        }
        guard response.status.code != 200 else {
            #expect(ran.value)
            return (200, nil)
        }
        #expect(!ran.value, "the operation ran for a refused request")
        #expect(response.headerFields[.contentType] == "application/json")
        let data = try await Data(collecting: try #require(responseBody), upTo: 4096)
        return (response.status.code, try Wire.body(data, as: ValidationFailure.self).rule)
    }

    final class Ran: @unchecked Sendable {
        var value = false
    }

    static func request(path: String = "/items", headers: HTTPFields = [:]) -> HTTPRequest {
        HTTPRequest(method: .post, scheme: nil, authority: nil, path: path, headerFields: headers)
    }

    static func json(_ path: String = "/items") -> HTTPRequest {
        request(path: path, headers: [.contentType: "application/json"])
    }

    @Test func headerFieldsPastTheCountAre431() async throws {
        var fields = HTTPFields()
        for index in 0..<5 { fields.append(HTTPField(name: HTTPField.Name("x-\(index)")!, value: "v")) }
        let options = ServerOptions(maxHeaderCount: 5)
        #expect(try await Self.answer(Self.request(headers: fields), options: options) == (200, nil))
        fields.append(HTTPField(name: HTTPField.Name("x-last")!, value: "v"))
        #expect(try await Self.answer(Self.request(headers: fields), options: options) == (431, "maxHeaderCount"))
    }

    @Test func headerBytesPastTheLimitAre431() async throws {
        // `x-a` and 7 bytes of value: 10 bytes.
        let options = ServerOptions(maxHeaderBytes: 10)
        #expect(try await Self.answer(Self.request(headers: [HTTPField.Name("x-a")!: "1234567"]), options: options) == (200, nil))
        #expect(try await Self.answer(Self.request(headers: [HTTPField.Name("x-a")!: "12345678"]), options: options) == (431, "maxHeaderBytes"))
    }

    @Test func aQueryPastTheLimitIs414() async throws {
        let options = ServerOptions(maxQueryBytes: 8)
        #expect(try await Self.answer(Self.request(path: "/items?a=123456"), options: options) == (200, nil))
        #expect(try await Self.answer(Self.request(path: "/items?a=1234567"), options: options) == (414, "maxQueryBytes"))
        // The path itself does not count.
        #expect(try await Self.answer(Self.request(path: "/" + String(repeating: "p", count: 100)), options: options) == (200, nil))
    }

    @Test func jsonNestedPastTheDepthIs413() async throws {
        let options = ServerOptions(maxJSONDepth: 3)
        #expect(try await Self.answer(Self.json(), #"{"a": [{"b": 1}]}"#, options: options) == (200, nil))
        #expect(try await Self.answer(Self.json(), #"{"a": [{"b": [1]}]}"#, options: options) == (413, "maxJSONDepth"))
        // Brackets inside strings, escaped quotes included, are text.
        #expect(try await Self.answer(Self.json(), #"{"a": "[[[[\"[[[[", "b": ["]]]]{{{{"]}"#, options: options) == (200, nil))
    }

    @Test func theDefaultDepthStopsAHostileNestingBeforeItIsDecoded() async throws {
        let hostile = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(try await Self.answer(Self.json(), hostile) == (413, "maxJSONDepth"))
    }

    @Test func aJSONArrayPastTheElementCountIs413() async throws {
        let options = ServerOptions(maxArrayElements: 3)
        #expect(try await Self.answer(Self.json(), #"[1, "a,b", [4, 5, 6], {"x": [7, 8, 9]}]"#, options: options) == (413, "maxArrayElements"))
        #expect(try await Self.answer(Self.json(), #"[1, "a,b", [4, 5, 6]]"#, options: options) == (200, nil))
        #expect(try await Self.answer(Self.json(), #"{"x": [1, 2, 3, 4]}"#, options: options) == (413, "maxArrayElements"))
        #expect(try await Self.answer(Self.json(), "[]", options: options) == (200, nil))
    }

    @Test func theJSONLimitsReadJSONMediaTypesAndUntypedBodiesOnly() async throws {
        let options = ServerOptions(maxArrayElements: 1)
        let problem = Self.request(headers: [.contentType: "application/problem+json; charset=utf-8"])
        #expect(try await Self.answer(problem, "[1, 2]", options: options) == (413, "maxArrayElements"))
        #expect(try await Self.answer(Self.request(), "  [1, 2]", options: options) == (413, "maxArrayElements"))
        let text = Self.request(headers: [.contentType: "text/plain"])
        #expect(try await Self.answer(text, "[1, 2]", options: options) == (200, nil))
    }

    @Test func aStreamingOperationChecksItsJSONBodyBeforeDecodingIt() async throws {
        let body = RequestBody(HTTPBody("[[1]]"), contentType: "application/json", options: .init(maxJSONDepth: 1))
        do {
            _ = try await body.json(as: [[Int]].self)
            Issue.record("a body past the depth limit was decoded")
        } catch {
            #expect(error.rule == "maxJSONDepth")
            #expect(ServerResponse.rejected(400, error).status == 413)
        }
    }
}
