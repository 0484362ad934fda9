public import Source

/// A documentation page (Markdown or text, as the seeds were published) that holds its OpenAPI document in a
/// fenced code block: ```` ```yaml ```` (or `yml`, `json`), fenced with backticks or tildes as in CommonMark.
///
/// The document is read in place: every byte outside the block's lines becomes a space, so lines, columns and
/// byte offsets of every diagnostic are the page's own, and the YAML reader sees blank lines around it.
public enum DocumentPage {
    /// The file extensions read as pages rather than as documents.
    public static let extensions: Set<String> = ["md", "markdown", "txt"]

    /// A fenced block: the lines between its fences (0-based, end exclusive) and its language.
    struct Block {
        var fenceLine: Int
        var contentLines: Range<Int>
        var language: String
    }

    /// The page with only its OpenAPI block left; an error when it holds none, or more than one.
    public static func document(in page: SourceText) throws(Diagnostic) -> SourceText {
        let lines = lineRanges(page.bytes)
        let candidates = blocks(page.bytes, lines: lines).filter { block in
            ["yaml", "yml", "json"].contains(block.language) && holdsOpenAPI(page.bytes, lines: lines, block: block)
        }
        guard let block = candidates.first else {
            throw .error(
                "this page holds no OpenAPI document: expected one fenced ```yaml (or ```json) block with an 'openapi' key",
                file: page.path, at: nil)
        }
        guard candidates.count == 1 else {
            let numbers = candidates.map { String($0.fenceLine + 1) }
            let fences = numbers.dropLast().joined(separator: ", ") + " and " + numbers[numbers.count - 1]
            throw .error(
                "this page holds \(candidates.count) OpenAPI documents, in the fenced blocks at lines \(fences); a page must hold exactly one",
                file: page.path,
                at: Mark(
                    line: candidates[1].fenceLine + 1, column: 1, offset: lines[candidates[1].fenceLine].lowerBound))
        }
        var bytes = page.bytes
        let keep =
            block.contentLines.isEmpty
            ? 0..<0
            : lines[block.contentLines.lowerBound].lowerBound..<lines[block.contentLines.upperBound - 1].upperBound
        for index in bytes.indices where !keep.contains(index) && bytes[index] != 0x0A {
            bytes[index] = 0x20
        }
        return SourceText(path: page.path, bytes: bytes)
    }

    /// Each line's bytes, without its line feed.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            result.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    /// The fenced code blocks of a page, in order; an unclosed fence runs to the end, as in CommonMark.
    static func blocks(_ bytes: [UInt8], lines: [Range<Int>]) -> [Block] {
        var result: [Block] = []
        var open: (line: Int, fence: UInt8, length: Int, language: String)?
        for (number, range) in lines.enumerated() {
            let line = bytes[range]
            let indent = line.prefix { $0 == 0x20 }.count
            let text = line.dropFirst(indent)
            guard indent <= 3, let first = text.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else {
                continue
            }
            let length = text.prefix { $0 == first }.count
            guard length >= 3 else { continue }
            let rest = text.dropFirst(length)
            if let current = open {
                // A closing fence: the same character, at least as long, nothing after it but spaces.
                if first == current.fence, length >= current.length,
                    rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
                {
                    result.append(
                        Block(
                            fenceLine: current.line, contentLines: (current.line + 1)..<number,
                            language: current.language))
                    open = nil
                }
                continue
            }
            // A backtick fence's info string holds no backtick.
            if first == UInt8(ascii: "`"), rest.contains(UInt8(ascii: "`")) { continue }
            let info = rest.drop { $0 == 0x20 || $0 == 0x09 }
            let language = String(decoding: info.prefix { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }, as: UTF8.self)
                .lowercased()
            open = (number, first, length, language)
        }
        if let current = open {
            result.append(
                Block(
                    fenceLine: current.line, contentLines: (current.line + 1)..<lines.count, language: current.language)
            )
        }
        return result
    }

    /// Whether a block holds an OpenAPI document: a line that starts the `openapi` key (`openapi:`,
    /// `"openapi":`), as YAML and JSON write it.
    static func holdsOpenAPI(_ bytes: [UInt8], lines: [Range<Int>], block: Block) -> Bool {
        block.contentLines.contains { number in
            let text = bytes[lines[number]].drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "{") }
            return text.starts(with: Array("openapi:".utf8)) || text.starts(with: Array("\"openapi\"".utf8))
                || text.starts(with: Array("'openapi'".utf8))
        }
    }
}
