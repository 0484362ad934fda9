@testable import Rendering
import Testing

@Suite("Rendering: lines over 120 columns")
struct LineWrappingTests {
    /// `count` characters of filler, to push a line past the limit.
    func long(_ count: Int = 60) -> String { String(repeating: "x", count: count) }

    @Test func aLineThatFitsStaysWhole() {
        #expect(LineWrapping.wrap("    let a = f(b, c)") == ["    let a = f(b, c)"])
    }

    @Test func theLongestArgumentListGoesOneItemPerLine() {
        let line = "    public func make(first: \(long()), second: [String: Int] = [:], third: (Int, Int)) async throws(E) -> R {"
        #expect(LineWrapping.wrap(line) == [
            "    public func make(",
            "        first: \(long()),",
            "        second: [String: Int] = [:],",
            "        third: (Int, Int)",
            "    ) async throws(E) -> R {",
        ])
    }

    @Test func commasInStringsBracketsAndClosuresDoNotSplit() {
        let line = "        let value = call(\"a, \\\"b, c\", [1, 2], { $0, $1 }, tail: \(long(70)))"
        #expect(LineWrapping.wrap(line) == [
            "        let value = call(",
            "            \"a, \\\"b, c\",",
            "            [1, 2],",
            "            { $0, $1 },",
            "            tail: \(long(70))",
            "        )",
        ])
    }

    @Test func aCaseLabelGoesBeforeItsStatementThenTheStatementWraps() {
        let line = "        case 200: return try Failure.decode(\(long(50)).self, from: responseBody, status: 200, more: true)"
        #expect(LineWrapping.wrap(line) == [
            "        case 200:",
            "            return try Failure.decode(",
            "                \(long(50)).self,",
            "                from: responseBody,",
            "                status: 200,",
            "                more: true",
            "            )",
        ])
    }

    @Test func aPlusChainGoesOneOperandPerLine() {
        let line = "        let path = \"/items/\" + (try Wire.pathSegment(self.\(long(30)), \"id\")) + \"/\" + (try Wire.pathSegment(self.b, \"b\"))"
        #expect(LineWrapping.wrap(line) == [
            "        let path = \"/items/\"",
            "            + (try Wire.pathSegment(self.\(long(30)), \"id\"))",
            "            + \"/\"",
            "            + (try Wire.pathSegment(self.b, \"b\"))",
        ])
    }

    @Test func aOneLineBodyGoesOnItsOwnLine() {
        let line = "            case .key: if let value = key { request.headerFields[HTTPField.Name(\"\(long(30))\")!] = value }"
        #expect(LineWrapping.wrap(line) == [
            "            case .key:",
            "                if let value = key { request.headerFields[HTTPField.Name(\"\(long(30))\")!] = value }",
        ])
        let body = "                if let value = key { request.headerFields[HTTPField.Name(\"\(long(80))\")!] = value }"
        #expect(LineWrapping.wrap(body) == [
            "                if let value = key {",
            "                    request.headerFields[HTTPField.Name(\"\(long(80))\")!] = value",
            "                }",
        ])
    }

    @Test func docCommentsWrapAtWordsAndKeepCodeSpansAndListItemsWhole() {
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        #expect(LineWrapping.wrap("    /// \(words) `a b c`") == [
            "    /// " + Array(repeating: "word", count: 22).joined(separator: " "),
            "    /// " + Array(repeating: "word", count: 8).joined(separator: " ") + " `a b c`",
        ])
        #expect(LineWrapping.wrap("    ///   - name: \(words)") == [
            "    ///   - name: " + Array(repeating: "word", count: 20).joined(separator: " "),
            "    ///     " + Array(repeating: "word", count: 10).joined(separator: " "),
        ])
    }

    @Test func whatCannotBreakStaysAsWritten() {
        let literal = "    static let operationID = \"\(long(130))\""
        #expect(LineWrapping.wrap(literal) == [literal])
        let word = "    ///   `#/paths/\(long(130))`."
        #expect(LineWrapping.wrap(word) == [word])
        let table = "    /// | \(long(130)) | b |"
        #expect(LineWrapping.wrap(table) == [table])
        let code = "    /// let x = \(long(60)) \(long(60))"
        #expect(LineWrapping.wrap(code, inCodeBlock: true) == [code])
    }
}
