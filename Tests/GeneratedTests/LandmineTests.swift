import Foundation
import GenRuntime
import HTTPTypes
import Landmine
import OpenAPIRuntime
import Testing

/// The payload specs/landmine.yaml writes in every place that reaches generated source: quote, backslash,
/// interpolation, triple quote, raw-string delimiters, comment delimiters, newline, CR, U+2028, U+2029, NUL,
/// U+202E, a unicode escape and a line of Swift. If any of it had become code, the module would not compile
/// or `fatalError()` would run; these tests prove it stayed data, byte for byte.
let payload =
    "\" \\ \\(x) \"\"\" #\" \"# */ /* \n \r \u{2028} \u{2029} \0 \u{202E} \\u{41} func injected() { fatalError() }"

/// The payload without what no HTTP header can carry (line breaks, NUL).
let headerPayload = "\" \\ \\(x) \"\"\" #\" \"# */ /* \\u{41} func injected() { fatalError() }"

/// Echoes every value the request carried, as the server read it.
private struct LandmineServer: LandmineAPI {
    let calls = CallCounter()

    func echoXU2028U2029U202EU41FuncInjectedFatalError(
        _ request: EchoXU2028U2029U202EU41FuncInjectedFatalErrorRequest
    ) async throws(EchoXU2028U2029U202EU41FuncInjectedFatalErrorError) -> Echo {
        calls.increment()
        return Echo(
            everything: request.body, query: request.qXU2028U2029U202EU41FuncInjectedFatalError,
            header: request.xLandmine, cookie: request.c, id: request.id, mode: request.mode)
    }

    func `class`(_ request: ClassRequest) async throws(ClassError) -> Keywords {
        Keywords(
            class: request.class, default: request.default, self_: request.self_, type: request.type,
            kind: .init(rawValue: request.fooBar ?? ""))
    }

    func registerHandlers2(_ request: RegisterHandlers2Request) async throws(RegisterHandlers2Error) -> RegisterHandlers2Headers {
        RegisterHandlers2Headers(fields2: "f", init_: 7, self_: ["a", "b"], value: .init(rawValue: "\" \\(x) */"))
    }
    func send2(_ request: Send2Request) async throws(Send2Error) -> Shadows {
        Shadows(result: Result_(value: "r"), error: Error_(error: "e"), url: "u", pet: Pet2(nickname: "p"), pet2: Pet(name: "P"))
    }
    func validate(_ request: ValidateRequest) async throws(ValidateError) {}
    func init_(_ request: InitRequest) async throws(InitError) {}
    func self_(_ request: Self_Request) async throws(Self_Error) {}
    func fooBar(_ request: FooBarRequest) async throws(FooBarError) {}
    func fooBar2(_ request: FooBar2Request) async throws(FooBar2Error) {}
    func fooBar3(_ request: FooBar3Request) async throws(FooBar3Error) {}

    /// The body back, with the parameters that share names with the generated code's own in its fields.
    func reserved(_ request: ReservedRequest) async throws(ReservedError) -> ReservedAsProperties {
        var echoed = request.body
        echoed.input = request.input2
        echoed.response = request.response2
        echoed.query = request.query2
        echoed.send = request.send
        echoed.transport = request.transport
        echoed.stub = request.stub
        if let path = request.path { echoed.path = path }
        return echoed
    }

    func shapes(_ request: ShapesRequest) async throws(ShapesError) { shapes.set(request) }
    func reservedTypeNames(_ request: ReservedTypeNamesRequest) async throws(ReservedTypeNamesError) { typeNames.set(request) }

    let shapes = Recorder<ShapesRequest>()
    let typeNames = Recorder<ReservedTypeNamesRequest>()
}

/// The last value a handler saw.
final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Value?

    func set(_ value: Value) { lock.withLock { last = value } }
    var value: Value? { lock.withLock { last } }
}

@Suite("Landmine: document text never becomes code")
struct LandmineTests {
    let transport = InProcessTransport()
    private let server = LandmineServer()

    private func client() throws -> LandmineClient {
        try server.registerHandlers(on: transport)
        return LandmineClient(transport: transport)
    }

    /// Every name the generated code declares or uses unqualified, as a property: the value survives a round
    /// trip, and so do parameters named `path`, `send`, `transport` and the client's locals.
    @Test func namesTheGeneratedCodeUsesAreOrdinaryFieldsAndParameters() async throws {
        let client = try client()
        var body = ReservedAsProperties(validate: "v", path: "/a")
        body.string = "s"
        body.codable = "c"
        body.encoder = "e"
        body.container = "k"
        body.hashValue = "h"
        body.description = 7
        body.collection = Collection_(name: "n", count: 2)
        body.httpBody = HTTPBody_(value: "b")
        body.wire = "w"
        body.serverStub = "x"
        let echoed = try await client.reserved(
            input2: "i", response2: "r", query2: "q", path: "/p", stub: "st", transport: "t", send: "sd", body: body)
        var expected = body
        (expected.input, expected.response, expected.query, expected.send, expected.transport, expected.stub, expected.path) =
            ("i", "r", "q", "sd", "t", "st", "/p")
        #expect(echoed == expected)
        let request = try #require(transport.requests.last?.path)
        #expect(request.contains("path=%2Fp") && request.contains("send=sd") && request.contains("input=i"))
        // A property named `path` is checked by `validate(at:)`, whose parameter is also named `path`.
        do throws(ReservedError) {
            _ = try await client.reserved(body: ReservedAsProperties(validate: "v", path: "no slash"))
            Issue.record("a path breaking its pattern was sent")
        } catch {
            guard case .invalidArgument(let failure) = error else { throw error }
            #expect(failure.name == "path" && failure.rule == "pattern")
        }
    }

    /// Query parameters named after Swift, Foundation, runtime and support types arrive under those names.
    @Test func parametersNamedAfterTypesArrive() async throws {
        let client = try client()
        try await client.reservedTypeNames(string: "s", codable: "c", collection: "l", httpBody: "h", wire: "w", serverStub: "x", foundation: "f")
        let received = try #require(server.typeNames.value)
        #expect(received == ReservedTypeNamesRequest(string: "s", codable: "c", collection: "l", httpBody: "h", wire: "w", serverStub: "x", foundation: "f"))
        let path = try #require(transport.requests.last?.path)
        #expect(path.contains("String=s") && path.contains("HTTPBody=h") && path.contains("Foundation=f"))
    }

    /// Parameters of every shape in every location reach the server as they were sent.
    @Test func parametersOfEveryShapeArriveAsSent() async throws {
        let client = try client()
        try await client.shapes(
            ids: ["a/b", "c d"], level: ._2, states: [.open, .closed, .x], sizes: [1, Int64.max], words: ["w1", "w2"],
            flags: [true, false], grid: [[1.5], [], [2, 3]], filter: Collection_(name: "f", count: 1),
            anything: .array([.string("x"), .int(2)]), lines: [.init(quantity: 3)], xTags: [.a, .b], xShape: ["k": 1],
            xAny: .bool(true), mode: .slow, ids2: [4, 5], shape: .init(side: 2))
        let received = try #require(server.shapes.value)
        #expect(
            received
                == ShapesRequest(
                    ids: ["a/b", "c d"], level: ._2, states: [.open, .closed, .x], sizes: [1, Int64.max], words: ["w1", "w2"],
                    flags: [true, false], grid: [[1.5], [], [2, 3]], filter: Collection_(name: "f", count: 1),
                    anything: .array([.string("x"), .int(2)]), lines: [.init(quantity: 3)], xTags: [.a, .b], xShape: ["k": 1],
                    xAny: .bool(true), mode: .slow, ids2: [4, 5], shape: .init(side: 2)))
    }

    @Test func thePayloadTravelsInEveryPlaceAndComesBackExactly() async throws {
        let client = try client()
        var body = Everything(xU2028U2029U202EU41FuncInjectedFatalError: payload, ref: payload, fooBar: "1", fooBar2: "2", fooBar3: "3")
        body.value = payload
        let echo = try await client.echoXU2028U2029U202EU41FuncInjectedFatalError(
            id: payload, qXU2028U2029U202EU41FuncInjectedFatalError: payload, xLandmine: headerPayload, c: payload,
            mode: .xU2028U2029U202EU41FuncInjectedFatalError, body: body)
        #expect(echo.id == payload)
        #expect(echo.query == payload)
        #expect(echo.header == headerPayload)
        #expect(echo.cookie == payload)
        #expect(echo.mode == .xU2028U2029U202EU41FuncInjectedFatalError)
        #expect(echo.everything == body)
    }

    @Test func theRequestOnTheWireCarriesEveryNameAsTheDocumentWritesIt() async throws {
        let client = try client()
        _ = try await client.echoXU2028U2029U202EU41FuncInjectedFatalError(
            id: "a", qXU2028U2029U202EU41FuncInjectedFatalError: "v", xLandmine: "h", c: "k", body: Everything(xU2028U2029U202EU41FuncInjectedFatalError: "b"))
        let request = try #require(transport.requests.last)
        // The path key's literal text, percent-encoded; the query name percent-encoded; header and cookie names verbatim.
        let path = try #require(request.path)
        #expect(path.hasPrefix("/items/a/%22/*%5C(x)*/%23%22?"))
        let query = try #require(path.split(separator: "?").last)
        #expect(String(query).removingPercentEncoding == "q \(payload)=v")
        #expect(request.headerFields[HTTPField.Name("X-Landmine!#$%&'*+-.^_`|~")!] == "h")
        #expect(request.headerFields[.cookie] == "c!#$%&'*+-.^_`|~=k")
        #expect(request.headerFields[.contentType]?.hasPrefix("application/vnd.landmine+json; note=\"\\\" */") == true)
    }

    @Test func aHeaderValueHTTPCannotCarryIsRefusedBeforeSending() async throws {
        let client = try client()
        let sent = transport.requests.count
        do {
            _ = try await client.echoXU2028U2029U202EU41FuncInjectedFatalError(
                id: "a", xLandmine: "line\r\nInjected: yes", body: Everything(xU2028U2029U202EU41FuncInjectedFatalError: "b"))
            Issue.record("expected invalidArgument")
        } catch .invalidArgument(let failure) {
            #expect(failure.location == "header")
            #expect(failure.rule == "header")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(transport.requests.count == sent)
    }

    @Test func wireNamesSurviveExactlyIncludingCollisionsAfterMangling() throws {
        let body = Everything(
            xU2028U2029U202EU41FuncInjectedFatalError: "p", ref: "r", fooBar: "1", fooBar2: "2", fooBar3: "3", _1st: 1,
            u1F525: "f", u1F600Smile: true, value: "e")
        let object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(body)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                payload, "$ref", "foo_bar", "fooBar", "foo-bar", "1st", "🔥", "😀 smile", "", "count \" with default",
            ])
        #expect(object["foo_bar"] as? String == "1")
        #expect(object["fooBar"] as? String == "2")
        #expect(object["foo-bar"] as? String == "3")
        #expect(object["count \" with default"] as? Int == 7)
        #expect(try JSONDecoder().decode(Everything.self, from: JSONEncoder().encode(body)) == body)
    }

    @Test func generatedNamesThatMeetAcrossContainersStayApart() throws {
        // "12" names a schema, a property, a title and a nested object at once; each keeps its own value.
        let json = #"{"12":{"deep":{"a":"x"},"choice":{"a":"c"}},"2":{"y":"z"}}"#
        let holder = try JSONDecoder().decode(NumberedHolder.self, from: Data(json.utf8))
        #expect(holder._12_2?.deep == _12(a: "x"))
        #expect(holder._12_2?.choice == ._12_2(_12(a: "c")))
        #expect(holder._2_3 == ._12_2(NumberedHolder._2_2._12_3(y: "z")))
        #expect(try JSONDecoder().decode(NumberedHolder.self, from: JSONEncoder().encode(holder)) == holder)
        let choice = try JSONDecoder().decode(NumberedChoice.self, from: Data(#"{"12":{"a":"b"}}"#.utf8))
        #expect(choice == ._12_2(_12()))
        #expect(try JSONDecoder().decode(NumberedChoice.self, from: Data(#""two""#.utf8)) == ._2("two"))
    }

    @Test func theDefaultIsThePayloadItself() {
        #expect(Everything().xU2028U2029U202EU41FuncInjectedFatalError == payload)
    }

    @Test func thePatternIsUsedAsWrittenOnBothSides() async throws {
        #expect(throws: Never.self) { try Everything(xU2028U2029U202EU41FuncInjectedFatalError: payload).validate() }
        let client = try client()
        do {
            _ = try await client.echoXU2028U2029U202EU41FuncInjectedFatalError(
                id: "a", body: Everything(xU2028U2029U202EU41FuncInjectedFatalError: "this is forbidden"))
            Issue.record("expected invalidArgument")
        } catch .invalidArgument(let failure) {
            #expect(failure.rule == "pattern")
            #expect(failure.name.hasPrefix("\" \\ \\(x)"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(arguments: Payload.allDocumentedValues)
    func everyEnumValueRoundTripsThroughJSONAndTheQuery(value: String) async throws {
        let mode = Payload(rawValue: value)
        if case .unknown = mode { Issue.record("'\(value.debugDescription)' is not a documented case") }
        #expect(mode.rawValue == value)
        let json = try JSONEncoder().encode([mode])
        #expect(try JSONDecoder().decode([String].self, from: json) == [value])
        let client = try client()
        let echo = try await client.echoXU2028U2029U202EU41FuncInjectedFatalError(
            id: "a", mode: mode, body: Everything(xU2028U2029U202EU41FuncInjectedFatalError: "b"))
        #expect(echo.mode == mode)
    }

    @Test func keywordsAreWireNamesAndCases() async throws {
        let names = [
            "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
            "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct",
            "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
            "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as",
            "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_", "Type", "Protocol", "async",
            "some", "any", "consume", "borrowing", "macro", "package", "actor",
        ]
        let json = "{" + names.map { "\"\($0)\": \"\($0)!\"" }.joined(separator: ",") + "}"
        let keywords = try JSONDecoder().decode(Keywords.self, from: Data(json.utf8))
        #expect(keywords.class == "class!")
        #expect(keywords.self_ == "self!")
        #expect(keywords.self_2 == "Self!")
        #expect(keywords.any == "Any!")
        #expect(keywords.any2 == "any!")
        #expect(keywords.value == "_!")
        let object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(keywords)) as? [String: String])
        #expect(object == Dictionary(uniqueKeysWithValues: names.map { ($0, $0 + "!") }))

        for value in ["class", "self", "Self", "init", "none", "some", "rawValue", "allCases", "default", "true", "nil", "Type", "_", ""] {
            let kind = KeywordCases(rawValue: value)
            if case .unknown = kind { Issue.record("'\(value)' is not a documented case") }
            #expect(kind.rawValue == value)
        }
        #expect(KeywordCases(rawValue: "Pet") == .pet && KeywordCases(rawValue: "pet") == .pet2)

        let client = try client()
        let answer = try await client.class(class: "c/d", self_: "..x", default: payload, type: "t", fooBar: "foo-bar")
        #expect(answer.class == "c/d")
        #expect(answer.self_ == "..x")
        #expect(answer.default == payload)
        #expect(answer.type == "t")
        #expect(answer.kind == .fooBar3)
    }

    @Test func namesOfTheGeneratedAPIAndOfSwiftTypesAreOrdinaryTypes() async throws {
        let client = try client()
        let shadows = try await client.send2()
        #expect(shadows.result?.value == "r")
        #expect(shadows.error?.error == "e")
        #expect(shadows.url == "u")
        #expect(shadows.pet?.nickname == "p")
        #expect(shadows.pet2?.name == "P")
        let object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(shadows)) as? [String: Any])
        #expect(Set(object.keys) == ["result", "error", "url", "pet", "Pet"])
        try await client.validate()
        try await client.init_()
        try await client.self_(self_: "s")
        try await client.fooBar(self_: "1")
        try await client.fooBar2(self_: "2")
        try await client.fooBar3(self_: "3")
        // Headers named like the struct's own members (`fields`, `init`, `self`) arrive under their wire names.
        let headers = try await client.registerHandlers2(body: Names(landmineClient: "c", registerHandlers: "r"))
        #expect(headers == RegisterHandlers2Headers(fields2: "f", init_: 7, self_: ["a", "b"], value: .init(rawValue: "\" \\(x) */")))
        #expect(LandmineClient.Servers.server1.absoluteString == "https://api.example.com/base/v1")
    }

    @Test func noLineOfTheGeneratedSourceIsThePayloadsCode() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Generated/Landmine")
        for file in ["Types", "Operations", "Client", "Errors", "Server", "Support"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(file).swift"), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.contains("injected") {
                let code = line.trimmingCharacters(in: .whitespaces)
                // Every occurrence sits in a comment or inside a string literal, never at the start of code.
                #expect(code.hasPrefix("///") || code.contains("\"") , "\(file).swift: \(line)")
                #expect(!code.hasPrefix("func injected"), "\(file).swift: \(line)")
            }
        }
    }
}

extension Payload {
    /// Every value the document lists, as written there.
    static let allDocumentedValues = [
        payload, "\"", "\\", "\\(", "\"\"\"", "#\"", "\"#", "*/", "/*", "\n", "\r", "\u{2028}", "\u{2029}", "\0", "\u{202E}",
        "\\u{41}", "", " ", "func injected() { fatalError() }",
    ]
}
