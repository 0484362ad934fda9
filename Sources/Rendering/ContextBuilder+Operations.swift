import Lowering

/// Operations: the request value, the client method, the error enum, and the server stub.
extension ContextBuilder {
    func operationContext(_ operation: OperationDecl) -> OperationContext {
        let requestScope = TypeName(topLevel: operation.requestTypeName)
        let signature: [MemberName] =
            operation.parameters.map(\.swiftName) + (operation.body.map { [$0.swiftName] } ?? [])
            + (operation.accept != nil ? ["accept"] : [])
        let values =
            operation.parameters.map { ($0.swiftName.spelled, $0.type, $0.defaultValue) }
            + (operation.body.map { [($0.swiftName.spelled, $0.type, DefaultValue?.none)] } ?? [])
        var parameterList = values.map { declaration($0.0, $0.1, default: $0.2, in: nil) }
        var requestInit = values.map { declaration($0.0, $0.1, default: $0.2, in: requestScope) }
        if let accept = operation.accept {
            // Every media type by default, in the document's order; the caller narrows or reorders them.
            let all = (
                name: "accept", type: "[\(accept.typeName)]", defaultValue: Optional("\(accept.typeName).allCases")
            )
            parameterList.append(all)
            requestInit.append(all)
        }
        if !operation.security.isEmpty { requestInit.append(("credentials", module.credentialsName, ".init()")) }
        var arguments = signature.map { ($0.bare, $0.spelled) }
        // The client's own members through `self`: a parameter may have any name but the method's locals.
        if !operation.security.isEmpty { arguments.append(("credentials", "self.credentials")) }

        return OperationContext(
            name: operation.methodName.spelled,
            requestType: operation.requestTypeName,
            errorType: operation.errorTypeName,
            returnType: returnType(operation.success),
            doc: methodDoc(operation),
            operationIDLiteral: SwiftLiteral.string(operation.operationId),
            methodLiteral: methodLiteral(operation.httpMethod),
            securityLiteral: securityList(operation),
            streams: operation.streamsBodies,
            request: requestContext(operation),
            contentReaders: contentReaders(operation),
            errorCases: operation.errors.map(errorCaseContext),
            defaultPath: SwiftLiteral.string(operation.event?.defaultPath ?? ""),
            comma: false,
            input: InputContext(
                requestDoc: DocComment.lines(
                    Documentation(
                        summary:
                            "The input of `\(operation.methodName.bare)`: \(Self.route(operation, lowercased: true))."
                    )),
                fields: fields(operation, in: requestScope),
                initParameters: Self.parameterList(requestInit),
                checks: operation.parameters.flatMap(checks)
                    + operation.parameters.filter(\.validatesNested).map { parameter in
                        let value = NestedValidationContext(
                            value: "self." + parameter.swiftName.spelled,
                            path: SwiftLiteral.string(parameter.wireName + "."),
                            location: [SwiftLiteral.string(parameter.location.rawValue)])
                        return CheckContext(unwrap: [], rules: [], validates: [value])
                    }
                    + (operation.body?.validates == true
                        ? [
                            CheckContext(
                                unwrap: [], rules: [], validates: [NestedValidationContext(value: "body", path: "\"\"")]
                            )
                        ] : []),
                patterns: Self.patterns(operation.parameters),
                nested: operation.nestedTypes.map(typeContext),
                resultEnum: operation.success.enumName.map { name in
                    [
                        ResultEnumContext(
                            name: name,
                            doc: ["/// The successful outcomes of `\(operation.methodName.bare)`."],
                            cases: operation.success.responses.map {
                                caseContext(
                                    name: $0.caseName.spelled, status: $0.status, body: $0.body, headers: $0.headers,
                                    documentation: $0.documentation)
                            })
                    ]
                } ?? [],
                headerTypes: operation.headerTypes.map(headersContext),
                contentEnums: contentEnums(operation),
                mediaTypeEnum: mediaTypeEnum(operation)),
            call: CallContext(
                parameters: Self.parameterList(parameterList),
                hasParameters: !parameterList.isEmpty,
                arguments: Self.argumentList(arguments),
                statusCases: statusCases(operation),
                sendsToURL: operation.event != nil),
            route: RouteContext(
                hasSecurity: !operation.security.isEmpty,
                securityOptional: operation.securityOptional,
                bodyMediaTypes: operation.body.map { [Self.mediaTypesLiteral($0)] } ?? [],
                pathLiteral: operation.event == nil
                    ? SwiftLiteral.string(operation.routePath) : "paths." + operation.methodName.spelled,
                returnsOutput: operation.success.returnType != nil || operation.success.headers != nil,
                successIsEnum: operation.success.enumName != nil,
                serverSuccesses: serverSuccesses(operation)),
            reading: reading(operation))
    }

    /// A parameter of a value's type, defaulted to the document's default, else to `nil` when it is optional.
    private func declaration(
        _ name: String, _ type: TypeRef, default value: DefaultValue?, in scope: TypeName?
    ) -> (name: String, type: String, defaultValue: String?) {
        (
            name, TypeSpelling.spelled(type, in: scope),
            Self.defaultExpression(value, of: type) ?? (type.isOptional ? "nil" : nil)
        )
    }

    // MARK: Documentation

    private func methodDoc(_ operation: OperationDecl) -> [String] {
        var lines = DocComment.lines(operation.documentation)
        let documented = operation.parameters.filter { !$0.documentation.isEmpty } + []
        if !documented.isEmpty || operation.body.map({ !$0.documentation.isEmpty }) == true {
            if !lines.isEmpty { lines.append("///") }
            lines.append("/// - Parameters:")
            for parameter in documented {
                lines.append(
                    "///   - \(parameter.swiftName.bare): "
                        + DocComment.inline(parameter.documentation.details ?? ""))
            }
            if let body = operation.body, let details = body.documentation.details {
                lines.append("///   - body: " + DocComment.inline(details))
            }
        }
        if operation.isDeprecated {
            if !lines.isEmpty { lines.append("///") }
            lines.append("/// - Note: The document marks this operation deprecated.")
        }
        if !lines.isEmpty { lines.append("///") }
        lines.append(
            "/// - Remark: \(Self.route(operation)), generated from \(DocComment.code(operation.origin.pointer)).")
        return lines
    }

    /// `` `GET /pets` ``, or for a webhook or callback where it goes: `` The `newPet` webhook, `POST` ``.
    static func route(_ operation: OperationDecl, lowercased: Bool = false) -> String {
        let text = routeText(operation)
        return lowercased && text.hasPrefix("The ") ? "the " + text.dropFirst(4) : text
    }

    private static func routeText(_ operation: OperationDecl) -> String {
        switch operation.event?.kind {
        case nil: "`\(operation.httpMethod) \(DocComment.inline(operation.path))`"
        case .webhook(let name)?: "The `\(DocComment.inline(name))` webhook, `\(operation.httpMethod)`"
        case .callback(let parent, let name, let expression)?:
            "The `\(DocComment.inline(name))` callback of `\(parent)`, `\(operation.httpMethod) \(DocComment.inline(expression))`"
        }
    }

    private func fields(_ operation: OperationDecl, in scope: TypeName) -> [FieldContext] {
        var fields = operation.parameters.map { parameter in
            FieldContext(
                name: parameter.swiftName.spelled, type: TypeSpelling.spelled(parameter.type, in: scope),
                doc: DocComment.lines(
                    Documentation(
                        summary: parameter.documentation.details,
                        details:
                            "- Remark: The `\(DocComment.inline(parameter.wireName))` \(parameter.location.rawValue) parameter."
                    )
                ))
        }
        if let body = operation.body {
            let sent =
                body.enumName == nil
                ? "sent as `\(DocComment.inline(body.primary.mediaType))`" : "in the media type its case names"
            fields.append(
                FieldContext(
                    name: body.swiftName.spelled, type: TypeSpelling.spelled(body.type, in: scope),
                    doc: DocComment.lines(
                        Documentation(
                            summary: body.documentation.details, details: "- Remark: The request body, \(sent)."))))
        }
        if let accept = operation.accept {
            fields.append(
                FieldContext(
                    name: "accept", type: "[\(accept.typeName)]",
                    doc: ["/// The media types to answer in, most preferred first: the request's `Accept` header."]))
        }
        if !operation.security.isEmpty {
            fields.append(
                FieldContext(
                    name: "credentials", type: module.credentialsName, doc: ["/// The credentials the request carries."]
                ))
        }
        return fields
    }

    // MARK: Validation

    /// One `try Check.…` line per applicable rule of a parameter.
    private func checks(_ parameter: ParameterDecl) -> [CheckContext] {
        ContextBuilder.ruleChecks(
            Validation.applicable(parameter.rules, to: parameter.type), value: "self." + parameter.swiftName.spelled,
            type: parameter.type,
            name: SwiftLiteral.string(parameter.wireName), location: SwiftLiteral.string(parameter.location.rawValue))
    }

    /// The checks of a value's rules (`self.name`), unwrapped as `value` when it is optional; none without rules.
    static func ruleChecks(_ rules: [ValidationRule], value: String, type: TypeRef, name: String, location: String)
        -> [CheckContext]
    {
        let subject = type.isOptional ? "value" : value
        let isInteger = type.builtin?.isInteger == true
        let calls = rules.compactMap { rule -> RuleContext? in
            let argument = SwiftLiteral.value(rule.argument)
            func call(_ subject: String, _ bound: String?) -> RuleContext {
                RuleContext(
                    function: rule.kind.rawValue, subject: subject, bound: bound.map { [$0] } ?? [], name: name,
                    location: location)
            }
            switch rule.kind {
            case .pattern:
                return rule.patternName.map { call(subject, "Self." + $0) }
            case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum:
                if isInteger, case .double = rule.argument { return call("Double(\(subject))", argument) }
                return call(subject, argument)
            case .multipleOf:
                let bound = if case .int(let number) = rule.argument { String(number) + ".0" } else { argument }
                return call(subject, bound)
            case .uniqueItems:
                return call(subject, nil)
            case .minLength, .maxLength, .minItems, .maxItems, .equals:
                return call(subject, argument)
            }
        }
        guard !calls.isEmpty else { return [] }
        return [CheckContext(unwrap: type.isOptional ? [value] : [], rules: calls, validates: [])]
    }

    /// What the client method returns: the body, `(body:headers:)` when the response documents headers, only
    /// the headers when it has no body, or `Void`.
    private func returnType(_ success: SuccessDecl) -> String {
        let body = success.returnType.map { TypeSpelling.spelled($0, in: nil) }
        switch (body, success.headers?.typeName) {
        case (let body?, let headers?): return "(body: \(body), headers: \(headers))"
        case (nil, let headers?): return headers
        case (let body?, nil): return body
        case (nil, nil): return "Void"
        }
    }

    private func errorCaseContext(_ error: ErrorCaseDecl) -> ErrorCaseContext {
        caseContext(
            name: error.caseName.spelled, status: error.status, body: error.body, headers: error.headers,
            documentation: error.documentation)
    }

    /// A response's headers struct: its properties, and how they are read from and written to header fields
    /// (each as a header parameter is: `simple` style, JSON text for `content`).
    private func headersContext(_ headers: HeadersDecl) -> HeadersContext {
        let scope = TypeName(topLevel: headers.typeName)
        let fields = headers.fields.map { field in
            FieldContext(
                name: field.swiftName.spelled, type: TypeSpelling.spelled(field.type, in: scope),
                doc: DocComment.lines(
                    Documentation(
                        summary: field.documentation.details,
                        details:
                            "- Remark: The `\(DocComment.inline(field.wireName))` header\(field.isRequired ? ", required" : "")."
                    )))
        }
        return HeadersContext(
            name: headers.typeName,
            doc: DocComment.lines(
                Documentation(
                    summary: headers.documentation.details, details: "- Remark: The headers the response documents.")),
            fields: fields,
            initParameters: Self.parameterList(
                headers.fields.map { declaration($0.swiftName.spelled, $0.type, default: $0.defaultValue, in: scope) }),
            reading: headerReads(headers.fields),
            writing: headers.fields.map(wireItem),
            checks: headers.fields.flatMap(checks),
            patterns: Self.patterns(headers.fields),
            nested: headers.nestedTypes.map(typeContext))
    }

    /// A case of an error or result enum: status codes carry their body; ranges and `default` also their status;
    /// documented headers come last, as `headers:`.
    private func caseContext(
        name: String, status: ResponseStatus, body: BodyDecl?, headers: HeadersDecl?, documentation: Documentation
    ) -> ErrorCaseContext {
        let statusText: String
        switch status {
        case .code(let code): statusText = String(code)
        case .range(let first): statusText = "\(first)XX"
        case .default: statusText = "Any other status"
        }
        // OpenAPI 3.2's response `summary` is the short form; the description otherwise.
        let description = DocComment.inline(documentation.summary ?? documentation.details ?? "")
        return ErrorCaseContext(
            name: name, withStatus: status.isCodeless,
            body: body.map { [TypeSpelling.spelled($0.type, in: nil)] } ?? [],
            headers: headers.map { [$0.typeName] } ?? [], hasPayload: body != nil || headers != nil,
            doc: ["/// " + statusText + (description.isEmpty ? "" : ": " + description)])
    }

}
