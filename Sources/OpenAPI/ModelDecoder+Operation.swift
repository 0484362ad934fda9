import Source
import YAML

/// Paths, operations and everything an operation carries: parameters, bodies, responses, headers, examples.
extension ModelDecoder {
    func paths(_ node: Node) -> [PathEntry] {
        entries(node, "paths").compactMap { entry in
            if entry.key.hasPrefix("x-") { return nil }
            var path = entry.key
            if !path.hasPrefix("/") {
                path = "/" + path
                fallback("path '\(entry.key)' must start with '/'", instead: "read as '\(path)'", at: entry.mark)
            }
            let pointer = JSONPointer.appending("#/paths", entry.key)
            guard let item = referable(entry.value, { pathItem($0, pointer: pointer) }) else { return nil }
            return PathEntry(path: path, item: item, mark: entry.mark)
        }
    }

    func pathItem(_ node: Node, pointer: String) -> PathItem? {
        var item = PathItem(operations: [], parameters: [], extensions: [], pointer: pointer, mark: node.start)
        item.extensions = object(node, "a path item", instead: "the path is left out") { key, value in
            if let method = HTTPMethod(rawValue: key) {
                if method == .query, !is32 { return false }
                item.declaredOperations += 1
                if let operation = operation(value, pointer: JSONPointer.appending(pointer, key)) {
                    item.operations.append((method, operation))
                }
                return true
            }
            switch key {
            case "summary": item.summary = string(value, key)
            case "description": item.description = string(value, key)
            case "servers": item.servers = servers(value, key)
            case "parameters": item.parameters = parameterList(value, pointer: JSONPointer.appending(pointer, key))
            case "additionalOperations" where is32:
                // Methods beyond the fixed keys, spelled as they are sent (`LINK`, `COPY`).
                let base = JSONPointer.appending(pointer, key)
                for entry in entries(value, key) {
                    item.declaredOperations += 1
                    guard HTTPSyntax.isToken(entry.key) else {
                        warning("'\(entry.key)' is not an HTTP method name; this operation is left out", at: entry.mark)
                        continue
                    }
                    if HTTPMethod(rawValue: entry.key.lowercased()) != nil {
                        warning(
                            "'\(entry.key)' belongs in the path item's '\(entry.key.lowercased())' key, not in additionalOperations; it is left out",
                            at: entry.mark)
                        continue
                    }
                    if let operation = operation(entry.value, pointer: JSONPointer.appending(base, entry.key)) {
                        item.operations.append((HTTPMethod(additional: entry.key), operation))
                    }
                }
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        return item
    }

    func operation(_ node: Node, pointer: String) -> Operation? {
        var operation = Operation(
            tags: [], parameters: [], responses: [], callbacks: [], deprecated: false, extensions: [],
            pointer: pointer, mark: node.start)
        var sawResponses = false
        operation.extensions = object(node, "an operation", instead: "the operation is left out") { key, value in
            switch key {
            case "tags": operation.tags = strings(value, key)
            case "summary": operation.summary = string(value, key)
            case "description": operation.description = string(value, key)
            case "externalDocs": operation.externalDocs = externalDocs(value)
            case "operationId":
                operation.operationId = string(value, key)
                operation.operationIdMark = value.start
            case "parameters": operation.parameters = parameterList(value, pointer: JSONPointer.appending(pointer, key))
            case "requestBody":
                operation.requestBody = referable(value) {
                    requestBody($0, pointer: JSONPointer.appending(pointer, key))
                }
            case "responses":
                sawResponses = true
                operation.responses = responses(value, pointer: JSONPointer.appending(pointer, key))
            case "callbacks":
                operation.callbacks = referableMap(value, key, pointer: JSONPointer.appending(pointer, key)) {
                    callback($0, pointer: $1)
                }.map { ($0.0, $0.1) }
            case "deprecated": operation.deprecated = bool(value, key) ?? false
            case "security": operation.security = securityRequirements(value)
            case "servers": operation.servers = servers(value, key)
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        if !sawResponses, !is31 { warning("operation has no 'responses'", at: node.start) }
        return operation
    }

    func parameterList(_ node: Node, pointer: String) -> [Referable<Parameter>] {
        sequence(node, "parameters").enumerated().compactMap { index, item in
            referable(item) { parameter($0, pointer: pointer + "/\(index)") }
        }
    }

    func parameter(_ node: Node, pointer: String) -> Parameter? {
        var parameter = Parameter(
            name: "", location: .query, required: false, deprecated: false, allowEmptyValue: false,
            allowReserved: false, content: [], examples: [], extensions: [], pointer: pointer, mark: node.start)
        var nameNode: Node?
        var locationNode: Node?
        parameter.extensions = object(node, "a parameter", instead: "the parameter is left out") { key, value in
            switch key {
            case "name": nameNode = value
            case "in": locationNode = value
            case "description": parameter.description = string(value, key)
            case "required": parameter.required = bool(value, key) ?? false
            case "deprecated": parameter.deprecated = bool(value, key) ?? false
            case "allowEmptyValue": parameter.allowEmptyValue = bool(value, key) ?? false
            case "style": parameter.style = string(value, key)
            case "explode": parameter.explode = bool(value, key)
            case "allowReserved": parameter.allowReserved = bool(value, key) ?? false
            case "schema": parameter.schema = schema(value, pointer: JSONPointer.appending(pointer, key))
            case "content": parameter.content = content(value, pointer: JSONPointer.appending(pointer, key))
            case "example": parameter.example = value.value
            case "examples": parameter.examples = examples(value, pointer: JSONPointer.appending(pointer, key))
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        guard let nameNode, let name = string(nameNode, "name") else {
            fallback("missing required key 'name' in parameter", instead: "the parameter is left out", at: node.start)
            return nil
        }
        parameter.name = name
        guard let locationNode, let locationText = string(locationNode, "in") else {
            fallback(
                "missing required key 'in' in parameter '\(name)'", instead: "the parameter is left out", at: node.start
            )
            return nil
        }
        guard let location = ParameterLocation(rawValue: locationText), location != .querystring || is32 else {
            let expected = is32 ? "path, query, querystring, header or cookie" : "path, query, header or cookie"
            fallback(
                "parameter '\(name)' has unknown location '\(locationText)' (expected \(expected))",
                instead: "the parameter is left out", at: locationNode.start)
            return nil
        }
        parameter.location = location
        if location == .path, !parameter.required {
            warning("path parameter '\(name)' must be required; treating it as required", at: node.start)
            parameter.required = true
        }
        if parameter.schema == nil, parameter.content.isEmpty {
            warning("parameter '\(name)' has neither 'schema' nor 'content'; it is treated as a string", at: node.start)
        }
        return parameter
    }

    func requestBody(_ node: Node, pointer: String) -> RequestBody? {
        var body = RequestBody(content: [], required: false, extensions: [], pointer: pointer, mark: node.start)
        body.extensions = object(node, "a request body", instead: "the body is left out") { key, value in
            switch key {
            case "description": body.description = string(value, key)
            case "content": body.content = content(value, pointer: JSONPointer.appending(pointer, key))
            case "required": body.required = bool(value, key) ?? false
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        return body
    }

    func content(_ node: Node, pointer: String) -> [MediaTypeEntry] {
        entries(node, "content").map { entry in
            let entryPointer = JSONPointer.appending(pointer, entry.key)
            var media = MediaType(examples: [], encoding: [], extensions: [])
            media.extensions = object(entry.value, "a media type") { key, value in
                switch key {
                case "schema": media.schema = schema(value, pointer: JSONPointer.appending(entryPointer, key))
                case "itemSchema": media.itemSchema = schema(value, pointer: JSONPointer.appending(entryPointer, key))
                case "example": media.example = value.value
                case "examples": media.examples = examples(value, pointer: JSONPointer.appending(entryPointer, key))
                case "encoding":
                    media.encoding = entries(value, key).map { ($0.key, encoding($0.value, pointer: entryPointer)) }
                default: return false
                }
                return true
            }
            return MediaTypeEntry(mediaType: entry.key, value: media, mark: entry.mark)
        }
    }

    private func encoding(_ node: Node, pointer: String) -> Encoding {
        var encoding = Encoding(headers: [], allowReserved: false)
        object(node, "an encoding") { key, value in
            switch key {
            case "contentType": encoding.contentType = string(value, key)
            case "headers":
                encoding.headers = referableMap(value, key, pointer: pointer) { header($0, pointer: $1) }.map {
                    ($0.0, $0.1)
                }
            case "style": encoding.style = string(value, key)
            case "explode": encoding.explode = bool(value, key)
            case "allowReserved": encoding.allowReserved = bool(value, key) ?? false
            default: return false
            }
            return true
        }
        return encoding
    }

    func responses(_ node: Node, pointer: String) -> [ResponseEntry] {
        var result: [ResponseEntry] = []
        for entry in entries(node, "responses") {
            if entry.key.hasPrefix("x-") { continue }
            guard let key = responseKey(entry.key, at: entry.mark) else { continue }
            let responsePointer = JSONPointer.appending(pointer, entry.key)
            guard let response = referable(entry.value, { response($0, pointer: responsePointer) }) else { continue }
            result.append(ResponseEntry(key: key, response: response, mark: entry.mark))
        }
        return result
    }

    /// `200`, `4XX` (also `4xx`, with a warning), or `default`.
    private func responseKey(_ text: String, at mark: Mark) -> ResponseKey? {
        if text == "default" { return .default }
        let bytes = Array(text.utf8)
        if bytes.count == 3, let first = bytes.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(first) {
            if let code = Int(text) { return .status(code) }
            if bytes[1] == UInt8(ascii: "X"), bytes[2] == UInt8(ascii: "X") { return .range(Int(first - 48)) }
            if bytes[1] | 0x20 == UInt8(ascii: "x"), bytes[2] | 0x20 == UInt8(ascii: "x") {
                warning("response key '\(text)' should be written '\(text.uppercased())'", at: mark)
                return .range(Int(first - 48))
            }
        }
        fallback(
            "'\(text)' is not a response key (expected a status code such as 200, a range such as 4XX, or default)",
            instead: "the response is left out", at: mark)
        return nil
    }

    func response(_ node: Node, pointer: String) -> Response? {
        var response = Response(
            description: "", headers: [], content: [], links: [], extensions: [], pointer: pointer, mark: node.start)
        response.extensions = object(node, "a response", instead: "the response is left out") { key, value in
            switch key {
            case "description": response.description = string(value, key) ?? ""
            case "summary" where is32: response.summary = string(value, key)
            case "headers":
                response.headers = referableMap(value, key, pointer: JSONPointer.appending(pointer, key)) {
                    header($0, pointer: $1)
                }.map { ($0.0, $0.1) }
            case "content": response.content = content(value, pointer: JSONPointer.appending(pointer, key))
            case "links":
                response.links = referableMap(value, key, pointer: pointer) { node, _ in link(node) }.map {
                    ($0.0, $0.1)
                }
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        return response
    }

    func header(_ node: Node, pointer: String) -> Header? {
        var header = Header(required: false, deprecated: false, content: [], extensions: [], mark: node.start)
        header.extensions = object(node, "a header", instead: "the header is left out") { key, value in
            switch key {
            case "description": header.description = string(value, key)
            case "required": header.required = bool(value, key) ?? false
            case "deprecated": header.deprecated = bool(value, key) ?? false
            case "style": header.style = string(value, key)
            case "explode": header.explode = bool(value, key)
            case "schema": header.schema = schema(value, pointer: JSONPointer.appending(pointer, key))
            case "content": header.content = content(value, pointer: JSONPointer.appending(pointer, key))
            case "example", "examples": header.example = value.value
            default: return false
            }
            return true
        }
        guard case .mapping = node.content else { return nil }
        return header
    }

    func examples(_ node: Node, pointer: String) -> [(name: String, example: Referable<Example>)] {
        referableMap(node, "examples", pointer: pointer) { node, _ in example(node) }.map { ($0.0, $0.1) }
    }

    func example(_ node: Node) -> Example? {
        var example = Example()
        object(node, "an example") { key, value in
            switch key {
            case "summary": example.summary = string(value, key)
            case "description": example.description = string(value, key)
            case "value": example.value = value.value
            case "externalValue": example.externalValue = string(value, key)
            default: return false
            }
            return true
        }
        return example
    }

    func link(_ node: Node) -> Link? {
        var link = Link(parameters: [])
        object(node, "a link") { key, value in
            switch key {
            case "operationRef": link.operationRef = string(value, key)
            case "operationId": link.operationId = string(value, key)
            case "parameters": link.parameters = entries(value, key).map { ($0.key, $0.value.value) }
            case "requestBody": link.requestBody = value.value
            case "description": link.description = string(value, key)
            case "server":
                link.server = servers(Node(.sequence([value]), start: value.start, end: value.end), key).first
            default: return false
            }
            return true
        }
        return link
    }

    func callback(_ node: Node, pointer: String) -> Callback? {
        let paths = entries(node, "a callback").compactMap { entry -> (String, Referable<PathItem>)? in
            if entry.key.hasPrefix("x-") { return nil }
            let itemPointer = JSONPointer.appending(pointer, entry.key)
            return referable(entry.value) { pathItem($0, pointer: itemPointer) }.map { (entry.key, $0) }
        }
        return Callback(paths: paths)
    }
}
