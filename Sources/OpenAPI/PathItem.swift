public import Source
import YAML

/// The operations on one path, and what they share.
public struct PathItem: Sendable {
    public var summary: String?
    public var description: String?
    public var operations: [(method: HTTPMethod, operation: Operation)]
    public var servers: [Server]?
    public var parameters: [Referable<Parameter>]
    public var extensions: Extensions
    /// How many operations the path item's node declares, whether or not they could be decoded: the count the
    /// generated module is measured against (`Coverage`).
    public var declaredOperations = 0
    /// JSON pointer of the path item, e.g. `#/paths/~1pets`.
    public var pointer: String
    public var mark: Mark
}

/// A method of a path item: one of its fixed keys (`get`, …, 3.2's `query`), or a key of 3.2's
/// `additionalOperations`, spelled as it is sent (`LINK`).
public struct HTTPMethod: Sendable, Hashable {
    /// The key as the document writes it: `get`, `LINK`.
    public let rawValue: String
    /// Whether it is a fixed key of the path item rather than one of `additionalOperations`.
    public let isFixed: Bool

    public static let get = HTTPMethod(fixed: "get")
    public static let put = HTTPMethod(fixed: "put")
    public static let post = HTTPMethod(fixed: "post")
    public static let delete = HTTPMethod(fixed: "delete")
    public static let options = HTTPMethod(fixed: "options")
    public static let head = HTTPMethod(fixed: "head")
    public static let patch = HTTPMethod(fixed: "patch")
    public static let trace = HTTPMethod(fixed: "trace")
    public static let query = HTTPMethod(fixed: "query")
    public static let fixed: [HTTPMethod] = [.get, .put, .post, .delete, .options, .head, .patch, .trace, .query]

    private init(fixed key: String) {
        rawValue = key
        isFixed = true
    }

    /// The fixed method a path item key names; `nil` for any other key.
    public init?(rawValue: String) {
        guard let method = Self.fixed.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = method
    }

    /// A method of `additionalOperations`, as it is sent.
    public init(additional name: String) {
        rawValue = name
        isFixed = false
    }

    /// The method as a request sends it: `GET`, `LINK`.
    public var wireName: String { isFixed ? rawValue.uppercased() : rawValue }
}

public struct Operation: Sendable {
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var externalDocs: ExternalDocs?
    public var operationId: String?
    public var operationIdMark: Mark?
    public var parameters: [Referable<Parameter>]
    public var requestBody: Referable<RequestBody>?
    public var responses: [ResponseEntry]
    public var callbacks: [(name: String, callback: Referable<Callback>)]
    public var deprecated: Bool
    /// The operation's own requirements; `nil` means it inherits the document's.
    public var security: [SecurityRequirement]?
    public var servers: [Server]?
    public var extensions: Extensions
    public var pointer: String
    public var mark: Mark
}

/// Where a parameter travels.
public enum ParameterLocation: String, Sendable, CaseIterable {
    case path, query, header, cookie
    /// OpenAPI 3.2: the whole query string as one value, described by `content`.
    case querystring
}

public struct Parameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    public var style: String?
    public var explode: Bool?
    public var allowReserved: Bool
    public var schema: Schema?
    public var content: [MediaTypeEntry]
    public var example: SourceValue?
    public var examples: [(name: String, example: Referable<Example>)]
    public var extensions: Extensions
    public var pointer: String
    public var mark: Mark
}

public struct RequestBody: Sendable {
    public var description: String?
    public var content: [MediaTypeEntry]
    public var required: Bool
    public var extensions: Extensions
    public var pointer: String
    public var mark: Mark
}

/// One media type of a body, e.g. `application/json`.
public struct MediaTypeEntry: Sendable {
    public var mediaType: String
    public var value: MediaType
    /// Where the media type key is written.
    public var mark: Mark
}

public struct MediaType: Sendable {
    public var schema: Schema?
    /// OpenAPI 3.2: the schema of each item of a streamed body (`text/event-stream`, `application/jsonl`, …).
    public var itemSchema: Schema?
    public var example: SourceValue?
    public var examples: [(name: String, example: Referable<Example>)]
    public var encoding: [(property: String, encoding: Encoding)]
    public var extensions: Extensions
}

public struct Encoding: Sendable {
    public var contentType: String?
    public var headers: [(name: String, header: Referable<Header>)]
    public var style: String?
    public var explode: Bool?
    public var allowReserved: Bool
}

/// The key of one response: a status code, a range such as `4XX`, or `default`.
public enum ResponseKey: Hashable, Sendable, Comparable {
    case status(Int)
    case range(Int)
    case `default`

    private var order: Int {
        switch self {
        case .status(let code): code * 10
        case .range(let first): first * 1000 + 5
        case .default: 100_000
        }
    }

    public static func < (lhs: ResponseKey, rhs: ResponseKey) -> Bool { lhs.order < rhs.order }
}

public struct ResponseEntry: Sendable {
    public var key: ResponseKey
    public var response: Referable<Response>
    public var mark: Mark
}

public struct Response: Sendable {
    /// OpenAPI 3.2: a short summary of the response.
    public var summary: String?
    public var description: String
    public var headers: [(name: String, header: Referable<Header>)]
    public var content: [MediaTypeEntry]
    public var links: [(name: String, link: Referable<Link>)]
    public var extensions: Extensions
    public var pointer: String
    public var mark: Mark
}

public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var style: String?
    public var explode: Bool?
    public var schema: Schema?
    public var content: [MediaTypeEntry]
    public var example: SourceValue?
    public var extensions: Extensions
    public var mark: Mark
}

public struct Example: Sendable {
    public var summary: String?
    public var description: String?
    public var value: SourceValue?
    public var externalValue: String?
}

public struct Link: Sendable {
    public var operationRef: String?
    public var operationId: String?
    public var parameters: [(name: String, value: SourceValue)]
    public var requestBody: SourceValue?
    public var description: String?
    public var server: Server?
}

/// Callback path items keyed by runtime expression.
public struct Callback: Sendable {
    public var paths: [(expression: String, item: Referable<PathItem>)]
}
