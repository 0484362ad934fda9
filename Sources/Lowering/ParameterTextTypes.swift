extension Module {
    /// The declared types whose values travel as parameter text: those a parameter, a response header, or a
    /// field of a form or multipart body holds, directly or through the properties, items, values and cases of
    /// what it holds. An enum among them conforms to GenRuntime's `ParameterValue`, which reads and writes that
    /// text; an enum only ever in JSON does not need it. `nil` means every type: a reference to a type not declared
    /// in the module (never expected) makes every type count, so no conformance the wire needs is left out.
    public func parameterTextTypes() -> Set<TypeName>? {
        var declarations: [TypeName: TypeDecl] = [:]
        func index(_ decls: [TypeDecl]) {
            for decl in decls {
                declarations[decl.identity] = decl
                index(decl.nested)
            }
        }
        index(types)
        var roots: [TypeRef] = []
        func add(_ headers: HeadersDecl?) {
            guard let headers else { return }
            index(headers.nestedTypes)
            roots += headers.fields.map(\.type)
        }
        func add(_ body: BodyDecl?) {
            for content in body?.contents ?? [] where content.coding == .form || content.coding == .multipart {
                roots.append(content.type)
            }
        }
        for operation in operations {
            index(operation.nestedTypes)
            roots += operation.parameters.map(\.type)
            add(operation.body)
            for headers in operation.headerTypes { add(headers) }
            add(operation.success.headers)
            for response in operation.success.responses {
                add(response.body)
                add(response.headers)
            }
            for error in operation.errors {
                add(error.body)
                add(error.headers)
            }
        }
        var reached: Set<TypeName> = []
        var unknown = false
        func visit(_ type: TypeRef) {
            switch type {
            case .builtin: return
            case .array(let inner), .dictionary(let inner), .optional(let inner), .stream(let inner):
                visit(inner)
            case .serverSentEvent(let inner):
                if let inner { visit(inner) }
            case .declared(let name):
                guard reached.insert(name).inserted else { return }
                guard let decl = declarations[name] else {
                    unknown = true
                    return
                }
                switch decl.kind {
                case .structure(let structure):
                    for property in structure.properties { visit(property.type) }
                    if let additional = structure.additionalProperties { visit(additional) }
                case .enumeration: return
                case .oneOf(let oneOf):
                    for choice in oneOf.cases { visit(choice.type) }
                case .alias(let target): visit(target)
                }
            }
        }
        for root in roots { visit(root) }
        return unknown ? nil : reached
    }
}
