/// Breaks a generated line longer than `limit` columns the way a person formatting Swift would, so generated
/// code reads well in a diff: an argument or parameter list one item per line, a long `+` chain one operand per
/// line, a doc comment at word boundaries. A line that nothing can break (a long string literal, one long word
/// in a comment) stays as it is.
///
/// Works on UTF-8 bytes: every place it breaks at is ASCII, and a column is a byte that starts a scalar, which
/// counts at least as many columns as characters, so a line that fits fits on screen. Walking `Character`s cost a
/// third of a run on a document with long descriptions.
enum LineWrapping {
    static let limit = 120

    private static let space = UInt8(ascii: " ")
    private static let bar = UInt8(ascii: "|")
    private static let hash = UInt8(ascii: "#")
    private static let backtick = UInt8(ascii: "`")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let openParen = UInt8(ascii: "(")
    private static let openBracket = UInt8(ascii: "[")
    private static let openBrace = UInt8(ascii: "{")
    private static let closeParen = UInt8(ascii: ")")
    private static let closeBracket = UInt8(ascii: "]")
    private static let closeBrace = UInt8(ascii: "}")
    private static let colon = UInt8(ascii: ":")
    private static let plus = UInt8(ascii: "+")
    private static let comma = UInt8(ascii: ",")

    typealias Bytes = ArraySlice<UInt8>

    /// The lines `line` becomes; `[line]` when it fits or cannot be broken. `inCodeBlock` says whether the line
    /// sits inside a fenced code block of a doc comment, whose lines are never rewrapped.
    static func wrap(_ line: String, inCodeBlock: Bool = false) -> [String] {
        wrap(ArraySlice(line.utf8), inCodeBlock: inCodeBlock).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same on a line's UTF-8 bytes, as `Renderer.tidy` holds them.
    static func wrap(_ line: Bytes, inCodeBlock: Bool) -> [Bytes] {
        guard columns(line) > limit else { return [line] }
        let indent = line.prefix { $0 == space }
        let body = line.dropFirst(indent.count)
        if body.starts(with: "///".utf8) {
            return inCodeBlock ? [line] : comment(body.dropFirst(3), indent: indent) ?? [line]
        }
        if body.starts(with: "//".utf8) { return [line] }
        guard let broken = code(line, indent: indent) else { return [line] }
        return broken.flatMap { $0.elementsEqual(line) ? [$0] : wrap($0, inCodeBlock: false) }
    }

    /// The columns of UTF-8 text: its bytes that start a scalar.
    static func columns(_ bytes: Bytes) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    // MARK: Doc comments

    /// Words joined up to the limit; a list item's continuation lines are indented under its text. A word keeps
    /// a backtick code span whole: breaking inside one would end it. The lines are built in one buffer and
    /// handed out as slices of it: a word list and a buffer per line cost more than the wrapping.
    private static func comment(_ text: Bytes, indent: Bytes) -> [Bytes]? {
        let text = text.first == space ? text.dropFirst() : text
        // Tables and headings are one line each in Markdown.
        if text.first == bar || text.first == hash || text.starts(with: "```".utf8) { return nil }
        let leading = text.prefix { $0 == space }
        let body = text.dropFirst(leading.count)
        var prefix: [UInt8] = Array(indent) + "/// ".utf8 + leading
        let firstColumns = columns(prefix[...])
        var output = prefix
        output.reserveCapacity(prefix.count + body.count + 2 * prefix.count)
        if body.starts(with: "- ".utf8) { prefix += [space, space] }
        let continuationColumns = columns(prefix[...])
        var breaks: [Int] = []
        var words = 0
        var currentColumns = firstColumns
        func place(_ word: Bytes) {
            let wordColumns = columns(word)
            if words > 0, currentColumns + 1 + wordColumns > limit {
                breaks.append(output.count)
                output += prefix
                currentColumns = continuationColumns
            } else if words > 0 {
                output.append(space)
                currentColumns += 1
            }
            output += word
            currentColumns += wordColumns
            words += 1
        }
        var start: Int?
        var inCode = false
        for index in body.indices {
            let byte = body[index]
            if byte == backtick { inCode.toggle() }
            if byte == space, !inCode {
                if let wordStart = start { place(body[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let wordStart = start { place(body[wordStart...]) }
        guard words > 1, !breaks.isEmpty else { return nil }
        var lines: [Bytes] = []
        lines.reserveCapacity(breaks.count + 1)
        var lineStart = 0
        for end in breaks {
            lines.append(output[lineStart..<end])
            lineStart = end
        }
        lines.append(output[lineStart...])
        return lines
    }

    // MARK: Code

    /// Where the line can break at its own level: outside string literals, brackets and closures.
    private struct Structure {
        /// `(` … `)` pairs at the line's top level that open and close on this line.
        var groups: [(open: Int, close: Int)] = []
        /// `{` … `}` pairs at the line's top level that open and close on this line: a body or a closure.
        var bodies: [(open: Int, close: Int)] = []
        /// Positions of ` + ` at the top level.
        var plus: [Int] = []
        /// The first `: ` at the top level: after a `case` label, where its statement starts.
        var colon: Int?
    }

    private static func structure(_ line: Bytes) -> Structure {
        var result = Structure()
        var depth = 0
        var inString = false
        var open: Int?
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if inString {
                if byte == backslash {
                    index += 1
                } else if byte == quote {
                    inString = false
                }
            } else {
                switch byte {
                case quote: inString = true
                case openParen, openBracket, openBrace:
                    if depth == 0, byte != openBracket { open = index }
                    depth += 1
                case closeParen, closeBracket, closeBrace:
                    depth -= 1
                    if depth < 0 { return Structure() }
                    if depth == 0, byte != closeBracket, let start = open {
                        if byte == closeParen {
                            result.groups.append((start, index))
                        } else {
                            result.bodies.append((start, index))
                        }
                        open = nil
                    }
                case colon
                where depth == 0 && result.colon == nil && index + 1 < line.endIndex && line[index + 1] == space:
                    result.colon = index
                case plus where depth == 0 && index > line.startIndex && index + 1 < line.endIndex:
                    if line[index - 1] == space, line[index + 1] == space { result.plus.append(index) }
                default: break
                }
            }
            index += 1
        }
        return result
    }

    /// The line broken at one place: a `case` label before its statement, a `+` chain before each operator,
    /// otherwise its longest argument list (a declaration's parameter list) one item per line, or its body; `nil`
    /// when it has none.
    private static func code(_ line: Bytes, indent: Bytes) -> [Bytes]? {
        let structure = structure(line)
        let inner = Array(indent) + "    ".utf8
        let statement = line.dropFirst(indent.count)
        if statement.starts(with: "case ".utf8) || statement.starts(with: "default:".utf8), let colon = structure.colon
        {
            return [line[...colon], ArraySlice(inner + line[(colon + 2)...])]
        }
        if structure.plus.count >= 2 {
            var lines: [Bytes] = []
            var start = line.startIndex
            for position in structure.plus {
                let piece = trimmed(line[start..<position])
                // The first piece keeps its indentation.
                lines.append(lines.isEmpty ? ArraySlice(Array(indent) + piece) : ArraySlice(inner + piece))
                start = position
            }
            lines.append(ArraySlice(inner + trimmed(line[start...])))
            return lines
        }
        // A declaration breaks its parameter list (its first group), not a tuple it returns.
        let isDeclaration = contains(statement, "func ") || contains(statement, "init(")
        let chosen =
            isDeclaration
            ? structure.groups.first : structure.groups.max(by: { $0.close - $0.open < $1.close - $1.open })
        guard let group = chosen, group.close > group.open + 1 else {
            return structure.bodies.last.flatMap { body in
                let statement = trimmed(line[(body.open + 1)..<body.close])
                guard !statement.isEmpty else { return nil }
                return [
                    line[...body.open], ArraySlice(inner + statement), ArraySlice(Array(indent) + line[body.close...]),
                ]
            }
        }
        let items = topLevelItems(line[(group.open + 1)..<group.close])
        guard !items.isEmpty else { return nil }
        var lines = [line[...group.open]]
        for (number, item) in items.enumerated() {
            lines.append(ArraySlice(inner + item + (number == items.count - 1 ? [] : [comma])))
        }
        lines.append(ArraySlice(Array(indent) + line[group.close...]))
        return lines
    }

    /// The comma-separated items of a list, trimmed; commas inside strings, brackets and closures do not split.
    private static func topLevelItems(_ list: Bytes) -> [Bytes] {
        var items: [Bytes] = []
        var start = list.startIndex
        var depth = 0
        var inString = false
        var escaped = false
        for index in list.indices {
            let byte = list[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == backslash {
                    escaped = true
                } else if byte == quote {
                    inString = false
                }
                continue
            }
            switch byte {
            case quote: inString = true
            case openParen, openBracket, openBrace: depth += 1
            case closeParen, closeBracket, closeBrace: depth -= 1
            case comma where depth == 0:
                items.append(trimmed(list[start..<index]))
                start = index + 1
            default: break
            }
        }
        items.append(trimmed(list[start...]))
        return items.filter { !$0.isEmpty }
    }

    /// Without spaces at either end.
    /// Whether `needle` occurs in the bytes: a plain scan, since the standard library's generic
    /// `firstRange(of:)` costs a sixth of a whole run here (each wrapped line searched twice).
    private static func contains(_ bytes: Bytes, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }

    private static func trimmed(_ bytes: Bytes) -> Bytes {
        var result = bytes.drop { $0 == space }
        while result.last == space { result = result.dropLast() }
        return result
    }
}
