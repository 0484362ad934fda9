import OpenAPI
import Source

/// Lowers a request's or response's `content` to a body: one content per media type, each read and written its
/// own way (JSON, text, bytes, a stream of values), and an enum of them when there are several.
extension OperationLowering {
    /// The body of `content`; `name` names a type declared for it (`CreatePetBody`), `enumName` the enum of
    /// several contents. XML is generated only when the body has nothing else, and warned about otherwise.
    func lowerContent(_ content: [MediaTypeEntry], name: String, enumName: String, at mark: Mark) -> BodyDecl? {
        let valid = content.filter { entry in
            if HTTPSyntax.isMediaType(entry.mediaType) { return true }
            warning("'\(entry.mediaType)' is not a valid media type; this content is left out", at: entry.mark)
            return false
        }
        guard !valid.isEmpty else { return nil }
        var kept = valid.filter { !Self.isXML($0.mediaType) }
        if kept.isEmpty {
            kept = valid
        } else if kept.count < valid.count {
            let generated = kept.map { "'\($0.mediaType)'" }
            let xml = valid.filter { Self.isXML($0.mediaType) }.map(\.mediaType)
            let verb = generated.count == 1 ? "is" : "are"
            warning(
                "only \(generated.joined(separator: ", ")) \(verb) generated for this body; \(xml.joined(separator: ", ")) not",
                at: mark)
        }
        // JSON media types with the same schema (`application/json` and `text/json`, both `$ref: Pet`) are one
        // content: the server reads JSON whatever its content type says, and the client decodes any of them.
        var distinct: [MediaTypeEntry] = []
        for entry in kept where !distinct.contains(where: { Self.isSameJSON($0, entry) }) { distinct.append(entry) }

        var caseNames = NameScope(reserved: ReservedNames.contentCases)
        let shortNames = distinct.map { Self.caseName(for: $0.mediaType) }
        let contents = distinct.enumerated().map { index, entry in
            // Two media types with the same short name (`text/javascript`, `application/javascript`) both take
            // their whole name.
            let clashes = shortNames.filter { $0 == shortNames[index] }.count > 1
            let caseName = caseNames.claim(clashes ? Naming.caseName(entry.mediaType) : shortNames[index])
            let typeName = distinct.count == 1 ? name : name + Naming.typeName(caseName.bare)
            return lowerContent(entry, caseName: caseName, typeName: typeName)
        }
        if contents.count == 1 {
            return BodyDecl(
                swiftName: "body", type: contents[0].type, contents: contents, isRequired: true,
                documentation: Documentation())
        }
        let claimed = types.claimTopLevel(enumName)
        return BodyDecl(
            swiftName: "body", type: .declared(TypeName(topLevel: claimed)), contents: contents, enumName: claimed,
            isRequired: true,
            documentation: Documentation())
    }

    /// One media type's content: how it travels, and the type of its value.
    private func lowerContent(_ entry: MediaTypeEntry, caseName: MemberName, typeName: String) -> ContentDecl {
        let mediaType = Self.essence(entry.mediaType)
        let schema = entry.value.schema
        func valueType(_ schema: Schema?, name: String) -> TypeRef {
            guard let schema else { return .jsonValue }
            if schema.ref == nil, !schema.properties.isEmpty {
                return types.declareTopLevel(schema, name: types.claimTopLevel(name))
            }
            return types.usage(schema, hint: name)
        }
        func content(_ coding: BodyCoding, _ type: TypeRef, element: TypeRef? = nil) -> ContentDecl {
            ContentDecl(caseName: caseName, mediaType: entry.mediaType, coding: coding, type: type, element: element)
        }
        switch mediaType {
        case "text/event-stream":
            // The `data` of each event: 3.2's `itemSchema` describes the event itself, and its `data` either
            // as text or, with `contentSchema`, as JSON; a 3.0 or 3.1 `schema` describes the data.
            let data: Schema?
            if let item = entry.value.itemSchema, Self.isEventShaped(item) {
                let field = item.properties.first { $0.name == "data" }?.schema
                data = field?.contentSchema ?? field.flatMap { $0.nonNullTypes == [.string] ? nil : $0 }
            } else {
                data = entry.value.itemSchema ?? schema
            }
            let dataType = data.flatMap {
                $0.nonNullTypes == [.string] && $0.ref == nil ? nil : valueType($0, name: typeName + "Data").nonOptional
            }
            return content(.eventStream, .stream(.serverSentEvent(dataType)), element: dataType)
        case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines",
            "application/json-seq":
            // 3.2's `itemSchema` is each value; a 3.0 or 3.1 `schema` is either an array of them or one of them.
            let item =
                entry.value.itemSchema ?? schema.map { $0.nonNullTypes == [.array] && $0.ref == nil ? $0.items : $0 }
                ?? nil
            let element = valueType(item, name: typeName + "Item").nonOptional
            return content(
                mediaType == "application/json-seq" ? .jsonSequence : .jsonLines, .stream(element), element: element)
        default:
            if Self.isJSON(entry.mediaType) { return content(.json, valueType(schema, name: typeName)) }
            if mediaType.hasPrefix("text/") { return content(.text, .string) }
            if mediaType == "application/x-www-form-urlencoded" {
                let type = schema.map { valueType($0, name: typeName) } ?? .dictionary(.string)
                if let styles = formStyles(of: type, encoding: entry.value.encoding, at: entry.mark) {
                    var form = content(.form, type)
                    form.formStyles = styles
                    return form
                }
            }
            if mediaType == "multipart/form-data", let schema,
                let multipart = multipartContent(schema, entry: entry, typeName: typeName)
            {
                var parts = content(.multipart, multipart.type)
                parts.partTypes = multipart.partTypes
                parts.formStyles = multipart.styles
                return parts
            }
            if mediaType == "application/x-www-form-urlencoded" || mediaType == "multipart/form-data" {
                warning(
                    "this '\(entry.mediaType)' body is not an object, so it is not encoded field by field; it travels as bytes (HTTPBody)",
                    at: entry.mark)
            } else if mediaType.hasPrefix("multipart/") {
                warning(
                    "'\(entry.mediaType)' bodies are not encoded part by part; this one travels as bytes (HTTPBody)",
                    at: entry.mark)
            }
            return content(.binary, .httpBody)
        }
    }

    /// The styles of a form body's fields, where they are another than exploded `form`; `nil` when the type is
    /// not an object of fields. A nested field the document gives no style is written as `deepObject`; one it
    /// gives a style that cannot write it is warned about: sending such a value fails (`invalidArgument`, rule
    /// `style`).
    private func formStyles(of type: TypeRef, encoding: [(property: String, encoding: Encoding)], at mark: Mark)
        -> [FormStyleDecl]?
    {
        guard let fields = types.fields(of: type) else { return nil }
        var styles: [FormStyleDecl] = []
        for field in fields {
            let given = encoding.first { $0.property == field.wireName }?.encoding
            let shape = types.parameterShape(field.type)
            let nested: String? = if case .nested(let what) = shape { what } else { nil }
            // Exploded `form` spreads an object's properties as fields of their own and cannot write a nested
            // value; without a style of the document's, such a field takes the bracket convention
            // (`owner[id]=7`, `items[0][price]=…`) that Rails, PHP and Stripe read: `deepObject`.
            let plain = shape == .scalar || shape == .flat(object: false)
            var style: ParameterStyle = plain ? .form : .deepObject
            if let text = given?.style {
                if let given = Self.style(text, among: Self.styles[.query] ?? []) {
                    style = given
                } else {
                    warning(
                        "style '\(text)' is not allowed for form fields; '\(field.wireName)' is sent in style 'form'",
                        at: mark)
                    style = .form
                }
            }
            let explode = Self.explodes(style, given?.explode)
            if let contentType = given?.contentType {
                warning("form field '\(field.wireName)' is written in its style, not as '\(contentType)'", at: mark)
            }
            if style != .deepObject, let what = nested {
                warning(
                    "form field '\(field.wireName)' is \(what), which style '\(style.rawValue)' cannot write; sending one fails",
                    at: mark)
            }
            if style != .form || !explode {
                styles.append(FormStyleDecl(field: field.wireName, style: style, explode: explode))
            }
        }
        return styles
    }

    /// A `multipart/form-data` body of an object: its struct, each property a part, with binary properties as
    /// `MultipartFile`s, and the part types and styles `encoding` gives; `nil` when the schema is not an object.
    /// A field with a style other than exploded `form` (one part per item, as without one) is a text part per
    /// pair its style writes: `file_link_data[create]` in `deepObject`.
    private func multipartContent(
        _ schema: Schema, entry: MediaTypeEntry, typeName: String
    ) -> (type: TypeRef, partTypes: [(field: String, contentType: String)], styles: [FormStyleDecl])? {
        let owned = schema.ref == nil && !schema.properties.isEmpty
        let declared =
            owned
            ? types.declareTopLevel(schema, name: types.claimTopLevel(typeName)) : types.usage(schema, hint: typeName)
        guard let fields = types.fields(of: declared) else { return nil }
        let type = types.multipartType(declared, name: typeName)
        var partTypes: [(field: String, contentType: String)] = []
        var styles: [FormStyleDecl] = []
        for (property, encoding) in entry.value.encoding {
            guard let field = fields.first(where: { $0.wireName == property }) else {
                warning(
                    "encoding names '\(property)', which is not a property of this body; it is ignored", at: entry.mark)
                continue
            }
            if let contentType = encoding.contentType { partTypes.append((property, contentType)) }
            for header in encoding.headers where header.name.lowercased() != "content-type" {
                warning(
                    "part header '\(header.name)' of '\(property)' is not generated; the part is sent without it",
                    at: entry.mark)
            }
            guard encoding.style != nil || encoding.explode != nil else { continue }
            let text = encoding.style ?? "form"
            guard let style = Self.style(text, among: Self.styles[.query] ?? []) else {
                warning(
                    "style '\(text)' is not allowed for multipart fields; '\(property)' is sent a part per item",
                    at: entry.mark)
                continue
            }
            let explode = Self.explodes(style, encoding.explode)
            if style == .form, explode { continue }
            if case .nested(let what) = types.parameterShape(field.type), style != .deepObject {
                warning(
                    "multipart field '\(property)' is \(what), which style '\(style.rawValue)' cannot write; it is sent a part per item",
                    at: entry.mark)
                continue
            }
            styles.append(FormStyleDecl(field: property, style: style, explode: explode))
        }
        return (type, partTypes, styles)
    }

    /// The body that stands in for one a dangling reference names: any JSON value.
    func jsonValueBody() -> BodyDecl {
        let content = ContentDecl(caseName: "json", mediaType: "application/json", coding: .json, type: .jsonValue)
        return BodyDecl(
            swiftName: "body", type: .jsonValue, contents: [content], isRequired: true, documentation: Documentation())
    }

    /// `application/json`, `text/json`, `application/problem+json; charset=utf-8`, `*/*`: media types read as JSON.
    static func isJSON(_ mediaType: String) -> Bool {
        let base = essence(mediaType)
        if base == "application/json" || base == "text/json" || base == "*/*" || base == "application/*" { return true }
        return base.hasSuffix("+json")
    }

    static func isXML(_ mediaType: String) -> Bool {
        let base = essence(mediaType)
        return base == "application/xml" || base == "text/xml" || base.hasSuffix("+xml") && !base.hasPrefix("image/")
    }

    /// A media type without its parameters, lowercased: `application/json` for `Application/JSON; charset=utf-8`.
    static func essence(_ mediaType: String) -> String {
        var base = Substring(mediaType.lowercased())
        if let semicolon = base.firstIndex(of: ";") { base = base[..<semicolon] }
        while base.first == " " { base = base.dropFirst() }
        while base.last == " " { base = base.dropLast() }
        return String(base)
    }

    /// The enum case for a media type: `json`, `plainText`, `eventStream`, `png`, `kubernetesProtobuf`.
    static func caseName(for mediaType: String) -> MemberName {
        let base = essence(mediaType)
        switch base {
        case "application/json": return "json"
        case "text/plain": return "plainText"
        case "text/event-stream": return "eventStream"
        case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines":
            return "jsonLines"
        case "application/json-seq": return "jsonSequence"
        case "application/octet-stream": return "binary"
        case "application/x-www-form-urlencoded": return "form"
        case "multipart/form-data": return "multipart"
        case "*/*": return "any"
        default:
            let parts = base.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return Naming.caseName(base) }
            if parts[1] == "*" { return Naming.caseName("any " + parts[0]) }
            var subtype = parts[1]
            for prefix in ["vnd.", "x-", "prs."] where subtype.hasPrefix(prefix) { subtype.removeFirst(prefix.count) }
            return Naming.caseName(subtype)
        }
    }

    /// Two JSON media types whose schemas are the same reference (or both absent).
    private static func isSameJSON(_ one: MediaTypeEntry, _ other: MediaTypeEntry) -> Bool {
        guard isJSON(one.mediaType), isJSON(other.mediaType) else { return false }
        switch (one.value.schema?.ref, other.value.schema?.ref) {
        case (let first?, let second?): return first.raw == second.raw && first.file == second.file
        default: return one.value.schema == nil && other.value.schema == nil
        }
    }

    /// An `itemSchema` that describes a Server-Sent Event itself: an object of the event's fields.
    private static func isEventShaped(_ schema: Schema) -> Bool {
        let fields: Set<String> = ["data", "event", "id", "retry"]
        return !schema.properties.isEmpty && schema.properties.allSatisfy { fields.contains($0.name) }
    }
}
