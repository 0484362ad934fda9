public import Source
import YAML

/// An OpenAPI document, 3.0.x or 3.1.x, decoded faithfully into one model.
public struct Document: Sendable {
    /// The `openapi` version string, e.g. `3.1.0`.
    public var openapi: String
    public var info: Info
    public var jsonSchemaDialect: String?
    /// OpenAPI 3.2: the document's own URI (`$self`), the base its relative references resolve against.
    public var selfURI: String?
    /// The `servers` as written; `nil` when the key is absent (which means one server at `/`).
    public var servers: [Server]?
    public var paths: [PathEntry]
    public var webhooks: [(name: String, item: Referable<PathItem>)]
    public var components: Components
    /// The document-wide security requirements; `nil` when absent.
    public var security: [SecurityRequirement]?
    public var tags: [Tag]
    public var externalDocs: ExternalDocs?
    public var extensions: Extensions

    /// Whether the document uses 3.1 rules (JSON Schema 2020-12 schemas).
    public var is31: Bool { openapi.hasPrefix("3.1") || openapi.hasPrefix("3.2") }
}

/// One entry of `paths`: the path template and its item.
public struct PathEntry: Sendable {
    public var path: String
    public var item: Referable<PathItem>
    public var mark: Mark
}

/// `x-` keys and their values, in document order.
public typealias Extensions = [(key: String, value: SourceValue)]

public struct Info: Sendable {
    public var title: String
    public var summary: String?
    public var description: String?
    public var termsOfService: String?
    public var contact: Contact?
    public var license: License?
    public var version: String
    public var extensions: Extensions
}

public struct Contact: Sendable {
    public var name: String?
    public var url: String?
    public var email: String?
}

public struct License: Sendable {
    public var name: String
    public var identifier: String?
    public var url: String?
}

public struct Server: Sendable {
    public var url: String
    public var description: String?
    public var variables: [(name: String, variable: ServerVariable)]
    public var mark: Mark
}

public struct ServerVariable: Sendable {
    public var enumValues: [String]?
    public var defaultValue: String
    public var description: String?
}

public struct Tag: Sendable {
    public var name: String
    /// OpenAPI 3.2: a short summary, the tag it nests under, and what kind of tag it is (`nav`, `badge`, …).
    public var summary: String?
    public var parent: String?
    public var kind: String?
    public var description: String?
    public var externalDocs: ExternalDocs?
}

public struct ExternalDocs: Sendable {
    public var description: String?
    public var url: String
}
