import OpenAPI
import Source

/// The shapes a declared type can take: structs from objects and `allOf`, enums from `enum`, and one-of enums
/// from `oneOf`, `anyOf` and lists of types.
extension TypeLowering {
    /// A composition that means one schema, once `null` branches are taken out: `anyOf: [string, null]`.
    func collapsed(_ schema: Schema) -> (schema: Schema, nullable: Bool)? {
        // `allOf: [X, {nullable: true}]` (3.0) is X or null.
        let allOf = schema.allOf.filter { !$0.isNullableOnly }
        if schema.properties.isEmpty, schema.enumValues == nil, allOf.count == 1, schema.oneOf.isEmpty,
            schema.anyOf.isEmpty
        {
            return (allOf[0], schema.allowsNull || allOf.count < schema.allOf.count)
        }
        guard schema.allOf.isEmpty, schema.properties.isEmpty, schema.enumValues == nil else { return nil }
        let branches = schema.oneOf + schema.anyOf
        guard !branches.isEmpty else { return nil }
        let nonNull = branches.filter { !isNullSchema($0) }
        guard nonNull.count == 1 else { return nil }
        return (nonNull[0], schema.allowsNull || nonNull.count < branches.count)
    }

    func isNullSchema(_ schema: Schema) -> Bool {
        schema.ref == nil && schema.types == [.null]
    }

    // MARK: Structs

    /// The struct of an object's properties and those of the `extra` schemas it merges (`allOf`'s parts);
    /// `alternatives` add the properties of a `oneOf`/`anyOf` inside `allOf`, never required, since any one of
    /// its branches may be the one that holds.
    func structure(_ schema: Schema, typeName: String, extra: [Schema], alternatives: [Schema] = []) -> StructDecl {
        var properties: [PropertyDecl] = []
        let extraSchema = schema.additionalProperties ?? extra.lazy.compactMap(\.additionalProperties).first
        let hasExtras = extraSchema.map { $0.boolean != false } ?? false
        var names = NameScope(reserved: hasExtras ? [ReservedNames.extraKeys] : [])
        var seen: Set<String> = []
        let required = Set(schema.required + extra.flatMap(\.required))
        for property in extra.flatMap(\.properties) + schema.properties where seen.insert(property.name).inserted {
            // A `readOnly` property is not sent in requests, a `writeOnly` one not in responses: one type serves
            // both, so neither is required.
            let isRequired =
                (required.contains(property.name) || property.schema.requiredByItself) && !isOneWay(property.schema)
            properties.append(self.property(property, required: isRequired, names: &names))
        }
        for property in alternatives.flatMap(\.properties) where seen.insert(property.name).inserted {
            properties.append(self.property(property, required: false, names: &names))
        }
        // A property spelled like a type (`_2: _2`, possible where the first character has no case) would hide
        // that type in the struct's own code and in the types nested in it, where `_2.self` would mean the
        // property: renamed when the struct uses that type or declares types of its own.
        let usedTypeNames = Set(
            properties.compactMap { $0.type.referenced?.name }.filter { $0.path.count == 1 || $0.parent == owner }.map(
                \.name))
        let declaresTypes = declaresNestedTypes
        for index in properties.indices
        where Self.isTypelike(properties[index].swiftName.bare)
            && (declaresTypes || usedTypeNames.contains(properties[index].swiftName.bare))
        {
            properties[index].swiftName = avoidingTypeNames(properties[index].swiftName, in: &names)
            reserveMemberName(properties[index].swiftName)
        }
        // Pattern rules become static members, named after their property once every property has its name.
        for index in properties.indices {
            for rule in properties[index].rules.indices where properties[index].rules[rule].kind == .pattern {
                properties[index].rules[rule].patternName = names.claim(properties[index].swiftName.bare + "Pattern")
            }
        }
        var additional: TypeRef?
        if let extraSchema {
            if extraSchema.boolean == true
                || (extraSchema.boolean == nil && extraSchema.types.isEmpty && extraSchema.ref == nil
                    && extraSchema.properties.isEmpty && extraSchema.oneOf.isEmpty && extraSchema.anyOf.isEmpty
                    && extraSchema.allOf.isEmpty)
            {
                additional = TypeRef.jsonValue
            } else if extraSchema.boolean == nil {
                additional = usage(extraSchema, hint: "AdditionalProperty")
            }
        }
        return StructDecl(properties: properties, additionalProperties: additional)
    }

    /// Whether a property travels one way only: `readOnly` or `writeOnly`, on it or on the schema it names.
    private func isOneWay(_ schema: Schema) -> Bool {
        if schema.readOnly || schema.writeOnly { return true }
        guard let reference = schema.ref, let target = resolver.schema(reference, from: file) else { return false }
        return target.value.readOnly || target.value.writeOnly
    }

    private func property(_ property: Property, required: Bool, names: inout NameScope) -> PropertyDecl {
        let schema = property.schema
        let swiftName = names.claim(propertyName(property.name))
        reserveMemberName(swiftName)
        var type = usage(schema, hint: typeName(property.name))
        var defaultValue: DefaultValue?
        // `null` is allowed by the schema itself, or by what it names (a nullable component, `allOf: [X, {nullable: true}]`).
        let nullable = schema.allowsNull || type.isOptional
        let optional = !required || nullable
        if let node = schema.defaultValue, let literal = LiteralValue(node) {
            if let fitting = self.defaultValue(literal, of: type) {
                defaultValue = fitting
            } else if literal == .null, optional {
                // `default: null` on a value that may be absent or null: nil is already its default.
            } else if let owner {
                // The type may be declared later (a component further down): decided once every type is.
                pendingDefaults.append(
                    PendingDefault(
                        owner: owner, swiftName: swiftName, name: property.name, literal: literal, allowsNull: nullable,
                        mark: node.start))
            }
        }
        if !required || (defaultValue == nil && nullable) { type = type.optional() }
        if required, !nullable { type = type.nonOptional }
        if defaultValue != nil, !nullable { type = type.nonOptional }
        return PropertyDecl(
            swiftName: swiftName, wireName: property.name, type: type, defaultValue: defaultValue,
            null: nullHandling(of: type, required: required, nullable: nullable, defaulted: defaultValue != nil),
            isIndirect: false, validatesNested: false,
            documentation: Documentation(summary: schema.title, details: schema.description),
            isDeprecated: schema.deprecated, rules: rules(for: schema))
    }

    /// What a property's `nil` stands for (see `NullHandling`). A default the property takes later, once every
    /// type is declared, turns `distinct` into `written`: its absence is then the default.
    func nullHandling(of type: TypeRef, required: Bool, nullable: Bool, defaulted: Bool) -> NullHandling {
        guard type.isOptional else { return .omitted }
        if [.jsonValue, .jsonNull].contains(resolved(type).builtin) { return .held }
        guard nullable else { return .omitted }
        return required || defaulted ? .written : .distinct
    }

    // MARK: Enums

    /// A closed list of values. Strings and integers make a string or integer enum; numbers with a fraction a
    /// `Double` one; anything else (objects, arrays, values of several types) an enum over `JSONValue`, each case
    /// documented with the value it stands for. A value the schema's `type` excludes matches nothing, so it is
    /// left out with a warning; `nil` when no value is left, or when all are booleans (a checked `Bool`).
    func enumeration(_ schema: Schema, typeName: String) -> EnumDecl? {
        guard let nodes = schema.enumValues else { return nil }
        var values: [LiteralValue] = []
        var allowsNull = false
        var excluded: [(value: LiteralValue, mark: Mark)] = []
        let types = schema.nonNullTypes
        // `type: string` with `enum: [true, 1.5]`: YAML read the unquoted values as other types, but the schema
        // says they are text; they are taken as the text they were written as.
        let isText = types == [.string]
        for node in nodes {
            guard var value = LiteralValue(node) else { continue }
            switch value {
            case .bool, .int, .double: if isText, let text = node.text { value = .string(text) }
            case .null, .string, .array, .object: break
            }
            if value == .null {
                allowsNull = true
                continue
            }
            // `type: integer` with `enum: ["1", "2"]`: quoted numbers, taken as the numbers the schema says.
            if case .string(let text) = value, !types.isEmpty, !types.contains(.string),
                let typed = Self.literal(text, as: types)
            {
                value = typed
            }
            if !types.isEmpty, !types.contains(where: { Self.literal(value, isOf: $0) }) {
                excluded.append((value, node.start))
                continue
            }
            values.append(value)
        }
        if !excluded.isEmpty {
            let typeNames = types.map { "'\($0.rawValue)'" }.joined(separator: " or ")
            // Every value excluded (labels of an integer enum, the items' values on an array): one warning, and
            // the schema's type alone says what is allowed.
            if values.isEmpty {
                let listed = excluded.count == 1 ? "one value" : "\(excluded.count) values"
                let first = (excluded.count == 1 ? "it is " : "the first is ") + Self.describe(excluded[0].value)
                warning(
                    "enum lists \(listed), none of the schema's type \(typeNames) (\(first)); the list is left out and any value of the type is taken",
                    at: excluded[0].mark)
                return nil
            }
            for (value, mark) in excluded {
                warning(
                    "enum lists \(Self.describe(value)), which is not of the schema's type \(typeNames); it matches nothing and is left out",
                    at: mark)
            }
        }
        // Booleans: a closed list of them is a `Bool` whose allowed values `rules(for:)` checks.
        if !values.isEmpty, values.allSatisfy({ if case .bool = $0 { true } else { false } }) { return nil }
        let rawType = Self.enumRawType(of: values)
        values = values.map { Self.enumValue($0, as: rawType) }
        var names = NameScope(reserved: [typeName])
        var cases: [(name: MemberName, value: LiteralValue)] = []
        var objects = 0
        var arrays = 0
        var seen: Set<LiteralValue> = []
        let labels = Self.objectLabels(values)
        for value in values where seen.insert(value).inserted {
            let base: MemberName
            if let label = labels?[value] {
                cases.append((names.claim(caseName(label)), value))
                continue
            }
            switch value {
            case .string(let text): base = text.isEmpty ? "empty" : caseName(text)
            case .int(let number): base = MemberName(bare: (number < 0 ? "negative" : "_") + String(number.magnitude))
            case .double(let number):
                base = MemberName(bare: (number < 0 ? "negative" : "_") + Self.numberWords(number.magnitude))
            case .bool(let flag): base = caseName(flag ? "true" : "false")
            case .null: continue
            case .array(let items):
                if !items.isEmpty { arrays += 1 }
                base = MemberName(bare: items.isEmpty ? "emptyArray" : "array" + String(arrays))
            case .object(let keys, _):
                if !keys.isEmpty { objects += 1 }
                base = MemberName(bare: keys.isEmpty ? "emptyObject" : "object" + String(objects))
            }
            cases.append((names.claim(base), value))
        }
        return EnumDecl(
            rawType: rawType, cases: cases, unknownCaseName: names.claim("unknown" as MemberName),
            allowsNull: allowsNull || schema.allowsNull)
    }

    /// Names for an enum of objects, `[{id: 1, name: LoL}, {id: 3, name: CS:GO}]`: the text of the first key
    /// (in the first object's order) that every object holds as text, different in each; `nil` when there is none.
    static func objectLabels(_ values: [LiteralValue]) -> [LiteralValue: String]? {
        guard values.count > 1, case .object(let firstKeys, _) = values[0] else { return nil }
        for key in firstKeys {
            var labels: [LiteralValue: String] = [:]
            var taken: Set<String> = []
            for value in values {
                guard case .object(let keys, let members) = value, let index = keys.firstIndex(of: key),
                    case .string(let text) = members[index], !text.isEmpty,
                    taken.insert(Naming.caseName(text).bare).inserted
                else { break }
                labels[value] = text
            }
            if labels.count == values.count { return labels }
        }
        return nil
    }

    /// What an enum's values are kept as: text, whole numbers, numbers, or any JSON value.
    static func enumRawType(of values: [LiteralValue]) -> Builtin {
        var kinds: Set<Builtin> = []
        for value in values {
            switch value {
            case .string: kinds.insert(.string)
            case .int: kinds.insert(.int)
            case .double(let number): kinds.insert(whole(number) != nil ? .int : .double)
            default: kinds.insert(.jsonValue)
            }
        }
        if kinds.count <= 1 { return kinds.first ?? .string }
        return kinds == [.int, .double] ? .double : .jsonValue
    }

    /// A value as an enum of `rawType` holds it: `5.0` as `5` among whole numbers or any JSON values (JSON does
    /// not tell them apart, and a decoder reads `5` first), `5` as `5.0` among numbers with fractions.
    static func enumValue(_ value: LiteralValue, as rawType: Builtin) -> LiteralValue {
        switch (value, rawType) {
        case (.double(let number), .int), (.double(let number), .jsonValue):
            return whole(number).map(LiteralValue.int) ?? value
        case (.int(let number), .double): return .double(Double(number))
        case (.array(let items), .jsonValue): return .array(items.map { enumValue($0, as: .jsonValue) })
        case (.object(let keys, let values), .jsonValue):
            return .object(keys, values.map { enumValue($0, as: .jsonValue) })
        default: return value
        }
    }

    /// A number without a fraction, as an `Int` (`5.0` → `5`); `nil` for `2.5` and for what `Int` cannot hold.
    static func whole(_ number: Double) -> Int? {
        number.rounded() == number && abs(number) < 0x1p62 ? Int(number) : nil
    }

    /// A number as words of a case name: `2.4` → `2_4`, `1e-07` → `1e_07`, `1.0` → `1`.
    static func numberWords(_ number: Double) -> String {
        if let whole = whole(number) { return String(whole) }
        return String(String(describing: number).map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// Text read as a value of the first of `types` it spells: an integer, a finite number, a boolean.
    static func literal(_ text: String, as types: [JSONType]) -> LiteralValue? {
        for type in types {
            switch type {
            case .integer: if let number = Int(text) { return .int(number) }
            case .number:
                if let number = Int(text) { return .int(number) }
                if let number = Double(text), number.isFinite { return .double(number) }
            case .boolean: if let flag = Bool(text) { return .bool(flag) }
            default: continue
            }
        }
        return nil
    }

    /// Whether a value is of a JSON Schema type (an integer is also a number; a whole number also an integer).
    static func literal(_ value: LiteralValue, isOf type: JSONType) -> Bool {
        switch (value, type) {
        case (.string, .string), (.bool, .boolean), (.array, .array), (.object, .object), (.null, .null): true
        case (.int, .integer), (.int, .number), (.double, .number): true
        case (.double(let number), .integer): number.rounded() == number
        default: false
        }
    }

    // MARK: One-of

    func oneOf(_ schema: Schema, typeName: String) -> TypeDecl.Kind? {
        var branches = (schema.oneOf + schema.anyOf).filter { !isNullSchema($0) }
        if branches.isEmpty {
            branches = schema.nonNullTypes.map { type in
                let branch = Schema.primitive(type, pointer: schema.pointer + "/type", mark: schema.mark)
                return branch
            }
        }
        if !schema.oneOf.isEmpty, !schema.anyOf.isEmpty {
            warning(
                "both 'oneOf' and 'anyOf' are set; generated as one choice among all their branches", at: schema.mark)
        }
        var names = NameScope(reserved: [typeName])
        var cases: [(name: MemberName, type: TypeRef)] = []
        var targetNames: [String: MemberName] = [:]
        for (index, branch) in branches.enumerated() {
            let target = branch.ref.flatMap { resolver.schema($0, from: file) }
            let caseBase: MemberName
            if let target {
                caseBase = Naming.caseName(target.name)
            } else if let title = branch.title {
                caseBase = Naming.caseName(title)
            } else if let type = branch.nonNullTypes.first {
                caseBase = MemberName(bare: type.rawValue)
            } else {
                caseBase = MemberName(bare: "case" + String(index + 1))
            }
            // The payload's type first, so the case name can keep clear of the type it names.
            let type = usage(branch, hint: Naming.typeName(caseBase.bare)).optional(false)
            let caseName = claimMember(caseBase, in: &names)
            reserveMemberName(caseName)
            if let target { targetNames[target.key] = caseName }
            cases.append((caseName, type))
        }
        var discriminator: (property: String, values: [(value: String, caseName: MemberName)])?
        if let declared = schema.discriminator {
            var values: [(value: String, caseName: MemberName)] = []
            for (value, target) in declared.mapping {
                let key = target.hasPrefix("#") ? target : "#/components/schemas/" + JSONPointer.escape(target)
                if let caseName = targetNames[key] { values.append((value, caseName)) }
            }
            for (key, caseName) in targetNames.sorted(by: { $0.value.bare < $1.value.bare })
            where !values.contains(where: { $0.caseName == caseName }) {
                values.append((String(key.split(separator: "/").last ?? ""), caseName))
            }
            discriminator = (declared.propertyName, values)
        }
        var decl = OneOfDecl(cases: cases, validatingCases: [], discriminator: discriminator)
        if let target = schema.discriminator?.defaultMapping {
            let key = target.hasPrefix("#") ? target : "#/components/schemas/" + JSONPointer.escape(target)
            if let caseName = targetNames[key] {
                decl.defaultCase = caseName
            } else {
                warning(
                    "defaultMapping '\(target)' names none of the choices; a value that maps to nothing is read as the first that fits",
                    at: schema.mark)
            }
        }
        return .oneOf(decl)
    }

    // MARK: All-of

    func allOf(_ schema: Schema, typeName: String) -> TypeDecl.Kind? {
        var parts: [Schema] = []
        var alternatives: [Schema] = []
        func resolve(_ part: Schema) -> Schema {
            guard let reference = part.ref, let target = resolver.schema(reference, from: file) else { return part }
            return target.value
        }
        /// A branch and the `allOf` parts it merges, each an object whose properties the branch may hold.
        func branchParts(_ branch: Schema, depth: Int) -> [Schema] {
            guard depth < 32 else { return [] }
            let resolved = resolve(branch)
            return resolved.allOf.flatMap { branchParts($0, depth: depth + 1) } + [resolved]
        }
        func flatten(_ part: Schema, depth: Int) {
            guard depth < 32 else { return }
            let resolved = resolve(part)
            for inner in resolved.allOf { flatten(inner, depth: depth + 1) }
            let branches = (resolved.oneOf + resolved.anyOf).flatMap { branchParts($0, depth: depth + 1) }
            if !branches.isEmpty {
                // Each branch's properties are the struct's, optional: the value holds those of one branch.
                if branches.allSatisfy(\.properties.isEmpty) {
                    warning(
                        "a oneOf/anyOf of values that are not objects inside allOf is not merged; the struct holds the other parts' properties",
                        at: part.mark)
                }
                alternatives += branches
            }
            parts.append(resolved)
        }
        for part in schema.allOf { flatten(part, depth: 0) }
        return .structure(structure(schema, typeName: typeName, extra: parts, alternatives: alternatives))
    }

    // MARK: Validation

    func rules(for schema: Schema) -> [ValidationRule] {
        var rules: [ValidationRule] = []
        if let value = schema.minLength { rules.append(ValidationRule(kind: .minLength, argument: .int(value))) }
        if let value = schema.maxLength { rules.append(ValidationRule(kind: .maxLength, argument: .int(value))) }
        if let pattern = schema.pattern {
            if PatternCheck.isValid(pattern) {
                rules.append(ValidationRule(kind: .pattern, argument: .string(pattern)))
            } else {
                warning(
                    "pattern is not a valid regular expression here; it is not enforced",
                    at: schema.patternMark ?? schema.mark)
            }
        }
        func number(_ value: Number) -> LiteralValue { value.int.map { .int($0) } ?? .double(value.double) }
        if let value = schema.minimum { rules.append(ValidationRule(kind: .minimum, argument: number(value))) }
        if let value = schema.exclusiveMinimum {
            rules.append(ValidationRule(kind: .exclusiveMinimum, argument: number(value)))
        }
        if let value = schema.maximum { rules.append(ValidationRule(kind: .maximum, argument: number(value))) }
        if let value = schema.exclusiveMaximum {
            rules.append(ValidationRule(kind: .exclusiveMaximum, argument: number(value)))
        }
        if let value = schema.multipleOf { rules.append(ValidationRule(kind: .multipleOf, argument: number(value))) }
        if let value = schema.minItems { rules.append(ValidationRule(kind: .minItems, argument: .int(value))) }
        if let value = schema.maxItems { rules.append(ValidationRule(kind: .maxItems, argument: .int(value))) }
        if schema.uniqueItems { rules.append(ValidationRule(kind: .uniqueItems, argument: .bool(true))) }
        // A closed list of one boolean (`enum: [true]`, Stripe's `deleted`) is a `Bool` that must be that value.
        var booleans: Set<Bool> = []
        var others = 0
        for value in schema.enumValues ?? [] {
            switch value.content {
            case .bool(let bool): booleans.insert(bool)
            case .null: break
            default: others += 1
            }
        }
        if booleans.count == 1, others == 0, let only = booleans.first {
            rules.append(ValidationRule(kind: .equals, argument: .bool(only)))
        }
        return rules
    }
}

extension Schema {
    /// A schema of one type, for lists of types lowered like a `oneOf`.
    static func primitive(_ type: JSONType, pointer: String, mark: Mark) -> Schema {
        Schema(types: [type], pointer: pointer, mark: mark)
    }
}

extension LiteralValue {
    /// The value a document wrote; `nil` for what JSON cannot hold (an infinite number, a key that is not text).
    init?(_ value: SourceValue) {
        switch value.content {
        case .null: self = .null
        case .bool(let bool): self = .bool(bool)
        case .int(let int): self = .int(int)
        case .double(let double):
            guard double.isFinite else { return nil }
            self = .double(double)
        case .string(let string): self = .string(string)
        case .array(let items):
            var values: [LiteralValue] = []
            for item in items {
                guard let value = LiteralValue(item) else { return nil }
                values.append(value)
            }
            self = .array(values)
        case .object(let entries):
            var keys: [String] = []
            var values: [LiteralValue] = []
            for entry in entries {
                guard let key = entry.key.text, let value = LiteralValue(entry.value) else { return nil }
                keys.append(key)
                values.append(value)
            }
            self = .object(keys, values)
        }
    }
}
