import Foundation
import GenRuntime
import Testing
import Wireworks

/// An object a struct holds is stored out of line (`OutOfLineStorage`), so that copying the struct copies one
/// reference; to its users it is still a value: the same property, the same JSON, and a copy that changes
/// apart from the original.
@Suite("Objects held out of line are still values")
struct OutOfLineStorageTests {
    @Test func aCopyChangesApartFromTheOriginal() {
        let original = Filter(name: "recent", created: .init(gte: 1, lt: 5))
        var copy = original
        copy.created?.gte = 2
        #expect(original.created?.gte == 1)
        #expect(copy.created?.gte == 2)
        #expect(original != copy)
        copy.created?.gte = 1
        #expect(original == copy)
        #expect(original.hashValue == copy.hashValue)
    }

    @Test func theJSONIsTheObjectItselfUnderItsOwnKey() throws {
        let filter = Filter(name: "recent", created: .init(gte: 1))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(filter), as: UTF8.self) == #"{"created":{"gte":1},"name":"recent"}"#)
        let absent = try JSONDecoder().decode(Filter.self, from: Data(#"{"name":"recent"}"#.utf8))
        #expect(absent.created == nil)
        let decoded = try JSONDecoder().decode(Filter.self, from: Data(#"{"created":{"lt":3}}"#.utf8))
        #expect(decoded.created == .init(lt: 3))
    }

    @Test func rulesOfTheObjectHeldAreStillChecked() {
        var values = PathValues(
            simpleList: [], simpleObject: .init(r: 1, g: 2, b: 3), labelList: [], labelObject: .init(r: 1, g: 2, b: 3), matrixList: [],
            matrixObject: .init(r: 1, g: 2, b: 3), labelScalar: 1, matrixScalar: "m")
        #expect(throws: Never.self) { try values.validate() }
        values.labelObject.r = -1
        #expect(throws: ValidationFailure.self) { try values.validate() }
    }
}
