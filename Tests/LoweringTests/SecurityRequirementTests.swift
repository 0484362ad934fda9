import Lowering
import Testing

/// What an operation's security requirements become: the alternatives of credentials the client sends and the
/// server stub checks, and whether one asks for nothing. A scheme the document does not define costs only its
/// place in the requirements that name it, with one warning per name; the operation is always generated.
@Suite("Lowering: security requirements")
struct SecurityRequirementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let requirements: String
        let alternatives: [[String]]
        let optional: Bool
        let warnings: [String]
        var testDescription: String { requirements }
    }

    static let undefined =
        "security scheme 'partner' is not defined in components.securitySchemes; it is left out of every requirement naming it"
    static let alone = "; one that names no other scheme sends no credentials, and the generated server does not enforce it"

    static let cases: [Case] = [
        Case(requirements: "[]", alternatives: [], optional: false, warnings: []),
        Case(requirements: "[{bearer: []}]", alternatives: [["bearer"]], optional: false, warnings: []),
        Case(requirements: "[{bearer: [], key: []}]", alternatives: [["bearer", "key"]], optional: false, warnings: []),
        Case(requirements: "[{bearer: []}, {}]", alternatives: [["bearer"]], optional: true, warnings: []),
        Case(requirements: "[{partner: []}]", alternatives: [], optional: true, warnings: [undefined + alone]),
        Case(requirements: "[{bearer: [], partner: []}]", alternatives: [["bearer"]], optional: false, warnings: [undefined]),
        Case(requirements: "[{partner: []}, {key: []}]", alternatives: [["key"]], optional: true, warnings: [undefined + alone]),
        Case(requirements: "[{key: [], partner: []}, {partner: []}]", alternatives: [["key"]], optional: true, warnings: [undefined]),
    ]

    @Test(arguments: cases)
    func requirements(_ example: Case) throws {
        let text = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  security: \(example.requirements)
                  responses: {'204': {description: done}}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
                key: {type: apiKey, in: header, name: X-Key}
            """
        let (module, diagnostics) = try lowered(text)
        let operation = try #require(module.operations.first)
        #expect(operation.security.map { $0.map(\.bare) } == example.alternatives)
        #expect(operation.securityOptional == example.optional)
        #expect(diagnostics.map(\.message) == example.warnings)
        #expect(diagnostics.allSatisfy { $0.isFallback })
    }
}
