import Foundation
@_spi(Generated) import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite("GenRuntime: wire coding")
struct WireTests {
    @Test func pathSegmentsEscapeEverythingButUnreservedAndRefuseDotSegments() throws {
        #expect(try Wire.pathSegment("a/b c?#%", "id") == "a%2Fb%20c%3F%23%25")
        #expect(try Wire.pathSegment("Az09-._~", "id") == "Az09-._~")
        for value in ["", ".", ".."] {
            #expect(throws: ValidationFailure(location: "path", name: "id", rule: "segment", message: "must not be empty, '.' or '..'")) {
                try Wire.pathSegment(value, "id")
            }
        }
    }

    @Test(arguments: [
        ("a%20b", "a b"), ("%C3%A9t%c3%a9", "été"), ("plain", "plain"), ("100%25", "100%"), ("%2F..%2F", "/../"),
    ])
    func pathParametersArePercentDecoded(raw: String, value: String) throws {
        #expect(try Wire.pathParameter(ServerRequestMetadata(pathParameters: ["id": Substring(raw)]), "id") == value)
    }

    /// An escape that is not two hex digits, or escapes that decode to bytes that are not UTF-8.
    @Test(arguments: ["%", "%4", "%ZZ", "a%2", "%FF", "%C3"])
    func brokenEscapesInAPathParameterAreRefused(raw: String) {
        #expect(throws: ValidationFailure(location: "path", name: "id", rule: "encoding", message: "must be percent-encoded UTF-8")) {
            try Wire.pathParameter(ServerRequestMetadata(pathParameters: ["id": Substring(raw)]), "id")
        }
    }

    @Test func queryStringsRoundTrip() {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/search")
        for (name, value) in [("q", "a b&c=d"), ("emoji", "🔥"), ("empty", ""), ("key", "k+1")] { Wire.appendQuery(&request, name, value) }
        let read = Wire.query(of: request)
        #expect(read.map(\.name) == ["q", "emoji", "empty", "key"])
        // Values stay as they arrived until read, so a style's delimiters can be told from escaped ones.
        #expect(read.map(\.value) == ["a%20b%26c%3Dd", "%F0%9F%94%A5", "", "k%2B1"])
        #expect(read.map { Wire.first(read, $0.name) } == ["a b&c=d", "🔥", "", "k+1"])
        #expect(Wire.first(read, "q") == "a b&c=d")
        #expect(Wire.all(read, "missing") == nil)
    }

    @Test func aPlusInAQueryIsASpaceAndAFragmentIsNotQuery() {
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/?a=1+2&a=3#a=4")
        #expect(Wire.all(Wire.query(of: request), "a") == ["1 2", "3"])
    }

    @Test func parsedValues() throws {
        #expect(throws: ValidationFailure.self) { try Wire.value("x", as: Int.self, "ids", in: "query") }
        #expect(try Wire.value(nil, as: Bool.self, "flag", in: "query") == nil)
        #expect(try Wire.value("true", as: Bool.self, "flag", in: "query") == true)
    }

    @Test func cookiesAreWrittenEscapedAndReadFirstWins() {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")
        Wire.appendCookie(&request, "session", "a;b c")
        Wire.appendCookie(&request, "session", "second")
        #expect(request.headerFields[.cookie] == "session=a%3Bb%20c; session=second")
        #expect(Wire.cookies(of: request) == ["session": "a;b c"])
    }

    @Test func headerValuesRefuseLineBreaksAndControlCharacters() throws {
        #expect(try Wire.headerValue("a\tb", "X-Note") == "a\tb")
        for value in ["a\r\nb", "a\nb", "a\u{7F}", "a\u{0}"] {
            #expect(throws: ValidationFailure.self) { try Wire.headerValue(value, "X-Note") }
        }
    }

    @Test func authorizationSchemesAreCaseInsensitiveAndNeedASpace() {
        func request(_ value: String) -> HTTPRequest {
            HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/", headerFields: [.authorization: value])
        }
        #expect(Wire.authorization(request("bearer abc"), scheme: "Bearer") == "abc")
        #expect(Wire.authorization(request("Bearerabc"), scheme: "Bearer") == nil)
        #expect(Wire.authorization(request("Basic abc"), scheme: "Bearer") == nil)
    }

    @Test func bodiesAreCollectedUpToTheLimit() async throws {
        #expect(try await Wire.collect(HTTPBody(Data(count: 8)), upTo: 8)?.count == 8)
        #expect(try await Wire.collect(HTTPBody(Data(count: 9)), upTo: 8) == nil)
        let chunks = AsyncStream<ArraySlice<UInt8>> { continuation in
            for _ in 0..<3 { continuation.yield(ArraySlice(repeating: 1, count: 4)) }
            continuation.finish()
        }
        // A body of unknown length is cut off as soon as it passes the limit.
        #expect(try await Wire.collect(HTTPBody(chunks, length: .unknown, iterationBehavior: .single), upTo: 10) == nil)
        #expect(try await Wire.collect(nil, upTo: 0) == Data())
    }

    @Test func jsonIsSortedWithDatesAsRFC3339() throws {
        struct Stamp: Codable, Equatable {
            var z = "/"
            var at = Date(timeIntervalSince1970: 0)
        }
        let data = try Wire.json(Stamp())
        #expect(String(decoding: data, as: UTF8.self) == #"{"at":"1970-01-01T00:00:00Z","z":"/"}"#)
        #expect(try Wire.body(data, as: Stamp.self) == Stamp())
        #expect(throws: ValidationFailure.self) { try Wire.body(Data("{".utf8), as: Stamp.self) }
    }

    enum Color: String, ParameterValue {
        case red
    }

    @Test func parameterTextOfScalarsAndRawEnums() {
        #expect(Color(parameterText: "red") == .red)
        #expect(Color(parameterText: "blue") == nil)
        #expect(Color.red.parameterText == "red")
        #expect(Date(parameterText: "1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(UUID(parameterText: "not a uuid") == nil)
        #expect(true.parameterText == "true")
        #expect(Double(parameterText: "1.5") == 1.5)
    }
}
