/// Decides which types get a `validate(at:)`: those whose properties carry rules that apply to them, and,
/// to a fixed point, those that hold such types directly, in arrays or maps, or as one-of cases.
public enum Validation {
    static func mark(_ types: inout [TypeDecl], operations: inout [OperationDecl]) -> Bool {
        var rules: [String: Bool] = [:]
        var references: [String: [String]] = [:]
        func collect(_ decl: TypeDecl, scope: String) {
            let key = scope + decl.name
            switch decl.kind {
            case .structure(let structure):
                rules[key] = structure.properties.contains { !applicable($0.rules, to: $0.type).isEmpty }
                references[key] = structure.properties.map { resolve(elementName($0.type.name), from: decl, scope: scope) }
            case .oneOf(let oneOf):
                rules[key] = false
                references[key] = oneOf.cases.map { resolve(elementName($0.type.name), from: decl, scope: scope) }
            case .alias(let usage):
                rules[key] = false
                references[key] = [resolve(elementName(usage.name), from: decl, scope: scope)]
            case .enumeration:
                rules[key] = false
            }
            decl.nested.forEach { collect($0, scope: key + ".") }
        }
        types.forEach { collect($0, scope: "") }
        // Spread "has rules" from each type to the types that hold it, once per type: a worklist over reverse edges.
        var holders: [String: [String]] = [:]
        for (key, targets) in references {
            for target in targets { holders[target, default: []].append(key) }
        }
        var validating = Set(rules.filter(\.value).keys)
        var work = Array(validating)
        while let key = work.popLast() {
            for holder in holders[key] ?? [] where validating.insert(holder).inserted { work.append(holder) }
        }
        guard !validating.isEmpty else { return false }
        func apply(_ decl: inout TypeDecl, scope: String) {
            let key = scope + decl.name
            decl.validates = validating.contains(key)
            if case .structure(let structure) = decl.kind {
                let nested = structure.properties.indices.filter { index in
                    validating.contains(resolve(elementName(structure.properties[index].type.name), from: decl, scope: scope))
                }
                if !nested.isEmpty {
                    var changed = structure
                    for index in nested { changed.properties[index].validatesNested = true }
                    decl.kind = .structure(changed)
                }
            }
            if case .oneOf(var oneOf) = decl.kind, decl.validates {
                let parent = decl
                oneOf.validatingCases = Set(oneOf.cases.filter { validating.contains(resolve(elementName($0.type.name), from: parent, scope: scope)) }.map(\.name))
                decl.kind = .oneOf(oneOf)
            }
            for index in decl.nested.indices { apply(&decl.nested[index], scope: key + ".") }
        }
        for index in types.indices { apply(&types[index], scope: "") }
        for index in operations.indices {
            guard let body = operations[index].body else { continue }
            operations[index].body?.validates = validating.contains(elementName(body.type.name))
        }
        return true
    }

    /// The rules that apply to a value of this type; JSON Schema ignores the others (`minLength` on a number).
    public static func applicable(_ rules: [ValidationRule], to type: TypeUsage) -> [ValidationRule] {
        let isString = type.name == "String"
        let isNumber = ["Int", "Int32", "Int64", "Double", "Float"].contains(type.name)
        let isArray = type.name.hasPrefix("[") && !type.name.contains(":")
        return rules.filter { rule in
            switch rule.kind {
            case .minLength, .maxLength, .pattern: isString
            case .minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum, .multipleOf: isNumber
            case .minItems, .maxItems, .uniqueItems: isArray
            }
        }
    }

    /// `[Pet]` → `Pet`, `[String: Pet]` → `Pet`: the type a value holds.
    static func elementName(_ name: String) -> String {
        var name = Substring(name)
        while name.hasPrefix("[") {
            name = name.dropFirst().dropLast()
            if let colon = name.range(of: ": ") { name = name[colon.upperBound...] }
        }
        return String(name)
    }

    /// The key of a type name as seen from a declaration: one nested in it or its parents, else a top-level one.
    private static func resolve(_ name: String, from decl: TypeDecl, scope: String) -> String {
        if decl.nested.contains(where: { $0.name == name }) { return scope + decl.name + "." + name }
        return name
    }
}
