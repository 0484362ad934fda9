import Lowering

/// Operations: the request value, the client method, the error enum, and the server stub.
extension ContextBuilder {
    func operationContext(_ operation: OperationDecl) -> OperationContext {
        let requestScope = TypeName(topLevel: operation.requestTypeName)
        let signature = operation.parameters.map(\.swiftName) + (operation.body.map { [$0.swiftName] } ?? [])
        var parameterList = operation.parameters.map { declaration($0.swiftName, $0.type, in: nil) }
        if let body = operation.body { parameterList.append(declaration(body.swiftName, body.type, in: nil)) }
        var requestInit = operation.parameters.map { declaration($0.swiftName, $0.type, in: requestScope) }
        if let body = operation.body { requestInit.append(declaration(body.swiftName, body.type, in: requestScope)) }
        if !operation.security.isEmpty { requestInit.append("credentials: \(module.credentialsName) = .init()") }
        var arguments = signature.map { Naming.bare($0) + ": " + $0 }
        // The client's own members through `self`: a parameter may have any name but the method's locals.
        if !operation.security.isEmpty { arguments.append("credentials: self.credentials") }

        let patterns = operation.patternRules.compactMap { entry in
            entry.rule.patternName.map { PatternContext(name: $0, literal: SwiftLiteral.value(entry.rule.argument)) }
        }
        return OperationContext(
            name: operation.methodName,
            requestType: operation.requestTypeName,
            errorType: operation.errorTypeName,
            returnType: operation.success.returnType.map { TypeSpelling.spelled($0, in: nil) } ?? "Void",
            doc: methodDoc(operation),
            requestDoc: DocComment.lines(
                Documentation(summary: "The input of `\(Naming.bare(operation.methodName))`: `\(operation.httpMethod) \(DocComment.inline(operation.path))`.")),
            fields: fields(operation, in: requestScope),
            initParameters: requestInit.joined(separator: ", "),
            checks: operation.parameters.flatMap(checks) + (operation.body?.validates == true ? ["try body.validate(at: \"\")"] : []),
            patterns: patterns,
            nested: nestedSource(operation.nestedTypes),
            parameters: parameterList.joined(separator: ", "),
            arguments: arguments.joined(separator: ", "),
            responseBinding: readsResponseBody(operation) ? "(response, responseBody)" : "(response, _)",
            statusCases: statusCases(operation),
            operationIDLiteral: SwiftLiteral.string(operation.operationId),
            request: requestContext(operation),
            errorCases: operation.errors.map(errorCaseContext),
            resultEnum: operation.success.enumName.map { name in
                [
                    ResultEnumContext(
                        name: name,
                        doc: ["/// The successful outcomes of `\(Naming.bare(operation.methodName))`."],
                        cases: operation.success.responses.map {
                            caseContext(name: $0.caseName, status: $0.status, body: $0.body, documentation: $0.documentation)
                        })
                ]
            } ?? [],
            securityLiteral: securityList(operation),
            securityOptional: operation.securityOptional,
            methodLiteral: methodLiteral(operation.httpMethod),
            pathLiteral: SwiftLiteral.string(operation.routePath),
            returnsOutput: operation.success.returnType != nil,
            successIsEnum: operation.success.enumName != nil,
            serverSuccesses: serverSuccesses(operation),
            serverRead: serverRead(operation),
            serverErrors: operation.errors.map(serverError),
            invalidArgumentResponse: ".json(\(operation.validationStatus), failure)")
    }

    private func declaration(_ name: String, _ type: TypeRef, in scope: TypeName?) -> String {
        "\(name): \(TypeSpelling.spelled(type, in: scope))" + (type.isOptional ? " = nil" : "")
    }

    // MARK: Documentation

    private func methodDoc(_ operation: OperationDecl) -> [String] {
        var lines = DocComment.lines(operation.documentation)
        let documented = operation.parameters.filter { !$0.documentation.isEmpty } + []
        if !documented.isEmpty || operation.body.map({ !$0.documentation.isEmpty }) == true {
            if !lines.isEmpty { lines.append("///") }
            lines.append("/// - Parameters:")
            for parameter in documented {
                lines.append("///   - \(Naming.bare(parameter.swiftName)): " + DocComment.inline(parameter.documentation.details ?? ""))
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
        lines.append("/// - Remark: `\(operation.httpMethod) \(DocComment.inline(operation.path))`, generated from `\(operation.origin.pointer.replacingOccurrences(of: "`", with: "'"))`.")
        return lines
    }

    private func fields(_ operation: OperationDecl, in scope: TypeName) -> [FieldContext] {
        var fields = operation.parameters.map { parameter in
            FieldContext(
                name: parameter.swiftName, type: TypeSpelling.spelled(parameter.type, in: scope),
                doc: DocComment.lines(Documentation(
                    summary: parameter.documentation.details,
                    details: "- Remark: The `\(DocComment.inline(parameter.wireName))` \(parameter.location) parameter.")))
        }
        if let body = operation.body {
            fields.append(FieldContext(name: body.swiftName, type: TypeSpelling.spelled(body.type, in: scope), doc: DocComment.lines(Documentation(
                summary: body.documentation.details, details: "- Remark: The request body, sent as `\(DocComment.inline(body.contentType))`."))))
        }
        if !operation.security.isEmpty {
            fields.append(FieldContext(name: "credentials", type: module.credentialsName, doc: ["/// The credentials the request carries."]))
        }
        return fields
    }

    // MARK: Validation

    /// One `try Check.…` line per applicable rule of a parameter.
    private func checks(_ parameter: ParameterDecl) -> [String] {
        ContextBuilder.ruleChecks(
            Validation.applicable(parameter.rules, to: parameter.type), value: "self." + parameter.swiftName, type: parameter.type,
            name: SwiftLiteral.string(parameter.wireName), location: "\"" + parameter.location + "\"")
    }

    /// `try Check.…` lines for rules on a value (`self.name`), inside `if let value = …` when it is optional.
    static func ruleChecks(_ rules: [ValidationRule], value: String, type: TypeRef, name: String, location: String) -> [String] {
        let subject = type.isOptional ? "value" : value
        let isInteger = type.builtin?.isInteger == true
        let lines = rules.compactMap { rule -> String? in
            let argument = SwiftLiteral.value(rule.argument)
            switch rule.kind {
            case .pattern:
                guard let pattern = rule.patternName else { return nil }
                return "try Check.pattern(\(subject), Self.\(pattern), \(name), in: \(location))"
            case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum:
                if isInteger, case .double = rule.argument {
                    return "try Check.\(rule.kind.rawValue)(Double(\(subject)), \(argument), \(name), in: \(location))"
                }
                return "try Check.\(rule.kind.rawValue)(\(subject), \(argument), \(name), in: \(location))"
            case .multipleOf:
                let bound = if case .int(let number) = rule.argument { String(number) + ".0" } else { argument }
                return "try Check.multipleOf(\(subject), \(bound), \(name), in: \(location))"
            case .uniqueItems:
                return "try Check.uniqueItems(\(subject), \(name), in: \(location))"
            case .minLength, .maxLength, .minItems, .maxItems:
                return "try Check.\(rule.kind.rawValue)(\(subject), \(argument), \(name), in: \(location))"
            }
        }
        guard type.isOptional, !lines.isEmpty else { return lines }
        return ["if let value = \(value) {"] + lines.map { "    " + $0 } + ["}"]
    }

    private func errorCaseContext(_ error: ErrorCaseDecl) -> ErrorCaseContext {
        caseContext(name: error.caseName, status: error.status, body: error.body, documentation: error.documentation)
    }

    /// A case of an error or result enum: status codes carry their body; ranges and `default` also their status.
    private func caseContext(name: String, status: ResponseStatus, body: BodyDecl?, documentation: Documentation) -> ErrorCaseContext {
        let payload: String
        switch (status, body) {
        case (.code, nil): payload = ""
        case (.code, let body?): payload = "(\(TypeSpelling.spelled(body.type, in: nil)))"
        case (_, nil): payload = "(status: Int)"
        case (_, let body?): payload = "(status: Int, body: \(TypeSpelling.spelled(body.type, in: nil)))"
        }
        let statusText: String
        switch status {
        case .code(let code): statusText = String(code)
        case .range(let first): statusText = "\(first)XX"
        case .default: statusText = "Any other status"
        }
        let description = DocComment.inline(documentation.details ?? "")
        return ErrorCaseContext(
            name: name, payload: payload,
            doc: ["/// " + statusText + (description.isEmpty ? "" : ": " + description)])
    }


}
