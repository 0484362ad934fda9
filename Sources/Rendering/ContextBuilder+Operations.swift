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
        let statusCases = statusCases(operation)
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
            statusCases: statusCases,
            operationIDLiteral: SwiftLiteral.string(operation.operationId),
            encodeLines: encodeLines(operation),
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
            handlerCall: operation.success.returnType == nil
                ? "try await self.\(operation.methodName)(input)" : "let output = try await self.\(operation.methodName)(input)",
            responseLines: responseLines(operation),
            methodLiteral: methodLiteral(operation.httpMethod),
            pathLiteral: SwiftLiteral.string(operation.routePath),
            decodeLines: decodeLines(operation),
            serverErrorCases: operation.errors.map(serverErrorCase),
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

    // MARK: Client

    private func encodeLines(_ operation: OperationDecl) -> [String] {
        var lines: [String] = []
        let pathExpression = operation.pathParts.map { part -> String in
            switch part {
            case .literal(let text): return SwiftLiteral.string(text)
            case .parameter(let swiftName):
                let parameter = operation.parameters.first { $0.swiftName == swiftName }
                let text = parameter.map { textExpression($0, value: "self." + swiftName) } ?? "self." + swiftName
                let wireName = SwiftLiteral.string(parameter?.wireName ?? swiftName)
                return "(try Wire.pathSegment(\(text), \(wireName)))"
            }
        }.joined(separator: " + ")
        let queryParameters = operation.parameters.filter { $0.location == "query" }
        let needsVarPath = !queryParameters.isEmpty
        lines.append("\(needsVarPath ? "var" : "let") path = " + (pathExpression.isEmpty ? "\"/\"" : pathExpression))
        if needsVarPath {
            lines.append("var query: [(String, String)] = []")
            for parameter in queryParameters {
                lines += optionalWrapped(parameter) { value in
                    let name = SwiftLiteral.string(parameter.wireName)
                    if case .list(_, _, let explode) = parameter.encoding, explode {
                        return ["for item in \(value) { query.append((\(name), item.parameterText)) }"]
                    }
                    return ["query.append((\(name), \(textExpression(parameter, value: value))))"]
                }
            }
            lines.append("if !query.isEmpty { path += \"?\" + Wire.queryString(query) }")
        }
        let headers = operation.parameters.filter { $0.location == "header" }
        let cookies = operation.parameters.filter { $0.location == "cookie" }
        let acceptsJSON = (operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)).contains { $0.coding == .json }
        let mutates = !headers.isEmpty || !cookies.isEmpty || !operation.security.isEmpty || operation.body != nil || acceptsJSON
        lines.append("\(mutates ? "var" : "let") request = HTTPRequest(method: \(methodLiteral(operation.httpMethod)), scheme: nil, authority: nil, path: path)")
        if acceptsJSON { lines.append("request.headerFields[.accept] = \"application/json\"") }
        for parameter in headers {
            lines += optionalWrapped(parameter) { value in
                let name = SwiftLiteral.string(parameter.wireName)
                return ["request.headerFields[HTTPField.Name(\(name))!] = try Wire.headerValue(\(textExpression(parameter, value: value)), \(name))"]
            }
        }
        for parameter in cookies {
            lines += optionalWrapped(parameter) { value in
                ["Wire.appendCookie(&request, \(SwiftLiteral.string(parameter.wireName)), \(textExpression(parameter, value: value)))"]
            }
        }
        if !operation.security.isEmpty {
            lines.append("credentials.apply(anyOf: \(securityList(operation)), to: &request)")
        }
        guard let body = operation.body else {
            lines.append("return (request, nil)")
            return lines
        }
        var value = "self." + body.swiftName
        if body.type.isOptional {
            lines.append("guard let body = self.\(body.swiftName) else { return (request, nil) }")
            value = "body"
        }
        lines.append("request.headerFields[.contentType] = \(SwiftLiteral.string(body.contentType))")
        switch body.coding {
        case .json: lines.append("return (request, HTTPBody(try Wire.json(\(value))))")
        case .text: lines.append("return (request, HTTPBody(\(value)))")
        case .binary: lines.append("return (request, HTTPBody(\(value)))")
        }
        return lines
    }

    private func securityList(_ operation: OperationDecl) -> String {
        "[" + operation.security.map { "[" + $0.map { "." + $0 }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// Lines that use a parameter's value (`self.name`), inside `if let value = …` when it is optional.
    private func optionalWrapped(_ parameter: ParameterDecl, _ body: (String) -> [String]) -> [String] {
        guard parameter.type.isOptional else { return body("self." + parameter.swiftName) }
        return ["if let value = self.\(parameter.swiftName) {"] + body("value").map { "    " + $0 } + ["}"]
    }

    /// The text form of a parameter value on the wire.
    private func textExpression(_ parameter: ParameterDecl, value: String) -> String {
        switch parameter.encoding {
        case .scalar: return "\(value).parameterText"
        case .list(_, let separator, _):
            return "\(value).map(\\.parameterText).joined(separator: \(SwiftLiteral.string(separator)))"
        case .json:
            return "try Wire.jsonText(\(value), \(SwiftLiteral.string(parameter.wireName)), in: \(SwiftLiteral.string(parameter.location)))"
        }
    }

    private func statusCases(_ operation: OperationDecl) -> [String] {
        let failure = operation.errorTypeName
        var exact: [String] = []
        var ranges: [String] = []
        var fallback: String?
        func place(_ status: ResponseStatus, _ line: (String) -> String) {
            switch status {
            case .code(let code): exact.append(line("case \(code):"))
            case .range(let first): ranges.append(line("case \(first * 100)..<\(first * 100 + 100):"))
            case .default: fallback = line("default:")
            }
        }
        for response in operation.success.responses {
            let statusText = statusExpression(response.status)
            let decoded = response.body.map { decodeExpression($0, failure: failure, status: statusText) }
            place(response.status) { label in
                if operation.success.enumName != nil {
                    return label + " return ." + response.caseName + (decoded.map { "(\($0))" } ?? "")
                }
                return label + " return" + (decoded.map { " " + $0 } ?? "")
            }
        }
        for error in operation.errors {
            let statusText = statusExpression(error.status)
            let decoded = error.body.map { decodeExpression($0, failure: failure, status: statusText) }
            place(error.status) { label in
                switch (error.status, decoded) {
                case (.code, nil): return label + " throw ." + error.caseName
                case (.code, let decoded?): return label + " throw .\(error.caseName)(\(decoded))"
                case (_, nil): return label + " throw .\(error.caseName)(status: response.status.code)"
                case (_, let decoded?): return label + " throw .\(error.caseName)(status: response.status.code, body: \(decoded))"
                }
            }
        }
        return exact + ranges + [fallback ?? "default: throw .undocumented(status: response.status.code, body: responseBody)"]
    }

    /// Whether a status case reads the response body: one that decodes a body, or the `undocumented` fallback
    /// that carries it, written unless the document has a `default` response.
    private func readsResponseBody(_ operation: OperationDecl) -> Bool {
        let statuses = operation.success.responses.map { ($0.status, $0.body) } + operation.errors.map { ($0.status, $0.body) }
        return statuses.contains { $0.1 != nil } || !statuses.contains { $0.0 == .default }
    }

    private func statusExpression(_ status: ResponseStatus) -> String {
        if case .code(let code) = status { return String(code) }
        return "response.status.code"
    }

    private func decodeExpression(_ body: BodyDecl, failure: String, status: String) -> String {
        switch body.coding {
        case .json: "try \(failure).decode(\(TypeSpelling.spelled(body.type, in: nil)).self, from: responseBody, status: \(status))"
        case .text: "try \(failure).text(from: responseBody, status: \(status))"
        case .binary: "responseBody"
        }
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

    // MARK: Server

    private func methodLiteral(_ method: String) -> String {
        switch method {
        case "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE": "." + method.lowercased()
        default: "HTTPRequest.Method(\(SwiftLiteral.string(method)))!"
        }
    }

    private func responseLines(_ operation: OperationDecl) -> [String] {
        func response(_ decl: ResponseDecl, value: String) -> String {
            let status: Int
            switch decl.status {
            case .code(let code): status = code
            case .range(let first): status = first * 100
            case .default: status = 200
            }
            guard let body = decl.body else { return ".empty(\(status))" }
            switch body.coding {
            case .json: return ".json(\(status), \(value))"
            case .text: return ".text(\(status), \(value), contentType: \(SwiftLiteral.string(body.contentType)))"
            case .binary: return ".data(\(status), \(value), contentType: \(SwiftLiteral.string(body.contentType)))"
            }
        }
        let responses = operation.success.responses
        guard let first = responses.first else { return ["return .empty(204)"] }
        guard operation.success.enumName != nil else {
            return ["return " + response(first, value: "output")]
        }
        return ["switch output {"]
            + responses.map { decl in
                decl.body == nil
                    ? "case .\(decl.caseName): return \(response(decl, value: ""))"
                    : "case .\(decl.caseName)(let value): return \(response(decl, value: "value"))"
            } + ["}"]
    }

    private func decodeLines(_ operation: OperationDecl) -> [String] {
        var lines: [String] = []
        if operation.parameters.contains(where: { $0.location == "query" }) { lines.append("let query = Wire.query(of: request)") }
        if operation.parameters.contains(where: { $0.location == "cookie" }) { lines.append("let cookies = Wire.cookies(of: request)") }
        var arguments = operation.parameters.map { Naming.bare($0.swiftName) + ": " + readExpression($0) }
        if let body = operation.body {
            let read: String
            switch body.coding {
            case .json: read = "try Wire.body(body, as: \(TypeSpelling.spelled(body.type.nonOptional, in: nil)).self)"
            case .text: read = "try Wire.text(body)"
            case .binary: read = "body"
            }
            arguments.append("body: " + (body.type.isOptional && body.coding != .binary ? "body.isEmpty ? nil : \(read)" : read))
        }
        if !operation.security.isEmpty { arguments.append("credentials: credentials") }
        if arguments.isEmpty {
            lines.append("self.init()")
        } else {
            lines.append("self.init(")
            lines += arguments.enumerated().map { index, argument in "    " + argument + (index < arguments.count - 1 ? "," : "") }
            lines.append(")")
        }
        return lines
    }

    private func readExpression(_ parameter: ParameterDecl) -> String {
        let name = SwiftLiteral.string(parameter.wireName)
        let location = SwiftLiteral.string(parameter.location)
        let source: String
        switch parameter.location {
        case "path": source = "try Wire.pathParameter(metadata, \(name))"
        case "query": source = "Wire.first(query, \(name))"
        case "header": source = "request.headerFields[HTTPField.Name(\(name))!]"
        default: source = "cookies[\(name)]"
        }
        var expression: String
        switch parameter.encoding {
        case .scalar(.builtin(.string)):
            // Text is already a string; only presence is checked.
            if parameter.location == "path" || parameter.type.isOptional { return source }
            return "try Check.required(\(source), \(name), in: \(location))"
        case .scalar(let value) where parameter.location == "path":
            return "try Check.parsed(\(source), as: \(TypeSpelling.spelled(value, in: nil)).self, \(name), in: \(location))"
        case .scalar(let value):
            expression = "try Wire.value(\(source), as: \(TypeSpelling.spelled(value, in: nil)).self, \(name), in: \(location))"
        case .list(let element, let separator, let explode):
            let texts = parameter.location == "query" && explode ? "Wire.all(query, \(name))" : "Wire.split(\(source), \(SwiftLiteral.string(separator)))"
            expression = "try Wire.values(\(texts), as: \(TypeSpelling.spelled(element, in: nil)).self, \(name), in: \(location))"
        case .json:
            expression = "try Wire.jsonValue(\(source), as: \(TypeSpelling.spelled(parameter.type.nonOptional, in: nil)).self, \(name), in: \(location))"
        }
        if !parameter.type.isOptional { expression = "try Check.required(\(expression), \(name), in: \(location))" }
        return expression
    }

    private func serverErrorCase(_ error: ErrorCaseDecl) -> String {
        func response(_ status: String, _ value: String) -> String {
            guard let body = error.body else { return ".empty(\(status))" }
            switch body.coding {
            case .json: return ".json(\(status), \(value))"
            case .text: return ".text(\(status), \(value), contentType: \(SwiftLiteral.string(body.contentType)))"
            case .binary: return ".data(\(status), \(value), contentType: \(SwiftLiteral.string(body.contentType)))"
            }
        }
        switch (error.status, error.body) {
        case (.code(let code), nil): return "case .\(error.caseName): \(response(String(code), ""))"
        case (.code(let code), _): return "case .\(error.caseName)(let body): \(response(String(code), "body"))"
        case (_, nil): return "case .\(error.caseName)(let status): \(response("status", ""))"
        case (_, _): return "case .\(error.caseName)(let status, let body): \(response("status", "body"))"
        }
    }
}
