import CYAML
import Source

/// Owns a libyaml parser over one file's bytes and hands out its events as Swift values.
///
/// The parser lives at a fixed heap address: libyaml keeps a pointer to it (its string read handler's data),
/// which `&` on a Swift property would not keep valid past the call. The parser and the input copy libyaml
/// reads from are freed in `deinit`. Errors become diagnostics with 1-based marks; reader errors, which libyaml
/// reports by byte offset only, are converted to line and column.
final class EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let source: SourceText
    /// Where the last mark was, for turning libyaml's character indexes into byte offsets.
    private var cursor = (character: 0, byte: 0)

    init(source: SourceText) throws(Diagnostic) {
        self.source = source
        input = .allocate(capacity: max(1, source.bytes.count))
        _ = input.initialize(from: source.bytes)
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            input.deallocate()
            throw .error("cannot initialise the YAML parser (out of memory)", file: source.path, at: nil)
        }
        yaml_parser_set_input_string(parser, input.baseAddress, source.bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event; throws the parser's error as a diagnostic.
    func next() throws(Diagnostic) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else { throw parserError() }
        defer { yaml_event_delete(&event) }
        let start = mark(event.start_mark)
        let end = mark(event.end_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT: return Event(kind: .streamStart, start: start, end: end)
        case YAML_STREAM_END_EVENT: return Event(kind: .streamEnd, start: start, end: end)
        case YAML_DOCUMENT_START_EVENT: return Event(kind: .documentStart, start: start, end: end)
        case YAML_DOCUMENT_END_EVENT: return Event(kind: .documentEnd, start: start, end: end)
        case YAML_ALIAS_EVENT:
            return Event(kind: .alias(anchor: string(event.data.alias.anchor) ?? ""), start: start, end: end)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = Scalar(value, style: style(data.style))
            return Event(
                kind: .scalar(
                    scalar, anchor: string(data.anchor),
                    tag: data.plain_implicit == 0 && data.quoted_implicit == 0 ? string(data.tag) : nil),
                start: start, end: end)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return Event(
                kind: .sequenceStart(
                    anchor: string(data.anchor), tag: data.implicit == 0 ? string(data.tag) : nil,
                    isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE),
                start: start, end: end)
        case YAML_SEQUENCE_END_EVENT: return Event(kind: .sequenceEnd, start: start, end: end)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return Event(
                kind: .mappingStart(
                    anchor: string(data.anchor), tag: data.implicit == 0 ? string(data.tag) : nil,
                    isFlow: data.style == YAML_FLOW_MAPPING_STYLE),
                start: start, end: end)
        case YAML_MAPPING_END_EVENT: return Event(kind: .mappingEnd, start: start, end: end)
        default:
            throw .error("unexpected YAML event", file: source.path, at: start)
        }
    }

    private func mark(_ mark: yaml_mark_t) -> Mark {
        let line = mark.line + 1
        let column = mark.column + 1
        let offset = source.byteOffset(line: line, column: column, characterIndex: mark.index, cursor: &cursor)
        return Mark(line: line, column: column, offset: offset)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func parserError() -> Diagnostic {
        let parser = self.parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            var message = problem
            if parser.problem_value != -1, problem.contains("octet") || problem.contains("character") {
                message += " (byte 0x\(String(parser.problem_value, radix: 16, uppercase: true)))"
            }
            return .error(
                "invalid input: \(message)", file: source.path, at: source.mark(atByteOffset: parser.problem_offset))
        case YAML_MEMORY_ERROR:
            return .error("out of memory while parsing YAML", file: source.path, at: nil)
        default:
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                message +=
                    " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
            }
            return .error(message, file: source.path, at: mark(parser.problem_mark))
        }
    }
}
