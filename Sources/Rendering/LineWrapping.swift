/// Breaks a generated line longer than `limit` columns the way a person formatting Swift would, so generated
/// code reads well in a diff: an argument or parameter list one item per line, a long `+` chain one operand per
/// line, a doc comment at word boundaries. A line that nothing can break (a long string literal, one long word
/// in a comment) stays as it is.
enum LineWrapping {
    static let limit = 120

    /// The lines `line` becomes; `[line]` when it fits or cannot be broken. `inCodeBlock` says whether the line
    /// sits inside a fenced code block of a doc comment, whose lines are never rewrapped.
    static func wrap(_ line: String, inCodeBlock: Bool = false) -> [String] {
        guard line.count > limit else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let body = line.dropFirst(indent.count)
        if body.hasPrefix("///") {
            return inCodeBlock ? [line] : comment(body.dropFirst(3), indent: indent) ?? [line]
        }
        if body.hasPrefix("//") { return [line] }
        guard let broken = code(Array(line), indent: indent) else { return [line] }
        return broken.flatMap { $0 == line ? [$0] : wrap($0) }
    }

    // MARK: Doc comments

    /// Words joined up to the limit; a list item's continuation lines are indented under its text.
    private static func comment(_ text: Substring, indent: String) -> [String]? {
        let text = text.hasPrefix(" ") ? text.dropFirst() : text
        // Tables and headings are one line each in Markdown.
        if text.hasPrefix("|") || text.hasPrefix("#") || text.hasPrefix("```") { return nil }
        let leading = String(text.prefix { $0 == " " })
        let marker = text.dropFirst(leading.count).hasPrefix("- ") ? "  " : ""
        let words = words(text.dropFirst(leading.count))
        guard words.count > 1 else { return nil }
        let first = indent + "/// " + leading
        let continuation = first + marker
        var lines: [String] = []
        var current = first
        var currentHasWord = false
        for word in words {
            if currentHasWord, current.count + 1 + word.count > limit {
                lines.append(current)
                current = continuation + word
            } else {
                current += (currentHasWord ? " " : "") + word
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines.count > 1 ? lines : nil
    }

    /// The words of a comment, keeping a backtick code span whole: breaking inside one would end it.
    private static func words(_ text: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if character == " ", !inCode {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
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

    private static func structure(_ characters: [Character]) -> Structure {
        var result = Structure()
        var depth = 0
        var inString = false
        var open: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inString {
                if character == "\\" {
                    index += 1
                } else if character == "\"" {
                    inString = false
                }
            } else {
                switch character {
                case "\"": inString = true
                case "(", "[", "{":
                    if depth == 0, character != "[" { open = index }
                    depth += 1
                case ")", "]", "}":
                    depth -= 1
                    if depth < 0 { return Structure() }
                    if depth == 0, character != "]", let start = open {
                        if character == ")" { result.groups.append((start, index)) } else { result.bodies.append((start, index)) }
                        open = nil
                    }
                case ":" where depth == 0 && result.colon == nil && index + 1 < characters.count && characters[index + 1] == " ":
                    result.colon = index
                case "+" where depth == 0 && index > 0 && index + 1 < characters.count:
                    if characters[index - 1] == " ", characters[index + 1] == " " { result.plus.append(index) }
                default: break
                }
            }
            index += 1
        }
        return result
    }

    /// The line broken at one place: a `case` label before its statement, a `+` chain before each operator,
    /// otherwise its longest argument or parameter list one item per line, or its body; `nil` when it has none.
    private static func code(_ characters: [Character], indent: String) -> [String]? {
        let structure = structure(characters)
        let statement = characters.dropFirst(indent.count)
        if statement.starts(with: "case ") || statement.starts(with: "default:"), let colon = structure.colon {
            return [String(characters[...colon]), indent + "    " + String(characters[(colon + 2)...])]
        }
        if structure.plus.count >= 2 {
            var lines: [String] = []
            var start = 0
            for position in structure.plus {
                let piece = String(characters[start..<position]).trimmingTrailingSpaces
                lines.append(lines.isEmpty ? piece : indent + "    " + piece.drop { $0 == " " })
                start = position
            }
            lines.append(indent + "    " + String(characters[start...]).drop { $0 == " " })
            return lines
        }
        guard let group = structure.groups.max(by: { $0.close - $0.open < $1.close - $1.open }), group.close > group.open + 1 else {
            return structure.bodies.last.flatMap { body(characters, $0, indent: indent) }
        }
        let items = topLevelItems(characters[(group.open + 1)..<group.close])
        guard !items.isEmpty else { return nil }
        var lines = [String(characters[...group.open])]
        for (number, item) in items.enumerated() {
            lines.append(indent + "    " + item + (number == items.count - 1 ? "" : ","))
        }
        lines.append(indent + String(characters[group.close...]))
        return lines
    }

    /// A body or closure on its own lines: `head {`, the statement one level in, `}` and what follows it.
    private static func body(_ characters: [Character], _ body: (open: Int, close: Int), indent: String) -> [String]? {
        let statement = String(characters[(body.open + 1)..<body.close]).trimmingSpaces
        guard !statement.isEmpty else { return nil }
        return [
            String(characters[...body.open]), indent + "    " + statement, indent + String(characters[body.close...]),
        ]
    }

    /// The comma-separated items of a list, trimmed; commas inside strings, brackets and closures do not split.
    private static func topLevelItems(_ characters: ArraySlice<Character>) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        var inString = false
        var escaped = false
        for character in characters {
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
            } else {
                switch character {
                case "\"": inString = true
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth -= 1
                case "," where depth == 0:
                    items.append(current.trimmingSpaces)
                    current = ""
                    continue
                default: break
                }
            }
            current.append(character)
        }
        items.append(current.trimmingSpaces)
        return items.filter { !$0.isEmpty }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }

    fileprivate var trimmingSpaces: String { String(drop { $0 == " " }).trimmingTrailingSpaces }
}
