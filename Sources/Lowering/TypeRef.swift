/// A Swift type as the IR holds it: what the type is, never how it is written. Rendering spells it, once.
public indirect enum TypeRef: Sendable, Hashable {
    /// A type Swift, Foundation or the generated support code provides.
    case builtin(Builtin)
    /// A type this module declares, by identity.
    case declared(TypeName)
    case array(TypeRef)
    /// A JSON object's values, keyed by `String`.
    case dictionary(TypeRef)
    case optional(TypeRef)
    /// The values of a streamed body, as they arrive (`BodyStream<Element>`).
    case stream(TypeRef)
    /// One Server-Sent Event whose `data` is a JSON value of the type, or text (`nil`).
    case serverSentEvent(TypeRef?)

    public static let string = TypeRef.builtin(.string)
    public static let data = TypeRef.builtin(.data)
    public static let jsonValue = TypeRef.builtin(.jsonValue)
    public static let httpBody = TypeRef.builtin(.httpBody)

    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The type without its outer optionality: `Pet` for `Pet?`.
    public var nonOptional: TypeRef {
        if case .optional(let wrapped) = self { return wrapped.nonOptional }
        return self
    }

    /// The type made optional (`flag` true) or not; never optional twice.
    public func optional(_ flag: Bool = true) -> TypeRef {
        flag ? .optional(nonOptional) : nonOptional
    }

    /// The builtin this is, optionality aside.
    public var builtin: Builtin? {
        if case .builtin(let builtin) = nonOptional { return builtin }
        return nil
    }

    /// The declared type this is, optionality aside.
    public var declared: TypeName? {
        if case .declared(let name) = nonOptional { return name }
        return nil
    }

    /// The element type, when this is an array (optionality aside).
    public var arrayElement: TypeRef? {
        if case .array(let element) = nonOptional { return element }
        return nil
    }

    /// The declared type this reference names, if any, and whether it is stored inline (not behind an array or
    /// a dictionary, which store their elements out of line).
    public var referenced: (name: TypeName, isInline: Bool)? {
        switch self {
        case .builtin, .serverSentEvent(nil): nil
        case .declared(let name): (name, true)
        case .stream(let element), .serverSentEvent(let element?): element.referenced.map { ($0.name, false) }
        case .optional(let wrapped): wrapped.referenced
        case .array(let element), .dictionary(let element): element.referenced.map { ($0.name, false) }
        }
    }
}

/// The types generated code uses without declaring them per document.
public enum Builtin: String, Sendable, Hashable, CaseIterable {
    case string, int, int32, int64, double, float, bool, date, data, uuid
    /// Any JSON value (`{}`), declared once in the support code.
    case jsonValue
    /// The one value of `type: 'null'`, declared once in the support code.
    case jsonNull
    /// A binary body as it arrives (OpenAPIRuntime's `HTTPBody`).
    case httpBody
    /// A file part of a multipart body: its bytes as an `HTTPBody`, its file name and media type.
    case multipartFile

    /// Whether values travel as plain text in a URL or a header.
    public var isScalar: Bool {
        switch self {
        case .string, .int, .int32, .int64, .double, .float, .bool, .date, .uuid: true
        case .data, .jsonValue, .jsonNull, .httpBody, .multipartFile: false
        }
    }

    public var isInteger: Bool { self == .int || self == .int32 || self == .int64 }

    public var isNumber: Bool { isInteger || self == .double || self == .float }
}

/// A declared type's identity: its Swift names from the module's top level down (`["Pet", "Status"]` for the
/// enum `Pet.Status`). Names are final here; no stage makes or changes them later.
public struct TypeName: Sendable, Hashable, CustomStringConvertible {
    public var path: [String]

    public init(_ path: [String]) {
        precondition(!path.isEmpty, "a type name has at least one component")
        self.path = path
    }

    public init(topLevel name: String) { self.path = [name] }

    /// The type's own name, e.g. `Status`.
    public var name: String { path[path.count - 1] }

    /// The declaration that holds this one, or `nil` at the top level.
    public var parent: TypeName? { path.count > 1 ? TypeName(Array(path.dropLast())) : nil }

    public func nested(_ name: String) -> TypeName { TypeName(path + [name]) }

    /// `Pet.Status`, for messages and keys; rendering decides how a type is written in code.
    public var description: String { path.joined(separator: ".") }
}

/// A parameter type's shape as the styles of OpenAPI see it (`TypeLowering.parameterShape`).
enum ParameterShape: Equatable {
    /// One value as text.
    case scalar
    /// A list of texts, or named texts (`object`).
    case flat(object: Bool)
    /// Deeper than one level; says what, for messages.
    case nested(String)
    /// `{}` or a `oneOf`: its content decides.
    case open

    /// Whether the value can hold named values.
    var mayBeObject: Bool {
        switch self {
        case .scalar: false
        case .flat(let object): object
        case .nested, .open: true
        }
    }
}
