import Source

/// The parser behind `Template.parse`: a cursor over the template's bytes and the delimiters in force.
struct TemplateParser {
    let bytes: [UInt8]
    let partials: Set<String>
    var position = 0
    var open = Array("{{".utf8)
    /// The sections open around the current position.
    var depth = 0
    var close = Array("}}".utf8)

    /// The template's line table, for marks.
    let source: SourceText

    init(bytes: [UInt8], partials: Set<String>) {
        self.bytes = bytes
        self.partials = partials
        source = SourceText(path: "", bytes: bytes)
    }

    typealias Node = Template.Node
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The nodes up to the end of the section `section` (its closing tag consumed), or to the end of the text.
    /// `atLineStart` says whether the first line may hold a standalone tag; the second value is whether the
    /// closing tag stood alone (unused by the caller, which goes on as its opening tag did, as swift-mustache does).
    mutating func parseNodes(section: (name: String, mark: Mark)?, atLineStart: Bool = true) throws(Template.ParseError)
        -> ([Node], Bool)
    {
        var nodes: [Node] = []
        var atLineStart = atLineStart
        // The spaces that began the current line, held back until it is known whether a standalone tag owns them.
        var indentation: ArraySlice<UInt8> = []
        while position < bytes.count {
            if atLineStart {
                let start = position
                while position < bytes.count, bytes[position] == Self.space || bytes[position] == Self.tab {
                    position += 1
                }
                indentation = bytes[start..<position]
            }
            let text = readText()
            if let length = newlineLength(at: position) {
                nodes.append(.text(Array(indentation) + text + bytes[position..<(position + length)]))
                indentation = []
                position += length
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(indentation) + text))
                indentation = []
                atLineStart = false
            }
            guard position < bytes.count else { break }
            // At a tag: `position` is just past its opening delimiter.
            let mark = self.mark(at: position - open.count)
            let sigil = bytes[position]
            var standalone = false
            func flushIndentation() {
                if !indentation.isEmpty { nodes.append(.text(Array(indentation))) }
                indentation = []
            }
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let path = try readPath(mark: mark)
                standalone = atLineStart && finishesLine()
                if !standalone { flushIndentation() }
                guard depth < Template.maxNesting else {
                    throw .init(
                        message: "template does not parse: sections nest more than \(Template.maxNesting) deep",
                        mark: mark)
                }
                depth += 1
                let (body, _) = try parseNodes(section: (path.text, mark), atLineStart: standalone)
                depth -= 1
                nodes.append(.section(path, body, inverted: sigil == UInt8(ascii: "^"), mark))
            case UInt8(ascii: "/"):
                position += 1
                let path = try readPath(mark: mark)
                guard let section else {
                    throw .init(message: "template does not parse: '{{/\(path.text)}}' closes no section", mark: mark)
                }
                guard path.text == section.name else {
                    throw .init(
                        message:
                            "template does not parse: '{{/\(path.text)}}' closes section '\(section.name)', opened at \(section.mark.line):\(section.mark.column)",
                        mark: mark)
                }
                standalone = atLineStart && finishesLine()
                if !standalone { flushIndentation() }
                return (nodes, standalone)
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(close, from: position) else {
                    throw .init(message: "template does not parse: the comment is not closed", mark: mark)
                }
                position = end + close.count
                standalone = atLineStart && finishesLine()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flushIndentation()
                position += 1
                let path = try readPath(mark: mark)
                if sigil == UInt8(ascii: "{") {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw .init(
                            message: "template does not parse: '{{{\(path.text)' has no closing '}}}'", mark: mark)
                    }
                    position += 1
                }
                nodes.append(.variable(path, mark))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
                    throw .init(
                        message:
                            "template does not parse: dynamic partials ('{{>*name}}') are not supported; name the partial",
                        mark: mark)
                }
                let name = readName()
                skipWhitespace()
                guard consume(close) else { throw unfinished(name, mark: mark) }
                guard partials.contains(name) else {
                    throw .init(
                        message:
                            "unknown partial '\(name)'; partials are the template names: \(partials.sorted().joined(separator: ", "))",
                        mark: mark)
                }
                if !indentation.isEmpty { nodes.append(.text(Array(indentation))) }
                standalone = atLineStart && finishesLine()
                nodes.append(.partial(name, indentation: standalone ? Array(indentation) : nil, mark))
                indentation = []
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(mark: mark)
                standalone = atLineStart && finishesLine()
            case UInt8(ascii: "%"):
                position += 1
                try readPragma(mark: mark)
                standalone = atLineStart && finishesLine()
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw .init(
                    message: "template does not parse: template inheritance ('{{<' and '{{$') is not supported",
                    mark: mark)
            default:
                flushIndentation()
                nodes.append(.variable(try readPath(mark: mark), mark))
            }
            atLineStart = standalone
        }
        if let section {
            throw .init(
                message:
                    "template does not parse: section '\(section.name)' is not closed: no '{{/\(section.name)}}' follows",
                mark: section.mark)
        }
        return (nodes, false)
    }

    /// Text up to the next opening delimiter (consumed) or line break (not consumed), or the end.
    private mutating func readText() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count {
            if newlineLength(at: position) != nil { return bytes[start..<position] }
            if bytes[position] == open[0], matches(open, at: position) {
                let text = bytes[start..<position]
                position += open.count
                return text
            }
            position += 1
        }
        return bytes[start..<position]
    }

    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == Self.newline { return 1 }
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline { return 2 }
        return nil
    }

    /// Whether only spaces and a line break (consumed), or the end, follow.
    private mutating func finishesLine() -> Bool {
        if position == bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
        guard let length = newlineLength(at: index) else { return false }
        position = index + length
        return true
    }

    private static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count, Self.nameBytes.contains(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A tag's key up to and including the closing delimiter.
    private mutating func readPath(mark: Mark) throws(Template.ParseError) -> Template.Path {
        skipWhitespace()
        let name = readName()
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "(") {
            throw .init(
                message:
                    "template does not parse: '\(name)(…)': transforms are not supported; the context holds final text",
                mark: mark)
        }
        guard !name.isEmpty, consume(close) else { throw unfinished(name, mark: mark) }
        if name == "." { return .init(keys: [], anchored: true, text: name) }
        let keys = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let anchored = name.hasPrefix(".")
        let path = Template.Path(keys: anchored ? Array(keys.dropFirst()) : keys, anchored: anchored, text: name)
        guard !path.keys.contains(where: \.isEmpty) else {
            throw .init(
                message: "template does not parse: '\(name)' is not a key: keys are names joined by single dots",
                mark: mark)
        }
        return path
    }

    private func unfinished(_ name: String, mark: Mark) -> Template.ParseError {
        let closing = String(decoding: close, as: UTF8.self)
        return .init(
            message: "template does not parse: "
                + (name.isEmpty
                    ? "a tag needs a name before '\(closing)'" : "the tag '\(name)' is not closed by '\(closing)'"),
            mark: mark)
    }

    /// `{{=<% %>=}}`: the delimiters from here on.
    private mutating func readDelimiters(mark: Mark) throws(Template.ParseError) {
        skipWhitespace()
        let newOpen = readUntilWhitespace(orEqualsSign: false)
        skipWhitespace()
        let newClose = readUntilWhitespace(orEqualsSign: true)
        skipWhitespace()
        guard !newOpen.isEmpty, !newClose.isEmpty, consume(Array("=".utf8)), consume(close) else {
            throw .init(message: "template does not parse: a delimiter change is written '{{=<% %>=}}'", mark: mark)
        }
        open = newOpen
        close = newClose
    }

    private mutating func readUntilWhitespace(orEqualsSign: Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]),
            !(orEqualsSign && bytes[position] == UInt8(ascii: "="))
        { position += 1 }
        return Array(bytes[start..<position])
    }

    /// `{{% CONTENT_TYPE: TEXT}}`, the only setting: gen writes text as it is.
    private mutating func readPragma(mark: Mark) throws(Template.ParseError) {
        skipWhitespace()
        let setting = readName()
        skipWhitespace()
        guard consume(Array(":".utf8)) else {
            throw .init(message: "template does not parse: a setting is written '{{% CONTENT_TYPE: TEXT}}'", mark: mark)
        }
        skipWhitespace()
        let value = readName()
        skipWhitespace()
        guard consume(close) else {
            throw .init(message: "template does not parse: a setting is written '{{% CONTENT_TYPE: TEXT}}'", mark: mark)
        }
        guard setting == "CONTENT_TYPE", value == "TEXT" else {
            throw .init(
                message:
                    "template does not parse: '\(setting): \(value)' is not a setting gen knows; it renders text as it is ('CONTENT_TYPE: TEXT')",
                mark: mark)
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private mutating func consume(_ delimiter: [UInt8]) -> Bool {
        guard matches(delimiter, at: position) else { return false }
        position += delimiter.count
        return true
    }

    private func find(_ delimiter: [UInt8], from index: Int) -> Int? {
        var index = index
        while index + delimiter.count <= bytes.count {
            if matches(delimiter, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The 1-based line and column (in characters) of a byte offset.
    private func mark(at offset: Int) -> Mark {
        source.mark(atByteOffset: offset)
    }
}
