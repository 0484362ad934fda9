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

    func uploadPhoto(_ request: UploadPhotoRequest) async throws(UploadPhotoError) -> PhotoReceipt {
        let body = request.body
        do {
            var thumbnails: [Int] = []
            for thumbnail in body.thumbnails ?? [] { thumbnails.append(try await thumbnail.data().count) }
            return PhotoReceipt(
                bytes: try await body.photo.data().count, filename: body.photo.filename, contentType: body.photo.contentType,
                caption: body.caption, tags: body.tags ?? [], takenAt: body.takenAt, rating: body.rating, place: body.place,
                thumbnails: thumbnails, labels: body.labels)
        } catch {
            throw .transport(error)
        }
    }

    func downloadPhoto(_ request: DownloadPhotoRequest) async throws(DownloadPhotoError) -> DownloadPhotoResponse {
        let receipt = PhotoReceipt(bytes: 4, caption: "photo \(request.id)", tags: [], thumbnails: [])
        return DownloadPhotoResponse(receipt: receipt, photo: MultipartFile(Data([137, 80, 78, 71]), filename: "\(request.id).png", contentType: "image/png"))
    }

    static let notes = [Note(text: "buy milk"), Note(text: "milk the cow"), Note(text: "call home")]

    private static func found(_ filter: NoteFilter) -> [Note] {
        Array(notes.filter { $0.text.contains(filter.word) }.prefix(filter.limit ?? .max))
    }

    func searchNotes(_ request: SearchNotesRequest) async throws(SearchNotesError) -> [Note] { Self.found(request.filter) }

    func queryNotes(_ request: QueryNotesRequest) async throws(QueryNotesError) -> [Note] { Self.found(request.body) }

    func copyNotes(_ request: CopyNotesRequest) async throws(CopyNotesError) -> Count { Count(count: Self.found(request.selector).count) }

    func echoShape(_ request: EchoShapeRequest) async throws(EchoShapeError) -> Shape { request.body }

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

    @Test func multipartBodiesTravelPartByPart() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let takenAt = Date(timeIntervalSince1970: 1_700_000_000)
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let client = client(root, transport)
                // 512 KiB of photo streamed in 64 KiB chunks, of a length not known in advance.
                let chunks = AsyncStream<ArraySlice<UInt8>> { continuation in
                    for _ in 0..<8 { continuation.yield(ArraySlice(repeating: 255, count: 65_536)) }
                    continuation.finish()
                }
                let photo = MultipartFile(HTTPBody(chunks, length: .unknown), filename: #"Ørsta "sunset".png"#)
                let sent = UploadPhotoBody(
                    photo: photo, caption: "Sunset, \"Ørsta\"\r\n--", tags: ["sea", "sky"], takenAt: takenAt, rating: 5,
                    place: Place(name: "Ørsta", latitude: 62.2), thumbnails: [MultipartFile(Data([1, 2, 3])), MultipartFile(Data([4]))],
                    labels: ["camera": "X100", "lens": "23mm"])
                let receipt = try await client.uploadPhoto(body: sent)
                // The document's `encoding` gives the photo's type, the first of `image/png, image/jpeg`.
                #expect(receipt == PhotoReceipt(
                    bytes: 1 << 19, filename: #"Ørsta "sunset".png"#, contentType: "image/png", caption: sent.caption, tags: ["sea", "sky"],
                    takenAt: takenAt, rating: 5, place: sent.place, thumbnails: [3, 1], labels: sent.labels))

                let download = try await client.downloadPhoto(id: "p7")
                #expect(download.receipt.caption == "photo p7")
                #expect(download.photo.filename == "p7.png" && download.photo.contentType == "image/png")
                #expect(try await download.photo.data() == Data([137, 80, 78, 71]))
            }
            // The server collects a multipart body up to its limit (1 MiB by default) and answers 413 past it, before
            // it has read the rest. (AsyncHTTPClient reports a server that answers mid-upload as a transport error,
            // `bodyLengthMismatch`, now and then; URLSession reads the answer.)
            do throws(UploadPhotoError) {
                let photo = MultipartFile(Data(count: (1 << 20) + 1), filename: "big.png")
                _ = try await client(root, URLSessionTransport()).uploadPhoto(body: UploadPhotoBody(photo: photo, caption: "big"))
                Issue.record("expected 413")
            } catch {
                guard case .undocumented(let status, _) = error else { throw error }
                #expect(status == 413)
            }
            // The client checks the document's rules before it sends: a caption is 1 to 100 characters.
            do throws(UploadPhotoError) {
                _ = try await client(root, URLSessionTransport()).uploadPhoto(body: UploadPhotoBody(photo: MultipartFile(Data()), caption: ""))
                Issue.record("expected the client to refuse an empty caption")
            } catch {
                guard case .invalidArgument(let failure) = error else { throw error }
                #expect(failure.rule == "minLength" && failure.name == "caption")
            }
        }
    }

    @Test func multipartBodiesAsCurlWritesThemAreReadAndChecked() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let url = URL(string: root.absoluteString + "/v1/photos")!
            func send(_ parts: [String]) async throws -> (Int, String) {
                let body = (parts + ["--XyZ--", ""]).joined(separator: "\r\n")
                return try await rawRequest("POST", url, headers: ["Content-Type": "multipart/form-data; boundary=XyZ"], body: Data(body.utf8))
            }
            let caption = ["--XyZ", #"Content-Disposition: form-data; name="caption""#, "", "from curl"]
            let photo = ["--XyZ", #"Content-Disposition: form-data; name="photo"; filename="a\"b.jpg""#, "Content-Type: image/jpeg", "", "JFIF"]
            let rating = ["--XyZ", #"Content-Disposition: form-data; name="rating""#, "", "3"]
            // `labels` is `deepObject`: a part per key, named `labels[key]`.
            let labels = ["--XyZ", #"Content-Disposition: form-data; name="labels[film]""#, "", "Portra 400"]
            let unknown = ["--XyZ", #"Content-Disposition: form-data; name="comment""#, "", "ignored"]
            let (status, body) = try await send(caption + unknown + photo + labels + rating)
            #expect(status == 201, "\(body)")
            let receipt = try JSONDecoder().decode(PhotoReceipt.self, from: Data(body.utf8))
            #expect(receipt == PhotoReceipt(bytes: 4, filename: #"a"b.jpg"#, contentType: "image/jpeg", caption: "from curl", tags: [], rating: 3, thumbnails: [],
                labels: ["film": "Portra 400"]))
            // The parts are checked like any body: `photo` is required, `rating` is at most 5.
            let (missing, missingBody) = try await send(caption)
            #expect(missing == 400 && missingBody.contains("no part 'photo'"), "\(missingBody)")
            let (tooHigh, tooHighBody) = try await send(caption + photo + ["--XyZ", #"Content-Disposition: form-data; name="rating""#, "", "9"])
            #expect(tooHigh == 400 && tooHighBody.contains(#""rule":"maximum""#), "\(tooHighBody)")
            let (unframed, _) = try await rawRequest("POST", url, headers: ["Content-Type": "multipart/form-data"], body: Data("x".utf8))
            #expect(unframed == 400)
        }
    }

    @Test func openAPI32QueryStringsQueryAndAdditionalMethodsTravel() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let client = client(root, transport)
                // `in: querystring` as a form: the filter's fields are the query (`?word=milk&limit=1`).
                #expect(try await client.searchNotes(filter: NoteFilter(word: "milk", limit: 1)) == [Note(text: "buy milk")])
                #expect(try await client.searchNotes(filter: NoteFilter(word: "milk")).count == 2)
                // As JSON: the query string is the filter's JSON text; the method is the document's `COPY`.
                #expect(try await client.copyNotes(selector: NoteFilter(word: "o")) == Count(count: 2))
                // The QUERY method carries its filter in the body.
                #expect(try await client.queryNotes(body: NoteFilter(word: "call")) == [Note(text: "call home")])
            }
            let base = root.absoluteString + "/v1/search"
            let (status, body) = try await rawRequest("GET", URL(string: base + "?word=cow&limit=5")!)
            #expect(status == 200 && body == #"[{"text":"milk the cow"}]"#, "\(body)")
            let (empty, _) = try await rawRequest("GET", URL(string: base + "?word=&limit=5")!)
            #expect(empty == 400)
            let json = #"{"word":"home"}"#.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let (copied, copyBody) = try await rawRequest("COPY", URL(string: base + "?" + json)!)
            #expect(copied == 200 && copyBody == #"{"count":1}"#, "\(copyBody)")
        }
    }

    @Test func aDiscriminatorValueThatMapsToNothingIsReadAsTheDefaultMapping() async throws {
        try await withLiveServer({ try Streams(gate: nil).registerHandlers(on: $0) }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            #expect(try await client.echoShape(body: .circle(Circle(kind: "circle", radius: 2))) == .circle(Circle(kind: "circle", radius: 2)))
            // `triangle` is in no mapping: 3.2's defaultMapping reads it as a Blob.
            #expect(try await client.echoShape(body: .blob(Blob(kind: "triangle", points: 3))) == .blob(Blob(kind: "triangle", points: 3)))
            let (status, body) = try await rawRequest(
                "POST", URL(string: root.absoluteString + "/v1/shapes")!, headers: ["Content-Type": "application/json"],
                body: Data(#"{"kind":"hexagon","points":6}"#.utf8))
            #expect(status == 200 && body == #"{"kind":"hexagon","points":6}"#, "\(body)")
        }
    }
}
