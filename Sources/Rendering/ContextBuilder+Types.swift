import Lowering

/// Type declarations: structs, enums, one-of enums and aliases.
extension ContextBuilder {
    /// The context of a declaration; an alias's nested types follow it, since a type alias cannot hold them.
    func typeContexts(_ decl: TypeDecl) -> [TypeContext] {
        let doc = DocComment.lines(decl.documentation, remark: Self.remark(decl.origin))
        var context = TypeContext(name: decl.name, doc: doc, structure: [], enumeration: [], oneOf: [], alias: [])
        var hoisted: [TypeContext] = []
        switch decl.kind {
        case .structure(let structure):
            context.structure = [structContext(structure, validates: decl.validates, nested: decl.nested)]
        case .enumeration(let enumeration):
            context.enumeration = [
                EnumContext(
                    rawType: enumeration.rawType, unknownCase: enumeration.unknownCaseName,
                    cases: enumeration.cases.map { EnumCaseContext(name: $0.name, literal: SwiftLiteral.value($0.value)) })
            ]
        case .oneOf(let oneOf):
            let types = Dictionary(oneOf.cases.map { ($0.name, $0.type.spelled) }, uniquingKeysWith: { first, _ in first })
            context.oneOf = [
                OneOfContext(
                    modifier: decl.isRecursive ? "indirect " : "",
                    cases: oneOf.cases.map { OneOfCaseContext(name: $0.name, type: $0.type.spelled) },
                    validation: decl.validates
                        ? [ValidationContext(checks: oneOf.cases.map { entry in
                            oneOf.validatingCases.contains(entry.name)
                                ? "case .\(entry.name)(let value): try value.validate(at: path)" : "case .\(entry.name): break"
                        })] : [],
                    discriminator: oneOf.discriminator.map { discriminator in
                        [
                            DiscriminatorContext(
                                propertyLiteral: SwiftLiteral.string(discriminator.property),
                                values: discriminator.values.map {
                                    DiscriminatorValueContext(literal: SwiftLiteral.string($0.value), caseName: $0.caseName, type: types[$0.caseName] ?? "JSONValue")
                                })
                        ]
                    } ?? [],
                    nested: decl.nested.flatMap(typeContexts))
            ]
        case .alias(let usage):
            context.alias = [AliasContext(type: usage.spelled)]
            hoisted = decl.nested.flatMap(typeContexts)
        }
        return [context] + hoisted
    }

    private func structContext(_ structure: StructDecl, validates: Bool, nested: [TypeDecl]) -> StructContext {
        // `decodeIfPresent` reads `null` as absent; a `JSONNull` property must tell the two apart.
        let customCoding = structure.hasDefaults || structure.additionalProperties != nil
            || structure.properties.contains { $0.type.name == "JSONNull" }
        let properties = structure.properties.map { property -> PropertyContext in
            let key = "." + property.swiftName
            let decode: String
            let encode: String
            if let defaultText = defaultExpression(property) {
                decode = "self.\(property.swiftName) = try container.decodeIfPresent(\(property.type.name).self, forKey: \(key)) ?? \(defaultText)"
                encode = "try container.encode(\(property.swiftName), forKey: \(key))"
            } else if property.type.name == "JSONNull" {
                decode = "self.\(property.swiftName) = container.contains(\(key)) ? try container.decode(JSONNull.self, forKey: \(key)) : nil"
                encode = "try container.encodeIfPresent(\(property.swiftName), forKey: \(key))"
            } else if property.type.isOptional {
                decode = "self.\(property.swiftName) = try container.decodeIfPresent(\(property.type.name).self, forKey: \(key))"
                encode = "try container.encodeIfPresent(\(property.swiftName), forKey: \(key))"
            } else {
                decode = "self.\(property.swiftName) = try container.decode(\(property.type.name).self, forKey: \(key))"
                encode = "try container.encode(\(property.swiftName), forKey: \(key))"
            }
            let wireDiffers = Naming.bare(property.swiftName) != property.wireName
            return PropertyContext(
                attribute: property.isIndirect ? "@Indirect " : "", name: property.swiftName, type: property.type.spelled,
                doc: DocComment.lines(property.documentation),
                wireLiteral: wireDiffers ? [SwiftLiteral.string(property.wireName)] : [],
                decode: decode, encode: encode)
        }
        var parameters = structure.properties.map { property -> String in
            if let defaultText = defaultExpression(property) {
                return "\(property.swiftName): \(property.type.spelled) = \(defaultText)"
            }
            return "\(property.swiftName): \(property.type.spelled)" + (property.type.isOptional ? " = nil" : "")
        }
        if let additional = structure.additionalProperties {
            parameters.append("additionalProperties: [String: \(additional.spelled)] = [:]")
        }
        var checks: [String] = []
        var patterns: [PatternContext] = []
        for property in structure.properties {
            let rules = Validation.applicable(property.rules, to: property.type)
            let patternName = Naming.bare(property.swiftName) + "Pattern"
            if let pattern = rules.first(where: { $0.kind == .pattern }) {
                patterns.append(PatternContext(name: patternName, literal: SwiftLiteral.value(pattern.argument)))
            }
            checks += Self.ruleChecks(
                rules, value: property.swiftName, type: property.type, name: "path + " + SwiftLiteral.string(property.wireName),
                location: "\"body\"", pattern: "Self." + patternName)
            if property.validatesNested {
                checks.append("try \(property.swiftName).validate(at: path + \(SwiftLiteral.string(property.wireName + ".")))")
            }
        }
        return StructContext(
            properties: properties,
            additionalProperties: structure.additionalProperties.map { [$0.spelled] } ?? [],
            initParameters: parameters.joined(separator: ", "),
            hasCodingKeys: customCoding || properties.contains { !$0.wireLiteral.isEmpty },
            customCoding: customCoding,
            validation: validates ? [ValidationContext(checks: checks)] : [],
            patterns: patterns,
            nested: nested.flatMap(typeContexts))
    }

    /// The Swift expression of a property's default value.
    private func defaultExpression(_ property: PropertyDecl) -> String? {
        if let caseName = property.defaultCase { return "." + caseName }
        guard let value = property.defaultValue else { return nil }
        if case .int(let number) = value, ["Double", "Float"].contains(property.type.name) { return String(number) + ".0" }
        return SwiftLiteral.value(value)
    }
}
