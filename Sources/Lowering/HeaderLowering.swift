import OpenAPI
import Source

/// What a parameter and a response header share: how a value is named, typed and written as text.
struct ParameterInput {
    var name: String
    var location: ParameterLocation
    var description: String?
    var required: Bool
    var deprecated: Bool
    var style: String?
    var explode: Bool?
    var schema: Schema?
    var content: [MediaTypeEntry]
    var mark: Mark

    init(_ parameter: Parameter) {
        (name, location, description, required, deprecated) =
            (parameter.name, parameter.location, parameter.description, parameter.required, parameter.deprecated)
        (style, explode, schema, content, mark) = (
            parameter.style, parameter.explode, parameter.schema, parameter.content, parameter.mark
        )
    }

    init(header: Header, name: String) {
        (self.name, location, description, required, deprecated) = (
            name, .header, header.description, header.required, header.deprecated
        )
        (style, explode, schema, content, mark) = (
            header.style, header.explode, header.schema, header.content, header.mark
        )
    }
}

/// Lowers the headers of an operation's responses to structs, one per distinct set: responses that list the
/// same header definitions (the same `$ref`s, or one shared response) share one struct.
struct HeaderLowering {
    let lowering: OperationLowering
    /// The structs declared so far, in order, and the definitions each was made from.
    private(set) var declared: [HeadersDecl] = []
    private var signatures: [String: Int] = [:]

    init(lowering: OperationLowering) { self.lowering = lowering }

    /// The headers struct of a response, named `name` unless an earlier response of the operation has the same
    /// headers; `nil` when it documents none. `Content-Type` is left out, as the specification says.
    mutating func lower(_ response: Response?, name: String) -> HeadersDecl? {
        guard let response else { return nil }
        var entries: [(name: String, header: Header, identity: String)] = []
        for entry in response.headers {
            guard let header = lowering.resolver.header(entry.header, from: lowering.file) else { continue }
            if entry.name.lowercased() == "content-type" { continue }
            guard HTTPSyntax.isToken(entry.name) else {
                lowering.warning(
                    "'\(entry.name)' is not a valid HTTP header name; this response header is left out", at: header.mark
                )
                continue
            }
            let identity: String
            if case .reference(let reference) = entry.header {
                identity = (reference.file ?? "") + reference.raw
            } else {
                identity = "@\(header.mark.offset)"
            }
            entries.append((entry.name, header, identity))
        }
        guard !entries.isEmpty else { return nil }
        let signature = entries.map { $0.name + "=" + $0.identity }.joined(separator: "\n")
        if let index = signatures[signature] { return declared[index] }

        let typeName = lowering.types.claimTopLevel(name)
        var names = NameScope(reserved: ReservedNames.headerMembers)
        var fields: [ParameterDecl] = []
        let (_, nested) = lowering.types.collectingNested(in: TypeName(topLevel: typeName)) { () -> TypeDecl.Kind? in
            for entry in entries {
                fields.append(
                    lowering.lowerParameter(ParameterInput(header: entry.header, name: entry.name), names: &names))
            }
            return nil
        }
        OperationLowering.namePatterns(&fields, in: &names)
        let decl = HeadersDecl(
            typeName: typeName, fields: fields, nestedTypes: nested,
            documentation: Documentation(details: response.description))
        signatures[signature] = declared.count
        declared.append(decl)
        return decl
    }
}
