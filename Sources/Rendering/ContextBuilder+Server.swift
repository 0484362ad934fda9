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
        var arguments: [(label: String, value: String)] = []
        if let body = operation.body {
            arguments.append(("body", serverBodyRead(body, streams: operation.streamsBodies)))
        }
        if let accept = operation.accept {
            arguments.append(("accept", "Wire.accepted(request, among: \(accept.typeName).allCases)"))
        }
        if !operation.security.isEmpty { arguments.append(("credentials", "credentials")) }
        let parameters = operation.parameters.enumerated().map { index, parameter in
            parameterRead(
                parameter, among: operation.parameters, fields: "request.headerFields",
                comma: index < operation.parameters.count - 1 || !arguments.isEmpty)
        }
        return ReadingContext(
            readsQuery: operation.parameters.contains { $0.location == .query },
            readsCookies: operation.parameters.contains { parameter in
                guard parameter.location == .cookie else { return false }
                if case .styled = parameter.encoding { return false }
                return true
            },
            parameters: parameters,
            arguments: Self.argumentList(arguments),
            hasArguments: !parameters.isEmpty || !arguments.isEmpty,
            serverErrors: operation.errors.map(serverError),
            validationStatus: String(operation.validationStatus),
            requestContentReader: requestContentReader(operation),
            contentWriters: contentWriters(operation))
    }

    /// How each header of a response is read from the response's `fields`, as a header parameter is from a
    /// request.
    func headerReads(_ headers: [ParameterDecl]) -> [ParameterReadContext] {
        headers.enumerated().map { index, header in
            parameterRead(header, among: [], fields: "fields", comma: index < headers.count - 1)
        }
    }

    /// How a parameter is read: where its text is, what it becomes, and what an absent one takes; `others` are
    /// the operation's other parameters, `fields` the header fields.
    private func parameterRead(
        _ parameter: ParameterDecl, among others: [ParameterDecl], fields: String, comma: Bool
    ) -> ParameterReadContext {
        // An absent parameter with a default takes it; one without, that is not optional, is refused.
        let fallback = Self.defaultExpression(parameter.defaultValue, of: parameter.type)
        var read = ParameterReadContext(
            label: parameter.swiftName.bare, name: SwiftLiteral.string(parameter.wireName),
            location: SwiftLiteral.string(parameter.location.rawValue), path: parameter.location == .path,
            query: parameter.location == .query, querystring: parameter.location == .querystring,
            header: parameter.location == .header, cookie: parameter.location == .cookie, fields: fields,
            decodes: false, parsed: false, scalar: false, json: false, styled: false,
            type: TypeSpelling.spelled(parameter.type.nonOptional, in: nil), style: "", explode: false, claims: false,
            claimed: "", fallback: fallback.map { [$0] } ?? [], required: fallback == nil && !parameter.type.isOptional,
            comma: comma)
        switch parameter.encoding {
        case .scalar(.builtin(.string)):
            // Text is already a string; only presence is checked, and a path parameter is always present.
            if parameter.location == .path { read.required = false }
        case .scalar(let value) where parameter.location == .path:
            read.parsed = true
            read.type = TypeSpelling.spelled(value, in: nil)
            read.required = false
        case .scalar(let value):
            read.scalar = true
            read.type = TypeSpelling.spelled(value, in: nil)
        case .styled(let style, let explode, let mayBeObject):
            read.styled = true
            read.style = style.rawValue
            read.explode = explode
            if mayBeObject, explode, style == .form {
                // An exploded object is every pair the operation's other parameters do not name.
                let others = others.filter { $0.location == parameter.location && $0.wireName != parameter.wireName }
                read.claims = true
                read.claimed = others.map { SwiftLiteral.string($0.wireName) }.joined(separator: ", ")
            }
            if parameter.location == .path { read.required = false }
        case .json:
            read.json = true
        }
        read.decodes = read.parsed || read.scalar || read.json
        return read
    }
}
