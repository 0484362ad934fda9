import Foundation
import Source
import TestSupport
import Testing
import YAML

/// Reads a file of the shared corpus of hostile inputs.
func corpusText(_ relative: String) throws -> SourceText {
    let path = PackagePaths.corpus(relative)
    let data = try #require(FileManager.default.contents(atPath: path), "missing \(path): ../shared must sit beside the checkout")
    return SourceText(path: relative, bytes: [UInt8](data))
}

func compose(_ text: String, limits: YAMLLimits = .init()) throws(Diagnostic) -> Node? {
    try Composer.compose(SourceText(path: "test.yaml", bytes: Array(text.utf8)), limits: limits)
}

func composeError(_ text: String, limits: YAMLLimits = .init()) -> Diagnostic? {
    do {
        _ = try compose(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

@Suite("YAML: composing nodes")
struct ComposerTests {
    @Test func marksAre1BasedWithByteOffsets() throws {
        let root = try #require(try compose("a: 1\nb: [x, y]\n"))
        let b = try #require(root["b"])
        #expect(b.start == Mark(line: 2, column: 4, offset: 8))
        #expect(b.end == Mark(line: 2, column: 10, offset: 14))
        #expect(b.isFlow)
        #expect(b.items?.map(\.string) == ["x", "y"])
        #expect(root.pairs?[1].key.start == Mark(line: 2, column: 1, offset: 5))
    }

    @Test func byteOffsetsCountBytesWhenColumnsCountCharacters() throws {
        let root = try #require(try compose("k: é日\nz: 1\n"))
        let z = try #require(root.pairs?[1].key)
        #expect(z.start == Mark(line: 2, column: 1, offset: 9))
        let value = try #require(root["k"])
        #expect(value.end == Mark(line: 1, column: 6, offset: 8))
    }

    @Test func duplicateKeysAreRejectedWithBothPositions() {
        let error = composeError("a: 1\nb: 2\na: 3\n")
        #expect(error?.summary == "test.yaml:3:1: error: duplicate key 'a' (first defined at line 1, column 1)")
    }

    @Test func duplicateKeysAreFoundInLargeMappings() {
        let text = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n") + "\nk7: again\n"
        #expect(composeError(text)?.summary == "test.yaml:41:1: error: duplicate key 'k7' (first defined at line 8, column 1)")
    }

    @Test func aliasesShareTheAnchoredNodeAndMergeKeysMerge() throws {
        let root = try #require(try compose("base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n"))
        #expect(root["use"]?["x"]?.string == "1")
        #expect(root["merged"]?["y"]?.string == "3")
        #expect(root["merged"]?["x"]?.string == "1")
        #expect(root["merged"]?.pairs?.count == 2)
    }

    @Test func theAliasBombIsStoppedByTheExpansionBudget() throws {
        let text = try corpusText("bad/alias-bomb.yaml")
        #expect(throws: Diagnostic.self) { try Composer.compose(text) }
        do {
            _ = try Composer.compose(text)
        } catch {
            #expect(error.message == "alias expansion limit exceeded: the document would expand to more than 5000000 nodes")
            #expect(error.mark?.line == 12)
        }
    }

    @Test func nestingDeeperThanTheLimitStopsAsEventsArrive() {
        let text = (0..<300).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n") + " 1\n"
        let error = composeError(text)
        #expect(error?.summary == "test.yaml:257:513: error: nesting is deeper than the limit of 256 collections")
    }

    @Test func theTenThousandDeepDocumentIsStopped() throws {
        let text = try corpusText("bad/deep-nesting-10000.yaml")
        do {
            _ = try Composer.compose(text)
            Issue.record("expected the depth limit")
        } catch {
            #expect(error.message == "nesting is deeper than the limit of 256 collections")
        }
    }

    @Test func aTabInIndentationIsReportedAtItsLine() throws {
        let text = try corpusText("bad/tab-indent-line9.yaml")
        do {
            _ = try Composer.compose(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.summary.hasPrefix("bad/tab-indent-line9.yaml:9:1: error: found a tab character that violates indentation"))
        }
    }

    @Test func invalidUTF8IsReportedAtLineAndColumn() throws {
        let text = try corpusText("bad/invalid-utf8-line4.yaml")
        do {
            _ = try Composer.compose(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.summary == "bad/invalid-utf8-line4.yaml:4:21: error: invalid input: invalid trailing UTF-8 octet (byte 0x28)")
        }
    }

    @Test func anEmptyFileHasNoDocument() throws {
        #expect(try compose("") == nil)
        #expect(try compose("# only a comment\n") == nil)
    }

    @Test func aSecondDocumentIsRejected() {
        #expect(composeError("a: 1\n---\nb: 2\n")?.summary == "test.yaml:2:1: error: expected one YAML document, found a second one")
    }

    @Test func anUnknownAliasIsRejected() {
        #expect(composeError("a: *nowhere\n")?.summary == "test.yaml:1:4: error: unknown alias '*nowhere'")
    }

    @Test func oversizedInputIsRejectedBeforeParsing() {
        let error = composeError("a: 1\n", limits: YAMLLimits(maxBytes: 4))
        #expect(error?.summary == "test.yaml: error: document is 5 bytes, over the limit of 4 bytes")
    }
}

@Suite("YAML: scalars and snippets")
struct ScalarTests {
    @Test(arguments: [
        ("null", Scalar.Style.plain, ResolvedScalar.null), ("~", .plain, .null), ("", .plain, .null),
        ("true", .plain, .bool(true)), ("False", .plain, .bool(false)), ("42", .plain, .int(42)), ("-7", .plain, .int(-7)),
        ("0x1F", .plain, .int(31)), ("1.5", .plain, .float(1.5)), ("1e3", .plain, .float(1000)), ("3.1.0", .plain, .string("3.1.0")),
        ("'42'", .plain, .string("'42'")), ("42", .singleQuoted, .string("42")), ("true", .doubleQuoted, .string("true")),
        ("yes", .plain, .string("yes")), ("1_000", .plain, .string("1_000")), ("+12", .plain, .int(12)),
    ])
    func coreSchemaResolution(text: String, style: Scalar.Style, expected: ResolvedScalar) {
        #expect(Scalar(text, style: style).resolved == expected)
    }

    @Test func diagnosticsShowTheLineAndACaret() throws {
        let source = SourceText(path: "x.yaml", bytes: Array("a: 1\n  bad: [\n".utf8))
        let diagnostic = Diagnostic.error("broken", file: "x.yaml", at: Mark(line: 2, column: 8, offset: 12))
        #expect(DiagnosticFormatter.format(diagnostic, source: source) == "x.yaml:2:8: error: broken\n  bad: [\n       ^")
    }

    @Test func snippetsOfVeryLongLinesShowAWindow() throws {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let source = SourceText(path: "x.json", bytes: Array(line.utf8))
        let diagnostic = Diagnostic.warning("here", file: "x.json", at: Mark(line: 1, column: 1001, offset: 1000))
        let lines = DiagnosticFormatter.format(diagnostic, source: source).components(separatedBy: "\n")
        #expect(lines[1] == "…" + String(repeating: "a", count: 80) + "X" + String(repeating: "b", count: 79) + "…")
        #expect(lines[2] == String(repeating: " ", count: 81) + "^")
    }

    @Test func controlCharactersInSnippetsAreMadeVisible() {
        let source = SourceText(path: "x.yaml", bytes: Array("a: \u{1B}[31mred\n".utf8))
        let text = DiagnosticFormatter.format(.error("e", file: "x.yaml", at: Mark(line: 1, column: 4, offset: 3)), source: source)
        #expect(text == "x.yaml:1:4: error: e\na: \u{241B}[31mred\n   ^")
    }
}
