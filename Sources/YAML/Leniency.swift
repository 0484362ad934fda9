public import Source

/// Input that the YAML specification and other parsers accept but libyaml refuses, read as the specification
/// says. Each repair replaces bytes in place with as many others, so every mark stays exact: the refused
/// character becomes a placeholder that occurs nowhere else in the document, and once composed, the placeholder
/// in scalar text becomes the character again.
///
/// - A tab in the text of a block scalar, after its indentation (a `|` line, then a line of spaces and a tab):
///   libyaml reads the tab as indentation and stops. Found by composing, one error at a time.
/// - Characters JSON allows in strings and YAML 1.2 in quoted scalars ("all non-C0 characters"), which libyaml
///   refuses anywhere: DEL (U+007F), the C1 controls (U+0080–U+009F; libyaml reads NEL, U+0085, as a line break
///   instead), and the noncharacters U+FFFE and U+FFFF. Replaced up front, however many there are, wherever
///   they stand (plain, quoted, block or flow scalars, keys, comments).
///
/// The document still gets a warning, once per kind, at the first place: other YAML tools built on libyaml
/// will refuse it too.
public enum Leniency {
    /// At most this many tab repairs per document (each composes the document again); past it, libyaml's error
    /// stands.
    static let limit = 256

    /// Placeholder characters, safe anywhere in a scalar (none is a YAML indicator at the start of a plain one).
    private static let placeholders: [UInt8] = Array("^$;=+<()".utf8)
    /// The second byte of a C1 placeholder pair: the control character's offset from U+0080.
    private static let controlDigits: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8)
    /// The second and third bytes of a placeholder for U+FFFE and for U+FFFF.
    private static let nonCharacterDigits: [UInt8] = Array("WX".utf8)

    /// What was repaired in a document: where, and with which placeholder.
    public struct Repairs: Sendable {
        var tabs: [Mark] = []
        var controls: [(mark: Mark, scalar: UInt32)] = []
        /// The placeholder of each kind, chosen from those the document does not contain. DEL, one byte, has a
        /// placeholder of its own; C1 controls and noncharacters share one followed by digits.
        var tabPlaceholder: UInt8?
        var controlPlaceholder: UInt8?
        var deletePlaceholder: UInt8?

        var count: Int { tabs.count + controls.count }

        /// One warning per kind of repair, at its first position.
        public func warnings(file: String) -> [Diagnostic] {
            var warnings: [Diagnostic] = []
            if let first = tabs.first {
                warnings.append(
                    .warning(
                        "a tab in a block scalar's text, which libyaml and the tools built on it cannot read; read as a tab"
                            + Self.more(tabs.count),
                        file: file, at: first))
            }
            if let first = controls.min(by: { $0.mark.offset < $1.mark.offset }) {
                let hex = String(first.scalar, radix: 16, uppercase: true)
                let name = first.scalar < 0xA0 ? "control character" : "noncharacter"
                warnings.append(
                    .warning(
                        "the \(name) U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex), which libyaml and the tools built on it refuse or misread; read as written"
                            + Self.more(controls.count),
                        file: file, at: first.mark))
            }
            return warnings
        }

        private static func more(_ count: Int) -> String {
            count > 1 ? " (and \(count - 1) more in this document)" : ""
        }

        /// A placeholder the document does not contain and no other kind uses.
        func unused(in bytes: [UInt8]) -> UInt8? {
            Leniency.placeholders.first {
                $0 != tabPlaceholder && $0 != controlPlaceholder && $0 != deletePlaceholder && !bytes.contains($0)
            }
        }
    }

    /// Composes a document, repairing what libyaml refuses (see above) and composing again: the node tree, the
    /// text as written, and what was repaired.
    public static func compose(_ source: SourceText, limits: YAMLLimits = .init()) throws(Diagnostic) -> (
        root: Node?, text: SourceText, repairs: Repairs
    ) {
        var repairs = Repairs()
        var text = refusedCharacters(in: source, recording: &repairs)
        while true {
            do {
                let root = try Composer.compose(text, limits: limits)
                guard repairs.count > 0, let root else { return (root, source, repairs) }
                return (restore(root, repairs), source, repairs)
            } catch {
                guard let repaired = repair(error, in: text, recording: &repairs) else { throw error }
                text = repaired
            }
        }
    }

    /// The text with every character libyaml refuses that JSON allows replaced up front (see above), NEL
    /// included: libyaml would fold it away as a line break and put its line numbers out of step with ours.
    private static func refusedCharacters(in text: SourceText, recording repairs: inout Repairs) -> SourceText {
        let source = text.bytes
        guard source.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return text }
        var bytes = source
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 0
            var scalar: UInt32 = 0
            if byte == 0x7F {
                (width, scalar) = (1, 0x7F)
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                (width, scalar) = (2, UInt32(bytes[index + 1]))
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                (width, scalar) = (3, 0xFFF0 + UInt32(bytes[index + 2] - 0xB0))
            }
            guard width > 0 else {
                index += 1
                continue
            }
            if width == 1 {
                if repairs.deletePlaceholder == nil { repairs.deletePlaceholder = repairs.unused(in: source) }
                guard let placeholder = repairs.deletePlaceholder else { return text }
                bytes[index] = placeholder
            } else {
                if repairs.controlPlaceholder == nil { repairs.controlPlaceholder = repairs.unused(in: source) }
                guard let placeholder = repairs.controlPlaceholder else { return text }
                bytes[index] = placeholder
                if width == 2 {
                    bytes[index + 1] = controlDigits[Int(scalar - 0x80)]
                } else {
                    let digit = nonCharacterDigits[Int(scalar - 0xFFFE)]
                    (bytes[index + 1], bytes[index + 2]) = (digit, digit)
                }
            }
            repairs.controls.append((text.mark(atByteOffset: index), scalar))
            index += width
        }
        return SourceText(path: text.path, bytes: bytes)
    }

    /// The text with the tab an error is about replaced by the placeholder, if it is one libyaml took for
    /// indentation in a block scalar's text.
    private static func repair(_ error: Diagnostic, in text: SourceText, recording repairs: inout Repairs)
        -> SourceText?
    {
        guard repairs.tabs.count < limit, let mark = error.mark else { return nil }
        let offset = mark.offset
        var bytes = text.bytes
        guard
            error.message.hasPrefix(
                "found a tab character where an indentation space is expected (while scanning a block scalar"),
            offset < bytes.count, bytes[offset] == 0x09
        else { return nil }
        if repairs.tabPlaceholder == nil { repairs.tabPlaceholder = repairs.unused(in: bytes) }
        guard let placeholder = repairs.tabPlaceholder else { return nil }
        bytes[offset] = placeholder
        repairs.tabs.append(mark)
        return SourceText(path: text.path, bytes: bytes)
    }

    /// The tree with each placeholder in scalar text turned back into the character it stands for.
    private static func restore(_ node: Node, _ repairs: Repairs) -> Node {
        var node = node
        switch node.content {
        case .scalar(var scalar):
            let bytes = Array(scalar.value.utf8)
            guard
                bytes.contains(where: {
                    $0 == repairs.tabPlaceholder || $0 == repairs.controlPlaceholder || $0 == repairs.deletePlaceholder
                })
            else { return node }
            scalar.value = restore(bytes, repairs)
            node.content = .scalar(scalar)
        case .sequence(let items):
            node.content = .sequence(items.map { restore($0, repairs) })
        case .mapping(let pairs):
            node.content = .mapping(
                pairs.map { Pair(key: restore($0.key, repairs), value: restore($0.value, repairs)) })
        }
        return node
    }

    /// The tab placeholder stands for a tab, the delete placeholder for DEL; the control placeholder and the
    /// digit after it for a C1 character, and with two `W`s or `X`s after it for U+FFFE or U+FFFF.
    private static func restore(_ bytes: [UInt8], _ repairs: Repairs) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == repairs.tabPlaceholder {
                result.append(0x09)
            } else if byte == repairs.deletePlaceholder {
                result.append(0x7F)
            } else if byte == repairs.controlPlaceholder, index + 2 < bytes.count,
                let digit = nonCharacterDigits.firstIndex(of: bytes[index + 1]),
                bytes[index + 2] == bytes[index + 1]
            {
                result += [0xEF, 0xBF, UInt8(0xBE + digit)]
                index += 2
            } else if byte == repairs.controlPlaceholder, index + 1 < bytes.count,
                let digit = controlDigits.firstIndex(of: bytes[index + 1])
            {
                result += [0xC2, UInt8(0x80 + digit)]
                index += 1
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
