import OpenAPI
import Source

/// Property defaults as values of their types: literals, enum cases, `{}` for a struct that needs no
/// arguments. A default that does not fit when its property is lowered waits until every type is declared.
extension TypeLowering {
    /// A default literal as a value of the type (aliases seen through), or `nil` when it does not fit (or the
    /// type is not declared yet).
    func defaultValue(_ literal: LiteralValue, of type: TypeRef) -> DefaultValue? {
        let shape = resolved(type).nonOptional
        if Self.literal(literal, fits: shape) { return .literal(literal) }
        switch (literal, shape) {
        case (_, .declared(let name)):
            if case .enumeration(let enumeration) = kinds[name] {
                let value = Self.enumValue(literal, as: enumeration.rawType)
                return enumeration.cases.first { $0.value == value }.map { .enumCase($0.name) }
            }
            guard case .object(let keys, _) = literal, keys.isEmpty, case .structure(let structure)? = kinds[name]
            else { return nil }
            return structure.properties.allSatisfy({ $0.type.isOptional || $0.defaultValue != nil })
                ? .emptyStruct : nil
        case (.array(let items), .array(let element)):
            if items.allSatisfy({ Self.literal($0, fits: resolved(element)) }) { return .literal(literal) }
            let cases = items.compactMap { item -> MemberName? in
                guard case .enumCase(let name)? = defaultValue(item, of: element) else { return nil }
                return name
            }
            return cases.count == items.count ? .enumCases(cases) : nil
        case (.object(_, let values), .dictionary(let value)):
            return values.allSatisfy({ Self.literal($0, fits: resolved(value)) }) ? .literal(literal) : nil
        default:
            return nil
        }
    }

    /// Decides the defaults that waited for every type to be declared: applied where they fit (a property with
    /// one is no longer optional, unless it allows `null`), reported where they do not. Repeats while one more
    /// fits, since `{}` fits a struct once its own properties' defaults do.
    func resolvePendingDefaults() {
        guard !pendingDefaults.isEmpty else { return }
        var pending = pendingDefaults
        pendingDefaults = []
        let index = Dictionary(topLevel.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var progress = true
        while progress, !pending.isEmpty {
            progress = false
            pending.removeAll { entry in
                guard let type = propertyType(entry), let fitting = defaultValue(entry.literal, of: type),
                    applyDefault(fitting, to: entry, index: index)
                else { return false }
                progress = true
                return true
            }
            // Only an empty object can fit now that it did not before: a struct it names gained defaults.
            pending.removeAll { entry in
                if case .object(let keys, _) = entry.literal, keys.isEmpty { return false }
                reportUnfitting(entry)
                return true
            }
        }
        pending.forEach(reportUnfitting)
    }

    private func reportUnfitting(_ entry: PendingDefault) {
        let reason = propertyType(entry).map(mismatch) ?? "does not fit its type"
        warning(
            "default value of '\(entry.name)' is \(Self.describe(entry.literal)), which \(reason); it is not applied",
            at: entry.mark)
    }

    /// The type of the property a pending default belongs to.
    private func propertyType(_ entry: PendingDefault) -> TypeRef? {
        guard case .structure(let structure)? = kinds[entry.owner] else { return nil }
        return structure.properties.first { $0.swiftName == entry.swiftName }?.type
    }

    /// A literal in a warning's words: `a string ("auto")`, `an empty array`.
    static func describe(_ literal: LiteralValue) -> String {
        switch literal {
        case .null: "null"
        case .bool(let flag): "the boolean \(flag)"
        case .int(let number): "the number \(number)"
        case .double(let number): "the number \(number)"
        case .string(let text): "the string \"\(text.count > 40 ? text.prefix(40) + "…" : text)\""
        case .array(let items):
            items.isEmpty ? "an empty array" : "an array of \(items.count) \(items.count == 1 ? "item" : "items")"
        case .object(let keys, _): keys.isEmpty ? "an empty object" : "an object"
        }
    }

    /// Why a default does not fit a property's type, in a warning's words.
    func mismatch(_ type: TypeRef) -> String {
        switch resolved(type).nonOptional {
        case .builtin(let builtin):
            switch builtin {
            case .string: "is not a string"
            case .int, .int32, .int64: "is not an integer"
            case .double, .float: "is not a number"
            case .bool: "is not a boolean"
            case .date: "is not written as a date-time literal gen can apply"
            case .uuid: "is not written as a uuid literal gen can apply"
            case .data: "is not written as binary data gen can apply"
            case .jsonValue: "is a value of any type, which gen does not apply as a default"
            case .jsonNull: "is not null"
            case .httpBody, .multipartFile: "is not a value gen can write for this type"
            }
        case .declared(let name):
            switch kinds[name] {
            case .enumeration?: "is not one of the enum's values"
            case .structure?: "is not enough to make its object type, whose required properties have no defaults"
            default: "is not a value gen can write for this type"
            }
        case .array: "is not an array of the items' type"
        case .dictionary: "is not an object of the values' type"
        case .optional, .stream, .serverSentEvent: "is not a value gen can write for this type"
        }
    }

    /// Whether a default literal can initialise a property of this type.
    static func literal(_ literal: LiteralValue, fits type: TypeRef) -> Bool {
        switch (literal, type.builtin) {
        case (.string, .string), (.bool, .bool), (.int, .int), (.int, .int32), (.int, .int64), (.int, .double),
            (.int, .float), (.double, .double), (.double, .float):
            return true
        default: return false
        }
    }
}

/// A property's `default` waiting for every type to be declared (see `resolvePendingDefaults`).
struct PendingDefault {
    var owner: TypeName
    var swiftName: MemberName
    /// The property's name in the document, for the warning.
    var name: String
    var literal: LiteralValue
    var allowsNull: Bool
    var mark: Mark
}
