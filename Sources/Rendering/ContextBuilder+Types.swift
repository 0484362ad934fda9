import Lowering

/// Type declarations: structs, enums, one-of enums and aliases.
extension ContextBuilder {
    /// The context of a declaration and those nested in it.
    func typeContext(_ decl: TypeDecl) -> TypeContext {
        let doc = DocComment.lines(decl.documentation, remark: Self.remark(decl.origin))
        var context = TypeContext(name: decl.name, doc: doc, structure: [], enumeration: [], oneOf: [], alias: [])
        let scope = decl.identity
        switch decl.kind {
        case .structure(let structure):
            context.structure = [structContext(structure, of: decl)]
        case .enumeration(let enumeration):
            // An enum over any JSON value documents what each case stands for; its names alone cannot say.
            let json = enumeration.rawType == .jsonValue
            context.enumeration = [
                EnumContext(
                    rawType: TypeSpelling.spelled(enumeration.rawType),
                    unknownCase: enumeration.unknownCaseName.spelled,
                    json: json,
                    parameterValue: !json && parameterTextTypes?.contains(decl.identity) ?? true,
                    cases: enumeration.cases.map {
                        EnumCaseContext(
                            name: $0.name.spelled,
                            literal: json ? SwiftLiteral.jsonValue($0.value) : SwiftLiteral.value($0.value),
                            doc: json ? ["/// " + DocComment.code(JSONText.of($0.value))] : [])
                    })
            ]
        case .oneOf(let oneOf):
            let types = Dictionary(
                oneOf.cases.map { ($0.name, TypeSpelling.spelled($0.type, in: scope)) },
                uniquingKeysWith: { first, _ in first })
            context.oneOf = [
                OneOfContext(
                    recursive: decl.isRecursive,
                    cases: oneOf.cases.map {
                        OneOfCaseContext(
                            name: $0.name.spelled, type: TypeSpelling.spelled($0.type, in: scope),
                            validates: oneOf.validatingCases.contains($0.name))
                    },
                    validates: decl.validates,
                    discriminator: oneOf.discriminator.map { discriminator in
                        [
                            DiscriminatorContext(
                                propertyLiteral: SwiftLiteral.string(discriminator.property),
                                values: discriminator.values.map {
                                    DiscriminatorValueContext(
                                        literal: SwiftLiteral.string($0.value), caseName: $0.caseName.spelled,
                                        type: types[$0.caseName] ?? TypeSpelling.spelled(.jsonValue))
                                },
                                defaultValue: oneOf.defaultCase.map { name in
                                    [
                                        DiscriminatorValueContext(
                                            literal: "", caseName: name.spelled,
                                            type: types[name] ?? TypeSpelling.spelled(.jsonValue))
                                    ]
                                } ?? [])
                        ]
                    } ?? [],
                    nested: decl.nested.map(typeContext))
            ]
        case .alias(let target):
            context.alias = [AliasContext(type: TypeSpelling.spelled(target, in: nil))]
        }
        return context
    }

    private func structContext(_ structure: StructDecl, of decl: TypeDecl) -> StructContext {
        let scope = decl.identity
        func spelled(_ type: TypeRef) -> String { TypeSpelling.spelled(type, in: scope) }
        let properties = structure.properties.map { property -> PropertyContext in
            let storage = property.isIndirect ? "_" + property.swiftName.bare : property.swiftName.spelled
            return PropertyContext(
                indirect: property.isIndirect, name: property.swiftName.spelled, storage: storage,
                type: Self.declaredType(property, spelled),
                valueType: spelled(property.type.nonOptional), doc: DocComment.lines(property.documentation),
                key: SwiftLiteral.string(property.wireName),
                defaultValue: defaultExpression(property).map { [$0] } ?? [], decodeMethod: Self.decodeMethod(property),
                encodeMethod: Self.encodeMethod(property))
        }
        var parameters = structure.properties.map { property in
            (
                property.swiftName.spelled, Self.declaredType(property, spelled),
                defaultExpression(property) ?? (property.type.isOptional ? "nil" : nil)
            )
        }
        if let additional = structure.additionalProperties {
            parameters.append((ReservedNames.extraKeys, "[String: \(spelled(additional))]", "[:]"))
        }
        var checks: [CheckContext] = []
        var patterns: [PatternContext] = []
        for property in structure.properties {
            let rules = Validation.applicable(property.rules, to: property.type)
            let pattern = rules.first { $0.kind == .pattern }
            if let pattern, let name = pattern.patternName {
                patterns.append(PatternContext(name: name, literal: SwiftLiteral.value(pattern.argument)))
            }
            // `self.nickname ?? nil`: a `String??` is checked when it holds a value.
            let value = "self." + property.swiftName.spelled + (property.null == .distinct ? " ?? nil" : "")
            checks += Self.ruleChecks(
                rules, value: value, type: property.type, name: "path + " + SwiftLiteral.string(property.wireName),
                location: "\"body\"")
            if property.validatesNested {
                checks.append(
                    CheckContext(
                        unwrap: [], rules: [],
                        validates: [
                            NestedValidationContext(
                                value: "self." + property.swiftName.spelled,
                                path: "path + " + SwiftLiteral.string(property.wireName + "."))
                        ]))
            }
        }
        let hasProperties = !properties.isEmpty
        // Coding is written out for every struct with keys, over the one key type `DynamicCodingKey`:
        // synthesized coding declares a `CodingKeys` enum per type, which cost the compiler more than the coding
        // itself. An empty struct keeps the synthesized `{}`.
        let coded = hasProperties || structure.additionalProperties != nil
        return StructContext(
            properties: properties,
            additionalProperties: structure.additionalProperties.map { [spelled($0)] } ?? [],
            knownKeys: "[" + properties.map(\.key).joined(separator: ", ") + "]",
            initParameters: Self.parameterList(parameters),
            hasProperties: hasProperties,
            customCoding: coded,
            validation: decl.validates ? [ValidationContext(checks: checks)] : [],
            patterns: patterns,
            nested: decl.nested.map(typeContext))
    }

    /// A property's type as declared: optional twice when absent and `null` are different values.
    private static func declaredType(_ property: PropertyDecl, _ spelled: (TypeRef) -> String) -> String {
        spelled(property.type) + (property.null == .distinct ? "?" : "")
    }

    /// How the keyed container reads a property (see `PropertyContext.decodeMethod`).
    private static func decodeMethod(_ property: PropertyDecl) -> String {
        guard property.type.isOptional else { return property.defaultValue != nil ? "decodeIfPresent" : "decode" }
        switch property.null {
        case .distinct: return "decodeNullable"
        case .written: return property.defaultValue != nil ? "decodeNullable" : "decodeIfPresent"
        case .held: return "decodeIfKeyPresent"
        case .omitted: return "decodeIfPresent"
        }
    }

    /// How the keyed container writes a property (see `PropertyContext.encodeMethod`).
    private static func encodeMethod(_ property: PropertyDecl) -> String {
        switch property.null {
        case .distinct: "encodeNullable"
        case .written: "encode"
        case .omitted, .held: property.type.isOptional && property.defaultValue == nil ? "encodeIfPresent" : "encode"
        }
    }

    /// Parameters with the commas between them: name, type and default value's expression.
    static func parameterList(_ parameters: [(name: String, type: String, defaultValue: String?)]) -> [ParameterContext]
    {
        parameters.enumerated().map { index, parameter in
            ParameterContext(
                name: parameter.name, type: parameter.type, defaultValue: parameter.defaultValue.map { [$0] } ?? [],
                comma: index < parameters.count - 1)
        }
    }

    /// Arguments with the commas between them: label and value.
    static func argumentList(_ arguments: [(label: String, value: String)]) -> [ArgumentContext] {
        arguments.enumerated().map { index, argument in
            ArgumentContext(label: argument.label, value: argument.value, comma: index < arguments.count - 1)
        }
    }

    /// The Swift expression of a property's default value.
    private func defaultExpression(_ property: PropertyDecl) -> String? {
        Self.defaultExpression(property.defaultValue, of: property.type)
    }

    /// The Swift expression of a default value (of a property or a parameter) of the given type.
    static func defaultExpression(_ value: DefaultValue?, of type: TypeRef) -> String? {
        switch value {
        case nil: return nil
        case .enumCase(let name): return "." + name.spelled
        case .enumCases(let names): return "[" + names.map { "." + $0.spelled }.joined(separator: ", ") + "]"
        case .emptyStruct: return ".init()"
        case .literal(let value):
            if case .int(let number) = value, [.double, .float].contains(type.builtin) { return String(number) + ".0" }
            return SwiftLiteral.value(value)
        }
    }
}
