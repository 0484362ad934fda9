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

/// One input as a request to a generated server: `Module METHOD /path?query`, header lines, an empty line and
/// the body (see `FuzzMessage`). It is routed by method and path template to the module's handler, which the
/// generated stub calls only with a request it read and checked. The answer must be a 4xx (the request was
/// refused) or a handler's 2xx (it was read: 299, or the relay's 200), never a 5xx; a crash, hang, leak or sanitizer report is a bug.
///
/// `GEN_FUZZ_SEEDS=DIR` writes one seed per sample client call into DIR, then exits.

/// Routes requests as a server transport would, path parameters still percent-encoded.
final class FuzzRouter: ServerTransport, @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    private var routes: [(method: HTTPRequest.Method, segments: [Substring], handler: Handler)] = []

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        routes.append((method, path.split(separator: "/", omittingEmptySubsequences: false), handler))
    }

    func answer(_ request: HTTPRequest, _ body: HTTPBody?) async -> (HTTPResponse, HTTPBody?)? {
        let path = (request.path ?? "/").prefix { $0 != "?" && $0 != "#" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for route in routes where route.method == request.method && route.segments.count == segments.count {
            var parameters: [String: Substring] = [:]
            var matched = true
            for (template, segment) in zip(route.segments, segments) {
                if template.hasPrefix("{"), template.hasSuffix("}") {
                    parameters[String(template.dropFirst().dropLast())] = segment
                } else if template != segment {
                    matched = false
                    break
                }
            }
            guard matched else { continue }
            return try? await route.handler(request, body, ServerRequestMetadata(pathParameters: parameters))
        }
        return nil
    }
}

/// The status every handler answers with: the request reached it.
private let read = 299

private struct DevinHandlers: DevinAPI {
    func deleteSecretV1SecretsSecretIdDelete(
        _ request: Devin.DeleteSecretV1SecretsSecretIdDeleteRequest
    ) async throws(Devin.DeleteSecretV1SecretsSecretIdDeleteError) -> Devin.DeleteSecretResponse {
        throw .undocumented(status: read, body: Data())
    }
}

private struct LiveAvatarHandlers: LiveAvatarAPI {
    func deleteSecretV1SecretsSecretIdDelete(
        _ request: LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteRequest
    ) async throws(LiveAvatar.DeleteSecretV1SecretsSecretIdDeleteError) -> LiveAvatar.ResponseNoneType {
        throw .undocumented(status: read, body: Data())
    }
}

private struct PipecatHandlers: PipecatAPI {
    func deleteSecretFromSet(
        _ request: Pipecat.DeleteSecretFromSetRequest
    ) async throws(Pipecat.DeleteSecretFromSetError) -> Pipecat.DeleteSecretFromSetResponse {
        throw .undocumented(status: read, body: Data())
    }
}

private struct PrimeIntellectHandlers: PrimeIntellectAPI {
    func deleteSecretApiV1SecretsSecretIdDelete(
        _ request: PrimeIntellect.DeleteSecretApiV1SecretsSecretIdDeleteRequest
    ) async throws(PrimeIntellect.DeleteSecretApiV1SecretsSecretIdDeleteError) -> JSONValue {
        throw .undocumented(status: read, body: Data())
    }
}

private struct QuivaHandlers: QuivaAPI {
    func deleteSecret(_ request: Quiva.DeleteSecretRequest) async throws(Quiva.DeleteSecretError) -> Quiva.DeleteSecretResponse {
        throw .undocumented(status: read, body: Data())
    }
}

private struct WireworksHandlers: WireworksAPI {
    func pathStyles(_ request: PathStylesRequest) async throws(PathStylesError) -> PathValues {
        throw .undocumented(status: read, body: Data())
    }
    func queryStyles(_ request: QueryStylesRequest) async throws(QueryStylesError) -> QueryValues {
        throw .undocumented(status: read, body: Data())
    }
    func headerAndCookieStyles(_ request: HeaderAndCookieStylesRequest) async throws(HeaderAndCookieStylesError) -> HeaderValues {
        throw .undocumented(status: read, body: Data())
    }
    func previewHeaders(_ request: PreviewHeadersRequest) async throws(PreviewHeadersError) -> PreviewHeadersResponse {
        throw .undocumented(status: read, body: Data())
    }
    func listItems(_ request: ListItemsRequest) async throws(ListItemsError) -> (body: [String], headers: ListItemsHeaders) {
        throw .undocumented(status: read, body: Data())
    }
    func createItem(_ request: CreateItemRequest) async throws(CreateItemError) -> CreateItemResult {
        throw .undocumented(status: read, body: Data())
    }
    func deleteItem(_ request: DeleteItemRequest) async throws(DeleteItemError) -> DeleteItemHeaders {
        throw .undocumented(status: read, body: Data())
    }
    func putDocument(_ request: PutDocumentRequest) async throws(PutDocumentError) -> Document {
        throw .undocumented(status: read, body: Data())
    }
    func patchProfile(_ request: PatchProfileRequest) async throws(PatchProfileError) -> ProfilePatch {
        throw .undocumented(status: read, body: Data())
    }
    func putSettings(_ request: PutSettingsRequest) async throws(PutSettingsError) -> Settings {
        throw .undocumented(status: read, body: Data())
    }
}

/// Streamed bodies are read to their end here, since reading them is where they are decoded.
private struct StreamworksHandlers: StreamworksAPI {
    func searchNotes(_ request: SearchNotesRequest) async throws(SearchNotesError) -> [Note] {
        throw .undocumented(status: read, body: Data())
    }
    func queryNotes(_ request: QueryNotesRequest) async throws(QueryNotesError) -> [Note] {
        throw .undocumented(status: read, body: Data())
    }
    func copyNotes(_ request: CopyNotesRequest) async throws(CopyNotesError) -> Count {
        throw .undocumented(status: read, body: Data())
    }
    func echoShape(_ request: EchoShapeRequest) async throws(EchoShapeError) -> Shape {
        throw .undocumented(status: read, body: Data())
    }
    func chat(_ request: ChatRequest) async throws(ChatError) -> ChatContent {
        throw .undocumented(status: read, body: Data())
    }
    func ticks(_ request: TicksRequest) async throws(TicksError) -> BodyStream<ServerSentEvent> {
        throw .undocumented(status: read, body: Data())
    }
    func tailLog(_ request: TailLogRequest) async throws(TailLogError) -> BodyStream<LogLine> {
        throw .undocumented(status: read, body: Data())
    }
    func appendLog(_ request: AppendLogRequest) async throws(AppendLogError) -> Count {
        await drain(request.body)
        throw .undocumented(status: read, body: Data())
    }
    func records(_ request: RecordsRequest) async throws(RecordsError) -> BodyStream<LogLine> {
        throw .undocumented(status: read, body: Data())
    }
    func relaySignals(
        _ request: RelaySignalsRequest
    ) async throws(RelaySignalsError) -> BodyStream<ServerSentEventWithJSONData<ChatChunk>> {
        // Sent back as it is read: the request's events are decoded while the response is written.
        request.body
    }
    func uploadBlob(_ request: UploadBlobRequest) async throws(UploadBlobError) -> Count {
        await drain(request.body)
        throw .undocumented(status: read, body: Data())
    }
    func downloadBlob(_ request: DownloadBlobRequest) async throws(DownloadBlobError) -> HTTPBody {
        throw .undocumented(status: read, body: Data())
    }
    func report(_ request: ReportRequest) async throws(ReportError) -> ReportContent {
        throw .undocumented(status: read, body: Data())
    }
    func addNote(_ request: AddNoteRequest) async throws(AddNoteError) -> Note {
        throw .undocumented(status: read, body: Data())
    }
    func issueToken(_ request: IssueTokenRequest) async throws(IssueTokenError) -> TokenRequest {
        throw .undocumented(status: read, body: Data())
    }
    func uploadPhoto(_ request: UploadPhotoRequest) async throws(UploadPhotoError) -> PhotoReceipt {
        _ = try? await request.body.photo.data()
        for thumbnail in request.body.thumbnails ?? [] { _ = try? await thumbnail.data() }
        throw .undocumented(status: read, body: Data())
    }
    func downloadPhoto(_ request: DownloadPhotoRequest) async throws(DownloadPhotoError) -> DownloadPhotoResponse {
        throw .undocumented(status: read, body: Data())
    }
}

/// Each module's routes, on a router of its own: several seeds share paths.
private let routers: [String: FuzzRouter] = {
    func router(_ register: (FuzzRouter) throws -> Void) -> FuzzRouter {
        let router = FuzzRouter()
        try! register(router)
        return router
    }
    return [
        "Devin": router { try DevinHandlers().registerHandlers(on: $0) },
        "LiveAvatar": router { try LiveAvatarHandlers().registerHandlers(on: $0) },
        "Pipecat": router { try PipecatHandlers().registerHandlers(on: $0) },
        "PrimeIntellect": router { try PrimeIntellectHandlers().registerHandlers(on: $0) },
        "Quiva": router { try QuivaHandlers().registerHandlers(on: $0) },
        "Wireworks": router { try WireworksHandlers().registerHandlers(on: $0) },
        "Streamworks": router { try StreamworksHandlers().registerHandlers(on: $0) },
    ]
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let message = FuzzMessage(UnsafeBufferPointer(start: data, count: count))
    guard message.words.count == 3, let router = routers[message.words[0]],
        let method = HTTPRequest.Method(message.words[1])
    else { return 0 }
    let request = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: message.words[2], headerFields: message.fields)
    let body = message.chunkedBody
    runBlocking {
        guard let (response, responseBody) = await router.answer(request, body) else { return }
        await drain(responseBody)
        let status = response.status.code
        if status >= 500 { fatalError("\(message.words.joined(separator: " ")) was answered \(status)") }
        // 2xx: a handler's answer (299, or the relay's 200); 4xx: a refusal.
        if !(200..<300).contains(status), !(400..<500).contains(status) {
            fatalError("\(message.words.joined(separator: " ")) was answered \(status), neither a refusal nor a handler's answer")
        }
    }
    return 0
}

/// Records a client's request as a fuzz input, then fails the call.
private final class Recorder: ClientTransport, @unchecked Sendable {
    let module: String
    var input: Data?

    init(module: String) { self.module = module }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let base = baseURL.path.hasSuffix("/") ? String(baseURL.path.dropLast()) : baseURL.path
        var bytes = Data()
        if let body { bytes = try await Data(collecting: body, upTo: 1 << 20) }
        input = FuzzMessage.text(words: [module, request.method.rawValue, base + (request.path ?? "/")], fields: request.headerFields, body: bytes)
        throw CancellationError()
    }
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    guard let folder = ProcessInfo.processInfo.environment["GEN_FUZZ_SEEDS"] else { return 0 }
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for call in sampleCalls {
        let recorder = Recorder(module: call.module)
        runBlocking { await call.run(recorder) }
        guard let input = recorder.input else { fatalError("\(call.module).\(call.name) sent no request") }
        _ = FileManager.default.createFile(atPath: "\(folder)/\(call.module)-\(call.name).txt", contents: input)
    }
    exit(0)
}
