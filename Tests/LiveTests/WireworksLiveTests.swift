import Foundation
import GenRuntime
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Testing
import Wireworks

/// specs/wireworks.yaml served by Hummingbird: each handler answers what it read.
private struct Echo: WireworksAPI {
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
}

@Suite("Wireworks over HTTP: parameter styles")
struct WireworksLiveTests {
    /// Items that hold every delimiter a style uses, so a reader that splits after decoding would break them.
    static let colors = ["blue", "a,b", "c.d", "e;f=g", "h i/é"]
    static let rgb = RGB(r: 100, g: 200, b: 150)

    private func client(_ root: URL, _ transport: some ClientTransport) -> WireworksClient {
        WireworksClient(serverURL: clientURL(root: root, documentServer: WireworksClient.Servers.server1), transport: transport)
    }

    @Test func everyPathStyleTravelsAndReadsBack() async throws {
        try await withLiveServer({ try Echo().registerHandlers(on: $0) }) { root in
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
        try await withLiveServer({ try Echo().registerHandlers(on: $0) }) { root in
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
        try await withLiveServer({ try Echo().registerHandlers(on: $0) }) { root in
            let read = try await client(root, AsyncHTTPClientTransport()).headerAndCookieStyles(
                xColors: ["red", "green"], xRGB: Self.rgb, shades: ["light", "dark"], tones: [1, 2, 3])
            #expect(read == HeaderValues(colors: ["red", "green"], rgb: Self.rgb, shades: ["light", "dark"], tones: [1, 2, 3]))
        }
    }

    /// Another client writes the specification's own examples; the generated server reads each.
    @Test func theSpecificationsExamplesAreReadAsWritten() async throws {
        try await withLiveServer({ try Echo().registerHandlers(on: $0) }) { root in
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
        try await withLiveServer({ try Echo().registerHandlers(on: $0) }) { root in
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
}
