import Foundation
@_spi(Generated) import GenRuntime
import Testing

@Suite("GenRuntime: checks and validation failures")
struct ValidationTests {
    @Test func lengthsCountUnicodeScalars() throws {
        try Check.minLength("日本", 2, "name", in: "query")
        #expect(throws: ValidationFailure(location: "query", name: "name", rule: "maxLength", message: "must be at most 1 characters long")) {
            try Check.maxLength("日本", 1, "name", in: "query")
        }
    }

    @Test func boundsAndExclusiveBounds() throws {
        try Check.minimum(3, 3, "n", in: "body")
        try Check.maximum(3.0, 3.0, "n", in: "body")
        #expect(throws: ValidationFailure.self) { try Check.exclusiveMinimum(3, 3, "n", in: "body") }
        #expect(throws: ValidationFailure.self) { try Check.exclusiveMaximum(3, 3, "n", in: "body") }
        do {
            try Check.minimum(Int64(-1), 0, "n", in: "path")
            Issue.record("expected a failure")
        } catch {
            #expect(error.rule == "minimum")
            #expect(error.description == "path parameter 'n' must be at least 0")
        }
    }

    @Test func multipleOfIntegersAndFractions() throws {
        try Check.multipleOf(10, 5, "n", in: "query")
        try Check.multipleOf(0.75, 0.25, "n", in: "query")
        #expect(throws: ValidationFailure.self) { try Check.multipleOf(7, 5, "n", in: "query") }
    }

    @Test func itemsAndUniqueness() throws {
        try Check.minItems([1, 2], 2, "ids", in: "query")
        #expect(throws: ValidationFailure.self) { try Check.maxItems([1, 2, 3], 2, "ids", in: "query") }
        #expect(throws: ValidationFailure.self) { try Check.uniqueItems(["a", "a"], "ids", in: "query") }
    }

    @Test func patternsMatchAnywhereUnlessAnchored() throws {
        let digits = try NSRegularExpression(pattern: "[0-9]+")
        try Check.pattern("abc123", digits, "code", in: "header")
        let anchored = try NSRegularExpression(pattern: "^[0-9]+$")
        do {
            try Check.pattern("abc123", anchored, "code", in: "header")
            Issue.record("expected a failure")
        } catch {
            #expect(error.message == "must match the pattern ^[0-9]+$")
        }
    }

    @Test func requiredAndParsedValues() throws {
        #expect(try Check.required(Optional(4), "n", in: "query") == 4)
        #expect(throws: ValidationFailure(location: "query", name: "n", rule: "required", message: "is required")) {
            try Check.required(Int?.none, "n", in: "query")
        }
        #expect(try Check.parsed("42", as: Int.self, "n", in: "query") == 42)
        #expect(throws: ValidationFailure(location: "query", name: "n", rule: "type", message: "must be a valid Int")) {
            try Check.parsed("4x", as: Int.self, "n", in: "query")
        }
    }

    /// A server answers with the failure as JSON; `error` carries the whole sentence for error schemas that want one.
    @Test func aFailureRoundTripsThroughJSONWithItsSentence() throws {
        let failure = ValidationFailure(location: "path", name: "id", rule: "pattern", message: "must match the pattern ^a$")
        let data = try Wire.json(failure)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object["error"] == "path parameter 'id' must match the pattern ^a$")
        #expect(try Wire.body(data, as: ValidationFailure.self) == failure)
    }

    struct Item: Validatable {
        var name: String
        func validate(at path: String) throws(ValidationFailure) { try Check.minLength(name, 1, path + "name", in: "body") }
    }

    @Test func collectionsNameTheElementThatFailed() throws {
        let items = [Item(name: "a"), Item(name: "")]
        do {
            try items.validate(at: "items.")
            Issue.record("expected a failure")
        } catch {
            #expect(error.name == "items[1].name")
        }
        do {
            try ["b": Item(name: "ok"), "a": Item(name: "")].validate(at: "")
            Issue.record("expected a failure")
        } catch {
            #expect(error.name == "a.name")
        }
        try Item?.none.validate(at: "")
    }
}
