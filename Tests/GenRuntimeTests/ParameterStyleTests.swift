import Foundation
@_spi(Generated) import GenRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

/// The style table of the OpenAPI specification (RFC 6570 where it applies), for a parameter `color` with the
/// values `"blue"`, `["blue", "black", "brown"]` and `{"R": 100, "G": 200, "B": 150}`: each written exactly so, and
/// read back equal.
@Suite("GenRuntime: parameter styles")
struct ParameterStyleTests {
    struct RGB: Codable, Hashable {
        var R: Int
        var G: Int
        var B: Int
    }

    static let primitive = "blue"
    static let array = ["blue", "black", "brown"]
    static let object = RGB(R: 100, G: 200, B: 150)

    struct Row: CustomTestStringConvertible, Sendable {
        var style: ParameterStyle
        var explode: Bool
        var primitive: String?
        var array: String
        var object: String
        var testDescription: String { "\(style.rawValue) explode=\(explode)" }
    }

    static let pathRows = [
        Row(style: .simple, explode: false, primitive: "blue", array: "blue,black,brown", object: "R,100,G,200,B,150"),
        Row(style: .simple, explode: true, primitive: "blue", array: "blue,black,brown", object: "R=100,G=200,B=150"),
        Row(style: .label, explode: false, primitive: ".blue", array: ".blue,black,brown", object: ".R,100,G,200,B,150"),
        Row(style: .label, explode: true, primitive: ".blue", array: ".blue.black.brown", object: ".R=100.G=200.B=150"),
        Row(style: .matrix, explode: false, primitive: ";color=blue", array: ";color=blue,black,brown", object: ";color=R,100,G,200,B,150"),
        Row(style: .matrix, explode: true, primitive: ";color=blue", array: ";color=blue;color=black;color=brown", object: ";R=100;G=200;B=150"),
    ]

    static let queryRows = [
        Row(style: .form, explode: false, primitive: "color=blue", array: "color=blue,black,brown", object: "color=R,100,G,200,B,150"),
        Row(style: .form, explode: true, primitive: "color=blue", array: "color=blue&color=black&color=brown", object: "R=100&G=200&B=150"),
        Row(style: .spaceDelimited, explode: false, primitive: nil, array: "color=blue%20black%20brown", object: "color=R%20100%20G%20200%20B%20150"),
        Row(style: .pipeDelimited, explode: false, primitive: nil, array: "color=blue%7Cblack%7Cbrown", object: "color=R%7C100%7CG%7C200%7CB%7C150"),
        Row(style: .deepObject, explode: true, primitive: nil, array: "color%5B0%5D=blue&color%5B1%5D=black&color%5B2%5D=brown",
            object: "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
    ]

    private func readPath<Value: Decodable>(_ text: String, _ row: Row, as type: Value.Type) throws -> Value {
        try Wire.pathParameter(ServerRequestMetadata(pathParameters: ["color": Substring(text)]), "color", style: row.style, explode: row.explode, as: Value.self)
    }

    @Test(arguments: pathRows)
    func pathStyle(row: Row) throws {
        #expect(try Wire.pathText(Self.primitive, "color", style: row.style, explode: row.explode) == row.primitive)
        #expect(try Wire.pathText(Self.array, "color", style: row.style, explode: row.explode) == row.array)
        #expect(try Wire.pathText(Self.object, "color", style: row.style, explode: row.explode) == row.object)
        #expect(try readPath(row.primitive!, row, as: String.self) == Self.primitive)
        #expect(try readPath(row.array, row, as: [String].self) == Self.array)
        #expect(try readPath(row.object, row, as: RGB.self) == Self.object)
        #expect(try readPath(row.object, row, as: [String: Int].self) == ["R": 100, "G": 200, "B": 150])
    }

    private func readQuery<Value: Decodable>(_ text: String, _ row: Row, as type: Value.Type) throws -> Value? {
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/?" + text)
        return try Wire.queryParameter(Wire.query(of: request), "color", style: row.style, explode: row.explode, claimed: [], as: Value.self)
    }

    @Test(arguments: queryRows)
    func queryStyle(row: Row) throws {
        if let primitive = row.primitive {
            #expect(try Wire.queryPairs(Self.primitive, "color", style: row.style, explode: row.explode).joined(separator: "&") == primitive)
            #expect(try readQuery(primitive, row, as: String.self) == Self.primitive)
        }
        #expect(try Wire.queryPairs(Self.array, "color", style: row.style, explode: row.explode).joined(separator: "&") == row.array)
        #expect(try Wire.queryPairs(Self.object, "color", style: row.style, explode: row.explode).joined(separator: "&") == row.object)
        #expect(try readQuery(row.array, row, as: [String].self) == Self.array)
        #expect(try readQuery(row.object, row, as: RGB.self) == Self.object)
    }

    @Test func delimitersInsideItemsAreEscapedAndReadBack() throws {
        let items = ["a,b", "c=d", ".e;f", "g h/é"]
        for row in Self.pathRows {
            let text = try Wire.pathText(items, "color", style: row.style, explode: row.explode)
            #expect(!text.contains("/") && !text.contains(" "), "\(row.testDescription): \(text)")
            #expect(try readPath(text, row, as: [String].self) == items, "\(row.testDescription): \(text)")
        }
        let form = Row(style: .form, explode: false, primitive: nil, array: "", object: "")
        let pairs = try Wire.queryPairs(items, "color", style: .form, explode: false)
        #expect(pairs == ["color=a%2Cb,c%3Dd,.e%3Bf,g%20h%2F%C3%A9"])
        #expect(try readQuery(pairs[0], form, as: [String].self) == items)
    }

    @Test func deepObjectsNestAndReadEitherIndexForm() throws {
        struct Filter: Codable, Hashable {
            struct Range: Codable, Hashable {
                var gte: Int?
                var lt: Int?
            }
            var created: Range
            var tags: [String]
            var name: String?
        }
        let filter = Filter(created: .init(gte: 1, lt: 5), tags: ["x", "y"])
        let pairs = try Wire.queryPairs(filter, "filter", style: .deepObject, explode: true)
        #expect(pairs.map { $0.removingPercentEncoding! } == ["filter[created][gte]=1", "filter[created][lt]=5", "filter[tags][0]=x", "filter[tags][1]=y"])
        let row = Row(style: .deepObject, explode: true, primitive: nil, array: "", object: "")
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/?" + pairs.joined(separator: "&"))
        #expect(try Wire.queryParameter(Wire.query(of: request), "filter", style: .deepObject, explode: true, as: Filter.self) == filter)
        // `[]` appends, as Rails and PHP write lists.
        #expect(try readQuery("color[]=a&color[]=b", row, as: [String].self) == ["a", "b"])
        #expect(try readQuery("colors[]=a", row, as: [String].self) == nil)
    }

    @Test func anExplodedFormObjectIsEveryUnclaimedPair() throws {
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/?limit=5&R=1&G=2&B=3")
        let query = Wire.query(of: request)
        let read = try Wire.queryParameter(query, "color", style: .form, explode: true, claimed: ["limit"], as: [String: Int].self)
        #expect(read == ["R": 1, "G": 2, "B": 3])
        // A value that cannot be an object reads only its own name: absent here, whatever else the query holds.
        #expect(try Wire.queryParameter(query, "color", style: .form, explode: true, as: Int.self) == nil)
    }

    @Test func headersAndCookies() throws {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")
        request.headerFields[HTTPField.Name("X-Color")!] = try Wire.headerText(Self.object, "X-Color", explode: true)
        #expect(request.headerFields[HTTPField.Name("X-Color")!] == "R=100,G=200,B=150")
        #expect(try Wire.headerParameter(request.headerFields, "X-Color", explode: true, as: RGB.self) == Self.object)
        // A base64 token holds `=`: as a scalar it is read whole.
        request.headerFields[HTTPField.Name("X-Token")!] = "YWJj=="
        #expect(try Wire.headerParameter(request.headerFields, "X-Token", explode: true, as: String.self) == "YWJj==")
        #expect(try Wire.headerParameter(request.headerFields, "X-Missing", explode: false, as: [Int].self) == nil)

        try Wire.appendCookie(&request, Self.array, "color", explode: false)
        try Wire.appendCookie(&request, [3, 4], "id", explode: true)
        #expect(request.headerFields[.cookie] == "color=blue,black,brown; id=3; id=4")
        #expect(try Wire.cookieParameter(request, "color", explode: false, as: [String].self) == Self.array)
        #expect(try Wire.cookieParameter(request, "id", explode: true, as: [Int].self) == [3, 4])
    }

    @Test func valuesOfTheWrongShapeNameTheParameterAndWhy() {
        let row = Self.queryRows[0]
        #expect(throws: ValidationFailure(location: "query", name: "color", rule: "type", message: "must be a valid Array<Int>: 'x' is not a valid Int")) {
            try readQuery("color=1,x", row, as: [Int].self)
        }
        #expect(throws: ValidationFailure.self) { try readQuery("color=R,1,G", row, as: RGB.self) }
        #expect(throws: ValidationFailure.self) { try readQuery("color=nan", row, as: Double.self) }
        let nested = ["outer": ["inner"]]
        #expect(
            throws: ValidationFailure(
                location: "query", name: "color", rule: "style", message: "holds a nested value, which style 'form' cannot write; only deepObject nests")
        ) { try Wire.queryPairs(nested, "color", style: .form, explode: true) }
    }

    @Test func anyJSONValueTakesTheShapeItsTextHas() throws {
        let row = Self.queryRows[1]
        #expect(try readQuery("color=5", row, as: JSONValue.self) == .int(5))
        #expect(try readQuery("color=true", row, as: JSONValue.self) == .bool(true))
        #expect(try readQuery("color=blue", row, as: JSONValue.self) == .string("blue"))
        #expect(try Wire.queryPairs(JSONValue.array([.int(1), .string("a")]), "color", style: .form, explode: false) == ["color=1,a"])
    }
}

