/// The naming authority: every name a document-derived name must not take, per context, each with the reason.
///
/// `Tests/LoweringTests/ReservedNamesTests.swift` reads the templates and the runtime library's sources and fails
/// when one declares a name that is not listed here for its context, so neither can drift apart from this list.
public enum ReservedNames {
    /// Names of top-level types. A schema or operation type with one of these names would shadow what the
    /// generated code means by it; lowering appends `_` (`Result_`).
    public static let types: Set<String> = swiftTypes.union(foundationTypes).union(runtimeTypes).union(genRuntimeTypes)
        .union(moduleNames)

    /// Swift standard library types and protocols the generated code writes unqualified.
    static let swiftTypes: Set<String> = [
        // Builtin value types of the IR (`Builtin`) and their containers.
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Array", "Dictionary", "Set", "Optional",
        "Substring", "Character", "Void", "Never", "Any", "AnyObject", "Self", "Type", "Protocol",
        // Conformances every model declares, and what their requirements name.
        "Codable", "Decodable", "Encodable", "Hashable", "Equatable", "Sendable", "Hasher", "Decoder", "Encoder",
        "CodingKey", "CodingKeys", "DecodingError", "EncodingError", "RawRepresentable", "CustomStringConvertible",
        "Comparable", "Error", "Result", "CaseIterable",
        // Generic constraints in the support code.
        "BinaryInteger", "BinaryFloatingPoint", "Collection", "Sequence", "Regex",
        "KeyedDecodingContainer", "KeyedEncodingContainer", "UnicodeScalar", "Unicode",
    ]

    /// Foundation types the generated code writes unqualified.
    static let foundationTypes: Set<String> = [
        "Data", "Date", "URL", "UUID", "Decimal", "JSONEncoder", "JSONDecoder", "NSRegularExpression", "NSRange",
        "NSString", "CharacterSet",
    ]

    /// HTTPTypes and OpenAPIRuntime types the generated code writes unqualified.
    static let runtimeTypes: Set<String> = [
        "HTTPRequest", "HTTPResponse", "HTTPField", "HTTPFields", "HTTPBody", "ClientTransport", "ServerTransport",
        "ClientMiddleware", "ServerMiddleware", "ServerRequestMetadata", "ServerSentEvent",
        "ServerSentEventWithJSONData",
    ]

    /// The public types of `GenRuntime`, the runtime library (`Sources/GenRuntime`), which the generated code
    /// writes unqualified. The test holds this list equal to what the library declares.
    public static let genRuntimeTypes: Set<String> = [
        "BasicCredentials", "BodyStream", "Check", "CollectedResponse", "DynamicCodingKey", "Indirect", "JSONNull",
        "JSONValue",
        "MultipartFile", "OperationClient",
        "OperationError", "OperationInput", "OperationSender", "ParameterValue", "ParameterStyle", "RequestBody",
        "ResponseHeaders", "SecurityCredentials", "ServerOperationError", "ServerOperationInput", "ServerOptions",
        "ServerResponse", "ServerStub", "StreamedResponse", "StreamingServerOperationInput", "Validatable",
        "ValidationFailure", "Wire",
    ]

    /// Module names the generated files import, which a type of that name would hide.
    static let moduleNames: Set<String> = ["Swift", "Foundation", "HTTPTypes", "OpenAPIRuntime", "GenRuntime"]

    /// Names a type nested in a generated type cannot take: what synthesized coding declares inside a struct
    /// without properties (the others code over `DynamicCodingKey`).
    public static let nestedTypes: [String] = ["CodingKeys"]

    /// Members a model struct, one-of enum or enum over JSON values declares besides its properties or cases. Each takes arguments
    /// (`init(from:)`, `encode(to:)`, `validate(at:)`) or is a type, which Swift tells apart from a property or
    /// case of the same name, so properties and cases keep such names: none of these is reserved for them.
    public static let modelMembers: [String] = ["init", "encode", "validate", "CodingKeys"]

    /// The member holding the keys of an object that `additionalProperties` allows; reserved in such structs.
    public static let extraKeys = "additionalProperties"

    /// Cases of a string or integer enum that would clash with its members or read as `Optional`'s cases.
    public static let enumCases: [String] = [
        // `Optional.none` and `.some` would be read instead of ours in optional contexts.
        "none", "some",
        // Members every generated enum has: `RawRepresentable`, `ParameterValue`.
        "rawValue", "parameterText", "init", "self", "allCases",
    ]

    /// Cases of a body's enum of media types (`ChatContent`) that would clash with its members: the client's
    /// and the server's `read(_:)`, the server's `serverResponse(_:)`, `validate(at:)`.
    public static let contentCases: [String] = enumCases + ["read", "serverResponse", "validate"]

    /// Members of an operation's request struct besides its parameters: its body and credentials fields, its
    /// checks, and what `OperationInput` and the server's reading add.
    public static let requestMembers: [String] = [
        "body", "accept", "credentials", "validate", "operationID", "httpRequest", "init",
    ]

    /// Members of the client struct and the server protocol, which operation methods cannot take.
    public static let clientMembers: [String] = [
        "serverURL", "transport", "credentials", "middlewares", "init", "send", "open", "maxResponseBytes", "Servers",
        "registerHandlers",
    ]

    /// Cases and members of every operation's error enum (`OperationError`), which error cases cannot take.
    public static let errorCases: [String] = [
        "undocumented", "invalidArgument", "transport", "invalidResponse", "serverResponse", "decode", "text",
        "headers",
        "collect", "maxResponseBytes",
    ]

    /// Members of a response's headers struct besides one property per header: `init(reading:)`, `fields()`.
    public static let headerMembers: [String] = ["init", "fields"]

    /// Members of the module's credentials (`PipecatCredentials`) besides one property per security scheme.
    public static let credentialMembers: [String] = ["init", "Scheme", "has", "satisfies", "apply", "challenge"]

    /// Parameter names of a client method that its body declares as locals, and of the server's reading init.
    public static let locals: [String] = [
        // The client method body: `let input = …; let (response, responseBody) = …`.
        "input", "response", "responseBody",
        // `init(request:body:metadata:credentials:)` on the server side reads these, besides `query`, `cookies`.
        "request", "metadata", "query", "cookies",
        // `httpRequest()` makes a multipart body before it sets the `Content-Type` naming its boundary.
        "multipart",
    ]
}
