import Lowering
import Testing

/// Which enums conform to `ParameterValue`: those whose values travel as parameter text, wherever the document
/// puts them, and no enum that only ever travels in JSON.
@Suite("Lowering: the enums that travel as parameter text")
struct ParameterTextTypesTests {
    /// One document, every place an enum can be: each schema is named after where it is used.
    static let document = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /things/{kind}:
            parameters:
              - {name: kind, in: path, required: true, schema: {$ref: '#/components/schemas/PathKind'}}
            post:
              operationId: postThing
              parameters:
                - {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}
                - {name: colours, in: query, schema: {type: array, items: {$ref: '#/components/schemas/Colour'}}}
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {size: {$ref: '#/components/schemas/FormSize'}}}
              responses:
                '200':
                  description: ok
                  headers:
                    X-Tier: {schema: {$ref: '#/components/schemas/HeaderTier'}}
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/JsonOnly'}
                '400':
                  description: bad
                  content:
                    multipart/form-data:
                      schema: {type: object, properties: {reason: {$ref: '#/components/schemas/PartReason'}}}
        components:
          schemas:
            PathKind: {type: string, enum: [a, b]}
            Filter: {type: object, properties: {state: {$ref: '#/components/schemas/FilterState'}}}
            FilterState: {type: string, enum: [open, closed]}
            Colour: {type: string, enum: [red, green]}
            FormSize: {type: integer, enum: [1, 2]}
            HeaderTier: {type: string, enum: [free, paid]}
            PartReason: {type: string, enum: [late, early]}
            JsonOnly: {type: object, properties: {mood: {$ref: '#/components/schemas/JsonMood'}}}
            JsonMood: {type: string, enum: [calm, busy]}
        """

    @Test func everyPlaceAParameterTravelsCountsAndJSONDoesNot() throws {
        let (module, diagnostics) = try lowered(Self.document)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let types = try #require(module.parameterTextTypes())
        let enums = Set(module.types.filter { if case .enumeration = $0.kind { true } else { false } }.map(\.name))
        #expect(
            enums == ["PathKind", "FilterState", "Colour", "FormSize", "HeaderTier", "PartReason", "JsonMood"])
        let conforming = enums.filter { types.contains(TypeName(topLevel: $0)) }
        #expect(conforming == ["PathKind", "FilterState", "Colour", "FormSize", "HeaderTier", "PartReason"])
    }
}
