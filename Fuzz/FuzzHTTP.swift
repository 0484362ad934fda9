import Devin
import Foundation
import GenRuntime
import HTTPTypes
import LiveAvatar
import OpenAPIRuntime
import Pipecat
import PrimeIntellect
import Quiva
import Streamworks
import Wireworks

// What the server and client fuzz targets share: one input as an HTTP message, a way to wait on async code
// from libFuzzer's synchronous callback, and one sample call of every generated client operation.

/// One fuzz input read as an HTTP message: a start line of words, then `name: value` lines, an empty line and
/// the body. A line whose name is not a valid field name is skipped, as a transport would refuse it.
struct FuzzMessage {
    var words: [String]
    var fields: HTTPFields
    var body: [UInt8]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let newline = UInt8(ascii: "\n")
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var bodyStart = bytes.endIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == newline {
                let line = bytes[start..<index]
                if line.isEmpty, !lines.isEmpty {
                    bodyStart = index + 1
                    break
                }
                lines.append(ArraySlice(line))
                start = index + 1
            }
            index += 1
        }
        if index == bytes.endIndex, start < bytes.endIndex { lines.append(ArraySlice(bytes[start...])) }
        words = lines.first.map { String(decoding: $0, as: UTF8.self).split(separator: " ").map(String.init) } ?? []
        fields = HTTPFields()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")),
                let name = HTTPField.Name(String(decoding: line[..<colon], as: UTF8.self))
            else { continue }
            let value = line[(colon + 1)...].drop { $0 == UInt8(ascii: " ") }
            fields.append(HTTPField(name: name, lenientValue: value))
        }
        body = bodyStart < bytes.endIndex ? Array(bytes[bodyStart...]) : []
    }

    /// The body in chunks of a size the input chooses, so that readers see values split across chunks.
    var chunkedBody: HTTPBody? {
        guard !body.isEmpty else { return nil }
        let size = Int(body[0] % 8) + 1
        let chunks = stride(from: 0, to: body.count, by: size).map { ArraySlice(body[$0..<min($0 + size, body.count)]) }
        let stream = AsyncStream<ArraySlice<UInt8>> { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }
        return HTTPBody(stream, length: .known(Int64(body.count)))
    }

    /// The text of a message with these parts, as `init` reads it.
    static func text(words: [String], fields: HTTPFields, body: Data) -> Data {
        var text = words.joined(separator: " ") + "\n"
        for field in fields { text += "\(field.name.rawName): \(field.value)\n" }
        return Data((text + "\n").utf8) + body
    }
}

/// Runs `work` to its end from synchronous code; libFuzzer calls its targets on a thread of its own.
func runBlocking(_ work: @escaping @Sendable () async -> Void) {
    let done = DispatchSemaphore(value: 0)
    Task {
        await work()
        done.signal()
    }
    done.wait()
}

/// Reads a body to its end or 1 MiB, ignoring how it ends.
func drain(_ body: HTTPBody?) async {
    guard let body else { return }
    _ = try? await Data(collecting: body, upTo: 1 << 20)
}

/// Reads a stream of values to its end or its 1,000th value, ignoring how it ends.
func drain<Values: AsyncSequence>(_ values: Values) async {
    var count = 0
    do {
        for try await _ in values {
            count += 1
            if count == 1000 { return }
        }
    } catch {}
}

/// One call of a generated client operation with fixed, valid arguments, reading all of its result.
struct SampleCall: Sendable {
    var module: String
    var name: String
    var run: @Sendable (any ClientTransport) async -> Void
}

private let root = URL(string: "http://127.0.0.1:8080")!

/// A call of every operation of the seeds, Wireworks (parameter styles, headers) and Streamworks (bodies).
let sampleCalls: [SampleCall] = {
    let colors = ["blue", "a,b", "c.d", "e;f=g", "h i/é"]
    let rgb = RGB(r: 100, g: 200, b: 150)
    @Sendable func wire(_ transport: any ClientTransport) -> WireworksClient { WireworksClient(transport: transport) }
    @Sendable func streams(_ transport: any ClientTransport) -> StreamworksClient { StreamworksClient(transport: transport) }
    let chunk = ServerSentEventWithJSONData(event: "token", data: ChatChunk(index: 0, token: "a"), id: "0")
    return [
        SampleCall(module: "Devin", name: "deleteSecret") {
            _ = try? await DevinClient(serverURL: root, transport: $0, credentials: .init(bearerAuth: "k"))
                .deleteSecretV1SecretsSecretIdDelete(secretId: "s1")
        },
        SampleCall(module: "LiveAvatar", name: "deleteSecret") {
            _ = try? await LiveAvatarClient(transport: $0, credentials: .init(apiKeyHeader: "k"))
                .deleteSecretV1SecretsSecretIdDelete(secretId: "s1", laSession: "x")
        },
        SampleCall(module: "Pipecat", name: "deleteSecretFromSet") {
            _ = try? await PipecatClient(transport: $0, credentials: .init(privateKeyAuth: "k"))
                .deleteSecretFromSet(setName: "my-set", secretKey: "c")
        },
        SampleCall(module: "PrimeIntellect", name: "deleteSecret") {
            _ = try? await PrimeIntellectClient(transport: $0, credentials: .init(httpBearer: "k"))
                .deleteSecretApiV1SecretsSecretIdDelete(secretId: "s1", teamId: "t")
        },
        SampleCall(module: "Quiva", name: "deleteSecret") {
            _ = try? await QuivaClient(transport: $0, credentials: .init(bearerAuth: "k")).deleteSecret(key: "s1")
        },
        SampleCall(module: "Wireworks", name: "pathStyles") {
            _ = try? await wire($0).pathStyles(
                list: colors, object: rgb, labelList: colors, labelObject: rgb, matrixList: colors, matrixObject: rgb,
                label: -5, matrix: "x;y=z")
        },
        SampleCall(module: "Wireworks", name: "queryStyles") {
            _ = try? await wire($0).queryStyles(
                formList: colors, formJoined: colors, formJoinedObject: rgb, spaced: ["one", "two"], piped: rgb,
                filter: Filter(name: "n&m", created: .init(gte: 1, lt: 9), tags: ["x", "y z"]),
                since: Date(timeIntervalSince1970: 1_700_000_000), extra: ["page": "2"])
        },
        SampleCall(module: "Wireworks", name: "headerAndCookieStyles") {
            _ = try? await wire($0).headerAndCookieStyles(xColors: ["red"], xRGB: rgb, shades: ["light"], tones: [1, 2])
        },
        SampleCall(module: "Wireworks", name: "previewHeaders") {
            _ = try? await wire($0).previewHeaders(accept: "application/json", authorization: "Key abc", limit: 5, order: .desc)
        },
        SampleCall(module: "Wireworks", name: "listItems") { _ = try? await wire($0).listItems() },
        SampleCall(module: "Wireworks", name: "createItem") { _ = try? await wire($0).createItem(later: true) },
        SampleCall(module: "Wireworks", name: "deleteItem") { _ = try? await wire($0).deleteItem(id: "7") },
        SampleCall(module: "Wireworks", name: "putDocument") {
            _ = try? await wire($0).putDocument(id: "a", body: Document(title: "t"))
        },
        SampleCall(module: "Wireworks", name: "patchProfile") {
            _ = try? await wire($0).patchProfile(id: "a", body: ProfilePatch(nickname: .some(nil), bio: "b", extra: .null))
        },
        SampleCall(module: "Wireworks", name: "putSettings") {
            _ = try? await wire($0).putSettings(scale: ._1_5, body: Settings(scale: ._0_5, mode: .auto, game: .csGO))
        },
        SampleCall(module: "Streamworks", name: "searchNotes") {
            _ = try? await streams($0).searchNotes(filter: NoteFilter(word: "milk", limit: 1))
        },
        SampleCall(module: "Streamworks", name: "queryNotes") {
            _ = try? await streams($0).queryNotes(body: NoteFilter(word: "call"))
        },
        SampleCall(module: "Streamworks", name: "copyNotes") {
            _ = try? await streams($0).copyNotes(selector: NoteFilter(word: "o"))
        },
        SampleCall(module: "Streamworks", name: "echoShape") {
            _ = try? await streams($0).echoShape(body: .circle(Circle(kind: "circle", radius: 2)))
        },
        SampleCall(module: "Streamworks", name: "chat") {
            if case .eventStream(let events) = try? await streams($0).chat(body: Prompt(prompt: "hi", stream: true)) {
                await drain(events)
            }
        },
        SampleCall(module: "Streamworks", name: "ticks") {
            if let events = try? await streams($0).ticks(count: 2) { await drain(events) }
        },
        SampleCall(module: "Streamworks", name: "tailLog") {
            if let lines = try? await streams($0).tailLog(count: 3) { await drain(lines) }
        },
        SampleCall(module: "Streamworks", name: "appendLog") {
            _ = try? await streams($0).appendLog(body: BodyStream([LogLine(level: .info, message: "started")]))
        },
        SampleCall(module: "Streamworks", name: "records") {
            if let lines = try? await streams($0).records() { await drain(lines) }
        },
        SampleCall(module: "Streamworks", name: "relaySignals") {
            if let events = try? await streams($0).relaySignals(body: BodyStream([chunk])) { await drain(events) }
        },
        SampleCall(module: "Streamworks", name: "uploadBlob") {
            _ = try? await streams($0).uploadBlob(id: "b1", body: HTTPBody("abc"))
        },
        SampleCall(module: "Streamworks", name: "downloadBlob") {
            await drain(try? await streams($0).downloadBlob(id: "2"))
        },
        SampleCall(module: "Streamworks", name: "report") { _ = try? await streams($0).report() },
        SampleCall(module: "Streamworks", name: "addNote") {
            _ = try? await streams($0).addNote(body: .json(Note(text: "as JSON")))
        },
        SampleCall(module: "Streamworks", name: "issueToken") {
            _ = try? await streams($0).issueToken(
                body: TokenRequest(
                    grantType: .clientCredentials, clientId: "app 1", scopes: ["read"], audiences: ["a", "b&c"],
                    metadata: ["plan": "pro"]))
        },
        SampleCall(module: "Streamworks", name: "uploadPhoto") {
            let photo = UploadPhotoBody(
                photo: MultipartFile(Data([137, 80]), filename: "a.png"), caption: "Sunset", tags: ["sea"], rating: 5,
                place: Place(name: "Ørsta", latitude: 62.2), thumbnails: [MultipartFile(Data([1]))], labels: ["lens": "23mm"])
            _ = try? await streams($0).uploadPhoto(body: photo)
        },
        SampleCall(module: "Streamworks", name: "downloadPhoto") {
            if let download = try? await streams($0).downloadPhoto(id: "p7") { _ = try? await download.photo.data() }
        },
    ]
}()
