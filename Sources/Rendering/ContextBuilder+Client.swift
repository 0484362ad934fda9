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
                let value = "self." + swiftName.spelled
                guard let parameter = operation.parameters.first(where: { $0.swiftName == swiftName }) else {
                    return "(try Wire.pathSegment(\(value), \(SwiftLiteral.string(swiftName.bare))))"
                }
                let wireName = SwiftLiteral.string(parameter.wireName)
                if case .styled(let style, let explode, _) = parameter.encoding {
                    return "(try Wire.pathText(\(value), \(wireName), style: .\(style.rawValue), explode: \(explode)))"
                }
                return "(try Wire.pathSegment(\(textExpression(parameter, value: value)), \(wireName)))"
            }
        }.joined(separator: " + ")
        let query = operation.parameters.filter { $0.location == .query || $0.location == .querystring }.map(wireItem)
        let headers = operation.parameters.filter { $0.location == .header }.map(wireItem)
        let cookies = operation.parameters.filter { $0.location == .cookie }.map(wireItem)
        let responseBodies = operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)
        let accept: String? =
            if operation.accept != nil {
                "Wire.acceptHeader(self.accept)"
            } else if responseBodies.contains(where: { $0.primary.coding == .json }) { "\"application/json\"" } else {
                nil
            }
        return RequestContext(
            // A webhook or callback goes to the receiver's URL as it is: its path adds nothing.
            pathExpression: pathExpression.isEmpty ? (operation.event == nil ? "\"/\"" : "\"\"") : pathExpression,
            buildsQuery: !query.isEmpty,
            query: query,
            mutates: !headers.isEmpty || !cookies.isEmpty || !operation.security.isEmpty || operation.body != nil
                || accept != nil,
            accept: accept.map { [$0] } ?? [],
            headers: headers,
            cookies: cookies,
            appliesCredentials: !operation.security.isEmpty,
            body: operation.body.map { [requestBodyContext($0)] } ?? [])
    }

    /// A query, header or cookie parameter: its value, unwrapped as `value` when optional, and how it is written.
    func wireItem(_ parameter: ParameterDecl) -> WireItemContext {
        let value = parameter.type.isOptional ? "value" : "self." + parameter.swiftName.spelled
        let name = SwiftLiteral.string(parameter.wireName)
        var styled = false
        var explode = false
        var text = ""
        var pairs = ""
        // Each location writes one of these: query pairs, a header's text, or a cookie's text or style.
        switch (parameter.location, parameter.encoding) {
        case (.query, .scalar): pairs = "try Wire.queryPairs(\(value), \(name), style: .form, explode: true)"
        case (.query, .styled(let style, let exploded, _)):
            pairs = "try Wire.queryPairs(\(value), \(name), style: .\(style.rawValue), explode: \(exploded))"
        case (.query, .json): pairs = "try Wire.queryPairs(json: \(value), \(name))"
        // OpenAPI 3.2's `in: querystring`: the value's JSON text is the whole query.
        case (.querystring, _): pairs = "[Wire.escaped(try Wire.jsonText(\(value), \(name), in: \"query\"))]"
        case (.header, .styled(_, let exploded, _)):
            text = "try Wire.headerText(\(value), \(name), explode: \(exploded))"
        case (.header, _): text = "try Wire.headerValue(\(textExpression(parameter, value: value)), \(name))"
        case (_, .styled(_, let exploded, _)):
            styled = true
            explode = exploded
        default: text = textExpression(parameter, value: value)
        }
        return WireItemContext(
            name: name,
            unwrap: parameter.type.isOptional ? ["self." + parameter.swiftName.spelled] : [],
            value: value,
            text: text,
            pairs: pairs,
            styled: styled,
            explode: explode)
    }

    /// The `[[.bearer], [.apiKey, .session]]` alternatives of an operation's security.
    func securityList(_ operation: OperationDecl) -> String {
        "["
            + operation.security.map { "[" + $0.map { "." + $0.spelled }.joined(separator: ", ") + "]" }.joined(
                separator: ", ")
            + "]"
    }

    /// A scalar's text, or a structured value's JSON text.
    private func textExpression(_ parameter: ParameterDecl, value: String) -> String {
        switch parameter.encoding {
        case .scalar, .styled: return "\(value).parameterText"
        case .json:
            return
                "try Wire.jsonText(\(value), \(SwiftLiteral.string(parameter.wireName)), in: \(SwiftLiteral.string(parameter.location.rawValue)))"
        }
    }

    // MARK: Response

    /// Documented statuses first, then ranges, then `default` or the `undocumented` fallback. Each reads
    /// `response`, a `CollectedResponse`, or a `StreamedResponse` when the operation streams a body.
    func statusCases(_ operation: OperationDecl) -> [StatusCaseContext] {
        var exact: [StatusCaseContext] = []
        var ranges: [StatusCaseContext] = []
        var fallback: StatusCaseContext?
        func place(_ status: ResponseStatus, returns: Bool, caseName: String?, body: BodyDecl?, headers: HeadersDecl?) {
            var payload: [(label: String?, value: String)] = []
            if !returns && status.isCodeless { payload.append(("status", "response.status")) }
            if let body {
                // Labelled after a status, and in a plain success's `(body:headers:)`.
                let label = !payload.isEmpty || (caseName == nil && headers != nil) ? "body" : nil
                payload.append((label, readExpression(body, streams: operation.streamsBodies)))
            }
            if let headers {
                payload.append(
                    (caseName == nil && body == nil ? nil : "headers", "try response.headers(\(headers.typeName).self)")
                )
            }
            var entry = StatusCaseContext(
                code: [], range: [], isDefault: false, returns: returns, caseName: caseName.map { [$0] } ?? [],
                payload: payload.enumerated().map { index, item in
                    PayloadContext(
                        label: item.label.map { [$0] } ?? [], value: item.value, comma: index < payload.count - 1)
                },
                wrapped: caseName != nil ? !payload.isEmpty : payload.count > 1)
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
            place(
                response.status, returns: true,
                caseName: operation.success.enumName == nil ? nil : response.caseName.spelled,
                body: response.body,
                headers: response.headers)
        }
        for error in operation.errors {
            place(
                error.status, returns: false, caseName: error.caseName.spelled, body: error.body, headers: error.headers
            )
        }
        let undocumented = StatusCaseContext(
            code: [], range: [], isDefault: true, returns: false, caseName: ["undocumented"],
            payload: [
                PayloadContext(label: ["status"], value: "response.status", comma: true),
                PayloadContext(
                    label: ["body"],
                    value: operation.streamsBodies ? "try await response.collect()" : "response.body",
                    comma: false),
            ],
            wrapped: true)
        return exact + ranges + [fallback ?? undocumented]
    }
}

extension ResponseStatus {
    /// A range or `default`: the response's own status is not fixed, so a case for it carries it.
    var isCodeless: Bool {
        if case .code = self { return false }
        return true
    }
}
