/// Decides which types get a `validate(at:)`: those whose properties carry rules that apply to them, and,
/// to a fixed point, those that hold such types directly, in arrays or maps, or as one-of cases.
public enum Validation {
    static func mark(_ types: inout [TypeDecl], operations: inout [OperationDecl], graph: TypeGraph) {
        // Spread "has rules" from each type to the types that hold it, once per type: a worklist over reverse edges.
        var holders: [[Int]] = Array(repeating: [], count: graph.edges.count)
        for (node, edges) in graph.edges.enumerated() {
            for edge in edges { holders[edge.target].append(node) }
        }
        var validating: Set<Int> = []
        for node in graph.edges.indices where graph.kinds[node] == .structure {
            guard case .structure(let structure) = graph.decl(node, in: types).kind else { continue }
            if structure.properties.contains(where: { !applicable($0.rules, to: $0.type).isEmpty }) {
                validating.insert(node)
            }
        }
        var work = Array(validating)
        while let node = work.popLast() {
            for holder in holders[node] where validating.insert(holder).inserted { work.append(holder) }
        }
        guard !validating.isEmpty else { return }
        func validates(_ type: TypeRef) -> Bool {
            guard let name = type.referenced?.name, let node = graph.node(name) else { return false }
            return validating.contains(node)
        }
        for node in validating.sorted() {
            graph.update(node, in: &types) { decl in
                decl.validates = true
                switch decl.kind {
                case .structure(var structure):
                    for index in structure.properties.indices where validates(structure.properties[index].type) {
                        structure.properties[index].validatesNested = true
                    }
                    decl.kind = .structure(structure)
                case .oneOf(var oneOf):
                    oneOf.validatingCases = Set(oneOf.cases.filter { validates($0.type) }.map(\.name))
                    decl.kind = .oneOf(oneOf)
                case .enumeration, .alias:
                    break
                }
            }
        }
        for index in operations.indices {
            for parameter in operations[index].parameters.indices {
                operations[index].parameters[parameter].validatesNested = validates(
                    operations[index].parameters[parameter].type)
            }
            guard var body = operations[index].body else { continue }
            for content in body.contents.indices {
                body.contents[content].validates = validates(
                    body.contents[content].element ?? body.contents[content].type)
            }
            // A streamed value is checked as it arrives; an enum of contents checks the case it holds.
            body.validates = body.contents.contains { $0.validates && !$0.coding.isStreamed }
            operations[index].body = body
        }
    }

    /// The rules that apply to a value of this type; JSON Schema ignores the others (`minLength` on a number).
    public static func applicable(_ rules: [ValidationRule], to type: TypeRef) -> [ValidationRule] {
        let builtin = type.builtin
        let isString = builtin == .string
        let isNumber = builtin?.isNumber == true
        let isArray = type.arrayElement != nil
        return rules.filter { rule in
            switch rule.kind {
            case .minLength, .maxLength, .pattern: isString
            case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf: isNumber
            case .minItems, .maxItems, .uniqueItems: isArray
            case .equals: builtin == .bool
            }
        }
    }
}
