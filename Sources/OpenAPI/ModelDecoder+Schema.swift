import Source
import YAML

/// Schemas: every JSON Schema keyword OpenAPI 3.0 and 3.1 use, normalised to one form.
extension ModelDecoder {
    func schema(_ node: Node, pointer: String) -> Schema {
        let schema = Schema(pointer: pointer, mark: node.start)
        if case .scalar(let scalar) = node.content, case .bool(let value) = scalar.resolved, is31 {
            schema.boolean = value
            return schema
        }
        var nullable = false
        var exclusiveMinimumFlag = false
        var exclusiveMaximumFlag = false
        var unknownType = false
        schema.extensions = object(node, "a schema", instead: "generated as any JSON value") { key, value in
            switch key {
            case "$ref": schema.ref = reference(value, instead: "generated as any JSON value")
            case "type":
                if let types = types(value) { schema.types = types } else { unknownType = true }
            case "nullable": nullable = bool(value, key) ?? false
            case "format": schema.format = string(value, key)
            case "title": schema.title = string(value, key)
            case "description": schema.description = string(value, key)
            case "default": schema.defaultValue = value.value
            case "example": schema.examples.append(value.value)
            case "examples":
                if case .sequence(let items) = value.content {
                    schema.examples += items.map(\.value)
                } else {
                    schema.examples.append(value.value)
                }
            case "enum": schema.enumValues = sequence(value, key).map(\.value)
            case "const": schema.constValue = value.value
            case "properties":
                schema.properties = entries(value, key).map { entry in
                    Property(
                        name: entry.key,
                        schema: self.schema(
                            entry.value, pointer: JSONPointer.appending(pointer + "/properties", entry.key)),
                        mark: entry.mark)
                }
            case "required":
                if case .sequence = value.content {
                    schema.required = strings(value, key)
                } else if case .scalar(let scalar) = value.content, let flag = Bool(scalar.value.lowercased()) {
                    fallback(
                        "expected required to be a list of property names, found \(value.kindDescription)",
                        instead: flag ? "read as the property being required" : "read as the property being optional",
                        at: value.start)
                    schema.requiredByItself = flag
                } else {
                    schema.required = strings(value, key)
                }
            case "additionalProperties":
                schema.additionalProperties = subschema(value, pointer, key, allowBoolean: true)
            case "patternProperties":
                schema.patternProperties = entries(value, key).map { entry in
                    (
                        entry.key,
                        self.schema(
                            entry.value, pointer: JSONPointer.appending(pointer + "/patternProperties", entry.key))
                    )
                }
            case "propertyNames": schema.propertyNames = subschema(value, pointer, key)
            case "minProperties": schema.minProperties = int(value, key)
            case "maxProperties": schema.maxProperties = int(value, key)
            case "items":
                if case .sequence(let items) = value.content, !is31 {
                    fallback(
                        "'items' must be a schema, not a sequence", instead: "read as 'prefixItems'", at: value.start)
                    schema.prefixItems = items.enumerated().map { self.schema($1, pointer: pointer + "/items/\($0)") }
                } else {
                    schema.items = subschema(value, pointer, key, allowBoolean: true)
                }
            case "prefixItems":
                schema.prefixItems = sequence(value, key).enumerated().map {
                    self.schema($1, pointer: pointer + "/prefixItems/\($0)")
                }
            case "contains": schema.contains = subschema(value, pointer, key)
            case "minItems": schema.minItems = int(value, key)
            case "maxItems": schema.maxItems = int(value, key)
            case "uniqueItems": schema.uniqueItems = bool(value, key) ?? false
            case "allOf": schema.allOf = schemaList(value, pointer, key)
            case "oneOf": schema.oneOf = schemaList(value, pointer, key)
            case "anyOf": schema.anyOf = schemaList(value, pointer, key)
            case "not": schema.not = subschema(value, pointer, key)
            case "contentSchema": schema.contentSchema = subschema(value, pointer, key)
            case "if": schema.ifSchema = subschema(value, pointer, key)
            case "then": schema.thenSchema = subschema(value, pointer, key)
            case "else": schema.elseSchema = subschema(value, pointer, key)
            case "dependentSchemas":
                schema.dependentSchemas = entries(value, key).map { entry in
                    (
                        entry.key,
                        self.schema(
                            entry.value, pointer: JSONPointer.appending(pointer + "/dependentSchemas", entry.key))
                    )
                }
            case "discriminator": schema.discriminator = discriminator(value)
            case "minimum": schema.minimum = number(value, key)
            case "maximum": schema.maximum = number(value, key)
            case "exclusiveMinimum":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved {
                    exclusiveMinimumFlag = flag
                } else {
                    schema.exclusiveMinimum = number(value, key)
                }
            case "exclusiveMaximum":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved {
                    exclusiveMaximumFlag = flag
                } else {
                    schema.exclusiveMaximum = number(value, key)
                }
            case "multipleOf":
                schema.multipleOf = number(value, key)
                if let multiple = schema.multipleOf, multiple.double <= 0 {
                    fallback("'multipleOf' must be greater than 0", instead: "it is ignored", at: value.start)
                    schema.multipleOf = nil
                }
            case "minLength": schema.minLength = int(value, key)
            case "maxLength": schema.maxLength = int(value, key)
            case "pattern":
                schema.pattern = string(value, key)
                schema.patternMark = value.start
            case "contentEncoding": schema.contentEncoding = string(value, key)
            case "contentMediaType": schema.contentMediaType = string(value, key)
            case "readOnly": schema.readOnly = bool(value, key) ?? false
            case "writeOnly": schema.writeOnly = bool(value, key) ?? false
            case "deprecated": schema.deprecated = bool(value, key) ?? false
            case "xml": schema.xml = value.value
            case "externalDocs": schema.externalDocs = externalDocs(value)
            case "$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$schema", "$comment", "$defs", "$vocabulary",
                "definitions", "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "minContains",
                "maxContains":
                schema.otherKeywords.append((key, value.value))
            default: return false
            }
            return true
        }
        if unknownType {
            // Every other keyword of a schema whose type gen cannot read would guess at it: it allows any value.
            let anyValue = Schema(pointer: pointer, mark: node.start)
            anyValue.boolean = true
            anyValue.title = schema.title
            anyValue.description = schema.description
            return anyValue
        }
        if nullable, !schema.types.contains(.null) {
            if schema.types.isEmpty, schema.ref == nil, schema.allOf.isEmpty, schema.oneOf.isEmpty,
                schema.anyOf.isEmpty,
                schema.enumValues == nil
            {
                schema.isNullableOnly = true
            }
            schema.types.append(.null)
        }
        if exclusiveMinimumFlag {
            if let minimum = schema.minimum {
                schema.exclusiveMinimum = minimum
                schema.minimum = nil
            } else {
                warning("'exclusiveMinimum: true' without 'minimum' has no effect", at: node.start)
            }
        }
        if exclusiveMaximumFlag {
            if let maximum = schema.maximum {
                schema.exclusiveMaximum = maximum
                schema.maximum = nil
            } else {
                warning("'exclusiveMaximum: true' without 'maximum' has no effect", at: node.start)
            }
        }
        if let min = schema.minLength, let max = schema.maxLength, min > max {
            fallback(
                "'minLength' \(min) is greater than 'maxLength' \(max): no string can match",
                instead: "both are ignored", at: node.start)
            schema.minLength = nil
            schema.maxLength = nil
        }
        return schema
    }

    private func subschema(_ node: Node, _ pointer: String, _ key: String, allowBoolean: Bool = false) -> Schema? {
        if allowBoolean, case .scalar(let scalar) = node.content, case .bool(let value) = scalar.resolved {
            let schema = Schema(pointer: pointer + "/" + key, mark: node.start)
            schema.boolean = value
            return schema
        }
        return schema(node, pointer: pointer + "/" + key)
    }

    private func schemaList(_ node: Node, _ pointer: String, _ key: String) -> [Schema] {
        sequence(node, key).enumerated().map { schema($1, pointer: pointer + "/\(key)/\($0)") }
    }

    /// The names of `type`, or `nil` when one of them is not a JSON type: that schema allows any value.
    private func types(_ node: Node) -> [JSONType]? {
        let names: [Node]
        if case .sequence(let items) = node.content { names = items } else { names = [node] }
        var result: [JSONType] = []
        for item in names {
            guard let text = string(item, "type") else {
                if item.scalar != nil { result.append(.null) }
                continue
            }
            guard let type = JSONType(rawValue: text) else {
                fallback(
                    "unknown type '\(text)' (expected string, number, integer, boolean, array, object or null)",
                    instead: "generated as any JSON value", at: item.start)
                return nil
            }
            if type == .null, !is31 {
                warning("type 'null' is OpenAPI 3.1; in 3.0 write 'nullable: true'", at: item.start)
            }
            if !result.contains(type) { result.append(type) }
        }
        if case .sequence = node.content, !is31 {
            warning("a list of types is OpenAPI 3.1; in 3.0 'type' takes one name", at: node.start)
        }
        return result
    }

    private func discriminator(_ node: Node) -> Discriminator? {
        var result = Discriminator(propertyName: "", mapping: [])
        object(node, "a discriminator", instead: "it is ignored") { key, value in
            switch key {
            case "propertyName": result.propertyName = string(value, key) ?? ""
            case "mapping":
                result.mapping = entries(value, key).map { ($0.key, string($0.value, "a mapping target") ?? "") }
            case "defaultMapping" where is32: result.defaultMapping = string(value, key)
            default: return false
            }
            return true
        }
        guard !result.propertyName.isEmpty else {
            if case .mapping = node.content {
                fallback("a discriminator needs 'propertyName'", instead: "it is ignored", at: node.start)
            }
            return nil
        }
        return result
    }
}
