public import Source

/// The generator's intermediate representation: one module per document, with every Swift name final.
///
/// Lowering is the only stage that makes names. Strings that came from the document (descriptions, wire names,
/// literal values) stay raw here; the rendering stage encodes them for the place they land.
public struct Module: Sendable {
    /// The Swift module name, e.g. `Pipecat`.
    public var name: String
    /// The spec file as the user named it.
    public var specPath: String
    public var title: String
    public var version: String
    public var summary: String?
    public var description: String?
    /// `PipecatClient`.
    public var clientName: String
    /// `PipecatAPI`: the protocol a server implements.
    public var serverProtocolName: String
    /// `PipecatCredentials`: what the client sends and the server reads for the security schemes. Named after
    /// the module, like the client, so two generated modules can be imported in one file.
    public var credentialsName: String
    public var servers: [ServerURL]
    public var types: [TypeDecl]
    /// The operations of the paths, then the webhooks and callbacks (`OperationDecl.event`).
    public var operations: [OperationDecl]
    public var securitySchemes: [SecuritySchemeDecl]
    /// `PipecatWebhooks`: the protocol the API's clients implement to receive its webhooks and callbacks.
    public var webhooksName: String
    /// `PipecatWebhookSender`: what the API's server sends them with.
    public var webhookSenderName: String
    /// `PipecatWebhookPaths`: where the receiving server takes each one.
    public var webhookPathsName: String
    public var coverage: Coverage
}

extension Module {
    /// How much of the document a module holds, generated of declared: the operations of `paths` and the
    /// component schemas. A defect costs the smallest item that holds it, so an operation goes missing only
    /// with a diagnostic; a filtered module (gen.yaml `operations:`, `tags:`) holds fewer by design.
    public struct Coverage: Sendable, Hashable {
        public var operations = 0
        public var declaredOperations = 0
        public var schemas = 0
        public var declaredSchemas = 0

        public init() {}

        /// The same declarations with nothing generated of them: a document whose errors stop its code.
        public var nothingGenerated: Coverage {
            var coverage = self
            coverage.operations = 0
            coverage.schemas = 0
            return coverage
        }

        /// The coverage of two documents together.
        public func adding(_ other: Coverage) -> Coverage {
            var sum = self
            sum.operations += other.operations
            sum.declaredOperations += other.declaredOperations
            sum.schemas += other.schemas
            sum.declaredSchemas += other.declaredSchemas
            return sum
        }
    }
}

/// Where an IR item came from: file, position, and JSON pointer.
public struct Origin: Sendable, Hashable {
    public var file: String
    public var mark: Mark
    /// `#/components/schemas/Pet`.
    public var pointer: String
}

/// Human text attached to a declaration, raw from the document.
public struct Documentation: Sendable, Hashable {
    public var summary: String?
    public var details: String?

    public init(summary: String? = nil, details: String? = nil) {
        self.summary = summary
        self.details = details
    }

    public var isEmpty: Bool { (summary ?? "").isEmpty && (details ?? "").isEmpty }
}

public struct ServerURL: Sendable {
    /// `server1`, `server2`, …
    public var name: String
    /// The URL with its variables replaced by their defaults.
    public var url: String
    public var description: String?
}

// MARK: Types

/// A literal value from the document (a `default`, an `enum` entry), kept raw for the literal encoder.
public indirect enum LiteralValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([LiteralValue])
    case object([String], [LiteralValue])
}

/// A named type to declare.
public struct TypeDecl: Sendable {
    public enum Kind: Sendable {
        case structure(StructDecl)
        case enumeration(EnumDecl)
        case oneOf(OneOfDecl)
        case alias(TypeRef)
    }

    /// The type's identity: its Swift name and those of the declarations that hold it.
    public var identity: TypeName
    public var kind: Kind
    public var documentation: Documentation
    public var origin: Origin
    /// Types declared inside this one (inline objects and enums of its properties).
    public var nested: [TypeDecl]
    /// Whether it is referred to through itself (needs indirection).
    public var isRecursive: Bool
    /// Whether values of it have rules to check: its own properties' or those of what it holds.
    public var validates = false

    /// The type's own name, e.g. `Status` for `Pet.Status`.
    public var name: String { identity.name }
}

public struct StructDecl: Sendable {
    public var properties: [PropertyDecl]
    /// Extra keys allowed by `additionalProperties`, and their value type.
    public var additionalProperties: TypeRef?
}

/// A property's `default`, as a value of the property's type.
public enum DefaultValue: Sendable, Hashable {
    /// A literal of the property's builtin type, or an array or map of such literals (`[]`, `[:]` included).
    case literal(LiteralValue)
    /// A case of the property's enum: `.open`.
    case enumCase(MemberName)
    /// An array of cases of the element enum: `[.open, .closed]`.
    case enumCases([MemberName])
    /// `{}` for a struct whose properties are all optional or defaulted: `.init()`.
    case emptyStruct
}

public struct PropertyDecl: Sendable {
    public var swiftName: MemberName
    public var wireName: String
    public var type: TypeRef
    public var defaultValue: DefaultValue?
    /// What `nil` stands for on the wire, when `type` is optional.
    public var null: NullHandling = .omitted
    /// Whether the value is stored behind a reference: the type contains itself through it (`Recursion`), or it
    /// holds an object (`OutOfLineStorage`).
    public var isIndirect = false
    /// Whether the value's type has rules of its own to check (see `TypeDecl.validates`).
    public var validatesNested = false
    public var documentation: Documentation
    public var isDeprecated: Bool
    public var rules: [ValidationRule]
}

/// How an optional property's `nil` and JSON `null` travel.
public enum NullHandling: Sendable, Hashable {
    /// `nil` leaves the key out, and `null` reads as `nil`: the property is neither required nor nullable.
    case omitted
    /// `nil` leaves the key out, and `null` is a value of the type itself (`JSONValue.null`, `JSONNull()`).
    case held
    /// `nil` is written as `null`: the property is required and nullable, or its absence means its default.
    case written
    /// Absent and `null` are different values, for a property neither required nor defaulted that may be
    /// `null`: its Swift type is optional twice (`String??`), `nil` leaves it out and `.some(nil)` is `null`.
    case distinct
}

/// An enum of the string (or integer) values a schema lists; unknown values survive in an extra case.
public struct EnumDecl: Sendable {
    /// `.string`, `.int`, `.double`, or `.jsonValue` for values of several types, objects or arrays.
    public var rawType: Builtin
    public var cases: [(name: MemberName, value: LiteralValue)]
    /// The case that carries values the document does not list, e.g. `unknown`.
    public var unknownCaseName: MemberName
    /// Whether `null` is one of the listed values (then the property using it is optional).
    public var allowsNull: Bool
}

/// A value that is exactly one of several shapes: `oneOf`, `anyOf`, or a list of types.
public struct OneOfDecl: Sendable {
    public var cases: [(name: MemberName, type: TypeRef)]
    /// The cases whose payload has rules to check.
    public var validatingCases: Set<MemberName> = []
    /// For a discriminated `oneOf`: the property name, and the wire value that selects each case.
    public var discriminator: (property: String, values: [(value: String, caseName: MemberName)])?
    /// OpenAPI 3.2's `defaultMapping`: the case tried first for a value whose discriminator maps to no case.
    public var defaultCase: MemberName? = nil
}

/// One rule a value must satisfy.
public struct ValidationRule: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf
        case minItems, maxItems, uniqueItems
        /// The one value a closed list of booleans allows (`enum: [true]`).
        case equals
    }

    public var kind: Kind
    /// The bound as written (`3`, `0.5`) or the pattern text.
    public var argument: LiteralValue
    /// Name of the static pattern property, for `pattern`.
    public var patternName: String?
}

// MARK: Operations

public struct OperationDecl: Sendable {
    /// `deleteSecretFromSet`: the client method and server requirement.
    public var methodName: MemberName
    /// The `operationId` as written, or one made from method and path.
    public var operationId: String
    /// `DELETE`.
    public var httpMethod: String
    /// `/secrets/{setName}/{secretKey}`, as the document writes it.
    public var path: String
    /// The path with its literal text percent-encoded (`PathTemplate`): the route the server registers.
    public var routePath: String
    /// The path's literal text, percent-encoded, and its parameters.
    public var pathParts: [PathPart]
    public var parameters: [ParameterDecl]
    /// Types declared for parameters (inline enums), nested in the request type.
    public var nestedTypes: [TypeDecl]
    public var body: BodyDecl?
    /// `DeleteSecretFromSetRequest`.
    public var requestTypeName: String
    /// `DeleteSecretFromSetError`.
    public var errorTypeName: String
    public var success: SuccessDecl
    public var errors: [ErrorCaseDecl]
    /// The header structs of the operation's responses, each declared once.
    public var headerTypes: [HeadersDecl]
    /// When a response offers several media types: the ones the client may ask for in `Accept`.
    public var accept: MediaTypesDecl?
    /// The status the server stub answers a request that breaks a rule with: the documented 400, else the
    /// documented 422 (FastAPI-style documents), else 400.
    public var validationStatus: Int
    /// Alternatives of scheme combinations; empty means no credentials are needed.
    public var security: [[MemberName]]
    /// Whether one alternative needs nothing (`{}` in the list), making credentials optional.
    public var securityOptional: Bool
    public var documentation: Documentation
    public var isDeprecated: Bool
    public var origin: Origin
    /// For a webhook or a callback: the API's server sends the request, to a URL its client gave.
    public var event: EventDecl?

    /// Whether a body of the operation is streamed or chooses among media types, so neither side collects the
    /// bodies before looking at them.
    public var streamsBodies: Bool {
        let responses = success.responses.compactMap(\.body) + errors.compactMap(\.body)
        return (body?.isStreamed ?? false) || responses.contains(where: \.isStreamed)
    }
}

/// What makes an operation a webhook or a callback: the request goes the other way, from the API's server to a
/// URL of its client's, which receives it at a path of its choosing (by default `/` + the method name).
public struct EventDecl: Sendable {
    public enum Kind: Sendable {
        /// A webhook of the document's `webhooks`, by its name there.
        case webhook(name: String)
        /// A callback of an operation, by the callback's name and its URL expression (`{$request.body#/url}`).
        case callback(operation: String, name: String, expression: String)
    }

    public var kind: Kind
    /// The path the receiving server takes it at by default: `/newPet`.
    public var defaultPath: String
}

/// The media types an operation's responses come in, as an enum (`CreateChatCompletionMediaType`) whose list
/// the client sends in `Accept` and the server's handler receives, most preferred first.
public struct MediaTypesDecl: Sendable {
    public var typeName: String
    public var cases: [Case]

    public struct Case: Sendable {
        public var name: MemberName
        public var mediaType: String
    }
}

/// A piece of a path template: literal text or a parameter.
public enum PathPart: Sendable, Hashable {
    case literal(String)
    case parameter(swiftName: MemberName)
}

public struct ParameterDecl: Sendable {
    /// Where a parameter travels: the document's `in`, spelled as the raw value.
    public enum Location: String, Sendable {
        case path, query, header, cookie
        /// OpenAPI 3.2: the whole query string, written as its content's text (a form object is lowered to
        /// an exploded `form` query parameter instead).
        case querystring
    }

    public var swiftName: MemberName
    public var wireName: String
    public var location: Location
    public var type: TypeRef
    /// How the value is written on the wire.
    public var encoding: ParameterEncoding
    public var isRequired: Bool
    public var documentation: Documentation
    public var rules: [ValidationRule]
    /// Whether the value's type has rules of its own to check (see `TypeDecl.validates`).
    public var validatesNested = false
    public var isDeprecated: Bool
    /// The schema's `default`: the client method's default argument, and what the server reads when the
    /// parameter is absent.
    public var defaultValue: DefaultValue? = nil
}

/// How a parameter value is turned into text, decided from its `style` and the shape of its type (aliases seen
/// through).
public enum ParameterEncoding: Sendable, Hashable {
    /// One value as text in the location's default style; `value` is a scalar builtin or a declared enum.
    case scalar(value: TypeRef)
    /// A value in a style of the specification (`form`, `deepObject`, `label`, …, the runtime's
    /// `ParameterStyle`): arrays, objects, and scalars in a style other than the default. `mayBeObject` when the
    /// type can hold named values, which an exploded `form` query or cookie spreads over the other pairs.
    case styled(style: ParameterStyle, explode: Bool, mayBeObject: Bool)
    /// A structured value sent as JSON text: `content: application/json`, or a shape the style cannot carry.
    case json
}

public struct BodyDecl: Sendable {
    public var swiftName: MemberName
    /// The one content's type, or the enum of several (`enumName`); optional for an optional request body.
    public var type: TypeRef
    /// Whether the body's type has rules to check (see `TypeDecl.validates`).
    public var validates = false
    /// One per media type the body is generated for, in the document's order; the first is the default.
    public var contents: [ContentDecl]
    /// With several contents: the enum declared at the top level, one case per content.
    public var enumName: String?
    public var isRequired: Bool
    public var documentation: Documentation

    /// The first content, the one a body of a single media type has.
    public var primary: ContentDecl { contents[0] }

    /// Whether the body is read or written as it arrives (streamed, binary) or chooses among media types, so
    /// the operation's code does not collect it first.
    public var isStreamed: Bool { enumName != nil || contents.contains { $0.coding.isStreamed } }
}

/// A body in one media type.
public struct ContentDecl: Sendable {
    /// The case of the body's enum when it has several contents: `json`, `plainText`, `eventStream`.
    public var caseName: MemberName
    public var mediaType: String
    public var coding: BodyCoding
    /// The value's type: the JSON type, `String`, `HTTPBody`, or `BodyStream<Element>`.
    public var type: TypeRef
    /// The type of a stream's values (of an event's `data` for `text/event-stream`; `nil` when it is text).
    public var element: TypeRef?
    /// Whether the value (or a stream's values) has rules to check.
    public var validates = false
    /// For a form body: the fields the document's `encoding` writes in another style than exploded `form`.
    public var formStyles: [FormStyleDecl] = []
    /// For a multipart body: the `Content-Type` the document's `encoding` gives a part, by field.
    public var partTypes: [(field: String, contentType: String)] = []
}

/// A style of the specification's parameter tables: how a value other than one scalar is written as text. The
/// raw value is the document's spelling and the case of GenRuntime's `ParameterStyle`.
public enum ParameterStyle: String, Sendable, Hashable {
    case simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject
}

/// One field of a form body in the style `encoding` gives it.
public struct FormStyleDecl: Sendable, Hashable {
    public var field: String
    public var style: ParameterStyle
    public var explode: Bool
}

/// How a body is encoded.
public enum BodyCoding: String, Sendable {
    /// One JSON value, collected.
    case json
    /// UTF-8 text, collected.
    case text
    /// `application/x-www-form-urlencoded` fields, collected: each top-level property in its style.
    case form
    /// `multipart/form-data` parts, each top-level property one part (a file's bytes as they are read).
    case multipart
    /// Bytes as they arrive (`HTTPBody`).
    case binary
    /// A stream of JSON values, one per line (`application/jsonl`, `application/x-ndjson`).
    case jsonLines
    /// A stream of JSON values as RFC 7464 records (`application/json-seq`).
    case jsonSequence
    /// A stream of Server-Sent Events (`text/event-stream`).
    case eventStream

    public var isStreamed: Bool { self != .json && self != .text && self != .form && self != .multipart }
}

/// What a successful call returns.
public struct SuccessDecl: Sendable {
    /// A body type, or the enum of several outcomes; `nil` for `Void`. With `headers`, the method returns
    /// `(body:headers:)`, or only the headers when there is no body.
    public var returnType: TypeRef?
    /// The headers of the one success response, when it has some (never with an enum).
    public var headers: HeadersDecl?
    public var responses: [ResponseDecl]
    /// When several 2xx responses differ: the enum to declare, at the top level.
    public var enumName: String?
}

public struct ResponseDecl: Sendable {
    /// For success enums: the case name; for errors: see `ErrorCaseDecl`.
    public var caseName: MemberName
    public var status: ResponseStatus
    public var body: BodyDecl?
    public var headers: HeadersDecl?
    public var documentation: Documentation
}

/// The headers a response documents, as a struct of their own: read by the client, written by the server.
public struct HeadersDecl: Sendable {
    /// `ListItemsHeaders`, declared at the top level.
    public var typeName: String
    /// One per header, `location` `header`; a required one is not optional and must arrive.
    public var fields: [ParameterDecl]
    /// Types declared for the headers (inline enums), nested in the struct.
    public var nestedTypes: [TypeDecl]
    public var documentation: Documentation
}

/// The statuses a response covers.
public enum ResponseStatus: Sendable, Hashable {
    case code(Int)
    case range(Int)
    case `default`
}

/// A documented error response as a case of the operation's error enum.
public struct ErrorCaseDecl: Sendable {
    public var caseName: MemberName
    public var status: ResponseStatus
    public var body: BodyDecl?
    public var headers: HeadersDecl?
    public var documentation: Documentation
}

// MARK: Security

public struct SecuritySchemeDecl: Sendable {
    /// The scheme's name in the document, e.g. `PrivateKeyAuth`.
    public var documentName: String
    /// The `Credentials` property, e.g. `privateKeyAuth`.
    public var swiftName: MemberName
    public var kind: Kind
    public var documentation: Documentation

    public enum Kind: Sendable, Hashable {
        /// `Authorization: Bearer <token>` (http bearer, oauth2, openIdConnect).
        case bearer
        /// `Authorization: Basic <base64(user:password)>`.
        case basic
        /// `Authorization: <Scheme> <value>` for other http schemes.
        case authorization(scheme: String)
        case apiKeyHeader(name: String)
        case apiKeyQuery(name: String)
        case apiKeyCookie(name: String)
    }
}
