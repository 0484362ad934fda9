import Foundation
import Source
import Testing
import YAML

/// What libyaml refuses but YAML and JSON allow is read as written, every mark stays where it was, and one
/// warning per kind says where the first one is.
@Suite("YAML: reading what libyaml refuses")
struct LeniencyTests {
    func lenient(_ bytes: [UInt8]) throws(Diagnostic) -> (root: Node?, warnings: [String]) {
        let (root, _, repairs) = try Leniency.compose(SourceText(path: "test.yaml", bytes: bytes))
        return (root, repairs.warnings(file: "test.yaml").map(\.summary))
    }

    @Test func aTabInABlockScalarsTextIsReadAsATab() throws {
        let text = "info:\n  description: |-\n    \t\n    Date and\ttime.\n  title: T\n"
        // libyaml alone refuses it.
        #expect(throws: Diagnostic.self) { try Composer.compose(SourceText(path: "test.yaml", bytes: Array(text.utf8))) }
        let (root, warnings) = try lenient(Array(text.utf8))
        let info = try #require(root?["info"])
        #expect(info["description"]?.string == "\t\nDate and\ttime.")
        #expect(info["title"]?.string == "T")
        let title = try #require(text.range(of: "title"))
        #expect(info.pairs?[1].key.start == Mark(line: 5, column: 3, offset: text.utf8.distance(from: text.startIndex, to: title.lowerBound)))
        #expect(warnings == ["test.yaml:3:5: warning: a tab in a block scalar's text, which libyaml and the tools built on it cannot read; read as a tab"])
    }

    @Test func severalTabsGetOneWarningThatCountsThem() throws {
        // libyaml stumbles on the first line of each block scalar only: there it takes the tab for indentation.
        let text = "a: |\n  \tx\n  \ty\nb: >\n  \tz\n"
        let (root, warnings) = try lenient(Array(text.utf8))
        #expect(root?["a"]?.string == "\tx\n\ty\n")
        #expect(root?["b"]?.string == "\tz\n")
        #expect(warnings == ["test.yaml:2:3: warning: a tab in a block scalar's text, which libyaml and the tools built on it cannot read; read as a tab (and 1 more in this document)"])
    }

    @Test func c1ControlCharactersInJSONStringsAreReadAsWritten() throws {
        let text = "{\"a\": \"x\u{9B}y\", \"b\": \"p\u{85}q\u{80}\", \"c\": 1}"
        let (root, warnings) = try lenient(Array(text.utf8))
        #expect(root?["a"]?.string == "x\u{9B}y")
        #expect(root?["b"]?.string == "p\u{85}q\u{80}")
        // Each C1 character is two bytes and stays two bytes: the mark after them is exact.
        let c = try #require(root?.pairs?[2].key)
        #expect(c.start.offset == Array(text.utf8).firstIndex(of: UInt8(ascii: "c"))! - 1)
        #expect(warnings == ["test.yaml:1:9: warning: the control character U+009B, which libyaml and the tools built on it refuse or misread; read as written (and 2 more in this document)"])
    }

    @Test func moreC1CharactersThanOneRepairPerCompositionCouldReachAreAllRead() throws {
        // A large document can hold thousands; each was once a composition of its own, 256 at most.
        let value = String(repeating: "a\u{83}", count: 1_000)
        let (root, warnings) = try lenient(Array("k: \"\(value)\"\nz: 1\n".utf8))
        #expect(root?["k"]?.string == value)
        #expect(root?["z"]?.string == "1")
        #expect(warnings == ["test.yaml:1:6: warning: the control character U+0083, which libyaml and the tools built on it refuse or misread; read as written (and 999 more in this document)"])
    }

    @Test func deleteC1AndNoncharactersAreReadInEveryKindOfScalarAndInKeys() throws {
        let text = """
            plain: a\u{7F}b\u{9F}c
            single: 'd\u{FFFE}e'
            double: "f\u{FFFF}g\u{80}"
            block: |
              h\u{7F}\u{85}i
            flow: [j\u{83}, {k\u{7F}: l\u{FFFE}}]
            key\u{9B}: m
            # a comment \u{7F}\u{83}
            after: n

            """
        let (root, warnings) = try lenient(Array(text.utf8))
        #expect(root?["plain"]?.string == "a\u{7F}b\u{9F}c")
        #expect(root?["single"]?.string == "d\u{FFFE}e")
        #expect(root?["double"]?.string == "f\u{FFFF}g\u{80}")
        #expect(root?["block"]?.string == "h\u{7F}\u{85}i\n")
        #expect(root?["flow"]?.items?.first?.string == "j\u{83}")
        #expect(root?["flow"]?.items?.last?["k\u{7F}"]?.string == "l\u{FFFE}")
        #expect(root?["key\u{9B}"]?.string == "m")
        // Marks after them stay exact: `after` starts line 9.
        #expect(root?.pairs?.last?.key.start.line == 9)
        #expect(root?.pairs?.last?.key.start.column == 1)
        #expect(warnings == ["test.yaml:1:9: warning: the control character U+007F, which libyaml and the tools built on it refuse or misread; read as written (and 12 more in this document)"])
    }

    @Test func aNoncharacterFirstIsNamedAsOne() throws {
        let (root, warnings) = try lenient(Array("a: \"\u{FFFF}\"\n".utf8))
        #expect(root?["a"]?.string == "\u{FFFF}")
        #expect(warnings == ["test.yaml:1:5: warning: the noncharacter U+FFFF, which libyaml and the tools built on it refuse or misread; read as written"])
    }

    @Test func placeholdersNeverMeetTextThatWasThere() throws {
        // Every placeholder candidate but one is in the document: the repair uses the one that is not.
        let text = "a: \"^$;=+<(\"\nb: |\n  \tz\n"
        let (root, _) = try lenient(Array(text.utf8))
        #expect(root?["a"]?.string == "^$;=+<(")
        #expect(root?["b"]?.string == "\tz\n")
    }

    @Test func aTabThatIndentsAMappingIsStillAnError() throws {
        let text = "a:\n\tb: 1\n"
        #expect(throws: Diagnostic.self) { try lenient(Array(text.utf8)) }
    }

    @Test func aDocumentWithoutSuchCharactersGetsNoWarning() throws {
        let (root, warnings) = try lenient(Array("a: \"\\t\"\n".utf8))
        #expect(root?["a"]?.string == "\t")
        #expect(warnings.isEmpty)
    }
}
