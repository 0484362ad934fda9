import OpenAPI
import YAML

/// Lowers schemas to Swift type usages, declaring named types as it goes: component schemas at the top level,
/// inline objects and enums nested in the type whose property introduced them.
final class TypeLowering {
    let resolver: Resolver
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var topLevel: [TypeDecl] = []
    var features: Set<Feature> = []
    var scope: NameScope
    /// Names of types declared (or being declared) for a canonical `$ref` key.
    private var named: [String: String] = [:]
    /// Keys whose declaration is in progress, to notice recursion.
    private var inProgress: Set<String> = []
    private var recursive: Set<String> = []
    /// Top-level names declared so far, and the enums among them by name.
    private var declaredNames: Set<String> = []
    private(set) var topLevelEnums: [String: EnumDecl] = [:]
    /// Names already made from document strings; property and type names repeat across a large document.
    private var typeNames: [String: String] = [:]
    private var propertyNames: [String: String] = [:]
    private var caseNames: [String: String] = [:]
    /// Stack of nested declarations being collected, one frame per type under construction.
    private var nestedFrames: [(decls: [TypeDecl], scope: NameScope)] = []
    /// Component schemas named but declared only when used (a filtered module).
    private var pendingComponents: [String: Schema] = [:]
    /// Each component type's place among the document's schemas.
    private var componentOrder: [String: Int] = [:]

    init(resolver: Resolver, file: String, reserved: [String]) {
        self.resolver = resolver
        self.file = file
        self.scope = NameScope(reserved: Naming.takenTypeNames.union(reserved), caseInsensitive: true)
    }

    /// `Naming.typeName`, remembered.
    func typeName(_ text: String) -> String {
        if let name = typeNames[text] { return name }
        let name = Naming.typeName(text)
        typeNames[text] = name
        return name
    }

    /// `Naming.propertyName`, remembered.
    func propertyName(_ text: String) -> String {
        if let name = propertyNames[text] { return name }
        let name = Naming.propertyName(text)
        propertyNames[text] = name
        return name
    }

    /// `Naming.caseName`, remembered.
    func caseName(_ text: String) -> String {
        if let name = caseNames[text] { return name }
        let name = Naming.caseName(text)
        caseNames[text] = name
        return name
    }

    func warning(_ message: String, at mark: Mark) {
        diagnostics.append(.warning(message, file: file, at: mark))
    }

    // MARK: Components

    /// Claims names for every component schema first, so names do not depend on the order of use or on a
    /// filter, then declares them all, or with `lazily` only those something uses (see `sortComponents`).
    /// `overrides` holds the configuration's type names, by schema name.
    func declareComponents(_ schemas: [(name: String, schema: Schema)], overrides: [LoweringOptions.Override] = [], lazily: Bool = false) {
        let wanted = Dictionary(overrides.map { ($0.from.name, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = schemas.map { "#/components/schemas/" + JSONPointer.escape($0.name) }
        for ((name, _), key) in zip(schemas, keys) {
            guard let override = wanted[name] else { continue }
            let claimed = scope.claim(Naming.escapeType(override.to))
            named[key] = claimed
            if claimed != override.to {
                diagnostics.append(
                    .error("type name '\(override.to)' for schema '\(name)' is taken by Swift or the generated code; choose another", file: override.from.file, at: override.from.mark))
            }
        }
        for override in overrides {
            if let other = schemas.first(where: { wanted[$0.name] == nil && typeName($0.name) == Naming.escapeType(override.to) }) {
                diagnostics.append(
                    .error("type name '\(override.to)' for schema '\(override.from.name)' is the name of schema '\(other.name)'; rename that one too", file: override.from.file, at: override.from.mark))
            }
        }
        for override in overrides where !schemas.contains(where: { $0.name == override.from.name }) {
            diagnostics.append(.warning("no schema '\(override.from.name)' in components/schemas to rename", file: override.from.file, at: override.from.mark))
        }
        for (index, ((name, _), key)) in zip(schemas, keys).enumerated() {
            if named[key] == nil { named[key] = scope.claim(typeName(name)) }
            componentOrder[named[key]!] = index
        }
        for ((_, schema), key) in zip(schemas, keys) {
            if lazily {
                pendingComponents[key] = schema
            } else {
                declareNamed(schema, key: key, name: named[key]!)
            }
        }
    }

    /// Puts component types first, in the document's order, as declaring them all up front does: with lazy
    /// declaration they arrive in the order operations use them.
    func sortComponents() {
        let indexed = topLevel.enumerated().map { (offset, decl) in (componentOrder[decl.name] ?? componentOrder.count + offset, decl) }
        topLevel = indexed.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Declares a top-level type for a schema that has a name of its own (a component or a referenced file).
    private func declareNamed(_ schema: Schema, key: String, name: String) {
        guard !inProgress.contains(key), !declaredNames.contains(name) else { return }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        if let decl = declaration(for: schema, name: name, allowAlias: true) {
            var decl = decl
            decl.isRecursive = recursive.contains(key)
            appendTopLevel(decl)
        }
    }

    // MARK: Usages

    /// The Swift type for a schema. `hint` names any type that has to be declared for it, nested in the type
    /// under construction or at the top level when there is none.
    func usage(_ schema: Schema, hint: String) -> TypeUsage {
        if let reference = schema.ref, Resolver.isPureReference(schema) || schema.allOf.isEmpty {
            guard let target = resolver.schema(reference, from: file) else {
                noteJSONValue()
                return TypeUsage("JSONValue", optional: true)
            }
            var result = usageOfNamed(target)
            result.isScalar = topLevelEnums[result.name] != nil || result.isScalar
            if schema.allowsNull { result.isOptional = true }
            return result
        }
        if let boolean = schema.boolean {
            if !boolean { warning("schema 'false' allows no value; generated as any JSON value", at: schema.mark) }
            features.insert(.jsonValue)
            return TypeUsage("JSONValue")
        }
        let nullable = schema.allowsNull
        if let (inner, innerNullable) = collapsed(schema) {
            let innerUsage = usage(inner, hint: hint)
            return innerUsage.optional(nullable || innerNullable || innerUsage.isOptional)
        }
        if let primitive = primitiveUsage(schema) { return primitive.optional(nullable) }
        if needsDeclaration(schema) {
            let name = claimNested(typeName(hint))
            if let decl = declaration(for: schema, name: name, allowAlias: false) {
                appendNested(decl)
                return TypeUsage(name, optional: nullable || decl.isNullable, scalar: decl.isEnumeration)
            }
            if let primitive = primitiveUsage(schema, allowingEnum: true) { return primitive.optional(nullable) }
        }
        if schema.nonNullTypes == [.array] || (schema.nonNullTypes.isEmpty && schema.items != nil) {
            let element = schema.items.map { usage($0, hint: hint + "Item") } ?? jsonValue()
            return TypeUsage("[" + element.spelled + "]", optional: nullable)
        }
        if isMap(schema) {
            let value = schema.additionalProperties.flatMap { $0.boolean == nil ? usage($0, hint: hint + "Value") : nil }
                ?? jsonValue()
            return TypeUsage("[String: " + value.spelled + "]", optional: nullable)
        }
        if schema.nonNullTypes.isEmpty, schema.types.contains(.null) {
            features.insert(.jsonNull)
            return TypeUsage("JSONNull", optional: true)
        }
        features.insert(.jsonValue)
        return TypeUsage("JSONValue", optional: nullable)
    }

    private func usageOfNamed(_ target: Resolver.Target<Schema>) -> TypeUsage {
        let schema = target.value
        if let name = named[target.key] {
            if inProgress.contains(target.key) { recursive.insert(target.key) }
            if let pending = pendingComponents.removeValue(forKey: target.key) {
                let frames = nestedFrames
                nestedFrames = []
                declareNamed(pending, key: target.key, name: name)
                nestedFrames = frames
            }
            return TypeUsage(name, optional: schema.allowsNull)
        }
        // A schema reached by a pointer that is not a component, or in another file: it gets a name of its own
        // if it declares a type, and is used in place otherwise.
        if !needsDeclaration(schema), !target.isComponent {
            let frames = nestedFrames
            nestedFrames = []
            defer { nestedFrames = frames }
            return usage(schema, hint: target.name)
        }
        let name = scope.claim(typeName(target.name))
        named[target.key] = name
        let frames = nestedFrames
        nestedFrames = []
        declareNamed(schema, key: target.key, name: name)
        nestedFrames = frames
        return TypeUsage(name, optional: schema.allowsNull)
    }

    /// Strings, numbers and booleans without enums, or with an enum no Swift enum can express.
    private func primitiveUsage(_ schema: Schema, allowingEnum: Bool = false) -> TypeUsage? {
        guard allowingEnum || schema.enumValues == nil, schema.oneOf.isEmpty, schema.anyOf.isEmpty, schema.allOf.isEmpty,
            schema.nonNullTypes.count == 1, let type = schema.nonNullTypes.first
        else { return nil }
        switch type {
        case .string:
            switch schema.format {
            case "date-time": return TypeUsage("Date", scalar: true)
            case "uuid": return TypeUsage("UUID", scalar: true)
            case "byte", "binary": return TypeUsage("Data")
            default: return TypeUsage("String", scalar: true)
            }
        case .integer:
            switch schema.format {
            case "int32": return TypeUsage("Int32", scalar: true)
            case "int64": return TypeUsage("Int64", scalar: true)
            default: return TypeUsage("Int", scalar: true)
            }
        case .number:
            return TypeUsage(schema.format == "float" ? "Float" : "Double", scalar: true)
        case .boolean: return TypeUsage("Bool", scalar: true)
        default: return nil
        }
    }

    /// Whether a schema needs a named type: objects with properties, enums, compositions, several types.
    private func needsDeclaration(_ schema: Schema) -> Bool {
        if schema.enumValues != nil { return true }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty || !schema.allOf.isEmpty { return true }
        if schema.nonNullTypes.count > 1 { return true }
        if !schema.properties.isEmpty { return true }
        return false
    }

    private func isMap(_ schema: Schema) -> Bool {
        schema.properties.isEmpty && (schema.nonNullTypes == [.object] || (schema.nonNullTypes.isEmpty && schema.additionalProperties != nil))
    }

    func jsonValue() -> TypeUsage {
        noteJSONValue()
        return TypeUsage("JSONValue")
    }

    func noteJSONValue() { features.insert(.jsonValue) }

    func notePatterns() { features.insert(.patterns) }

    /// Declarations collected so far in the frames under construction.
    func declaredNested() -> [TypeDecl] { nestedFrames.flatMap(\.decls) }

    // MARK: Nesting

    /// A name unique among the siblings of the type under construction (or the top level). A nested name never
    /// equals a top-level one, which it would shadow inside its parent.
    func claimNested(_ name: String) -> String {
        guard !nestedFrames.isEmpty else { return scope.claim(name) }
        var candidate = name
        var counter = 2
        while scope.contains(candidate) {
            candidate = Naming.bare(name) + String(counter)
            counter += 1
        }
        return nestedFrames[nestedFrames.count - 1].scope.claim(candidate)
    }

    private func appendNested(_ decl: TypeDecl) {
        if nestedFrames.isEmpty { appendTopLevel(decl) } else { nestedFrames[nestedFrames.count - 1].decls.append(decl) }
    }

    private func appendTopLevel(_ decl: TypeDecl) {
        topLevel.append(decl)
        declaredNames.insert(decl.name)
        if case .enumeration(let enumeration) = decl.kind { topLevelEnums[decl.name] = enumeration }
    }

    /// Runs `body` with a fresh frame for nested declarations and returns what it declared.
    func collectingNested(reserving names: [String], _ body: () -> TypeDecl.Kind?) -> (TypeDecl.Kind?, [TypeDecl]) {
        nestedFrames.append(([], NameScope(reserved: names + ["CodingKeys"], caseInsensitive: false)))
        let kind = body()
        let frame = nestedFrames.removeLast()
        return (kind, frame.decls)
    }

    /// Declares a type at the top level under a name the caller already claimed (operation-level types).
    func declareTopLevel(_ schema: Schema, name: String) -> TypeUsage {
        let frames = nestedFrames
        nestedFrames = []
        defer { nestedFrames = frames }
        if let decl = declaration(for: schema, name: name, allowAlias: false) {
            appendTopLevel(decl)
            return TypeUsage(name, optional: schema.allowsNull || decl.isNullable, scalar: decl.isEnumeration)
        }
        return usage(schema, hint: name)
    }

    func origin(_ schema: Schema) -> Origin { Origin(file: file, mark: schema.mark, pointer: schema.pointer) }

    func declaration(for schema: Schema, name: String, allowAlias: Bool) -> TypeDecl? {
        let documentation = Documentation(summary: schema.title, details: schema.description)
        if schema.enumValues != nil, let enumeration = enumeration(schema, typeName: name) {
            return TypeDecl(name: name, kind: .enumeration(enumeration), documentation: documentation, origin: origin(schema), nested: [], isRecursive: false)
        }
        let (kind, nested) = collectingNested(reserving: [name]) { () -> TypeDecl.Kind? in
            if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty || schema.nonNullTypes.count > 1 {
                return oneOf(schema, typeName: name)
            }
            if !schema.allOf.isEmpty { return allOf(schema, typeName: name, allowAlias: allowAlias) }
            if !schema.properties.isEmpty || (schema.nonNullTypes == [.object] && !allowAlias) {
                return .structure(structure(schema, typeName: name, extra: []))
            }
            return allowAlias ? .alias(usage(schema, hint: name + "Value")) : nil
        }
        guard let kind else { return nil }
        return TypeDecl(name: name, kind: kind, documentation: documentation, origin: origin(schema), nested: nested, isRecursive: false)
    }
}

extension TypeDecl {
    var isEnumeration: Bool {
        if case .enumeration = kind { return true }
        return false
    }

    /// Whether the type's values include `null` (an enum listing `null`, a oneOf with a null branch).
    var isNullable: Bool {
        if case .enumeration(let decl) = kind { return decl.allowsNull }
        return false
    }
}
