import Foundation
@testable import OpenAPI
import Source
import Testing

/// A documentation page is read as the OpenAPI document in its one fenced block, at the page's own positions.
@Suite("OpenAPI: documents inside documentation pages")
struct DocumentPageTests {
    func page(_ text: String) -> SourceText { SourceText(path: "page.md", bytes: Array(text.utf8)) }

    @Test func theBlockKeepsItsLinesColumnsAndOffsetsAndEverythingElseIsBlank() throws {
        let text = "# Délété\n\nSome *text*.\n\n````yaml DELETE /x\nopenapi: 3.0.0\ninfo: {title: T}\n````\nafter\n"
        let document = try DocumentPage.document(in: page(text))
        #expect(document.bytes.count == text.utf8.count)
        let lines = String(decoding: document.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[5] == "openapi: 3.0.0")
        #expect(lines[6] == "info: {title: T}")
        for number in [0, 1, 2, 3, 4, 7, 8] { #expect(lines[number].allSatisfy { $0 == " " }, "line \(number + 1): \(lines[number])") }
        let offset = text.utf8.distance(from: text.startIndex, to: try #require(text.range(of: "openapi")).lowerBound)
        #expect(Array(document.bytes[offset..<(offset + 7)]) == Array("openapi".utf8))
    }

    @Test func otherBlocksTildeFencesAndJSONAreUnderstood() throws {
        let text = """
            ```sh
            curl -X DELETE https://example.com/openapi: not a document
            ```

            ```yaml
            # a configuration example, not OpenAPI
            retries: 3
            ```

            ~~~json
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}
            ~~~
            """
        let document = try DocumentPage.document(in: page(text))
        let lines = String(decoding: document.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[10].hasPrefix("{\"openapi\""))
        #expect(lines.enumerated().allSatisfy { $0.offset == 10 || $0.element.allSatisfy { $0 == " " } })
    }

    @Test func anUnclosedFenceRunsToTheEnd() throws {
        let document = try DocumentPage.document(in: page("intro\n```yaml\nopenapi: 3.0.0\n"))
        #expect(String(decoding: document.bytes, as: UTF8.self) == "     \n       \nopenapi: 3.0.0\n")
    }

    @Test func aPageWithoutADocumentIsAnErrorThatSaysWhatItExpects() {
        #expect(throws: Diagnostic.error(
            "this page holds no OpenAPI document: expected one fenced ```yaml (or ```json) block with an 'openapi' key",
            file: "page.md", at: nil)) {
            try DocumentPage.document(in: page("# Title\n\n```yaml\nname: value\n```\n"))
        }
    }

    @Test func aPageWithTwoDocumentsNamesTheirLines() {
        let block = "```yaml\nopenapi: 3.0.0\n```\n"
        do {
            _ = try DocumentPage.document(in: page(block + "\n" + block + block))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "this page holds 3 OpenAPI documents, in the fenced blocks at lines 1, 5 and 8; a page must hold exactly one")
            #expect(error.mark?.line == 5)
        }
    }

    @Test func pagesAreReadByExtensionAndDocumentsAsTheyAre() throws {
        try FileManager.default.createDirectory(atPath: NSTemporaryDirectory() + "gen-pages", withIntermediateDirectories: true)
        let folder = NSTemporaryDirectory() + "gen-pages/"
        let text = "Title\n```yaml\nopenapi: 3.0.0\n```\n"
        for name in ["a.md", "a.txt", "a.MARKDOWN"] {
            try text.write(toFile: folder + name, atomically: true, encoding: .utf8)
            #expect(try DocumentLoader.read(path: folder + name).bytes.first == 0x20, "\(name) was not read as a page")
        }
        try text.write(toFile: folder + "a.yaml", atomically: true, encoding: .utf8)
        #expect(try DocumentLoader.read(path: folder + "a.yaml").bytes == Array(text.utf8))
    }
}
