import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@_spi(Generated) import GenRuntime
import Hummingbird
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Streamworks
import Testing

/// Opens once: a stream that waits on it goes on only after the test has read what came before.
private final class Gate: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() { (stream, continuation) = AsyncStream.makeStream() }

    func open() { continuation.finish() }

    func wait() async { for await _ in stream {} }
}

/// A stream of the given values; after the first one it waits for `gate`, when there is one.
private func gated<Value: Sendable>(_ values: [Value], after gate: Gate?) -> BodyStream<Value> {
    let (stream, continuation) = AsyncStream<Value>.makeStream()
    Task {
        for (index, value) in values.enumerated() {
            if index == 1, let gate { await gate.wait() }
            continuation.yield(value)
        }
        continuation.finish()
    }
    return BodyStream(stream)
}

/// specs/streamworks.yaml served by Hummingbird.
private struct Streams: StreamworksAPI {
    var gate: Gate?
    var seenAccept = Seen<[ReportMediaType]>()
    var seenNote = Seen<AddNoteRequestContent>()

    static let chunks = ["Hel", "lo", ", ", "world"].enumerated().map { ChatChunk(index: $0.offset, token: $0.element) }

    func chat(_ request: ChatRequest) async throws(ChatError) -> ChatContent {
        guard request.body.prompt != "busy" else { throw .tooManyRequests(Problem(title: "slow down", status: 429)) }
        guard request.body.stream == true, request.accept.contains(.eventStream) else {
            return .json(ChatReply(text: Self.chunks.map(\.token).joined()))
        }
        let events = Self.chunks.map { ServerSentEventWithJSONData(event: "token", data: $0, id: String($0.index)) }
        return .eventStream(gated(events, after: gate))
    }

    func ticks(_ request: TicksRequest) async throws(TicksError) -> BodyStream<ServerSentEvent> {
        BodyStream((0..<request.count).map { ServerSentEvent(id: "t\($0)", event: "tick", data: "tick \($0)\nsecond line", retry: 1500) })
    }

    static let lines = [LogLine(level: .info, message: "started"), LogLine(level: .warning, message: "slow"), LogLine(level: .error, message: "stopped")]

    func tailLog(_ request: TailLogRequest) async throws(TailLogError) -> BodyStream<LogLine> {
        // Past the three valid lines, one that breaks `maxLength`: the client fails on it, after the others.
        BodyStream(Array((Self.lines + [LogLine(level: .debug, message: String(repeating: "x", count: 201))]).prefix(request.count)))
    }

    func appendLog(_ request: AppendLogRequest) async throws(AppendLogError) -> Count {
        var count = 0
        do {
            for try await _ in request.body { count += 1 }
        } catch let failure as ValidationFailure {
            throw .invalidArgument(failure)
        } catch {
            throw .transport(error)
        }
        return Count(count: count)
    }

    func records(_ request: RecordsRequest) async throws(RecordsError) -> BodyStream<LogLine> {
        BodyStream(Self.lines)
    }

    func relaySignals(_ request: RelaySignalsRequest) async throws(RelaySignalsError) -> BodyStream<ServerSentEventWithJSONData<ChatChunk>> {
        request.body
    }

    func uploadBlob(_ request: UploadBlobRequest) async throws(UploadBlobError) -> Count {
        var count = 0
        do {
            for try await chunk in request.body { count += chunk.count }
        } catch {
            throw .transport(error)
        }
        return Count(count: count)
    }

    func downloadBlob(_ request: DownloadBlobRequest) async throws(DownloadBlobError) -> HTTPBody {
        guard let size = Int(request.id) else { throw .notFound(Problem(title: "no blob \(request.id)")) }
        return HTTPBody(AsyncStream { continuation in
            for offset in stride(from: 0, to: size, by: 1000) { continuation.yield(ArraySlice(repeating: UInt8(offset % 251), count: min(1000, size - offset))) }
            continuation.finish()
        }, length: .unknown)
    }

    func report(_ request: ReportRequest) async throws(ReportError) -> ReportContent {
        seenAccept.value = request.accept
        switch request.accept.first {
        case .csv: return .csv("a,b\n1,2\n")
        case .plainText: return .plainText("a b / 1 2")
        default: return .json(Report(rows: [["a", "b"], ["1", "2"]]))
        }
    }

    func issueToken(_ request: IssueTokenRequest) async throws(IssueTokenError) -> TokenRequest {
        var answer = request.body
        answer.expiresIn = 3600
        return answer
    }

    func addNote(_ request: AddNoteRequest) async throws(AddNoteError) -> Note {
        seenNote.value = request.body
        switch request.body {
        case .json(let note): return note
        case .plainText(let text): return Note(text: text)
        }
    }
}

@Suite("Streamworks over HTTP: streams, binary bodies and several media types")
struct StreamworksLiveTests {
    private func client(_ root: URL, _ transport: some ClientTransport) -> StreamworksClient {
        StreamworksClient(serverURL: clientURL(root: root, documentServer: StreamworksClient.Servers.server1), transport: transport)
    }

    /// Runs `body`, failing instead of hanging when it takes longer than `seconds`.
    private func within(_ seconds: Int, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await body()
                return true
            }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return false
            }
            let finished = try await group.next() ?? false
            group.cancelAll()
            #expect(finished, "timed out after \(seconds) s")
        }
    }

    @Test func eventsArriveOneByOneBeforeTheServerHasSentTheLast() async throws {
        let gate = Gate()
        try await withLiveServer({ try Streams(gate: gate).registerHandlers(on: $0) }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            try await within(20) {
                guard case .eventStream(let events) = try await client.chat(body: Prompt(prompt: "hi", stream: true)) else {
                    Issue.record("expected a stream of events")
                    return
                }
                var iterator = events.makeAsyncIterator()
                // The server holds the other events back until the gate opens: this one arrived on its own.
                let first = try await iterator.next()
                #expect(first == ServerSentEventWithJSONData(event: "token", data: Streams.chunks[0], id: "0"))
                gate.open()
                var rest: [ChatChunk] = []
                while let event = try await iterator.next() { rest.append(try #require(event.data)) }
                #expect(rest == Array(Streams.chunks.dropFirst()))
            }
        }
    }

    @Test func oneResponseInTwoMediaTypesIsAnEnum() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let client = client(root, transport)
                #expect(try await client.chat(body: Prompt(prompt: "hi")) == .json(ChatReply(text: "Hello, world")))
                // Without `text/event-stream` in `Accept`, the handler answers JSON even when asked to stream.
                let narrowed = try await client.chat(body: Prompt(prompt: "hi", stream: true), accept: [.json])
                #expect(narrowed == .json(ChatReply(text: "Hello, world")))
                do throws(ChatError) {
                    _ = try await client.chat(body: Prompt(prompt: "busy"))
                    Issue.record("expected 429")
                } catch {
                    guard case .tooManyRequests(let problem) = error else { throw error }
                    #expect(problem == Problem(title: "slow down", status: 429))
                }
            }
        }
    }

    @Test func textEventsKeepEventIdRetryAndMultilineData() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let events = try await client(root, AsyncHTTPClientTransport()).ticks(count: 3)
            var read: [ServerSentEvent] = []
            for try await event in events { read.append(event) }
            #expect(read == (0..<3).map { ServerSentEvent(id: "t\($0)", event: "tick", data: "tick \($0)\nsecond line", retry: 1500) })
            // The wire text is the standard's: one field per line, an empty line after each event.
            let (status, body) = try await rawRequest("GET", URL(string: root.absoluteString + "/v1/ticks?count=1")!)
            #expect(status == 200)
            #expect(body == "id: t0\nevent: tick\nretry: 1500\ndata: tick 0\ndata: second line\n\n")
        }
    }

    @Test func jsonLinesAreCheckedValueByValue() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            var read: [LogLine] = []
            for try await line in try await client.tailLog(count: 3) { read.append(line) }
            #expect(read == Streams.lines)
            // The fourth line breaks `maxLength: 200`: the three before it arrive, then reading it throws.
            read = []
            do {
                for try await line in try await client.tailLog(count: 4) { read.append(line) }
                Issue.record("expected the fourth line to fail")
            } catch let failure as ValidationFailure {
                #expect(failure.rule == "maxLength" && failure.name == "message")
            }
            #expect(read == Streams.lines)
            let (_, body) = try await rawRequest("GET", URL(string: root.absoluteString + "/v1/logs?count=2")!)
            #expect(body == #"{"level":"info","message":"started"}"# + "\n" + #"{"level":"warning","message":"slow"}"# + "\n")
        }
    }

    @Test func streamedRequestBodiesReachTheHandlerAsTheyArrive() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            #expect(try await client.appendLog(body: BodyStream(Streams.lines)) == Count(count: 3))
            // The relay answers each event as it reads it: the client's stream and the server's run together.
            let gate = Gate()
            let events = Streams.chunks.map { ServerSentEventWithJSONData(event: "token", data: $0, id: nil) }
            try await within(20) {
                var iterator = try await client.relaySignals(body: gated(events, after: gate)).makeAsyncIterator()
                #expect(try await iterator.next() == events[0])
                gate.open()
                var rest: [ServerSentEventWithJSONData<ChatChunk>] = []
                while let event = try await iterator.next() { rest.append(event) }
                #expect(rest == Array(events.dropFirst()))
            }
            // A line that breaks the document reaches the handler as a failure, which it answers with 400.
            let (status, body) = try await rawRequest(
                "POST", URL(string: root.absoluteString + "/v1/logs")!, headers: ["Content-Type": "application/jsonl"],
                body: Data((#"{"level":"info","message":"ok"}"# + "\n" + #"{"level":"loud","message":"#).utf8))
            #expect(status == 400, "\(body)")
        }
    }

    @Test func jsonSequencesTravelAsRecords() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            var read: [LogLine] = []
            for try await line in try await client(root, URLSessionTransport()).records() { read.append(line) }
            #expect(read == Streams.lines)
            let (_, body) = try await rawRequest("GET", URL(string: root.absoluteString + "/v1/records")!)
            #expect(body.hasPrefix("\u{1E}" + #"{"level":"info","message":"started"}"# + "\n\u{1E}"))
        }
    }

    @Test func binaryBodiesStreamBothWays() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let client = client(root, transport)
                // 3 MiB, past the 2 MiB limit on collected bodies: a streamed one is the handler's to read.
                let chunks = AsyncStream<ArraySlice<UInt8>> { continuation in
                    for _ in 0..<48 { continuation.yield(ArraySlice(repeating: 7, count: 65_536)) }
                    continuation.finish()
                }
                let stored = try await client.uploadBlob(id: "b1", body: HTTPBody(chunks, length: .unknown))
                #expect(stored == Count(count: 48 * 65_536))
                let bytes = try await Data(collecting: try await client.downloadBlob(id: "2500"), upTo: 1 << 20)
                #expect(bytes.count == 2500 && bytes.first == 0 && bytes.last == UInt8(2000 % 251))
                do throws(DownloadBlobError) {
                    _ = try await client.downloadBlob(id: "none")
                    Issue.record("expected 404")
                } catch {
                    guard case .notFound(let problem) = error else { throw error }
                    #expect(problem.title == "no blob none")
                }
            }
        }
    }

    @Test func theServerAnswersInTheMediaTypeTheClientAsksFor() async throws {
        let server = Streams(gate: nil)
        try await withLiveServer({ try server.registerHandlers(on: $0) }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            #expect(try await client.report() == .json(Report(rows: [["a", "b"], ["1", "2"]])))
            #expect(server.seenAccept.value == [.json, .csv, .plainText])
            #expect(try await client.report(accept: [.csv]) == .csv("a,b\n1,2\n"))
            #expect(try await client.report(accept: [.plainText, .json]) == .plainText("a b / 1 2"))
            #expect(server.seenAccept.value == [.plainText, .json])
            // `q` orders the header's media types; a range covers the documented types in it.
            let url = URL(string: root.absoluteString + "/v1/report")!
            let (status, body) = try await rawRequest("GET", url, headers: ["Accept": "text/plain;q=0.5, text/csv;q=0.9, image/png"])
            #expect(status == 200 && body == "a,b\n1,2\n")
            #expect(server.seenAccept.value == [.csv, .plainText])
            _ = try await rawRequest("GET", url, headers: ["Accept": "text/*"])
            #expect(server.seenAccept.value == [.csv, .plainText])
        }
    }

    @Test func aRequestBodyInTwoMediaTypesIsReadByItsContentType() async throws {
        let server = Streams(gate: nil)
        try await withLiveServer({ try server.registerHandlers(on: $0) }) { root in
            let client = client(root, URLSessionTransport())
            #expect(try await client.addNote(body: .json(Note(text: "as JSON"))) == Note(text: "as JSON"))
            #expect(try await client.addNote(body: .plainText("as text")) == Note(text: "as text"))
            #expect(server.seenNote.value == .plainText("as text"))
            // The JSON case's rules hold on both sides.
            do throws(AddNoteError) {
                _ = try await client.addNote(body: .json(Note(text: "")))
                Issue.record("expected the client to refuse an empty note")
            } catch {
                guard case .invalidArgument(let failure) = error else { throw error }
                #expect(failure.rule == "minLength")
            }
            let url = URL(string: root.absoluteString + "/v1/notes")!
            let (emptyStatus, _) = try await rawRequest("POST", url, headers: ["Content-Type": "application/json"], body: Data(#"{"text":""}"#.utf8))
            #expect(emptyStatus == 400)
            let (status, body) = try await rawRequest("POST", url, headers: ["Content-Type": "image/png"], body: Data([1, 2, 3]))
            #expect(status == 415)
            #expect(body.contains("'application/json', 'text/plain'"), "\(body)")
            let (charsetStatus, charsetBody) = try await rawRequest(
                "POST", url, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data("with charset".utf8))
            #expect(charsetStatus == 201 && charsetBody == #"{"text":"with charset"}"#)
        }
    }

    @Test func formBodiesTravelFieldByFieldInTheirStyles() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let sent = TokenRequest(
                grantType: .clientCredentials, clientId: "app 1", scopes: ["read", "write"], audiences: ["a", "b&c"],
                metadata: ["plan": "pro"])
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                var expected = sent
                expected.expiresIn = 3600
                #expect(try await client(root, transport).issueToken(body: sent) == expected)
            }
            // The wire text: exploded form by default, `encoding` styles where the document gives them.
            let text = try Wire.formText(sent, styles: ["scopes": (.spaceDelimited, false), "metadata": (.deepObject, true)])
            #expect(text == "grant_type=client_credentials&client_id=app%201&scopes=read%20write&audiences=a&audiences=b%26c&metadata%5Bplan%5D=pro")
            let (status, body) = try await rawRequest(
                "POST", URL(string: root.absoluteString + "/v1/tokens")!, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: Data("grant_type=refresh_token&client_id=abc&scopes=read+write&metadata[plan]=free&unknown=1".utf8))
            #expect(status == 200)
            #expect(body == "grant_type=refresh_token&client_id=abc&scopes=read%20write&metadata%5Bplan%5D=free&expires_in=3600")
            // Fields are checked like any body: `client_id` has `minLength: 3`, `grant_type` is required.
            let (shortStatus, _) = try await rawRequest(
                "POST", URL(string: root.absoluteString + "/v1/tokens")!, body: Data("grant_type=refresh_token&client_id=ab".utf8))
            #expect(shortStatus == 400)
            let (missingStatus, _) = try await rawRequest("POST", URL(string: root.absoluteString + "/v1/tokens")!, body: Data("client_id=abc".utf8))
            #expect(missingStatus == 400)
        }
    }
}
