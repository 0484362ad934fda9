import OpenAPI
import Source

/// Lowers each operation to its client method, request value, result and error enum.
final class OperationLowering {
    let types: TypeLowering
    let resolver: Resolver
    let document: Document
    let file: String
    let schemes: [String: SecuritySchemeDecl]
    /// Undefined security schemes already reported.
    private var reportedSchemes: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var operations: [OperationDecl] = []
    /// The operations the path items declare, decoded or not.
    private(set) var declaredOperations = 0
    private var methodNames: NameScope
    /// Method names of the webhooks and callbacks, members of the sender and the receiving protocol.
    private var eventNames: NameScope
    private var operationIds: [String: Mark] = [:]
    /// The operation that first took each method name, among the operations and among the webhooks and callbacks.
    private var methodNameOwners: [String: String] = [:]
    private var eventNameOwners: [String: String] = [:]

    let options: LoweringOptions

    init(
        types: TypeLowering, resolver: Resolver, document: Document, file: String, schemes: [SecuritySchemeDecl],
        options: LoweringOptions = .init()
    ) {
        self.options = options
        self.types = types
        self.resolver = resolver
        self.document = document
        self.file = file
        self.schemes = Dictionary(schemes.map { ($0.documentName, $0) }, uniquingKeysWith: { first, _ in first })
        self.methodNames = NameScope(reserved: ReservedNames.clientMembers)
        self.eventNames = NameScope(reserved: ReservedNames.clientMembers)
    }

    func warning(_ message: String, at mark: Mark) { diagnostics.append(.warning(message, file: file, at: mark)) }

    func lowerAll() {
        var seenIds: Set<String> = []
        var seenTags: Set<String> = []
        for entry in document.paths {
            guard let item = resolver.pathItem(entry.item, from: file) else { continue }
            declaredOperations += item.declaredOperations
            for (method, operation) in item.operations {
                if let id = operation.operationId { seenIds.insert(id) }
                seenTags.formUnion(operation.tags)
                guard options.keeps(operationId: operation.operationId, tags: operation.tags) else { continue }
                lower(operation, method: method, path: entry.path, item: item)
            }
        }
        for (name, value) in document.webhooks {
            guard let item = resolver.pathItem(value, from: file) else { continue }
            for (method, operation) in item.operations {
                if let id = operation.operationId { seenIds.insert(id) }
                seenTags.formUnion(operation.tags)
                guard options.keeps(operationId: operation.operationId, tags: operation.tags) else { continue }
                let event = EventDecl.Kind.webhook(name: name)
                lower(
                    operation, method: method, path: "", item: item,
                    event: (event, item.operations.count > 1 ? name + " " + method.rawValue : name))
            }
        }
        reportUnmatched(seenIds: seenIds, seenTags: seenTags)
    }

    /// The callbacks of an operation, each a request the API's server sends to a URL the request gave.
    private func lowerCallbacks(of operation: Operation, methodName: MemberName) {
        for (name, value) in operation.callbacks {
            guard let callback = resolver.callback(value, from: file) else { continue }
            for (expression, itemValue) in callback.paths {
                guard let item = resolver.pathItem(itemValue, from: file) else { continue }
                for (method, callbackOperation) in item.operations {
                    let several = callback.paths.count * item.operations.count > 1
                    let base = methodName.bare + " " + name + (several ? " " + method.rawValue : "")
                    let event = EventDecl.Kind.callback(
                        operation: methodName.bare, name: name, expression: expression)
                    lower(callbackOperation, method: method, path: "", item: item, event: (event, base))
                }
            }
        }
    }

    /// Warns about filter entries and name overrides that match nothing in the document: most likely a typo.
    private func reportUnmatched(seenIds: Set<String>, seenTags: Set<String>) {
        /// An operationId that differs only in case or separators: `findPetById` for `find pet by id`.
        func suggestion(_ name: String) -> String {
            let wanted = Naming.memberName(name).lowercased()
            guard let near = seenIds.sorted().first(where: { Naming.memberName($0).lowercased() == wanted }) else {
                return ""
            }
            return "; did you mean '\(near)'?"
        }
        for entry in options.operations ?? [] where !seenIds.contains(entry.name) {
            diagnostics.append(
                .warning(
                    "no operation with operationId '\(entry.name)' to keep\(suggestion(entry.name))", file: entry.file,
                    at: entry.mark))
        }
        for entry in options.tags ?? [] where !seenTags.contains(entry.name) {
            diagnostics.append(.warning("no operation has the tag '\(entry.name)'", file: entry.file, at: entry.mark))
        }
        for override in options.methodNames where !seenIds.contains(override.from.name) {
            diagnostics.append(
                .warning(
                    "no operation with operationId '\(override.from.name)' to rename\(suggestion(override.from.name))",
                    file: override.from.file, at: override.from.mark))
        }
        if options.filters, operations.isEmpty, diagnostics.allSatisfy({ $0.severity != .error }) {
            let mark = (options.operations?.first ?? options.tags?.first).flatMap(\.mark)
            let file = (options.operations?.first ?? options.tags?.first)?.file ?? self.file
            diagnostics.append(.warning("the filter keeps no operation", file: file, at: mark))
        }
    }

    /// Lowers one operation; `event` makes it a webhook or callback, with the name it has without an operationId.
    private func lower(
        _ operation: Operation, method: HTTPMethod, path: String, item: PathItem,
        event: (kind: EventDecl.Kind, name: String)? = nil
    ) {
        let operationId = operation.operationId ?? event?.name ?? (method.rawValue + " " + path)
        let (security, optional) = lowerSecurity(operation, isEvent: event != nil)
        var duplicateOf: Mark?
        if let id = operation.operationId {
            duplicateOf = operationIds[id]
            if duplicateOf == nil { operationIds[id] = operation.operationIdMark ?? operation.mark }
        }
        let override = operation.operationId.flatMap { id in options.methodNames.first { $0.from.name == id } }
        let baseName = override?.to ?? Naming.memberName(operationId)
        let methodName =
            event == nil
            ? methodNames.claim(Naming.member(baseName)) : eventNames.claim(Naming.member(baseName))
        if let first = duplicateOf {
            diagnostics.append(
                .fallback(
                    "duplicate operationId '\(operationId)' (first used at line \(first.line)); operationIds must be unique",
                    instead: "this operation's method is named '\(methodName.bare)'", file: file,
                    at: operation.operationIdMark ?? operation.mark))
        } else if let override, methodName.bare != baseName {
            diagnostics.append(
                .error(
                    "method name '\(override.to)' for operation '\(operationId)' is already taken; choose another",
                    file: override.from.file, at: override.from.mark))
        } else if methodName.bare != baseName,
            let owner = (event == nil ? methodNameOwners : eventNameOwners)[baseName]
        {
            warning(
                "operationId '\(operationId)' becomes '\(baseName)', already taken by '\(owner)'; the method is named '\(methodName.bare)'",
                at: operation.operationIdMark ?? operation.mark)
        }
        if event == nil {
            methodNameOwners[baseName] = methodNameOwners[baseName] ?? operationId
        } else {
            eventNameOwners[baseName] = eventNameOwners[baseName] ?? operationId
        }
        let typeBase = Naming.typeName(methodName.bare)
        let requestTypeName = types.claimTopLevel(typeBase + "Request")
        let errorTypeName = types.claimTopLevel(typeBase + "Error")

        if event != nil {
            for (name, _) in operation.callbacks {
                warning("callback '\(name)' of a webhook or callback is not generated", at: operation.mark)
            }
        }
        let segments = PathTemplate.segments(path)
        let (parameters, nested) = lowerParameters(
            operation, item: item, path: path, segments: segments, requestTypeName: requestTypeName,
            isEvent: event != nil)
        let body = operation.requestBody.flatMap { lowerRequestBody($0, typeBase: typeBase) }
        let (success, errors, headerTypes) = lowerResponses(operation, typeBase: typeBase)
        let accept = acceptedMediaTypes(
            success.responses.compactMap(\.body) + errors.compactMap(\.body), typeBase: typeBase)
        let documented = Set(errors.compactMap { if case .code(let code) = $0.status { code } else { nil } })
        let validationStatus = documented.contains(400) ? 400 : documented.contains(422) ? 422 : 400

        operations.append(
            OperationDecl(
                methodName: methodName, operationId: operationId, httpMethod: method.wireName, path: path,
                routePath: PathTemplate.route(segments), pathParts: pathParts(segments, parameters: parameters),
                parameters: parameters, nestedTypes: nested,
                body: body, requestTypeName: requestTypeName, errorTypeName: errorTypeName, success: success,
                errors: errors, headerTypes: headerTypes, accept: accept, validationStatus: validationStatus,
                security: security, securityOptional: optional,
                documentation: Documentation(summary: operation.summary, details: operation.description),
                isDeprecated: operation.deprecated,
                origin: Origin(file: file, mark: operation.mark, pointer: operation.pointer),
                event: event.map { EventDecl(kind: $0.kind, defaultPath: "/" + methodName.bare) }))
        if event == nil { lowerCallbacks(of: operation, methodName: methodName) }
    }

    // MARK: Parameters

    private func lowerParameters(
        _ operation: Operation, item: PathItem, path: String, segments: [PathTemplate.Segment], requestTypeName: String,
        isEvent: Bool
    ) -> ([ParameterDecl], [TypeDecl]) {
        var merged: [Parameter] = []
        for value in item.parameters + operation.parameters {
            guard let parameter = resolver.parameter(value, from: file) else { continue }
            if let index = merged.firstIndex(where: { $0.name == parameter.name && $0.location == parameter.location })
            {
                merged[index] = parameter
            } else {
                merged.append(parameter)
            }
        }
        let templateNames = PathTemplate.placeholders(segments)
        let undeclared = templateNames.filter { name in !merged.contains { $0.location == .path && $0.name == name } }
        for name in undeclared {
            warning(
                "path parameter '{\(name)}' is not declared; it is generated as a required string", at: operation.mark)
        }
        merged.removeAll { parameter in
            guard parameter.location == .path, !templateNames.contains(parameter.name) else { return false }
            warning(
                "path parameter '\(parameter.name)' does not appear in the path '\(path)'; it is ignored",
                at: parameter.mark)
            return true
        }
        // An operation whose responses come in several media types has a typed `accept` list, which sets the
        // `Accept` header; in any other an `Accept` header parameter is a method parameter named `accept`.
        let choosesMediaType = operation.responses.contains {
            (resolver.response($0.response, from: file)?.content.count ?? 0) > 1
        }
        var reserved = ReservedNames.requestMembers + ReservedNames.locals
        if !choosesMediaType { reserved.removeAll { $0 == "accept" } }
        // The sender's method of a webhook or callback takes the receiver's `url` first.
        if isEvent { reserved.append("url") }
        var names = NameScope(reserved: reserved)
        var result: [ParameterDecl] = []
        let (_, nested) = types.collectingNested(in: TypeName(topLevel: requestTypeName)) { () -> TypeDecl.Kind? in
            for parameter in merged {
                // The specification ignores these three; `Accept` (GitHub's preview media types) and `Authorization`
                // (where no security scheme describes it) carry what a call needs, so they are method parameters,
                // written over what the generated code sets. `Content-Type` is the body's.
                if parameter.location == .header, parameter.name.lowercased() == "content-type" {
                    warning(
                        "header parameter '\(parameter.name)' is set by the generated code from the body's media type; it is not a method parameter",
                        at: parameter.mark)
                    continue
                }
                if parameter.location == .header, parameter.name.lowercased() == "accept", choosesMediaType {
                    warning(
                        "header parameter '\(parameter.name)' is set by the generated code from the `accept:` list of media types; it is not a method parameter",
                        at: parameter.mark)
                    continue
                }
                if parameter.location == .header || parameter.location == .cookie, !HTTPSyntax.isToken(parameter.name) {
                    diagnostics.append(
                        .fallback(
                            "'\(parameter.name)' is not a valid HTTP \(parameter.location == .header ? "header" : "cookie") name",
                            instead: "the parameter is left out", file: file, at: parameter.mark))
                    continue
                }
                result.append(lowerParameter(parameter, names: &names))
            }
            for name in undeclared {
                result.append(
                    ParameterDecl(
                        swiftName: names.claim(Naming.propertyName(name)), wireName: name, location: .path,
                        type: .string, encoding: .scalar(value: .string), isRequired: true,
                        documentation: Documentation(),
                        rules: [], isDeprecated: false))
            }
            return nil
        }
        Self.namePatterns(&result, in: &names)
        return (result, nested)
    }

    /// Pattern rules become static members of the type that holds the values (the request type, a headers
    /// struct), named after their parameter.
    static func namePatterns(_ parameters: inout [ParameterDecl], in names: inout NameScope) {
        for index in parameters.indices {
            for rule in parameters[index].rules.indices where parameters[index].rules[rule].kind == .pattern {
                parameters[index].rules[rule].patternName = names.claim(
                    parameters[index].swiftName.bare + "Pattern")
            }
        }
    }

    private func lowerParameter(_ parameter: Parameter, names: inout NameScope) -> ParameterDecl {
        lowerParameter(ParameterInput(parameter), names: &names)
    }

    /// A parameter, or a response header read as one (`location` `header`).
    func lowerParameter(_ parameter: ParameterInput, names: inout NameScope) -> ParameterDecl {
        let swiftName = names.claim(types.propertyName(parameter.name))
        var type = TypeRef.string
        var encoding = ParameterEncoding.scalar(value: .string)
        var rules: [ValidationRule] = []
        var location = ParameterDecl.Location(parameter.location)
        if parameter.location == .querystring {
            // OpenAPI 3.2: the whole query string is the value. A form object is exactly an exploded `form` query
            // object; anything else travels as its content's text (JSON), percent-encoded.
            let media = parameter.content.first
            type =
                (media?.value.schema ?? parameter.schema).map { types.usage($0, hint: types.typeName(parameter.name)) }
                ?? .string
            let isForm =
                media.map { Self.essence($0.mediaType) == "application/x-www-form-urlencoded" }
                ?? (parameter.schema != nil)
            if isForm, types.fields(of: type) != nil {
                location = .query
                encoding = .styled(style: .form, explode: true, mayBeObject: true)
            } else {
                encoding = .json
            }
        } else if let schema = parameter.schema {
            type = types.usage(schema, hint: types.typeName(parameter.name))
            rules = types.rules(for: schema)
            encoding = styleEncoding(parameter, type: type)
        } else if let media = parameter.content.first, let schema = media.value.schema {
            // `content` names the media type the value is written in: JSON text for JSON, else a scalar's text.
            type = types.usage(schema, hint: types.typeName(parameter.name))
            let scalar = Self.isJSON(media.mediaType) ? nil : types.scalarValue(type)
            encoding = scalar.map { .scalar(value: $0) } ?? .json
        }
        // A default is what the server takes when the parameter is absent; the value is then never missing,
        // unless the schema allows `null`. Path parameters are always present, so theirs means nothing.
        var defaultValue: DefaultValue?
        if parameter.location != .path, let node = parameter.schema?.defaultValue, let literal = LiteralValue(node),
            literal != .null
        {
            defaultValue = types.defaultValue(literal, of: type)
            if defaultValue == nil {
                warning(
                    "default value of parameter '\(parameter.name)' is \(TypeLowering.describe(literal)), which \(types.mismatch(type)); it is not applied",
                    at: node.start)
            }
        }
        let nullable = type.isOptional
        type = type.optional(parameter.location != .path && (!parameter.required || type.isOptional))
        if defaultValue != nil, !nullable { type = type.nonOptional }
        var decl = ParameterDecl(
            swiftName: swiftName, wireName: parameter.name, location: location, type: type,
            encoding: encoding, isRequired: parameter.required,
            documentation: Documentation(summary: nil, details: parameter.description ?? parameter.schema?.description),
            rules: rules, isDeprecated: parameter.deprecated)
        decl.defaultValue = defaultValue
        return decl
    }

    /// The styles the specification allows in each location; the first is the default. A field of a form or
    /// multipart body takes the query's.
    static let styles: [ParameterLocation: [ParameterStyle]] = [
        .path: [.simple, .label, .matrix], .query: [.form, .spaceDelimited, .pipeDelimited, .deepObject],
        .header: [.simple], .cookie: [.form],
    ]

    /// The style the document spells `text` in, when it is one of `allowed`.
    static func style(_ text: String, among allowed: [ParameterStyle]) -> ParameterStyle? {
        ParameterStyle(rawValue: text).flatMap { allowed.contains($0) ? $0 : nil }
    }

    /// Whether a value in `style` explodes: as `given`, else only in `form`. deepObject has no unexploded form;
    /// the specification leaves `explode: false` undefined for it.
    static func explodes(_ style: ParameterStyle, _ given: Bool?) -> Bool {
        style == .deepObject || (given ?? (style == .form))
    }

    /// The encoding of a `schema` parameter: a scalar in its location's default style as plain text, anything
    /// else in its `style`. Values nested deeper than a style can write (`deepObject` writes any depth) travel as
    /// JSON text, with a warning.
    private func styleEncoding(_ parameter: ParameterInput, type: TypeRef) -> ParameterEncoding {
        let allowed = Self.styles[parameter.location] ?? [.form]
        var style = allowed[0]
        if let text = parameter.style {
            if let given = Self.style(text, among: allowed) {
                style = given
            } else {
                warning(
                    "style '\(text)' is not allowed for \(parameter.location.rawValue) parameters; '\(parameter.name)' is sent in style '\(allowed[0].rawValue)'",
                    at: parameter.mark)
            }
        }
        let explode = Self.explodes(style, parameter.explode)
        let shape = types.parameterShape(type)
        switch shape {
        case .scalar where style == allowed[0]:
            return .scalar(value: types.scalarValue(type)!)
        case .nested(let what) where style != .deepObject:
            warning(
                "parameter '\(parameter.name)' is \(what), which style '\(style.rawValue)' cannot write; it is sent as JSON text",
                at: parameter.mark)
            return .json
        default:
            return .styled(style: style, explode: explode, mayBeObject: shape.mayBeObject)
        }
    }

    private func pathParts(_ segments: [PathTemplate.Segment], parameters: [ParameterDecl]) -> [PathPart] {
        segments.map { segment in
            switch segment {
            case .literal(let text): .literal(PathTemplate.encodeLiteral(text))
            case .placeholder(let name):
                .parameter(
                    swiftName: parameters.first { $0.location == .path && $0.wireName == name }?.swiftName
                        ?? Naming.propertyName(name))
            }
        }
    }

    // MARK: Bodies

    private func lowerRequestBody(_ value: Referable<RequestBody>, typeBase: String) -> BodyDecl? {
        guard let body = resolver.requestBody(value, from: file) else {
            // A reference that leads nowhere (reported by the resolver): an optional body of any JSON value.
            guard case .reference = value else { return nil }
            var fallback = jsonValueBody()
            fallback.type = fallback.type.optional()
            fallback.isRequired = false
            return fallback
        }
        guard
            var decl = lowerContent(
                body.content, name: typeBase + "Body", enumName: typeBase + "RequestContent", at: body.mark)
        else {
            return nil
        }
        decl.swiftName = "body"
        decl.isRequired = body.required
        decl.type = decl.type.optional(decl.type.isOptional || !body.required)
        decl.documentation = Documentation(details: body.description)
        return decl
    }

    // MARK: Responses

    private func lowerResponses(_ operation: Operation, typeBase: String) -> (
        SuccessDecl, [ErrorCaseDecl], [HeadersDecl]
    ) {
        var headers = HeaderLowering(lowering: self)
        var entries: [(key: ResponseKey, response: Response?, mark: Mark)] = []
        for entry in operation.responses {
            // A reference that leads nowhere (reported by the resolver) stays, with a body of any JSON value.
            entries.append((entry.key, resolver.response(entry.response, from: file), entry.mark))
        }
        let hasSuccess = entries.contains { key, _, _ in
            if case .status(let code) = key { return (200..<300).contains(code) }
            if case .range(2) = key { return true }
            return false
        }
        func isSuccess(_ key: ResponseKey) -> Bool {
            switch key {
            case .status(let code): (200..<300).contains(code)
            case .range(let first): first == 2
            case .default: !hasSuccess
            }
        }
        let successes = entries.filter { isSuccess($0.key) }
        let failures = entries.filter { !isSuccess($0.key) }
        func bodyOf(_ response: Response?, name: String, enumName: String, at mark: Mark) -> BodyDecl? {
            guard let response else { return jsonValueBody() }
            return lowerContent(response.content, name: name, enumName: enumName, at: mark)
        }

        var successResponses: [ResponseDecl] = []
        var caseNames = NameScope()
        for entry in successes {
            let status = Self.status(entry.key)
            let caseName = caseNames.claim(MemberName(bare: StatusNames.caseName(status)))
            let base = successes.count == 1 ? typeBase : typeBase + Naming.typeName(caseName.bare)
            let body = bodyOf(entry.response, name: base + "Response", enumName: base + "Content", at: entry.mark)
            let headerName = typeBase + (successes.count == 1 ? "" : Naming.typeName(caseName.bare)) + "Headers"
            successResponses.append(
                ResponseDecl(
                    caseName: caseName, status: status, body: body,
                    headers: headers.lower(entry.response, name: headerName),
                    documentation: Documentation(summary: entry.response?.summary, details: entry.response?.description)
                ))
        }
        // `nil` stands for no body (`Void`); responses that differ in body or headers need an enum.
        let shapes = Set(successResponses.map { "\($0.body?.type as TypeRef?)|\($0.headers?.typeName ?? "")" })
        let success: SuccessDecl
        if successResponses.isEmpty {
            success = SuccessDecl(returnType: nil, headers: nil, responses: [], enumName: nil)
        } else if shapes.count == 1 {
            success = SuccessDecl(
                returnType: successResponses[0].body?.type, headers: successResponses[0].headers,
                responses: successResponses, enumName: nil)
        } else {
            let enumName = types.claimTopLevel(typeBase + "Result")
            success = SuccessDecl(
                returnType: .declared(TypeName(topLevel: enumName)), headers: nil, responses: successResponses,
                enumName: enumName)
        }

        var errorNames = NameScope(reserved: ReservedNames.errorCases)
        let errors = failures.map { entry -> ErrorCaseDecl in
            let status = Self.status(entry.key)
            let caseName = errorNames.claim(Naming.caseName(StatusNames.caseName(status)))
            let base = typeBase + Naming.typeName(caseName.bare)
            let body = bodyOf(entry.response, name: base + "Body", enumName: base + "Content", at: entry.mark)
            return ErrorCaseDecl(
                caseName: caseName, status: status, body: body,
                headers: headers.lower(
                    entry.response, name: typeBase + Naming.typeName(caseName.bare) + "Headers"),
                documentation: Documentation(summary: entry.response?.summary, details: entry.response?.description))
        }
        return (success, errors, headers.declared)
    }

    /// The media types of every response, when one of them offers several: the client chooses among them.
    private func acceptedMediaTypes(_ bodies: [BodyDecl], typeBase: String) -> MediaTypesDecl? {
        guard bodies.contains(where: { $0.enumName != nil }) else { return nil }
        var names = NameScope(reserved: ReservedNames.enumCases)
        var cases: [MediaTypesDecl.Case] = []
        for content in bodies.flatMap(\.contents) where !cases.contains(where: { $0.mediaType == content.mediaType }) {
            cases.append(MediaTypesDecl.Case(name: names.claim(content.caseName), mediaType: content.mediaType))
        }
        return MediaTypesDecl(typeName: types.claimTopLevel(typeBase + "MediaType"), cases: cases)
    }

    private static func status(_ key: ResponseKey) -> ResponseStatus {
        switch key {
        case .status(let code): .code(code)
        case .range(let first): .range(first)
        case .default: .default
        }
    }

    // MARK: Security

    /// The operation's alternatives of schemes, and whether one needs nothing. A scheme the document does not
    /// define is left out of the alternatives that name it (reported once per name); an alternative it leaves
    /// empty needs nothing. An alternative naming a scheme that is defined but has no credentials property
    /// (mutualTLS, left to the transport) is not one the client can send.
    /// A webhook or callback (`isEvent`) has only its own requirements: the document's are for its API's server.
    private func lowerSecurity(_ operation: Operation, isEvent: Bool) -> (alternatives: [[MemberName]], optional: Bool)
    {
        let requirements = operation.security ?? (isEvent ? nil : document.security) ?? []
        var alternatives: [[MemberName]] = []
        var optional = false
        for requirement in requirements {
            var names: [MemberName] = []
            var usable = true
            for scheme in requirement.schemes {
                if let decl = schemes[scheme.name] {
                    names.append(decl.swiftName)
                } else if document.components.securitySchemes.contains(where: { $0.name == scheme.name }) {
                    usable = false
                } else {
                    reportUndefined(scheme, alone: requirement.schemes.allSatisfy { schemes[$0.name] == nil })
                }
            }
            guard usable else { continue }
            if names.isEmpty {
                optional = true
            } else if !alternatives.contains(names) {
                alternatives.append(names)
            }
        }
        return (alternatives, optional)
    }

    /// One warning per undefined scheme name, at the first requirement that names it.
    private func reportUndefined(_ scheme: (name: String, scopes: [String], mark: Mark), alone: Bool) {
        guard reportedSchemes.insert(scheme.name).inserted else { return }
        let instead =
            alone
            ? "it is left out of every requirement naming it; one that names no other scheme sends no credentials, and the generated server does not enforce it"
            : "it is left out of every requirement naming it"
        let problem =
            document.components.unusableSecuritySchemes.contains(scheme.name)
            ? "security scheme '\(scheme.name)' cannot be used (see its warning)"
            : "security scheme '\(scheme.name)' is not defined in components.securitySchemes"
        diagnostics.append(.fallback(problem, instead: instead, file: file, at: scheme.mark))
    }
}

extension ParameterDecl.Location {
    /// The document's `in`, as the IR says it.
    init(_ location: ParameterLocation) {
        switch location {
        case .path: self = .path
        case .query: self = .query
        case .querystring: self = .querystring
        case .header: self = .header
        case .cookie: self = .cookie
        }
    }
}
