import Lowering
import OpenAPI
@testable import Rendering
import Source
import Testing

/// What the views of an operation's context hold for the part of the output each serves: the client method
/// (`call`), the server's registration (`route`) and reading (`reading`), and the request value (`input`). Each
/// row is one operation of a small document and the values its templates place.
@Suite("Rendering: the views of an operation")
struct OperationViewTests {
    static func context(_ paths: String, webhooks: String = "") throws -> ModuleContext {
        let text = """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
            \(paths)
            \(webhooks)
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
            """
        let file = try DocumentLoader.parse(SourceText(path: "doc.yaml", bytes: Array(text.utf8)))
        let (loaded, decodeDiagnostics) = DocumentLoader.decode(file)
        #expect(decodeDiagnostics.isEmpty, "\(decodeDiagnostics.map(\.message))")
        let (module, diagnostics) = Lowering.lower(Resolver(main: try #require(loaded)), moduleName: "T")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        return ContextBuilder(module: module, options: RenderOptions()).build()
    }

    @Test func aRouteIsItsPathPercentEncodedWithTheMediaTypesItAccepts() throws {
        let operation = try #require(
            try Self.context(
                """
                  /pets/{id}/a b:
                    put:
                      operationId: putPet
                      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                      requestBody:
                        required: true
                        content: {application/json: {schema: {type: object}}, text/plain: {schema: {type: string}}}
                      responses: {'204': {description: done}}
                """
            ).operations.first)
        #expect(operation.route.pathLiteral == "\"/pets/{id}/a%20b\"")
        #expect(operation.route.bodyMediaTypes == ["[\"application/json\", \"text/plain\"]"])
        #expect(operation.route.returnsOutput == false)
        #expect(operation.route.serverSuccesses.map(\.answer) == [".empty(204)"])
        #expect(operation.methodLiteral == ".put")
        #expect(operation.call.parameters.map(\.name) == ["id", "body"])
        #expect(!operation.call.sendsToURL, "an operation goes to the server URL")
        #expect(operation.reading.parameters.map(\.label) == ["id"])
        #expect(operation.reading.parameters.map(\.comma) == [true], "the body follows the parameters")
        #expect(operation.reading.arguments.map(\.label) == ["body"])
    }

    /// A parameter read in the server's `parameterRead` partial, in words: where its text is, what it becomes
    /// (`text` when the text is the value), its type, the names an exploded object leaves to the others, what an
    /// absent one takes, and whether its absence is refused.
    static func summary(_ read: ParameterReadContext) -> String {
        let location = [
            (read.path, "path"), (read.query, "query"), (read.querystring, "querystring"), (read.header, "header"),
            (read.cookie, "cookie"),
        ].filter(\.0).map(\.1)
        let kind =
            read.styled
            ? "styled \(read.style)\(read.explode ? " exploded" : "")"
            : read.parsed ? "parsed" : read.scalar ? "scalar" : read.json ? "json" : "text"
        var words = location + [kind]
        if read.decodes || read.styled { words.append(read.type) }
        if read.claims { words.append("claims [\(read.claimed)]") }
        words += read.fallback.map { "?? " + $0 }
        if read.required { words.append("required") }
        return words.joined(separator: " ")
    }

    @Test(arguments: [
        ("/a/{id}", "{name: id, in: path, required: true, schema: {type: integer}}", "path parsed Int"),
        ("/a/{id}", "{name: id, in: path, required: true, schema: {type: string}}", "path text"),
        ("/a/{ids}", "{name: ids, in: path, required: true, style: label, schema: {type: array, items: {type: integer}}}", "path styled label [Int]"),
        ("/a", "{name: q, in: query, schema: {type: string}}", "query text"),
        ("/a", "{name: q, in: query, required: true, schema: {type: string}}", "query text required"),
        ("/a", "{name: q, in: query, schema: {type: string, default: all}}", "query text ?? \"all\""),
        ("/a", "{name: n, in: query, required: true, schema: {type: integer}}", "query scalar Int required"),
        ("/a", "{name: n, in: query, schema: {type: integer, default: 20}}", "query scalar Int ?? 20"),
        ("/a", "{name: tags, in: query, schema: {type: array, items: {type: string}}}", "query styled form exploded [String]"),
        ("/a", "{name: f, in: query, schema: {type: object, additionalProperties: {type: string}}}", "query styled form exploded [String: String] claims [\"other\"]"),
        ("/a", "{name: f, in: query, style: deepObject, explode: true, schema: {type: object, additionalProperties: {type: string}}}", "query styled deepObject exploded [String: String]"),
        ("/a", "{name: X-Id, in: header, required: true, schema: {type: integer}}", "header scalar Int required"),
        ("/a", "{name: X-Ids, in: header, schema: {type: array, items: {type: integer}}}", "header styled simple [Int]"),
        ("/a", "{name: c, in: cookie, content: {application/json: {schema: {type: array, items: {type: integer}}}}}", "cookie json [Int]"),
    ])
    func aParameterIsReadFromWhereItTravelsAsItsType(path: String, parameter: String, expected: String) throws {
        let operation = try #require(
            try Self.context(
                """
                  \(path):
                    get:
                      operationId: getA
                      parameters:
                      - {name: other, in: query, schema: {type: string}}
                      - \(parameter)
                      responses: {'204': {description: done}}
                """
            ).operations.first)
        let read = try #require(operation.reading.parameters.last)
        #expect(Self.summary(read) == expected)
    }

    @Test func securityWithAnEmptyAlternativeIsOptionalOnTheRoute() throws {
        let operation = try #require(
            try Self.context(
                """
                  /a:
                    get:
                      operationId: getA
                      security: [{bearer: []}, {}]
                      responses: {'200': {description: ok, content: {application/json: {schema: {type: string}}}}}
                """
            ).operations.first)
        #expect(operation.securityLiteral == "[[.bearer]]")
        #expect(operation.route.securityOptional)
        #expect(operation.route.returnsOutput)
        #expect(operation.request.appliesCredentials)
        #expect(operation.input.initParameters.map(\.name) == ["credentials"])
        #expect(operation.call.arguments.map(\.value) == ["self.credentials"])
    }

    @Test func aDocumentedValidationStatusIsTheOneTheServerAnswersWith() throws {
        let operation = try #require(
            try Self.context(
                """
                  /a:
                    get:
                      operationId: getA
                      parameters: [{name: q, in: query, schema: {type: integer, maximum: 3}}]
                      responses:
                        '204': {description: done}
                        '422': {description: invalid}
                """
            ).operations.first)
        #expect(operation.reading.validationStatus == "422")
        #expect(operation.reading.readsQuery)
        #expect(operation.reading.serverErrors.map(\.caseName) == ["unprocessableContent"])
        #expect(operation.input.checks.flatMap(\.rules).map(\.function) == ["maximum"])
    }

    @Test func aWebhookIsSentToAURLAndRegisteredAtItsPath() throws {
        let context = try Self.context(
            "  {}",
            webhooks: """
                webhooks:
                  petAdopted:
                    post:
                      requestBody: {content: {application/json: {schema: {type: object}}}}
                      responses: {'200': {description: ok}}
                """)
        let webhook = try #require(context.webhooks.first)
        #expect(webhook.call.sendsToURL)
        #expect(webhook.route.pathLiteral == "paths.petAdopted")
        #expect(webhook.defaultPath == "\"/petAdopted\"")
        #expect(context.operations.isEmpty)
    }
}
