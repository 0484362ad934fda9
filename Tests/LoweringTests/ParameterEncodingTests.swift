import Lowering
import Testing

/// What a parameter declaration becomes: where it travels, how its value is written (one scalar's text, a style
/// of the specification's tables, or JSON text), its Swift type, and the warning when the document asks for
/// something its location cannot carry. The generated client and server write and read what this says.
@Suite("Lowering: parameter locations, styles and encodings")
struct ParameterEncodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The parameter's keys besides `name: p`, as a YAML flow mapping's entries.
        let declaration: String
        let location: ParameterDecl.Location
        let encoding: ParameterEncoding
        let type: TypeRef
        var warning: String? = nil
        var testDescription: String { declaration }
    }

    static let strings = TypeRef.array(.string)
    /// An inline object is declared in the request value, named after the parameter.
    static let inline = TypeRef.declared(TypeName(["GetARequest", "P"]))

    static let cases: [Case] = [
        // A scalar in its location's default style is its text.
        Case(
            declaration: "in: query, schema: {type: integer}", location: .query, encoding: .scalar(value: .builtin(.int)),
            type: .optional(.builtin(.int))),
        Case(
            declaration: "in: path, required: true, schema: {type: string}", location: .path,
            encoding: .scalar(value: .string), type: .string),
        Case(
            declaration: "in: header, required: true, schema: {type: boolean}", location: .header,
            encoding: .scalar(value: .builtin(.bool)), type: .builtin(.bool)),
        Case(
            declaration: "in: cookie, schema: {type: string}", location: .cookie, encoding: .scalar(value: .string),
            type: .optional(.string)),
        // Arrays take the location's default style; `form` explodes unless told otherwise, the others do not.
        Case(
            declaration: "in: query, schema: {type: array, items: {type: string}}", location: .query,
            encoding: .styled(style: .form, explode: true, mayBeObject: false), type: .optional(strings)),
        Case(
            declaration: "in: query, explode: false, schema: {type: array, items: {type: string}}", location: .query,
            encoding: .styled(style: .form, explode: false, mayBeObject: false), type: .optional(strings)),
        Case(
            declaration: "in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}",
            location: .query, encoding: .styled(style: .pipeDelimited, explode: false, mayBeObject: false),
            type: .optional(strings)),
        Case(
            declaration: "in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: string}}",
            location: .path, encoding: .styled(style: .matrix, explode: true, mayBeObject: false), type: strings),
        Case(
            declaration: "in: header, schema: {type: array, items: {type: string}}", location: .header,
            encoding: .styled(style: .simple, explode: false, mayBeObject: false), type: .optional(strings)),
        // A scalar in a style other than the default is styled (`;p=1` in matrix).
        Case(
            declaration: "in: path, required: true, style: label, schema: {type: integer}", location: .path,
            encoding: .styled(style: .label, explode: false, mayBeObject: false), type: .builtin(.int)),
        // deepObject always explodes; the specification leaves `explode: false` undefined for it.
        Case(
            declaration: "in: query, style: deepObject, explode: false, schema: {type: object, properties: {a: {type: string}}}",
            location: .query, encoding: .styled(style: .deepObject, explode: true, mayBeObject: true),
            type: .optional(inline)),
        // `content` with JSON is JSON text, in any location.
        Case(
            declaration: "in: query, content: {application/json: {schema: {type: array, items: {type: integer}}}}",
            location: .query, encoding: .json, type: .optional(.array(.builtin(.int)))),
        // A style the location does not allow falls back to its default, with a warning naming both.
        Case(
            declaration: "in: header, style: form, schema: {type: array, items: {type: string}}", location: .header,
            encoding: .styled(style: .simple, explode: false, mayBeObject: false), type: .optional(strings),
            warning: "style 'form' is not allowed for header parameters; 'p' is sent in style 'simple'"),
        Case(
            declaration: "in: query, style: sideways, schema: {type: integer}", location: .query,
            encoding: .scalar(value: .builtin(.int)), type: .optional(.builtin(.int)),
            warning: "style 'sideways' is not allowed for query parameters; 'p' is sent in style 'form'"),
        // A value nested deeper than the style can write travels as JSON text.
        Case(
            declaration: "in: query, style: form, schema: {type: array, items: {type: array, items: {type: string}}}",
            location: .query, encoding: .json, type: .optional(.array(strings)),
            warning: "parameter 'p' is an array of arrays, which style 'form' cannot write; it is sent as JSON text"),
        // OpenAPI 3.2's whole query string: a form object is an exploded `form` query object, anything else JSON.
        Case(
            declaration: "in: querystring, content: {application/x-www-form-urlencoded: {schema: {type: object, properties: {a: {type: string}}}}}",
            location: .query, encoding: .styled(style: .form, explode: true, mayBeObject: true),
            type: .optional(inline)),
        Case(
            declaration: "in: querystring, content: {application/json: {schema: {type: array, items: {type: integer}}}}",
            location: .querystring, encoding: .json, type: .optional(.array(.builtin(.int)))),
    ]

    @Test(arguments: cases)
    func parameter(_ example: Case) throws {
        let path = example.declaration.hasPrefix("in: path") ? "/a/{p}" : "/a"
        let (module, diagnostics) = try lowered(
            """
            openapi: 3.2.0
            info: {title: T, version: '1'}
            paths:
              \(path):
                get:
                  operationId: getA
                  parameters:
                    - {name: p, \(example.declaration)}
                  responses: {'204': {description: done}}
            """)
        let parameter = try #require(module.operations.first?.parameters.first { $0.wireName == "p" })
        #expect(parameter.location == example.location)
        #expect(parameter.encoding == example.encoding)
        #expect(parameter.type == example.type)
        #expect(diagnostics.map(\.message) == (example.warning.map { [$0] } ?? []))
    }
}
