import Lowering

/// Bodies, both sides: how each media type of a body is written and read (JSON and text collected, bytes and
/// streams as they arrive), and the enums of bodies that come in several media types. Templates place these.
extension ContextBuilder {
    // MARK: Types

    /// The enums of the operation's bodies of several media types: the request's, then each response's.
    func contentEnums(_ operation: OperationDecl) -> [ContentEnumContext] {
        let responses = operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)
        return ([operation.body].compactMap { $0 } + responses).compactMap { body in
            guard let name = body.enumName else { return nil }
            let validating =
                body.validates
                ? body.contents.filter { $0.validates && !$0.coding.isStreamed }.map(\.caseName.spelled) : []
            return ContentEnumContext(
                enumName: name,
                doc: [
                    "/// A body of `\(operation.methodName.bare)` in one of the media types the document lists."
                ],
                cases: body.contents.map { content in
                    ContentCaseContext(
                        name: content.caseName.spelled, type: TypeSpelling.spelled(content.type, in: nil),
                        doc: ["/// `\(DocComment.inline(content.mediaType))`" + Self.codingNote(content.coding)])
                },
                validates: body.validates, validating: validating, others: validating.count < body.contents.count)
        }
    }

    /// The enum of media types the client asks for in `Accept`.
    func mediaTypeEnum(_ operation: OperationDecl) -> [MediaTypeEnumContext] {
        guard let accept = operation.accept else { return [] }
        return [
            MediaTypeEnumContext(
                name: accept.typeName,
                doc: [
                    "/// The media types `\(operation.methodName.bare)` answers in. The client lists the ones it takes in `Accept`,",
                    "/// most preferred first; the server's handler receives them in that order.",
                ],
                cases: accept.cases.map {
                    EnumCaseContext(name: $0.name.spelled, literal: SwiftLiteral.string($0.mediaType))
                })
        ]
    }

    private static func codingNote(_ coding: BodyCoding) -> String {
        switch coding {
        case .json, .text, .form: "."
        case .multipart: ", a part per property (a file's bytes as they are read)."
        case .binary: ", as its bytes arrive."
        case .jsonLines, .jsonSequence: ", one value at a time as they arrive."
        case .eventStream: ", one event at a time as they arrive."
        }
    }

    // MARK: Client

    /// How the client writes a request body: one media type, or a `switch` over the cases of several.
    func requestBodyContext(_ body: BodyDecl) -> RequestBodyContext {
        let value = body.type.isOptional ? "body" : "self." + body.swiftName.spelled
        func content(_ content: ContentDecl, value: String) -> RequestContentContext {
            // A multipart body's `Content-Type` names the boundary it is written with.
            if content.coding == .multipart {
                return RequestContentContext(
                    caseName: content.caseName.spelled,
                    multipart: ["Wire.multipart(\(value)\(Self.partTypes(content))\(Self.styles(content)))"],
                    contentType: "multipart.contentType", write: "multipart.body")
            }
            return RequestContentContext(
                caseName: content.caseName.spelled, multipart: [], contentType: SwiftLiteral.string(content.mediaType),
                write: Self.write(content, value))
        }
        let isEnum = body.enumName != nil
        return RequestBodyContext(
            name: body.swiftName.spelled, optional: body.type.isOptional, value: value,
            single: isEnum ? [] : [content(body.primary, value: value)],
            cases: isEnum ? body.contents.map { content($0, value: "value") } : [],
            hasCases: isEnum)
    }

    /// The `HTTPBody` a value of one media type travels as.
    private static func write(_ content: ContentDecl, _ value: String) -> String {
        switch content.coding {
        case .json: "HTTPBody(try Wire.json(\(value)))"
        case .form: "try Wire.form(\(value)\(styles(content)))"
        case .multipart: "try Wire.multipart(\(value)\(partTypes(content))\(styles(content))).body"
        case .text: "HTTPBody(\(value))"
        case .binary: value
        case .jsonLines: "Wire.jsonLines(\(value))"
        case .jsonSequence: "Wire.jsonSequence(\(value))"
        case .eventStream: "Wire.events(\(value))"
        }
    }

    /// How the client reads a response body in a status case: collected (`try`) or opened (`try await`).
    func readExpression(_ body: BodyDecl, streams: Bool) -> String {
        if let name = body.enumName { return "try await \(name).read(response)" }
        return Self.read(body.primary, streams: streams)
    }

    /// How the client reads each response body of several media types, by the response's `Content-Type`.
    func contentReaders(_ operation: OperationDecl) -> [ContentReaderContext] {
        let bodies = operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)
        return bodies.compactMap { body in
            body.enumName.map { name in reader(name, body) { Self.read($0, streams: true) } }
        }
    }

    /// How the client reads a body of one media type from `response`, a `CollectedResponse`, or a
    /// `StreamedResponse` when the operation `streams`.
    private static func read(_ content: ContentDecl, streams: Bool) -> String {
        let type = TypeSpelling.spelled(content.element ?? content.type, in: nil)
        let collect = streams ? "try await" : "try"
        switch content.coding {
        case .json: return "\(collect) response.decode(\(type).self)"
        case .form: return "\(collect) response.form(\(type).self\(styles(content)))"
        case .multipart: return "\(collect) response.multipart(\(type).self\(styles(content)))"
        case .text: return "\(collect) response.text()"
        case .binary: return "Wire.bytes(response.body)"
        case .jsonLines: return "Wire.jsonLines(from: response.body, as: \(type).self)"
        case .jsonSequence: return "Wire.jsonSequence(from: response.body, as: \(type).self)"
        case .eventStream:
            return content.element == nil
                ? "Wire.events(from: response.body)" : "Wire.events(from: response.body, as: \(type).self)"
        }
    }

    /// A `switch` over the documented media types that reads the body as the one named, the first by default.
    private func reader(_ name: String, _ body: BodyDecl, read: (ContentDecl) -> String) -> ContentReaderContext {
        let cases = body.contents.enumerated().dropFirst().map { index, content in
            ContentReadCaseContext(index: String(index), value: ".\(content.caseName.spelled)(\(read(content)))")
        }
        return ContentReaderContext(
            enumName: name,
            mediaTypes: Self.mediaTypesLiteral(body),
            cases: cases,
            defaultValue: ".\(body.primary.caseName.spelled)(\(read(body.primary)))")
    }

    /// `["application/json", "text/plain"]`: a body's media types as the document writes them.
    static func mediaTypesLiteral(_ body: BodyDecl) -> String {
        "[" + body.contents.map { SwiftLiteral.string($0.mediaType) }.joined(separator: ", ") + "]"
    }

    /// `, styles: ["metadata": (.deepObject, true)]`: the fields of a form body in another style than exploded
    /// `form`; nothing when there are none.
    private static func styles(_ content: ContentDecl) -> String {
        guard !content.formStyles.isEmpty else { return "" }
        let entries = content.formStyles.map {
            "\(SwiftLiteral.string($0.field)): (.\($0.style.rawValue), \($0.explode))"
        }
        return ", styles: [" + entries.joined(separator: ", ") + "]"
    }

    /// `, partTypes: ["avatar": "image/png"]`: the `Content-Type` the document gives a multipart body's parts;
    /// nothing when it gives none.
    private static func partTypes(_ content: ContentDecl) -> String {
        guard !content.partTypes.isEmpty else { return "" }
        let entries = content.partTypes.map {
            "\(SwiftLiteral.string($0.field)): \(SwiftLiteral.string($0.contentType))"
        }
        return ", partTypes: [" + entries.joined(separator: ", ") + "]"
    }

    // MARK: Server

    /// How the server reads the request body: `body` is the collected `Data`, or a `RequestBody` when the
    /// operation streams.
    func serverBodyRead(_ body: BodyDecl, streams: Bool) -> String {
        let read: String
        if let name = body.enumName {
            read = "try await \(name).read(body)"
        } else if streams {
            read = Self.serverRead(body.primary)
        } else {
            let type = TypeSpelling.spelled(body.type.nonOptional, in: nil)
            switch body.primary.coding {
            case .json: read = "try Wire.body(body, as: \(type).self)"
            case .form: read = "try Wire.form(body, as: \(type).self\(Self.styles(body.primary)))"
            case .multipart:
                read =
                    "try Wire.multipart(body, contentType: request.headerFields[.contentType], as: \(type).self\(Self.styles(body.primary)))"
            default: read = "try Wire.text(body)"
            }
        }
        return body.type.isOptional ? "body.isEmpty ? nil : \(read)" : read
    }

    /// How the server reads a request body of several media types, by the request's `Content-Type`.
    func requestContentReader(_ operation: OperationDecl) -> [ContentReaderContext] {
        guard let body = operation.body, let name = body.enumName else { return [] }
        return [reader(name, body, read: Self.serverRead)]
    }

    private static func serverRead(_ content: ContentDecl) -> String {
        let type = TypeSpelling.spelled(content.element ?? content.type, in: nil)
        switch content.coding {
        case .json: return "try await body.json(as: \(type).self)"
        case .form: return "try await body.form(as: \(type).self\(styles(content)))"
        case .multipart: return "try await body.multipart(as: \(type).self\(styles(content)))"
        case .text: return "try await body.text()"
        case .binary: return "body.bytes"
        case .jsonLines: return "Wire.jsonLines(from: body.stream, as: \(type).self)"
        case .jsonSequence: return "Wire.jsonSequence(from: body.stream, as: \(type).self)"
        case .eventStream:
            return content.element == nil
                ? "Wire.events(from: body.stream)" : "Wire.events(from: body.stream, as: \(type).self)"
        }
    }

    /// The `ServerResponse` that answers with a body (`nil`: none) of the given value.
    func answer(_ body: BodyDecl?, status: String, value: String) -> String {
        guard let body else { return ".empty(\(status))" }
        if body.enumName != nil { return "\(value).serverResponse(\(status))" }
        return Self.answer(body.primary, status: status, value: value)
    }

    /// How the server answers with each response body of several media types.
    func contentWriters(_ operation: OperationDecl) -> [ContentWriterContext] {
        let bodies = operation.success.responses.compactMap(\.body) + operation.errors.compactMap(\.body)
        return bodies.compactMap { body in
            body.enumName.map { name in
                ContentWriterContext(
                    enumName: name,
                    cases: body.contents.map {
                        ContentWriteCaseContext(
                            name: $0.caseName.spelled, answer: Self.answer($0, status: "status", value: "value"))
                    })
            }
        }
    }

    private static func answer(_ content: ContentDecl, status: String, value: String) -> String {
        let contentType = SwiftLiteral.string(content.mediaType)
        switch content.coding {
        case .json: return ".json(\(status), \(value))"
        case .form: return ".form(\(status), \(value)\(styles(content)))"
        case .multipart: return ".multipart(\(status), \(value)\(partTypes(content))\(styles(content)))"
        case .text: return ".text(\(status), \(value), contentType: \(contentType))"
        default: return ".bytes(\(status), \(write(content, value)), contentType: \(contentType))"
        }
    }
}
