import OpenAPI
import Source

/// Lowers schemas to Swift type usages, declaring named types as it goes: component schemas at the top level,
/// inline objects and enums nested in the type whose property introduced them.
final class TypeLowering {
    let resolver: Resolver
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var topLevel: [TypeDecl] = []
    var scope: NameScope
    /// Names of types declared (or being declared) for a canonical `$ref` key.
    private var named: [String: String] = [:]
    /// Keys whose declaration is in progress, to notice recursion.
    private var inProgress: Set<String> = []
    private var recursive: Set<String> = []
    /// Top-level names declared so far.
    private var declaredNames: Set<String> = []
    /// Names of nested types, lowercased, which top-level types claimed later do not take.
    private var nestedNames: Set<String> = []
    /// Member names (properties, cases) spelled like a type (`_12`: the first character has no case), which no
    /// type claimed later takes: inside the member's type and every type nested in it, the member would hide
    /// the type of that name, wherever that type is declared.
    private var typelikeMembers: Set<String> = []
    /// Aliases of types that include `null`: declared without the optional (`typealias Id = String`), so every
    /// use of the alias carries it instead and no optional hides behind a name.
    private var nullableAliases: Set<String> = []
    /// Every declaration made so far, top-level or nested, by identity: what parameters and defaults ask about.
    private(set) var kinds: [TypeName: TypeDecl.Kind] = [:]
    /// Names already made from document strings; property and type names repeat across a large document.
    private var typeNames: [String: String] = [:]
    private var propertyNames: [String: MemberName] = [:]
    private var caseNames: [String: MemberName] = [:]
    /// Stack of nested declarations being collected, one frame per type under construction (its `owner`).
    private var nestedFrames: [(owner: TypeName, decls: [TypeDecl], scope: NameScope)] = []
    /// Defaults that did not fit when their property was lowered, to decide once every type is declared.
    var pendingDefaults: [PendingDefault] = []
    /// Component schemas named but declared only when used (a filtered module).
    private var pendingComponents: [String: Schema] = [:]
    /// Each component type's place among the document's schemas.
    private var componentOrder: [String: Int] = [:]

    init(resolver: Resolver, file: String, reserved: [String]) {
        self.resolver = resolver
        self.file = file
        self.scope = NameScope(reserved: ReservedNames.types.union(reserved), caseInsensitive: true)
    }

    /// `Naming.typeName`, remembered.
    func typeName(_ text: String) -> String {
        if let name = typeNames[text] { return name }
        let name = Naming.typeName(text)
        typeNames[text] = name
        return name
    }

    /// `Naming.propertyName`, remembered.
    func propertyName(_ text: String) -> MemberName {
        if let name = propertyNames[text] { return name }
        let name = Naming.propertyName(text)
        propertyNames[text] = name
        return name
    }

    /// `Naming.caseName`, remembered.
    func caseName(_ text: String) -> MemberName {
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
    func declareComponents(
        _ schemas: [(name: String, schema: Schema)], overrides: [NameOverride] = [], lazily: Bool = false
    ) {
        let wanted = Dictionary(overrides.map { ($0.from.name, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = schemas.map { "#/components/schemas/" + JSONPointer.escape($0.name) }
        for ((name, _), key) in zip(schemas, keys) {
            guard let override = wanted[name] else { continue }
            let claimed = scope.claim(Naming.escapeType(override.to))
            named[key] = claimed
            if claimed != override.to {
                diagnostics.append(
                    .error(
                        "type name '\(override.to)' for schema '\(name)' is taken by Swift or the generated code; choose another",
                        file: override.from.file, at: override.from.mark))
            }
        }
        for override in overrides {
            if let other = schemas.first(where: {
                wanted[$0.name] == nil && typeName($0.name) == Naming.escapeType(override.to)
            }) {
                diagnostics.append(
                    .error(
                        "type name '\(override.to)' for schema '\(override.from.name)' is the name of schema '\(other.name)'; rename that one too",
                        file: override.from.file, at: override.from.mark))
            }
        }
        for override in overrides where !schemas.contains(where: { $0.name == override.from.name }) {
            diagnostics.append(
                .warning(
                    "no schema '\(override.from.name)' in components/schemas to rename", file: override.from.file,
                    at: override.from.mark))
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
        let indexed = topLevel.enumerated().map { (offset, decl) in
            (componentOrder[decl.name] ?? componentOrder.count + offset, decl)
        }
        topLevel = indexed.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Declares a top-level type for a schema that has a name of its own (a component or a referenced file).
    /// It goes before the top-level types its declaration introduced (those of an alias), as their owner.
    private func declareNamed(_ schema: Schema, key: String, name: String) {
        guard !inProgress.contains(key), !declaredNames.contains(name) else { return }
        inProgress.insert(key)
        defer { inProgress.remove(key) }
        let position = topLevel.count
        if let decl = declaration(for: schema, name: name, allowAlias: true) {
            var decl = decl
            decl.isRecursive = recursive.contains(key)
            if case .alias(let target) = decl.kind, target.isOptional {
                decl.kind = .alias(target.nonOptional)
                nullableAliases.insert(name)
            }
            appendTopLevel(decl, at: position)
        }
    }

    // MARK: Usages

    /// The Swift type for a schema. `hint` names any type that has to be declared for it, nested in the type
    /// under construction or at the top level when there is none.
    func usage(_ schema: Schema, hint: String) -> TypeRef {
        if let reference = schema.ref, Resolver.isPureReference(schema) || schema.allOf.isEmpty {
            guard let target = resolver.schema(reference, from: file) else {
                return TypeRef.jsonValue.optional()
            }
            let result = usageOfNamed(target)
            return schema.allowsNull ? result.optional() : result
        }
        if let boolean = schema.boolean {
            if !boolean { warning("schema 'false' allows no value; generated as any JSON value", at: schema.mark) }
            return .jsonValue
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
                return TypeRef.declared(decl.identity).optional(nullable || decl.isNullable)
            }
            if let primitive = primitiveUsage(schema, allowingEnum: true) { return primitive.optional(nullable) }
        }
        if schema.nonNullTypes == [.array] || (schema.nonNullTypes.isEmpty && schema.items != nil) {
            let element = schema.items.map { usage($0, hint: hint + "Item") } ?? TypeRef.jsonValue
            return TypeRef.array(element).optional(nullable)
        }
        if isMap(schema) {
            let value =
                schema.additionalProperties.flatMap { $0.boolean == nil ? usage($0, hint: hint + "Value") : nil }
                ?? TypeRef.jsonValue
            return TypeRef.dictionary(value).optional(nullable)
        }
        if schema.isNullableOnly { return TypeRef.jsonValue.optional() }
        if schema.nonNullTypes.isEmpty, schema.types.contains(.null) {
            return TypeRef.builtin(.jsonNull).optional()
        }
        return TypeRef.jsonValue.optional(nullable)
    }

    private func usageOfNamed(_ target: Resolver.Target<Schema>) -> TypeRef {
        let schema = target.value
        if let name = named[target.key] {
            if inProgress.contains(target.key) { recursive.insert(target.key) }
            if let pending = pendingComponents.removeValue(forKey: target.key) {
                let frames = nestedFrames
                nestedFrames = []
                declareNamed(pending, key: target.key, name: name)
                nestedFrames = frames
            }
            return TypeRef.declared(TypeName(topLevel: name)).optional(
                schema.allowsNull || nullableAliases.contains(name))
        }
        // A schema reached by a pointer that is not a component, or in another file: it gets a name of its own
        // if it declares a type, and is used in place otherwise.
        if !needsDeclaration(schema), !target.isComponent {
            let frames = nestedFrames
            nestedFrames = []
            defer { nestedFrames = frames }
            return usage(schema, hint: target.name)
        }
        let name = claimTopLevel(typeName(target.name))
        named[target.key] = name
        let frames = nestedFrames
        nestedFrames = []
        declareNamed(schema, key: target.key, name: name)
        nestedFrames = frames
        return TypeRef.declared(TypeName(topLevel: name)).optional(schema.allowsNull || nullableAliases.contains(name))
    }

    /// Strings, numbers and booleans without enums, or with an enum no Swift enum can express.
    private func primitiveUsage(_ schema: Schema, allowingEnum: Bool = false) -> TypeRef? {
        guard allowingEnum || schema.enumValues == nil, schema.oneOf.isEmpty, schema.anyOf.isEmpty,
            schema.allOf.isEmpty,
            schema.nonNullTypes.count == 1, let type = schema.nonNullTypes.first
        else { return nil }
        switch type {
        case .string:
            switch schema.format {
            case "date-time": return .builtin(.date)
            case "uuid": return .builtin(.uuid)
            case "byte", "binary": return .data
            default: return .string
            }
        case .integer:
            switch schema.format {
            case "int32": return .builtin(.int32)
            case "int64": return .builtin(.int64)
            default: return .builtin(.int)
            }
        case .number:
            return .builtin(schema.format == "float" ? .float : .double)
        case .boolean: return .builtin(.bool)
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
        schema.properties.isEmpty
            && (schema.nonNullTypes == [.object] || (schema.nonNullTypes.isEmpty && schema.additionalProperties != nil))
    }

    /// The type with declared aliases replaced by what they stand for, optionality kept.
    func resolved(_ type: TypeRef) -> TypeRef {
        var current = type
        for _ in 0..<32 {
            guard let name = current.declared, case .alias(let target) = kinds[name] else { return current }
            current = current.isOptional ? target.optional() : target
        }
        return current
    }

    /// The value type of something that travels as one piece of text: a scalar builtin or a declared enum (seen
    /// through aliases, optionality dropped); `nil` for anything else.
    func scalarValue(_ type: TypeRef) -> TypeRef? {
        let shape = resolved(type).nonOptional
        switch shape {
        case .builtin(let builtin): return builtin.isScalar ? shape : nil
        case .declared(let name):
            if case .enumeration(let enumeration) = kinds[name], enumeration.rawType != .jsonValue { return shape }
            return nil
        default: return nil
        }
    }

    /// What a parameter of this type looks like to the styles: one text, a flat list or object of texts, a value
    /// nested deeper, or a value whose shape only its content decides (`{}`, `oneOf`).
    /// The fields of a value written as named fields (a form body): a struct's properties, none for a map;
    /// `nil` for anything else.
    func fields(of type: TypeRef) -> [(wireName: String, type: TypeRef)]? {
        switch resolved(type).nonOptional {
        case .dictionary: return []
        case .declared(let name):
            guard case .structure(let structure) = kinds[name] else { return nil }
            return structure.properties.map { ($0.wireName, $0.type) }
        default: return nil
        }
    }

    func parameterShape(_ type: TypeRef) -> ParameterShape {
        if scalarValue(type) != nil { return .scalar }
        // `{}` and `oneOf` items count as text here: a value of theirs that nests is refused when it is sent.
        func isText(_ type: TypeRef) -> Bool {
            if scalarValue(type) != nil { return true }
            switch resolved(type).nonOptional {
            case .builtin(.data), .builtin(.jsonValue): return true
            case .declared(let name):
                switch kinds[name] {
                case .oneOf, .enumeration: return true
                default: return false
                }
            default: return false
            }
        }
        switch resolved(type).nonOptional {
        case .builtin(.data): return .flat(object: false)
        case .builtin: return .open
        case .array(let element):
            if isText(element) { return .flat(object: false) }
            return .nested(
                resolved(element).nonOptional.arrayElement != nil
                    ? "an array of arrays" : "an array of structured values")
        case .dictionary(let value):
            return isText(value) ? .flat(object: true) : .nested("an object of structured values")
        case .declared(let name):
            switch kinds[name] {
            case .structure(let structure):
                let flat =
                    structure.properties.allSatisfy { isText($0.type) }
                    && structure.additionalProperties.map(isText) ?? true
                return flat ? .flat(object: true) : .nested("an object with structured properties")
            // An enum over any JSON value (a scalar enum is `.scalar` above).
            case .oneOf, .enumeration: return .open
            default: return .nested("a structured value")
            }
        case .optional: return .open
        case .stream, .serverSentEvent: return .nested("a stream")
        }
    }

    /// A member name (property or case) already claimed in `names`, or a new one when it is spelled like a type:
    /// a member spelled like a type (`_2`, `名前`, whose first character has no case) would hide that type inside
    /// the declaration and every type nested in it, where `_2.self` would mean the member.
    func avoidingTypeNames(_ candidate: MemberName, in names: inout NameScope) -> MemberName {
        guard Self.isTypelike(candidate.bare), isTypeName(candidate.bare) else { return candidate }
        return claimMember(candidate, in: &names)
    }

    /// A new member name (a case) made from `base`: the first free in `names` that, when spelled like a type,
    /// is no type's name either (see `avoidingTypeNames`).
    func claimMember(_ base: MemberName, in names: inout NameScope) -> MemberName {
        guard Self.isTypelike(base.bare) else { return names.claim(base) }
        var candidate = base.bare
        var counter = 2
        while names.contains(candidate) || isTypeName(candidate) {
            candidate = Naming.numbered(base.bare, counter)
            counter += 1
        }
        return names.claim(MemberName(bare: candidate))
    }

    /// Whether a type a member could hide has this name: a top-level one, one nested in the declaration
    /// itself, or, once the declaration has types nested in it (which may use them), one nested anywhere.
    private func isTypeName(_ name: String) -> Bool {
        scope.contains(name) || nestedFrames.last?.scope.contains(name) == true
            || (declaresNestedTypes && nestedNames.contains(name.lowercased()))
    }

    /// Keeps a member name of the type under construction from being taken by a type nested in it, where
    /// `_2.self` would mean the member.
    func reserveMemberName(_ name: MemberName) {
        if Self.isTypelike(name.bare) { typelikeMembers.insert(name.bare) }
        guard !nestedFrames.isEmpty else { return }
        _ = nestedFrames[nestedFrames.count - 1].scope.claim(name.bare)
    }

    /// Whether the type under construction has declared types nested in it so far.
    var declaresNestedTypes: Bool { nestedFrames.last.map { !$0.decls.isEmpty } ?? false }

    /// Whether a member name could be a type's: its first character is not a lowercase letter.
    static func isTypelike(_ bare: String) -> Bool {
        guard let first = bare.unicodeScalars.first else { return false }
        return !first.properties.isLowercase
    }

    // MARK: Nesting

    /// The identity a type named `name` gets when declared now: nested in the type under construction, or at
    /// the top level when there is none.
    func identity(_ name: String) -> TypeName {
        nestedFrames.last.map { $0.owner.nested(name) } ?? TypeName(topLevel: name)
    }

    /// The type under construction, whose frame collects nested declarations.
    var owner: TypeName? { nestedFrames.last?.owner }

    /// A name unique among the siblings of the type under construction (or the top level). A nested name never
    /// equals a top-level one, which it would shadow inside its parent, and top-level names claimed later keep
    /// clear of it (`claimTopLevel`).
    func claimNested(_ name: String) -> String {
        guard !nestedFrames.isEmpty else { return claimTopLevel(name) }
        var candidate = name
        var counter = 2
        while scope.contains(candidate) || typelikeMembers.contains(candidate) {
            candidate = Naming.numbered(name, counter)
            counter += 1
        }
        let claimed = nestedFrames[nestedFrames.count - 1].scope.claim(candidate)
        nestedNames.insert(claimed.lowercased())
        return claimed
    }

    /// A top-level name no type has: neither a top-level one nor a nested one, which would shadow it inside
    /// its parent (the operation types are named after the components and their nested types).
    func claimTopLevel(_ name: String) -> String {
        var candidate = name
        var counter = 2
        while nestedNames.contains(candidate.lowercased()) || typelikeMembers.contains(candidate) {
            candidate = Naming.numbered(name, counter)
            counter += 1
        }
        return scope.claim(candidate)
    }

    private func appendNested(_ decl: TypeDecl) {
        if nestedFrames.isEmpty {
            appendTopLevel(decl)
        } else {
            kinds[decl.identity] = decl.kind
            nestedFrames[nestedFrames.count - 1].decls.append(decl)
        }
    }

    private func appendTopLevel(_ decl: TypeDecl, at position: Int? = nil) {
        topLevel.insert(decl, at: position ?? topLevel.count)
        declaredNames.insert(decl.name)
        kinds[decl.identity] = decl.kind
    }

    /// Runs `body` with a fresh frame for the declarations nested in `owner` and returns what it declared.
    /// Nested types cannot take the owner's own name or the names the template declares inside it.
    func collectingNested(in owner: TypeName, _ body: () -> TypeDecl.Kind?) -> (TypeDecl.Kind?, [TypeDecl]) {
        nestedFrames.append(
            (owner, [], NameScope(reserved: [owner.name] + ReservedNames.nestedTypes, caseInsensitive: false)))
        let kind = body()
        let frame = nestedFrames.removeLast()
        return (kind, frame.decls)
    }

    /// Declares a type at the top level under a name the caller already claimed (operation-level types).
    func declareTopLevel(_ schema: Schema, name: String) -> TypeRef {
        let frames = nestedFrames
        nestedFrames = []
        defer { nestedFrames = frames }
        if let decl = declaration(for: schema, name: name, allowAlias: false) {
            appendTopLevel(decl)
            return TypeRef.declared(decl.identity).optional(schema.allowsNull || decl.isNullable)
        }
        return usage(schema, hint: name)
    }

    /// The struct a multipart body is written from: `type` itself when no property holds binary data; else the
    /// same struct with each `Data` property (or list of them) a `MultipartFile`, changed in place when the body
    /// declared it, or declared anew under `name` when it is shared (a component, which may travel as JSON too).
    func multipartType(_ type: TypeRef, name: String) -> TypeRef {
        guard let declared = resolved(type).nonOptional.declared,
            let index = topLevel.firstIndex(where: { $0.identity == declared }),
            case .structure(var structure) = topLevel[index].kind
        else { return type }
        func file(_ type: TypeRef) -> TypeRef? {
            switch type {
            case .builtin(.data): .builtin(.multipartFile)
            case .optional(let wrapped): file(wrapped).map { $0.optional() }
            case .array(let element): file(element).map { .array($0) }
            default: nil
            }
        }
        var changed = false
        for property in structure.properties.indices {
            guard let fileType = file(resolved(structure.properties[property].type)) else { continue }
            structure.properties[property].type = fileType
            structure.properties[property].rules = []
            structure.properties[property].defaultValue = nil
            changed = true
        }
        guard changed else { return type }
        if !named.values.contains(declared.name) {
            topLevel[index].kind = .structure(structure)
            kinds[declared] = topLevel[index].kind
            return type
        }
        var copy = topLevel[index]
        copy.identity = TypeName(topLevel: claimTopLevel(name))
        copy.kind = .structure(structure)
        copy.nested = []
        appendTopLevel(copy)
        return TypeRef.declared(copy.identity).optional(type.isOptional)
    }

    /// Sets the default of a property whose default waited (see `resolvePendingDefaults`), in the declaration
    /// tree and in `kinds`; the property is no longer optional unless its value may be `null`. `index` holds
    /// the position of each top-level declaration by name. Whether the property was found: one nested in an
    /// operation's request value is not in the tree this holds.
    func applyDefault(_ value: DefaultValue, to entry: PendingDefault, index: [String: Int]) -> Bool {
        func apply(_ decl: inout TypeDecl) -> Bool {
            guard case .structure(var structure) = decl.kind,
                let property = structure.properties.firstIndex(where: { $0.swiftName == entry.swiftName })
            else { return false }
            structure.properties[property].defaultValue = value
            if !entry.allowsNull {
                structure.properties[property].type = structure.properties[property].type.nonOptional
            }
            if structure.properties[property].null == .distinct { structure.properties[property].null = .written }
            decl.kind = .structure(structure)
            kinds[decl.identity] = decl.kind
            return true
        }
        func walk(_ decl: inout TypeDecl, _ path: ArraySlice<String>) -> Bool {
            guard let next = path.first else { return apply(&decl) }
            guard let child = decl.nested.firstIndex(where: { $0.name == next }) else { return false }
            return walk(&decl.nested[child], path.dropFirst())
        }
        guard let top = index[entry.owner.path[0]] else { return false }
        return walk(&topLevel[top], entry.owner.path.dropFirst())
    }

    func origin(_ schema: Schema) -> Origin { Origin(file: file, mark: schema.mark, pointer: schema.pointer) }

    /// The declaration of a schema under `name`, nested in the type under construction if there is one. An
    /// alias (allowed only at the top level) holds no nested types: what it introduces is declared beside it.
    func declaration(for schema: Schema, name: String, allowAlias: Bool) -> TypeDecl? {
        let documentation = Documentation(summary: schema.title, details: schema.description)
        let identity = identity(name)
        func decl(_ kind: TypeDecl.Kind, nested: [TypeDecl] = []) -> TypeDecl {
            TypeDecl(
                identity: identity, kind: kind, documentation: documentation, origin: origin(schema), nested: nested,
                isRecursive: false)
        }
        if schema.enumValues != nil, let enumeration = enumeration(schema, typeName: name) {
            return decl(.enumeration(enumeration))
        }
        let isChoice = !schema.oneOf.isEmpty || !schema.anyOf.isEmpty || schema.nonNullTypes.count > 1
        let isStructure =
            !schema.allOf.isEmpty || !schema.properties.isEmpty || (schema.nonNullTypes == [.object] && !allowAlias)
        if allowAlias, !isChoice, schema.properties.isEmpty, let (inner, nullable) = collapsed(schema) {
            let target = usage(inner, hint: name + "Value")
            return decl(.alias(nullable ? target.optional() : target))
        }
        guard isChoice || isStructure else {
            return allowAlias ? decl(.alias(usage(schema, hint: name + "Value"))) : nil
        }
        let (kind, nested) = collectingNested(in: identity) { () -> TypeDecl.Kind? in
            if isChoice { return oneOf(schema, typeName: name) }
            if !schema.allOf.isEmpty { return allOf(schema, typeName: name) }
            return .structure(structure(schema, typeName: name, extra: []))
        }
        return kind.map { decl($0, nested: nested) }
    }
}

extension TypeDecl {
    /// Whether the type's values include `null` (an enum listing `null`, a oneOf with a null branch).
    var isNullable: Bool {
        if case .enumeration(let decl) = kind { return decl.allowsNull }
        return false
    }
}
