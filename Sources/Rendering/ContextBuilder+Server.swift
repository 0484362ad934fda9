import Lowering

/// The server side of an operation: how the stub reads the request value, and how it answers the method's
/// result and each error case. Templates write the statements; these are their values.
extension ContextBuilder {
    func methodLiteral(_ method: String) -> String {
        switch method {
        case "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE": "." + method.lowercased()
        default: "HTTPRequest.Method(\(SwiftLiteral.string(method)))!"
        }
    }

    // MARK: Answering

    /// One element per success response; none when the operation documents none (answered 204).
    func serverSuccesses(_ operation: OperationDecl) -> [ServerSuccessContext] {
        let isEnum = operation.success.enumName != nil
        return operation.success.responses.prefix(isEnum ? Int.max : 1).map { decl in
            let status: Int
            switch decl.status {
            case .code(let code): status = code
            case .range(let first): status = first * 100
            case .default: status = 200
            }
            let headers = decl.headers != nil
            let plainValue = headers ? "output.body" : "output"
            let plainHeaders = decl.body == nil ? "output" : "output.headers"
            return ServerSuccessContext(
                caseName: isEnum ? [decl.caseName.spelled] : [], status: String(status),
                binding: Self.binding([decl.body != nil ? "value" : nil, headers ? "headers" : nil]),
                answer: answer(decl.body, status: String(status), value: isEnum ? "value" : plainValue),
                headers: headers ? [isEnum ? "headers" : plainHeaders] : [])
        }
    }

    func serverError(_ error: ErrorCaseDecl) -> ServerErrorContext {
        let code: String? = if case .code(let code) = error.status { String(code) } else { nil }
        return ServerErrorContext(
            caseName: error.caseName.spelled, status: code ?? "status",
            binding: Self.binding([
                code == nil ? "status" : nil, error.body != nil ? "body" : nil, error.headers != nil ? "headers" : nil,
            ]),
            answer: answer(error.body, status: code ?? "status", value: "body"), headers: error.headers != nil)
    }

    /// `(let status, let body)`: the pattern binding a case's payload, the names given; empty for none.
    private static func binding(_ names: [String?]) -> String {
        let bound = names.compactMap { $0.map { "let " + $0 } }
        return bound.isEmpty ? "" : "(" + bound.joined(separator: ", ") + ")"
    }

    // MARK: Reading

    /// How the server reads the request value and answers the error enum.
    func reading(_ operation: OperationDecl) -> ReadingContext {
        var arguments = operation.parameters.map {
            ($0.swiftName.bare, readExpression($0, among: operation.parameters))
        }
        if let body = operation.body {
            arguments.append(("body", serverBodyRead(body, streams: operation.streamsBodies)))
        }
        if let accept = operation.accept {
            arguments.append(("accept", "Wire.accepted(request, among: \(accept.typeName).allCases)"))
        }
        if !operation.security.isEmpty { arguments.append(("credentials", "credentials")) }
        return ReadingContext(
            readsQuery: operation.parameters.contains { $0.location == .query },
            readsCookies: operation.parameters.contains { parameter in
                guard parameter.location == .cookie else { return false }
                if case .styled = parameter.encoding { return false }
                return true
            },
            arguments: Self.argumentList(arguments),
            hasArguments: !arguments.isEmpty,
            serverErrors: operation.errors.map(serverError),
            validationStatus: String(operation.validationStatus),
            requestContentReader: requestContentReader(operation),
            contentWriters: contentWriters(operation))
    }

    /// How a response header is read from the response's `fields`, as a header parameter is from a request.
    func headerReadExpression(_ header: ParameterDecl) -> String {
        readExpression(header, among: [], fields: "fields")
    }

    /// How a parameter is read; `others` are the operation's other parameters, `fields` the header fields.
    private func readExpression(
        _ parameter: ParameterDecl, among others: [ParameterDecl], fields: String = "request.headerFields"
    ) -> String {
        let name = SwiftLiteral.string(parameter.wireName)
        let location = SwiftLiteral.string(parameter.location.rawValue)
        let source: String
        switch parameter.location {
        case .path: source = "try Wire.pathParameter(metadata, \(name))"
        case .query: source = "Wire.first(query, \(name))"
        case .querystring: source = "Wire.queryString(of: request)"
        case .header: source = "try Wire.header(\(fields), \(name))"
        case .cookie: source = "cookies[\(name)]"
        }
        // An absent parameter with a default takes it; one without, that is not optional, is refused.
        let fallback = Self.defaultExpression(parameter.defaultValue, of: parameter.type)
        var expression: String
        switch parameter.encoding {
        case .scalar(.builtin(.string)):
            // Text is already a string; only presence is checked.
            if let fallback { return "\(source) ?? \(fallback)" }
            if parameter.location == .path || parameter.type.isOptional { return source }
            return "try Check.required(\(source), \(name), in: \(location))"
        case .scalar(let value) where parameter.location == .path:
            return
                "try Check.parsed(\(source), as: \(TypeSpelling.spelled(value, in: nil)).self, \(name), in: \(location))"
        case .scalar(let value):
            expression =
                "try Wire.value(\(source), as: \(TypeSpelling.spelled(value, in: nil)).self, \(name), in: \(location))"
        case .styled(let style, let explode, let mayBeObject):
            let type = TypeSpelling.spelled(parameter.type.nonOptional, in: nil)
            var claimed = ""
            if mayBeObject, explode, style == .form {
                // An exploded object is every pair the operation's other parameters do not name.
                let others = others.filter { $0.location == parameter.location && $0.wireName != parameter.wireName }
                claimed = "claimed: [" + others.map { SwiftLiteral.string($0.wireName) }.joined(separator: ", ") + "], "
            }
            switch parameter.location {
            case .path:
                return
                    "try Wire.pathParameter(metadata, \(name), style: .\(style.rawValue), explode: \(explode), as: \(type).self)"
            case .query:
                expression =
                    "try Wire.queryParameter(query, \(name), style: .\(style.rawValue), explode: \(explode), \(claimed)as: \(type).self)"
            case .header:
                expression = "try Wire.headerParameter(\(fields), \(name), explode: \(explode), as: \(type).self)"
            default:
                expression =
                    "try Wire.cookieParameter(request, \(name), explode: \(explode), \(claimed)as: \(type).self)"
            }
        case .json:
            expression =
                "try Wire.jsonValue(\(source), as: \(TypeSpelling.spelled(parameter.type.nonOptional, in: nil)).self, \(name), in: \(location))"
        }
        if let fallback { return "\(expression) ?? \(fallback)" }
        if !parameter.type.isOptional { expression = "try Check.required(\(expression), \(name), in: \(location))" }
        return expression
    }
}
