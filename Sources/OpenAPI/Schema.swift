public import Source
import YAML

/// A JSON Schema as OpenAPI uses it, 3.0 and 3.1 spellings normalised to one form:
/// `nullable: true` becomes a `null` entry in `types`, and 3.0's boolean `exclusiveMinimum` becomes a numeric bound.
///
/// A class, because schemas nest deeply and are shared by reference across the model; it is only mutated while
/// the decoder fills it in.
public final class Schema: @unchecked Sendable {
    /// A `$ref`, possibly with sibling keywords (which 3.1 allows and 3.0 documents often write anyway).
    public internal(set) var ref: Reference?
    /// `true`/`false` in place of a schema (3.1): anything, or nothing.
    public internal(set) var boolean: Bool?
    /// The `type` entries, `null` included; empty when the schema sets no type.
    public internal(set) var types: [JSONType] = []
    public internal(set) var format: String?
    public internal(set) var title: String?
    public internal(set) var description: String?
    public internal(set) var defaultValue: SourceValue?
    public internal(set) var examples: [SourceValue] = []
    public internal(set) var enumValues: [SourceValue]?
    /// 3.0's `nullable: true` with nothing else to say what the value is (`- nullable: true` as an `allOf`
    /// branch, the common way to make a `$ref` nullable): any value or `null`, and a composition holding it
    /// allows `null`. `types` holds `null` alone.
    public internal(set) var isNullableOnly = false
    public internal(set) var constValue: SourceValue?

    public internal(set) var properties: [Property] = []
    public internal(set) var required: [String] = []
    /// `required: true` on a property's own schema (Swagger 2's way for parameters, a common slip in schemas):
    /// the property is required by the object that holds it.
    public internal(set) var requiredByItself = false
    public internal(set) var additionalProperties: Schema?
    public internal(set) var patternProperties: [(pattern: String, schema: Schema)] = []
    public internal(set) var propertyNames: Schema?
    public internal(set) var minProperties: Int?
    public internal(set) var maxProperties: Int?

    public internal(set) var items: Schema?
    public internal(set) var prefixItems: [Schema] = []
    public internal(set) var contains: Schema?
    public internal(set) var minItems: Int?
    public internal(set) var maxItems: Int?
    public internal(set) var uniqueItems = false

    public internal(set) var allOf: [Schema] = []
    public internal(set) var oneOf: [Schema] = []
    public internal(set) var anyOf: [Schema] = []
    public internal(set) var not: Schema?
    public internal(set) var ifSchema: Schema?
    public internal(set) var thenSchema: Schema?
    public internal(set) var elseSchema: Schema?
    public internal(set) var dependentSchemas: [(property: String, schema: Schema)] = []
    public internal(set) var discriminator: Discriminator?

    public internal(set) var minimum: Number?
    public internal(set) var exclusiveMinimum: Number?
    public internal(set) var maximum: Number?
    public internal(set) var exclusiveMaximum: Number?
    public internal(set) var multipleOf: Number?
    public internal(set) var minLength: Int?
    public internal(set) var maxLength: Int?
    public internal(set) var pattern: String?
    public internal(set) var patternMark: Mark?
    public internal(set) var contentEncoding: String?
    public internal(set) var contentMediaType: String?
    /// The schema of a string's content once decoded as `contentMediaType` (an event's JSON `data`).
    public internal(set) var contentSchema: Schema?

    public internal(set) var readOnly = false
    public internal(set) var writeOnly = false
    public internal(set) var deprecated = false
    public internal(set) var xml: SourceValue?
    public internal(set) var externalDocs: ExternalDocs?
    /// `$id`, `$anchor`, `$schema`, `$comment`, `$defs` and other keywords kept as written.
    public internal(set) var otherKeywords: [(key: String, value: SourceValue)] = []
    public internal(set) var extensions: Extensions = []

    /// JSON pointer of this schema in its document, e.g. `#/components/schemas/Pet/properties/name`.
    public let pointer: String
    public let mark: Mark

    init(pointer: String, mark: Mark) {
        self.pointer = pointer
        self.mark = mark
    }

    /// A schema of the given types and nothing else, for later stages that need to spell one out.
    public convenience init(types: [JSONType], pointer: String, mark: Mark) {
        self.init(pointer: pointer, mark: mark)
        self.types = types
    }

    /// Whether `null` is an allowed value.
    public var allowsNull: Bool { types.contains(.null) }

    /// The types other than `null`.
    public var nonNullTypes: [JSONType] { types.filter { $0 != .null } }
}

/// The JSON types a schema's `type` can name.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// One entry of `properties`.
public struct Property: Sendable {
    public var name: String
    public var schema: Schema
    public var mark: Mark
}

public struct Discriminator: Sendable {
    public var propertyName: String
    public var mapping: [(value: String, target: String)]
    /// OpenAPI 3.2: the schema of a value whose property is absent or maps to nothing.
    public var defaultMapping: String?
}

/// A numeric keyword's value: the integer when it is one, so 64-bit bounds keep every digit.
public struct Number: Sendable, Hashable, CustomStringConvertible {
    public var double: Double
    public var int: Int?

    public init(double: Double, int: Int?) {
        self.double = double
        self.int = int
    }

    public var description: String { int.map(String.init) ?? "\(double)" }
}
