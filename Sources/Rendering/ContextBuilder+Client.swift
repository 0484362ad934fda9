import Lowering

/// The client side of an operation: how its request value becomes an HTTP request, and how each status of the
/// response becomes the method's result or error. Templates write the statements; these are their values.
extension ContextBuilder {
    // MARK: Request

    func requestContext(_ operation: OperationDecl) -> RequestContext {
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
        let query = operation.parameters.filter { $0.location == "query" }.map(wireItem)
        let headers = operation.parameters.filter { $0.location == "header" }.map(wireItem)
        let cookies = operation.parameters.filter { $0.location == "cookie" }.map(wireItem)
        let acceptsJSON = (operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)).contains { $0.coding == .json }
        let body = operation.body.map { body in
            RequestBodyContext(
                name: body.swiftName, optional: body.type.isOptional, value: body.type.isOptional ? "body" : "self." + body.swiftName,
                contentType: SwiftLiteral.string(body.contentType), json: body.coding == .json)
        }
        return RequestContext(
            pathExpression: pathExpression.isEmpty ? "\"/\"" : pathExpression,
            buildsQuery: !query.isEmpty,
            query: query,
            mutates: !headers.isEmpty || !cookies.isEmpty || !operation.security.isEmpty || operation.body != nil || acceptsJSON,
            acceptsJSON: acceptsJSON,
            headers: headers,
            cookies: cookies,
            appliesCredentials: !operation.security.isEmpty,
            body: body.map { [$0] } ?? [])
    }

    /// A query, header or cookie parameter: its value, unwrapped as `value` when optional, and its text.
    private func wireItem(_ parameter: ParameterDecl) -> WireItemContext {
        let value = parameter.type.isOptional ? "value" : "self." + parameter.swiftName
        var repeated = false
        if parameter.location == "query", case .list(_, _, let explode) = parameter.encoding { repeated = explode }
        return WireItemContext(
            name: SwiftLiteral.string(parameter.wireName),
            unwrap: parameter.type.isOptional ? ["self." + parameter.swiftName] : [],
            value: value,
            text: textExpression(parameter, value: value),
            repeated: repeated)
    }

    /// The `[[.bearer], [.apiKey, .session]]` alternatives of an operation's security.
    func securityList(_ operation: OperationDecl) -> String {
        "[" + operation.security.map { "[" + $0.map { "." + $0 }.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
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

    // MARK: Response

    /// Documented statuses first, then ranges, then `default` or the `undocumented` fallback.
    func statusCases(_ operation: OperationDecl) -> [StatusCaseContext] {
        let failure = operation.errorTypeName
        var exact: [StatusCaseContext] = []
        var ranges: [StatusCaseContext] = []
        var fallback: StatusCaseContext?
        func place(_ status: ResponseStatus, returns: Bool, caseName: String?, body: BodyDecl?) {
            let withStatus = !returns && status.isCodeless
            let decoded = body.map { decodeExpression($0, failure: failure, status: statusExpression(status)) }
            var entry = StatusCaseContext(
                code: [], range: [], isDefault: false, returns: returns, caseName: caseName.map { [$0] } ?? [],
                withStatus: withStatus, decoded: decoded.map { [$0] } ?? [], wrapped: caseName != nil && (withStatus || decoded != nil))
            switch status {
            case .code(let code):
                entry.code = [String(code)]
                exact.append(entry)
            case .range(let first):
                entry.range = [RangeContext(lower: String(first * 100), upper: String(first * 100 + 100))]
                ranges.append(entry)
            case .default:
                entry.isDefault = true
                fallback = entry
            }
        }
        for response in operation.success.responses {
            place(response.status, returns: true, caseName: operation.success.enumName == nil ? nil : response.caseName, body: response.body)
        }
        for error in operation.errors {
            place(error.status, returns: false, caseName: error.caseName, body: error.body)
        }
        let undocumented = StatusCaseContext(
            code: [], range: [], isDefault: true, returns: false, caseName: ["undocumented"], withStatus: true, decoded: ["responseBody"],
            wrapped: true)
        return exact + ranges + [fallback ?? undocumented]
    }

    /// Whether a status case reads the response body: one that decodes a body, or the `undocumented` fallback
    /// that carries it, written unless the document has a `default` response.
    func readsResponseBody(_ operation: OperationDecl) -> Bool {
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
}

extension ResponseStatus {
    /// A range or `default`: the response's own status is not fixed, so a case for it carries it.
    var isCodeless: Bool {
        if case .code = self { return false }
        return true
    }
}
