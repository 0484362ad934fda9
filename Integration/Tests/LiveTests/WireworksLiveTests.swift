import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GenRuntime
import Hummingbird
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Testing
import Wireworks

/// specs/wireworks.yaml served by Hummingbird: each handler answers what it read. `documents` counts the calls
/// of `putDocument`.
struct WireworksEcho: WireworksAPI {
    var documents = Calls()

    func pathStyles(_ request: PathStylesRequest) async throws(PathStylesError) -> PathValues {
        PathValues(
            simpleList: request.list, simpleObject: request.object, labelList: request.labelList,
            labelObject: request.labelObject, matrixList: request.matrixList, matrixObject: request.matrixObject,
            labelScalar: request.label, matrixScalar: request.matrix)
    }

    func queryStyles(_ request: QueryStylesRequest) async throws(QueryStylesError) -> QueryValues {
        QueryValues(
            formList: request.formList, formJoined: request.formJoined, formJoinedObject: request.formJoinedObject,
            spaced: request.spaced, piped: request.piped, filter: request.filter, since: request.since, extra: request.extra)
    }

    func headerAndCookieStyles(_ request: HeaderAndCookieStylesRequest) async throws(HeaderAndCookieStylesError) -> HeaderValues {
        HeaderValues(colors: request.xColors, rgb: request.xRGB, shades: request.shades, tones: request.tones)
    }

    func previewHeaders(_ request: PreviewHeadersRequest) async throws(PreviewHeadersError) -> PreviewHeadersResponse {
        PreviewHeadersResponse(accept: request.accept ?? "", authorization: request.authorization, limit: request.limit, order: request.order.rawValue)
    }

    static let requestID = UUID(uuidString: "7E57ED00-0000-4000-8000-000000000001")!

    func listItems(_ request: ListItemsRequest) async throws(ListItemsError) -> (body: [String], headers: ListItemsHeaders) {
        switch request.outcome {
        case .busy: throw .tooManyRequests(Problem(title: "slow down"), headers: .init(retryAfter: 30))
        case .missing: throw .notFound(headers: .init(xReason: "none yet"))
        default:
            return (["a", "b"], ListItemsHeaders(link: "</items?page=2>; rel=\"next\"", xTotalCount: 2, xTags: ["new", "old"], xMode: .fast))
        }
    }

    func createItem(_ request: CreateItemRequest) async throws(CreateItemError) -> CreateItemResult {
        request.later == true ? .accepted(headers: .init(location: "/items/9", retryAfter: 5)) : .created(Problem(title: "made"), headers: .init(location: "/items/8"))
    }

    func putDocument(_ request: PutDocumentRequest) async throws(PutDocumentError) -> Document {
        documents.increment()
        guard request.id != "taken" else { throw .conflict(Problem(title: "taken")) }
        // `revision` is readOnly and `secret` writeOnly: each required one way only.
        guard request.body.revision == nil else { throw .invalidArgument(.init(location: "body", name: "revision", rule: "readOnly", message: "is read-only")) }
        return Document(title: request.body.title + (request.body.secret.map { " (secret " + $0 + ")" } ?? ""), revision: 1)
    }

    func patchProfile(_ request: PatchProfileRequest) async throws(PatchProfileError) -> ProfilePatch {
        request.body
    }

    func putSettings(_ request: PutSettingsRequest) async throws(PutSettingsError) -> Settings {
        Settings(scale: request.scale ?? request.body.scale, mode: request.mode ?? request.body.mode, game: request.body.game)
    }

    func deleteItem(_ request: DeleteItemRequest) async throws(DeleteItemError) -> DeleteItemHeaders {
        guard request.id != "locked" else { throw .clientError(status: 423, body: Problem(title: "locked"), headers: .init(xReason: "held")) }
        return DeleteItemHeaders(xRequestId: Self.requestID)
    }
}

@Suite("Wireworks over HTTP: parameter styles and response headers")
struct WireworksLiveTests {
    /// Items that hold every delimiter a style uses, so a reader that splits after decoding would break them.
    static let colors = ["blue", "a,b", "c.d", "e;f=g", "h i/é"]
    static let rgb = RGB(r: 100, g: 200, b: 150)

    private func client(_ root: URL, _ transport: some ClientTransport) -> WireworksClient {
        WireworksClient(serverURL: clientURL(root: root, documentServer: WireworksClient.Servers.server1), transport: transport)
    }

    @Test func everyPathStyleTravelsAndReadsBack() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let read = try await client(root, transport).pathStyles(
                    list: Self.colors, object: Self.rgb, labelList: Self.colors, labelObject: Self.rgb,
                    matrixList: Self.colors, matrixObject: Self.rgb, label: -5, matrix: "x;y=z")
                #expect(
                    read
                        == PathValues(
                            simpleList: Self.colors, simpleObject: Self.rgb, labelList: Self.colors, labelObject: Self.rgb,
                            matrixList: Self.colors, matrixObject: Self.rgb, labelScalar: -5, matrixScalar: "x;y=z"))
            }
        }
    }

    @Test func everyQueryStyleTravelsAndReadsBack() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let filter = Filter(name: "n&m", created: .init(gte: 1, lt: 9), tags: ["x", "y z"])
            let since = Date(timeIntervalSince1970: 1_700_000_000)
            let read = try await client(root, URLSessionTransport()).queryStyles(
                formList: Self.colors, formJoined: Self.colors, formJoinedObject: Self.rgb, spaced: ["one", "two"],
                piped: Self.rgb, filter: filter, since: since, extra: ["page": "2", "sort": "name,desc"])
            #expect(
                read
                    == QueryValues(
                        formList: Self.colors, formJoined: Self.colors, formJoinedObject: Self.rgb, spaced: ["one", "two"],
                        piped: Self.rgb, filter: filter, since: since, extra: ["page": "2", "sort": "name,desc"]))
        }
    }

    @Test func headersAndCookiesTravelInTheirStyles() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let read = try await client(root, AsyncHTTPClientTransport()).headerAndCookieStyles(
                xColors: ["red", "green"], xRGB: Self.rgb, shades: ["light", "dark"], tones: [1, 2, 3])
            #expect(read == HeaderValues(colors: ["red", "green"], rgb: Self.rgb, shades: ["light", "dark"], tones: [1, 2, 3]))
        }
    }

    @Test func acceptAndAuthorizationHeaderParametersAreMethodParameters() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let client = client(root, transport)
                // Without one, the client sends the Accept the generated code sets; a given one replaces it. The
                // query parameters take the document's defaults.
                #expect(try await client.previewHeaders() == PreviewHeadersResponse(accept: "application/json", limit: 20, order: "asc"))
                let given = try await client.previewHeaders(accept: "application/vnd.wire.preview+json", authorization: "Key abc", limit: 5, order: .desc)
                #expect(given == PreviewHeadersResponse(accept: "application/vnd.wire.preview+json", authorization: "Key abc", limit: 5, order: "desc"))
                // Their rules hold like any parameter's.
                do throws(PreviewHeadersError) {
                    _ = try await client.previewHeaders(authorization: "Bearer abc")
                    Issue.record("expected the client to refuse an Authorization that breaks its pattern")
                } catch {
                    guard case .invalidArgument(let failure) = error else { throw error }
                    #expect(failure.rule == "pattern" && failure.name == "Authorization")
                }
            }
            // A request without them gets the defaults on the server too; one out of the rules is refused.
            let (status, body) = try await rawRequest("GET", URL(string: root.absoluteString + "/v1/preview")!, headers: ["Accept": "text/html"])
            #expect(status == 200 && body == #"{"accept":"text/html","limit":20,"order":"asc"}"#, "\(body)")
            let (zero, _) = try await rawRequest("GET", URL(string: root.absoluteString + "/v1/preview?limit=0")!)
            #expect(zero == 400)
        }
    }

    /// Another client writes the specification's own examples; the generated server reads each.
    @Test func theSpecificationsExamplesAreReadAsWritten() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let base = root.absoluteString + "/v1"
            let path = "/paths/blue,black/R=100,G=200,B=150/.blue.black/.R,100,G,200,B,150/;matrixList=blue;matrixList=black/"
                + ";matrixObject=R,100,G,200,B,150/.7/;matrix=x"
            let (status, body) = try await rawRequest("GET", URL(string: base + path)!)
            #expect(status == 200, "\(body)")
            let values = try JSONDecoder().decode(PathValues.self, from: Data(body.utf8))
            #expect(values.simpleList == ["blue", "black"] && values.labelList == ["blue", "black"] && values.matrixList == ["blue", "black"])
            #expect(values.simpleObject == Self.rgb && values.labelObject == Self.rgb && values.matrixObject == Self.rgb)
            #expect(values.labelScalar == 7 && values.matrixScalar == "x")

            let query = "/query?formList=blue&formList=black&formJoined=blue,black&spaced=blue%20black&piped=R%7C100%7CG%7C200%7CB%7C150"
                + "&filter%5Bname%5D=n&filter%5Btags%5D%5B%5D=a&filter%5Btags%5D%5B%5D=b&page=3"
            let (queryStatus, queryBody) = try await rawRequest("GET", URL(string: base + query)!)
            #expect(queryStatus == 200, "\(queryBody)")
            let read = try JSONDecoder().decode(QueryValues.self, from: Data(queryBody.utf8))
            #expect(read.formList == ["blue", "black"] && read.formJoined == ["blue", "black"] && read.spaced == ["blue", "black"])
            #expect(read.piped == Self.rgb && read.filter == Filter(name: "n", tags: ["a", "b"]) && read.extra == ["page": "3"])
        }
    }

    /// A value that is not of its style's shape is a 400 naming the parameter; the handler is not called.
    @Test func aValueOutOfItsStyleIsRefused() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let base = root.absoluteString + "/v1"
            let cases = [
                ("/paths/a/R=1,G=2/.a/.R,1,G,2,B,3/;matrixList=a/;matrixObject=R,1,G,2,B,3/.7/;matrix=x", "object"),
                ("/paths/a/R=1,G=2,B=3/a/.R,1,G,2,B,3/;matrixList=a/;matrixObject=R,1,G,2,B,3/.7/;matrix=x", "labelList"),
                ("/paths/a/R=1,G=2,B=3/.a/.R,1,G,2,B,3/;matrixList=a/;matrixObject=R,1,G,2,B,3/.x/;matrix=x", "label"),
                ("/paths/a/R=1,G=2,B=3/.a/.R,1,G,2,B,300/;matrixList=a/;matrixObject=R,1,G,2,B,3/.7/;matrix=x", "labelObject.B"),
                ("/query?formList=a&piped=R%7C1", "piped"),
            ]
            for (path, name) in cases {
                let (status, body) = try await rawRequest("GET", URL(string: base + path)!)
                #expect(status == 400, "\(path): \(body)")
                let failure = try JSONDecoder().decode(ValidationFailure.self, from: Data(body.utf8))
                #expect(failure.name == name, "\(path): \(body)")
            }
        }
    }

    // MARK: Response headers

    @Test func responseHeadersArriveTypedOnSuccessAndOnErrors() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let client = client(root, transport)
                let result = try await client.listItems()
                #expect(result.body == ["a", "b"])
                #expect(
                    result.headers == ListItemsHeaders(link: "</items?page=2>; rel=\"next\"", xTotalCount: 2, xTags: ["new", "old"], xMode: .fast))
                do throws(ListItemsError) {
                    _ = try await client.listItems(outcome: .busy)
                    Issue.record("a 429 was a success")
                } catch .tooManyRequests(let problem, let headers) {
                    #expect(problem.title == "slow down" && headers.retryAfter == 30)
                } catch {
                    Issue.record("unexpected \(error)")
                }
                do throws(ListItemsError) {
                    _ = try await client.listItems(outcome: .missing)
                    Issue.record("a 404 was a success")
                } catch .notFound(let headers) {
                    #expect(headers.xReason == "none yet")
                } catch {
                    Issue.record("unexpected \(error)")
                }
            }
        }
    }

    @Test func headersOfSeveralSuccessesAndOfABodilessOne() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            let created = try await client.createItem()
            #expect(created == .created(Problem(title: "made"), headers: .init(location: "/items/8")))
            let accepted = try await client.createItem(later: true)
            #expect(accepted == .accepted(headers: .init(location: "/items/9", retryAfter: 5)))
            let deleted = try await client.deleteItem(id: "7")
            #expect(deleted.xRequestId == WireworksEcho.requestID)
            do throws(DeleteItemError) {
                _ = try await client.deleteItem(id: "locked")
                Issue.record("a 423 was a success")
            } catch .clientError(let status, let problem, let headers) {
                #expect(status == 423 && problem.title == "locked" && headers.xReason == "held")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    /// The server writes documented headers as the wire carries them; `Content-Type` stays the body's own.
    @Test func theServerWritesTheHeadersOnTheWire() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            var request = URLRequest(url: URL(string: root.absoluteString + "/v1/items")!)
            request.httpMethod = "GET"
            let (_, response) = try await URLSession.shared.data(for: request)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.value(forHTTPHeaderField: "X-Total-Count") == "2")
            #expect(http.value(forHTTPHeaderField: "X-Tags") == "new,old")
            #expect(http.value(forHTTPHeaderField: "Link") == "</items?page=2>; rel=\"next\"")
            #expect(http.value(forHTTPHeaderField: "Content-Type") == "application/json")
        }
    }

    /// A response without a required header is `invalidResponse`, naming the header.
    @Test func aMissingRequiredHeaderIsAnInvalidResponse() async throws {
        try await withLiveServer({ router in
            router.get("/v1/items") { _, _ in "[\"a\"]" }
        }) { root in
            do throws(ListItemsError) {
                _ = try await client(root, URLSessionTransport()).listItems()
                Issue.record("a response without X-Total-Count was accepted")
            } catch .invalidResponse(let status, let reason) {
                #expect(status == 200 && reason.contains("'X-Total-Count' is required"), "\(reason)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    // MARK: JSON under other media types

    /// `text/json`, `application/merge-patch+json` and `application/problem+json` with the JSON body's schema are
    /// read as JSON by the generated server and client alike.
    @Test func jsonUnderOtherMediaTypesIsReadAsJSON() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let stored = try await client(root, URLSessionTransport()).putDocument(id: "a", body: Document(title: "t", secret: "s"))
            #expect(stored == Document(title: "t (secret s)", revision: 1))
            for mediaType in ["text/json", "application/merge-patch+json"] {
                let (status, body) = try await rawRequest(
                    "PUT", URL(string: root.absoluteString + "/v1/documents/a")!, headers: ["Content-Type": mediaType],
                    body: Data(#"{"title":"raw"}"#.utf8))
                #expect(status == 200 && body == #"{"revision":1,"title":"raw"}"#, "\(mediaType): \(status) \(body)")
            }
        }
        try await withLiveServer({ router in
            router.put("/v1/documents/:id") { request, context -> Response in
                let conflict = context.parameters.get("id") == "taken"
                let (type, text) = conflict ? ("application/problem+json", #"{"title":"taken"}"#) : ("text/json; charset=utf-8", #"{"title":"other"}"#)
                return Response(
                    status: conflict ? .conflict : .ok, headers: [.contentType: type],
                    body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
            }
        }) { root in
            let client = client(root, AsyncHTTPClientTransport())
            let other = try await client.putDocument(id: "a", body: Document(title: "t"))
            #expect(other == Document(title: "other"))
            do throws(PutDocumentError) {
                _ = try await client.putDocument(id: "taken", body: Document(title: "t"))
                Issue.record("a 409 was a success")
            } catch .conflict(let problem) {
                #expect(problem.title == "taken")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    // MARK: Absent and null

    /// A merge patch tells a key left out from a key set to `null`: `String??` for a property neither required nor
    /// defaulted, `nil` sent as `null` for a required one, `null` read as `nil` (not the default) for a defaulted
    /// one, and `JSONValue.null` for a schema that allows any value. The server echoes the patch it read.
    @Test func absentAndNullTravelAsTheyWereMeant() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            let patches = [
                ProfilePatch(nickname: .some(nil), bio: nil, theme: nil, extra: .null),
                ProfilePatch(nickname: nil, bio: "b"),
                ProfilePatch(nickname: "n", bio: "b", theme: "dark", extra: .object(["k": .null])),
            ]
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                for patch in patches {
                    #expect(try await client(root, transport).patchProfile(id: "a", body: patch) == patch)
                }
            }
            let url = URL(string: root.absoluteString + "/v1/profiles/a")!
            let sent = [
                #"{"bio":null}"#: #"{"bio":null,"theme":"light"}"#,
                #"{"bio":null,"extra":null,"nickname":null,"theme":null}"#: #"{"bio":null,"extra":null,"nickname":null,"theme":null}"#,
                #"{"bio":"b","nickname":"n"}"#: #"{"bio":"b","nickname":"n","theme":"light"}"#,
            ]
            for (body, echoed) in sent.sorted(by: { $0.key < $1.key }) {
                let (status, read) = try await rawRequest(
                    "PATCH", url, headers: ["Content-Type": "application/merge-patch+json"], body: Data(body.utf8))
                #expect(status == 200 && read == echoed, "\(body): \(status) \(read)")
            }
        }
    }

    // MARK: Enums of other values

    /// Closed lists of numbers with fractions, of objects and of mixed types travel in bodies and queries as the
    /// values the document lists; a value it does not list arrives as `unknown`, kept as it was sent.
    @Test func enumsOfNumbersObjectsAndMixedValuesTravelAsListed() async throws {
        try await withLiveServer({ try WireworksEcho().registerHandlers(on: $0) }) { root in
            for transport in [URLSessionTransport() as any ClientTransport, AsyncHTTPClientTransport()] {
                let api = client(root, transport)
                let body = Settings(scale: ._0_5, mode: .auto, game: .csGO)
                #expect(try await api.putSettings(body: body) == body)
                #expect(try await api.putSettings(scale: ._1_5, mode: ._0, body: body) == Settings(scale: ._1_5, mode: ._0, game: .csGO))
                #expect(try await api.putSettings(mode: .true, body: Settings()) == Settings(mode: .true))
                let unlisted = Settings(scale: .unknown(2.25), mode: .unknown(.array([])), game: .unknown(.object(["id": .int(9)])))
                #expect(try await api.putSettings(body: unlisted) == unlisted)
            }
            let url = URL(string: root.absoluteString + "/v1/settings?scale=1.5&mode=true")!
            let (status, read) = try await rawRequest(
                "PUT", url, headers: ["Content-Type": "application/json"], body: Data(#"{"game":{"name":"LoL","id":1.0},"mode":0}"#.utf8))
            #expect(status == 200 && read == #"{"game":{"id":1,"name":"LoL"},"mode":true,"scale":1.5}"#, "\(status) \(read)")
        }
    }
}
