import Lowering
import Testing

/// What a property's schema becomes: its Swift type, whether `null` is a value of its own, and its default. One
/// row per shape decision `TypeLowering` makes; the property is `p` of an object `Thing`, optional unless `required`.
@Suite("Lowering: property shapes and defaults")
struct PropertyShapeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The property's schema, as a YAML flow mapping.
        let schema: String
        var required = false
        let type: TypeRef
        var null: NullHandling = .omitted
        var defaultValue: DefaultValue? = nil
        var testDescription: String { schema + (required ? " (required)" : "") }
    }

    static func builtin(_ builtin: Builtin) -> TypeRef { .builtin(builtin) }

    static let cases: [Case] = [
        Case(schema: "{type: string}", type: .optional(.string)),
        Case(schema: "{type: string}", required: true, type: .string),
        Case(schema: "{type: integer}", type: .optional(builtin(.int))),
        Case(schema: "{type: integer, format: int32}", required: true, type: builtin(.int32)),
        Case(schema: "{type: integer, format: int64}", required: true, type: builtin(.int64)),
        Case(schema: "{type: number}", required: true, type: builtin(.double)),
        Case(schema: "{type: number, format: float}", required: true, type: builtin(.float)),
        Case(schema: "{type: boolean}", required: true, type: builtin(.bool)),
        Case(schema: "{type: string, format: date-time}", required: true, type: builtin(.date)),
        Case(schema: "{type: string, format: uuid}", required: true, type: builtin(.uuid)),
        Case(schema: "{type: string, format: uri}", required: true, type: .string),
        Case(schema: "{type: string, format: byte}", required: true, type: builtin(.data)),
        Case(schema: "{}", required: true, type: .jsonValue),
        Case(schema: "{type: array, items: {type: string}}", required: true, type: .array(.string)),
        Case(schema: "{type: object, additionalProperties: {type: integer}}", required: true, type: .dictionary(builtin(.int))),
        // 3.1's type list with null: a required property writes nil as null; an optional one tells absent from
        // null (spelled `String??`: the IR keeps one optional and says `distinct`).
        Case(schema: "{type: [string, 'null']}", required: true, type: .optional(.string), null: .written),
        Case(schema: "{type: [string, 'null']}", type: .optional(.string), null: .distinct),
        // 3.0's `nullable` is honoured in a 3.1 document too: documents converted from 3.0 keep it.
        Case(schema: "{type: string, nullable: true}", type: .optional(.string), null: .distinct),
        // An inline enum or object is declared inside the type, named after the property.
        Case(schema: "{type: string, enum: [a, b]}", required: true, type: .declared(TypeName(["Thing", "P"]))),
        Case(schema: "{type: object, properties: {q: {type: string}}}", type: .optional(.declared(TypeName(["Thing", "P"])))),
        Case(schema: "{type: array, items: {type: string, enum: [a, b]}}", required: true, type: .array(.declared(TypeName(["Thing", "PItem"])))),
        // A default makes the property non-optional: an absent value decodes as the default.
        Case(schema: "{type: integer, default: 20}", type: builtin(.int), defaultValue: .literal(.int(20))),
        Case(schema: "{type: string, default: x}", type: .string, defaultValue: .literal(.string("x"))),
        Case(schema: "{type: boolean, default: false}", type: builtin(.bool), defaultValue: .literal(.bool(false))),
    ]

    @Test(arguments: cases)
    func shape(_ entry: Case) throws {
        let document = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  \(entry.required ? "required: [p]" : "")
                  properties:
                    p: \(entry.schema)
            """
        let (module, diagnostics) = try lowered(document)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let decl = try #require(module.types.first { $0.name == "Thing" })
        guard case .structure(let structure) = decl.kind else {
            Issue.record("Thing is not a struct: \(decl.kind)")
            return
        }
        let property = try #require(structure.properties.first)
        #expect(property.type == entry.type)
        #expect(property.null == entry.null)
        #expect(property.defaultValue == entry.defaultValue)
    }
}
