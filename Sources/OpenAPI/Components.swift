public import Source
import YAML

/// The reusable objects of a document, each kind in document order.
public struct Components: Sendable {
    public var schemas: [(name: String, schema: Schema)] = []
    public var responses: [(name: String, response: Referable<Response>)] = []
    public var parameters: [(name: String, parameter: Referable<Parameter>)] = []
    public var examples: [(name: String, example: Referable<Example>)] = []
    public var requestBodies: [(name: String, requestBody: Referable<RequestBody>)] = []
    public var headers: [(name: String, header: Referable<Header>)] = []
    public var securitySchemes: [(name: String, scheme: Referable<SecurityScheme>)] = []
    /// Security schemes declared but left out for a defect of their own, each with its warning: a requirement
    /// naming one says so rather than calling it undefined.
    public var unusableSecuritySchemes: Set<String> = []
    public var links: [(name: String, link: Referable<Link>)] = []
    public var callbacks: [(name: String, callback: Referable<Callback>)] = []
    public var pathItems: [(name: String, item: Referable<PathItem>)] = []
    public var extensions: Extensions = []

    public init() {}

    /// The names of one kind of component (`schemas`, `responses`, …); nil for a kind OpenAPI does not have.
    func names(of kind: String) -> Set<String>? {
        switch kind {
        case "schemas": Set(schemas.map(\.name))
        case "responses": Set(responses.map(\.name))
        case "parameters": Set(parameters.map(\.name))
        case "examples": Set(examples.map(\.name))
        case "requestBodies": Set(requestBodies.map(\.name))
        case "headers": Set(headers.map(\.name))
        case "securitySchemes": Set(securitySchemes.map(\.name))
        case "links": Set(links.map(\.name))
        case "callbacks": Set(callbacks.map(\.name))
        case "pathItems": Set(pathItems.map(\.name))
        default: nil
        }
    }
}

public struct SecurityScheme: Sendable {
    /// The kinds of scheme OpenAPI defines.
    public enum Kind: String, Sendable {
        case apiKey, http, mutualTLS, oauth2, openIdConnect
    }

    public var kind: Kind
    public var description: String?
    /// For `apiKey`: the header, query or cookie name.
    public var name: String?
    /// For `apiKey`: where the key travels.
    public var location: ParameterLocation?
    /// For `http`: `bearer`, `basic`, or another registered scheme, lowercased.
    public var scheme: String?
    public var bearerFormat: String?
    public var flows: OAuthFlows?
    public var openIdConnectUrl: String?
    public var extensions: Extensions
    public var mark: Mark
}

public struct OAuthFlows: Sendable {
    public var implicit: OAuthFlow?
    public var password: OAuthFlow?
    public var clientCredentials: OAuthFlow?
    public var authorizationCode: OAuthFlow?
}

public struct OAuthFlow: Sendable {
    public var authorizationUrl: String?
    public var tokenUrl: String?
    public var refreshUrl: String?
    public var scopes: [(name: String, description: String)]
}

/// One alternative of a `security` list: every named scheme must be satisfied together. Empty means "no auth".
public struct SecurityRequirement: Sendable {
    public var schemes: [(name: String, scopes: [String], mark: Mark)]
    public var mark: Mark
}
