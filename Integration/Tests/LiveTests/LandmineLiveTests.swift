import Foundation
import GenRuntime
import Landmine
import OpenAPIURLSession
import Testing

/// The echo operation of specs/landmine.yaml with the payload in the path, query, cookie and body, and the
/// header-safe part of it in a header, served by Hummingbird and called over URLSession.
private struct LandmineEcho: LandmineAPI {
    func echoXU2028U2029U202EU41FuncInjectedFatalError(
        _ request: EchoXU2028U2029U202EU41FuncInjectedFatalErrorRequest
    ) async throws(EchoXU2028U2029U202EU41FuncInjectedFatalErrorError) -> Echo {
        Echo(
            everything: request.body, query: request.qXU2028U2029U202EU41FuncInjectedFatalError,
            header: request.xLandmine, cookie: request.c, id: request.id, mode: request.mode)
    }
    func `class`(_ request: ClassRequest) async throws(ClassError) -> Keywords { Keywords(class: request.class, self_: request.self_) }
    func registerHandlers2(_ request: RegisterHandlers2Request) async throws(RegisterHandlers2Error) -> RegisterHandlers2Headers {
        RegisterHandlers2Headers(init_: 1)
    }
    func send2(_ request: Send2Request) async throws(Send2Error) -> Shadows { Shadows() }
    func validate(_ request: ValidateRequest) async throws(ValidateError) {}
    func init_(_ request: InitRequest) async throws(InitError) {}
    func self_(_ request: Self_Request) async throws(Self_Error) {}
    func fooBar(_ request: FooBarRequest) async throws(FooBarError) {}
    func fooBar2(_ request: FooBar2Request) async throws(FooBar2Error) {}
    func fooBar3(_ request: FooBar3Request) async throws(FooBar3Error) {}
    func reserved(_ request: ReservedRequest) async throws(ReservedError) -> ReservedAsProperties {
        var echoed = request.body
        (echoed.send, echoed.transport, echoed.input) = (request.send, request.transport, request.input2)
        return echoed
    }
    func shapes(_ request: ShapesRequest) async throws(ShapesError) { received.set(request) }
    func reservedTypeNames(_ request: ReservedTypeNamesRequest) async throws(ReservedTypeNamesError) {}

    let received = Received()
}

/// The last request the shapes handler read.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var last: ShapesRequest?

    func set(_ value: ShapesRequest) { lock.withLock { last = value } }
    var value: ShapesRequest? { lock.withLock { last } }
}

/// The webhooks of specs/landmine.yaml, received: the last payload of the hostile one.
private struct LandmineHooks: LandmineWebhooks {
    let received = Seen<HookXU2028U2029U202EU41FuncInjectedFatalErrorRequest>()

    func hookXU2028U2029U202EU41FuncInjectedFatalError(
        _ request: HookXU2028U2029U202EU41FuncInjectedFatalErrorRequest
    ) async throws(HookXU2028U2029U202EU41FuncInjectedFatalErrorError) {
        received.value = request
    }

    func init_(_ request: InitRequest2) async throws(InitError2) {}
}

@Suite("Landmine over HTTP")
struct LandmineLiveTests {
    static let payload =
        "\" \\ \\(x) \"\"\" #\" \"# */ /* \n \r \u{2028} \u{2029} \0 \u{202E} \\u{41} func injected() { fatalError() }"
    static let headerPayload = "\" \\ \\(x) \"\"\" #\" \"# */ /* \\u{41} func injected() { fatalError() }"

    @Test func thePayloadSurvivesARealServerAndClient() async throws {
        try await withLiveServer({ try LandmineEcho().registerHandlers(on: $0) }) { root in
            let client = LandmineClient(
                serverURL: clientURL(root: root, documentServer: LandmineClient.Servers.server1), transport: URLSessionTransport())
            let body = Everything(xU2028U2029U202EU41FuncInjectedFatalError: Self.payload, ref: Self.payload)
            let echo = try await client.echoXU2028U2029U202EU41FuncInjectedFatalError(
                id: Self.payload, qXU2028U2029U202EU41FuncInjectedFatalError: Self.payload, xLandmine: Self.headerPayload,
                c: Self.payload, mode: Payload(rawValue: "\u{202E}"), body: body)
            #expect(echo.id == Self.payload)
            #expect(echo.query == Self.payload)
            #expect(echo.header == Self.headerPayload)
            #expect(echo.cookie == Self.payload)
            #expect(echo.mode == .u202E)
            #expect(echo.everything == body)

            let keywords = try await client.class(class: "a b", self_: "..x")
            #expect(keywords.class == "a b" && keywords.self_ == "..x")
        }
    }

    @Test func thePayloadSurvivesAWebhook() async throws {
        let hooks = LandmineHooks()
        try await withLiveServer({ try hooks.registerHandlers(on: $0) }) { root in
            let sender = LandmineWebhookSender(transport: URLSessionTransport())
            let body = HookBody(vX: Self.payload)
            let url = root.appending(path: LandmineWebhookPaths().hookXU2028U2029U202EU41FuncInjectedFatalError.dropFirst())
            try await sender.hookXU2028U2029U202EU41FuncInjectedFatalError(url: url, url2: Self.payload, body: body)
            #expect(hooks.received.value?.body == body && hooks.received.value?.url2 == Self.payload)
            try await sender.init_(url: root.appending(path: "init_"))
        }
    }

    /// Parameters of every shape (arrays of enums, of integers, of arrays, objects, `{}`) in the path, query,
    /// headers and cookies, and parameters named like the generated code's own, through a real server.
    @Test func everyParameterShapeAndReservedNameSurvivesHTTP() async throws {
        let server = LandmineEcho()
        try await withLiveServer({ try server.registerHandlers(on: $0) }) { root in
            let client = LandmineClient(
                serverURL: clientURL(root: root, documentServer: LandmineClient.Servers.server1), transport: URLSessionTransport())
            let sent = ShapesRequest(
                ids: ["a/b", "c d", "\u{202E}é"], level: ._3, states: [.open, .closed, .x], sizes: [-1, Int64.max],
                words: ["w1", "w2"], flags: [true, false], grid: [[1.5], [], [2, 3]], filter: Collection_(name: Self.headerPayload, count: 1),
                anything: .object(["k": .string(Self.payload)]), lines: [.init(quantity: 3), .init()], xTags: [.a, .b],
                xShape: ["k": 1], xAny: .string(Self.headerPayload), mode: .slow, ids2: [4, 5], shape: .init(side: 2))
            try await client.shapes(
                ids: sent.ids, level: sent.level, states: sent.states, sizes: sent.sizes, words: sent.words, flags: sent.flags,
                grid: sent.grid, filter: sent.filter, anything: sent.anything, lines: sent.lines, xTags: sent.xTags,
                xShape: sent.xShape, xAny: sent.xAny, mode: sent.mode, ids2: sent.ids2, shape: sent.shape)
            #expect(server.received.value == sent)

            var body = ReservedAsProperties(validate: "v", path: "/x")
            (body.codable, body.collection, body.httpBody) = ("c", Collection_(name: "n", count: 2), HTTPBody_(value: "b"))
            let echoed = try await client.reserved(input2: "i", path: "/p", transport: "t", send: "s", body: body)
            #expect(echoed.send == "s" && echoed.transport == "t" && echoed.input == "i" && echoed.collection == body.collection)
        }
    }
}
