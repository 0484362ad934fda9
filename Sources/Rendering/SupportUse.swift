import Lowering

/// Which parts of `Support.swift` a module uses, so the file carries nothing its module never calls.
struct SupportContext {
    var lengthChecks = false
    var numericChecks = false
    var multipleOf = false
    var itemChecks = false
    var uniqueItems = false
    /// Parsing and writing query strings.
    var query = false
    /// Repeated query parameters (`ids=1&ids=2`).
    var repeatedQuery = false
    /// Delimited lists (`names=a,b`).
    var splitLists = false
    /// Adding an API key to the query.
    var apiKeyQuery = false
    /// Reading and writing cookies.
    var cookies = false
    /// Writing header parameters, which refuse values HTTP cannot carry.
    var headers = false
    var scalarValues = false
    var listValues = false
    var jsonParameters = false
    var jsonBodies = false
    var textBodies = false
    var textResponses = false
    var authorizationHeader = false
    /// The document declares security schemes (otherwise `Credentials` is empty and never checked).
    var securitySchemes = false
    /// `DynamicCodingKey`, for extra keys and discriminators.
    var dynamicKeys = false
    /// `Validatable`, for bodies with rules.
    var validation = false
    /// `ParameterValue` conformances beyond `String`.
    var intValues = false
    var int32Values = false
    var int64Values = false
    var doubleValues = false
    var floatValues = false
    var boolValues = false
    var uuidValues = false
    var dateValues = false

    /// Whether any parameter, body or credential coding of the `Wire` extension is used.
    var wireCoding: Bool {
        query || repeatedQuery || splitLists || scalarValues || listValues || jsonParameters || jsonBodies || textBodies || apiKeyQuery
            || cookies || headers || authorizationHeader
    }

    /// Nothing used.
    init() {}

    init(_ module: Module) {
        securitySchemes = !module.securitySchemes.isEmpty
        for scheme in module.securitySchemes {
            switch scheme.kind {
            case .bearer, .authorization: authorizationHeader = true
            case .apiKeyQuery:
                query = true
                apiKeyQuery = true
            case .apiKeyCookie: cookies = true
            case .basic, .apiKeyHeader: break
            }
        }
        for operation in module.operations {
            for parameter in operation.parameters { use(parameter) }
            switch operation.body?.coding {
            case .json: jsonBodies = true
            case .text: textBodies = true
            case .binary, nil: break
            }
            let responses = operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)
            if responses.contains(where: { $0.coding == .text }) { textResponses = true }
            operation.nestedTypes.forEach { use($0) }
        }
        module.types.forEach { use($0) }
        validation = module.features.contains(.validation)
    }

    private mutating func use(_ parameter: ParameterDecl) {
        use(Validation.applicable(parameter.rules, to: parameter.type))
        switch parameter.location {
        case "query": query = true
        case "cookie": cookies = true
        case "header": headers = true
        default: break
        }
        let value: TypeRef?
        switch parameter.encoding {
        case .scalar(let scalar):
            // Strings are read as they are; other types are parsed with `Wire.value`.
            if parameter.location != "path", scalar.builtin != .string { scalarValues = true }
            value = scalar
        case .list(let element, _, let explode):
            listValues = true
            if parameter.location == "query", explode { repeatedQuery = true } else { splitLists = true }
            value = element
        case .json:
            jsonParameters = true
            value = nil
        }
        if let builtin = value?.builtin { use(builtin) }
    }

    /// The `ParameterValue` conformance of a builtin that travels as text.
    private mutating func use(_ builtin: Builtin) {
        switch builtin {
        case .int: intValues = true
        case .int32: int32Values = true
        case .int64: int64Values = true
        case .double: doubleValues = true
        case .float: floatValues = true
        case .bool: boolValues = true
        case .uuid: uuidValues = true
        case .date: dateValues = true
        case .string, .data, .jsonValue, .jsonNull: break
        }
    }

    private mutating func use(_ rules: [ValidationRule]) {
        for rule in rules {
            switch rule.kind {
            case .minLength, .maxLength: lengthChecks = true
            case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum: numericChecks = true
            case .multipleOf: multipleOf = true
            case .minItems, .maxItems: itemChecks = true
            case .uniqueItems: uniqueItems = true
            case .pattern: break
            }
        }
    }

    private mutating func use(_ decl: TypeDecl) {
        switch decl.kind {
        case .structure(let structure):
            if structure.additionalProperties != nil { dynamicKeys = true }
            if decl.validates { structure.properties.forEach { use(Validation.applicable($0.rules, to: $0.type)) } }
        case .oneOf(let oneOf):
            if oneOf.discriminator != nil { dynamicKeys = true }
        case .enumeration(let enumeration):
            // Every generated enum is a `ParameterValue` through its raw value.
            if enumeration.rawType == .int { intValues = true }
        case .alias:
            break
        }
        decl.nested.forEach { use($0) }
    }
}
