import Foundation
import GenRuntime
import Testing
import Wireworks

/// The generated server stub, served by Hummingbird, against clients that break HTTP or the document: each
/// request gets a 4xx with a JSON failure, or, for a client gone before it could read one, no answer; the
/// handler is never called, and the server goes on serving. Memory is checked by the `server` fuzz target
/// under LeakSanitizer (Fuzz/README.md), which decodes the same faults in-process.
@Suite("Generated server under client faults")
struct ServerFaultTests {
    /// 1 KiB, so that a body past the limit is quick to send.
    static let options = ServerOptions(maxBodyBytes: 1024)

    /// Runs `body` against Wireworks on a live server with `options`, then checks that no fault reached
    /// `putDocument` and that a valid request still gets its 200.
    static func withServer(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let echo = WireworksEcho()
        try await withLiveServer({ try echo.registerHandlers(on: $0, options: options) }) { root in
            let port = try #require(root.port)
            try await body(port)
            let connection = try RawConnection(port: port)
            connection.write(Self.put(#"{"title":"t"}"#))
            let valid = await connection.response()
            #expect(valid.status == 200, "after the faults: \(valid.head)")
            #expect(valid.body == #"{"revision":1,"title":"t"}"#)
        }
        #expect(echo.documents.count == 1, "a handler ran on a faulty request")
    }

    /// `PUT /v1/documents/a` with a body, whose `Content-Length` is the body's unless `length` is given.
    static func put(_ body: String, contentType: String = "application/json", length: Int? = nil) -> String {
        "PUT /v1/documents/a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(contentType)\r\n"
            + "Content-Length: \(length ?? body.utf8.count)\r\n\r\n\(body)"
    }

    /// The `rule` of a JSON failure, or `nil` for a body that is not one.
    static func rule(_ body: String) -> String? {
        let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return object?["rule"] as? String
    }

    /// One request of bytes on a connection of its own, and its response.
    static func exchange(_ port: Int, _ request: String) async throws -> (status: Int, head: String, body: String) {
        let connection = try RawConnection(port: port)
        connection.write(request)
        return await connection.response()
    }

    @Test(arguments: [
        ("truncated JSON", #"{"title":"t""#),
        ("invalid JSON", #"{"title":}"#),
        ("JSON of the wrong type", #"{"title":5}"#),
        ("JSON without a required property", #"{}"#),
    ])
    func aBodyThatBreaksTheDocumentGets400WithAJSONFailure(what: String, body: String) async throws {
        try await Self.withServer { port in
            let answer = try await Self.exchange(port, Self.put(body))
            #expect(answer.status == 400, "\(what): \(answer.head)")
            #expect(answer.head.lowercased().contains("content-type: application/json"), "\(what)")
            #expect(Self.rule(answer.body) != nil, "\(what): \(answer.body)")
        }
    }

    @Test func aBodyThatIsNotUTF8Gets400WithAJSONFailure() async throws {
        try await Self.withServer { port in
            let connection = try RawConnection(port: port)
            let body = Array(#"{"title":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
            connection.write(Array(Self.put("", length: body.count).utf8) + body)
            let answer = await connection.response()
            #expect(answer.status == 400, "\(answer.head)")
            #expect(Self.rule(answer.body) != nil, "\(answer.body)")
        }
    }

    @Test func aBodyOfAnUndocumentedContentTypeGets415WithAJSONFailure() async throws {
        try await Self.withServer { port in
            let answer = try await Self.exchange(port, Self.put(#"{"title":"t"}"#, contentType: "text/plain"))
            #expect(answer.status == 415, "\(answer.head)")
            #expect(Self.rule(answer.body) == "contentType", "\(answer.body)")
        }
    }

    @Test func aBodyPastTheLimitGets413WithAJSONFailure() async throws {
        try await Self.withServer { port in
            let body = #"{"title":""# + String(repeating: "t", count: 2048) + #""}"#
            let answer = try await Self.exchange(port, Self.put(body))
            #expect(answer.status == 413, "\(answer.head)")
            #expect(Self.rule(answer.body) == "maxBodyBytes", "\(answer.body)")
        }
    }

    /// A chunked body that would never end: the server answers 413 once the limit is past, without waiting
    /// for an end; the connection's 10 s read deadline fails the test if it does not.
    @Test func aBodyThatNeverEndsGets413AtTheLimit() async throws {
        try await Self.withServer { port in
            let connection = try RawConnection(port: port)
            connection.write("PUT /v1/documents/a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = "100\r\n" + String(repeating: " ", count: 256) + "\r\n"
            let writer = Thread {
                // Until the server closes, or 20 s: far past the 1 KiB limit either way.
                let end = Date().addingTimeInterval(20)
                while Date() < end, connection.write(chunk) { usleep(2000) }
            }
            writer.start()
            let answer = await connection.response()
            #expect(answer.status == 413, "\(answer.head)")
            #expect(Self.rule(answer.body) == "maxBodyBytes", "\(answer.body)")
        }
    }

    /// The client sends part of the body it announced, then goes away: nothing reaches the handler, and the
    /// server answers 400 or closes the connection.
    @Test func aClientThatLeavesMidBodyReachesNoHandler() async throws {
        try await Self.withServer { port in
            let connection = try RawConnection(port: port)
            connection.write(Self.put(#"{"title":"#, length: 100))
            connection.closeWrite()
            let answer = await connection.response()
            #expect(answer.status == 0 || answer.status == 400, "\(answer.head)")
            if answer.status == 400 { #expect(Self.rule(answer.body) != nil, "\(answer.body)") }
        }
    }

    /// A header value with a control character breaks HTTP itself: Hummingbird's parser (NIO's) answers 400,
    /// without a body, before any route sees the request.
    @Test func aHeaderValueWithAControlCharacterGets400() async throws {
        try await Self.withServer { port in
            let answer = try await Self.exchange(port, "GET /v1/headers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Colors: red\u{01}blue\r\n\r\n")
            #expect(answer.status == 400, "\(answer.head)")
        }
    }

    /// A header value with bytes that are not UTF-8 is valid HTTP (opaque bytes past ASCII), but not the text
    /// the document's string items are: the stub refuses it rather than read replacement characters.
    @Test func aHeaderValueThatIsNotUTF8Gets400WithAJSONFailure() async throws {
        try await Self.withServer { port in
            let bytes = Array("GET /v1/headers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Colors: red".utf8) + [0xFF] + Array("\r\n\r\n".utf8)
            let connection = try RawConnection(port: port)
            connection.write(bytes)
            let answer = await connection.response()
            #expect(answer.status == 400, "\(answer.head)")
            #expect(Self.rule(answer.body) == "encoding", "\(answer.body)")
        }
    }
}
