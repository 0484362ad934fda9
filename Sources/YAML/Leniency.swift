public import Source

/// Input that the YAML specification and other parsers accept but libyaml refuses, read as the specification
/// says. Each repair replaces bytes in place with as many others, so every mark stays exact: the refused
/// character becomes a placeholder that occurs nowhere else in the document, and once composed, the placeholder
/// in scalar text becomes the character again.
///
/// - A tab in the text of a block scalar, after its indentation (a `|` line, then a line of spaces and a tab):
///   libyaml reads the tab as indentation and stops.
/// - A C1 control character (U+0080–U+009F, two bytes in UTF-8), which JSON allows in strings; libyaml refuses
///   them all but NEL (U+0085), which it reads as a line break.
///
/// The document still gets a warning, once per kind, at the first place: other YAML tools built on libyaml
/// will refuse it too.
public enum Leniency {
    /// At most this many repairs per document; past it, libyaml's error stands.
    static let limit = 256

    /// Placeholder characters, safe anywhere in a scalar (none is a YAML indicator at the start of a plain one).
    private static let placeholders: [UInt8] = Array("^$;=+<()".utf8)
    /// The second byte of a C1 placeholder pair: the control character's offset from U+0080.
    private static let controlDigits: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8)

    /// What was repaired in a document: where, and with which placeholder.
    public struct Repairs: Sendable {
        var tabs: [Mark] = []
        var controls: [(mark: Mark, scalar: UInt32)] = []
        /// The placeholder of each kind, chosen from those the document does not contain.
        var tabPlaceholder: UInt8?
        var controlPlaceholder: UInt8?

        var count: Int { tabs.count + controls.count }

        /// One warning per kind of repair, at its first position.
        public func warnings(file: String) -> [Diagnostic] {
            var warnings: [Diagnostic] = []
            if let first = tabs.first {
                warnings.append(
                    .warning(
                        "a tab in a block scalar's text, which libyaml and the tools built on it cannot read; read as a tab" + Self.more(tabs.count),
                        file: file, at: first))
            }
            if let first = controls.min(by: { $0.mark.offset < $1.mark.offset }) {
                let hex = String(first.scalar, radix: 16, uppercase: true)
                warnings.append(
                    .warning(
                        "the control character U+00\(hex), which libyaml and the tools built on it refuse or misread; read as written" + Self.more(controls.count),
                        file: file, at: first.mark))
            }
            return warnings
        }

        private static func more(_ count: Int) -> String {
            count > 1 ? " (and \(count - 1) more in this document)" : ""
        }
    }

    /// Composes a document, repairing what libyaml refuses (see above) and composing again: the node tree, the
    /// text as written, and what was repaired.
    public static func compose(_ source: SourceText, limits: YAMLLimits = .init()) throws(Diagnostic) -> (root: Node?, text: SourceText, repairs: Repairs) {
        var repairs = Repairs()
        var text = nextLines(in: source, recording: &repairs)
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

    /// The text with each NEL (U+0085) replaced up front: libyaml reads it as a line break without complaint,
    /// which would fold it away and put libyaml's line numbers out of step with ours.
    private static func nextLines(in text: SourceText, recording repairs: inout Repairs) -> SourceText {
        guard !text.isASCII else { return text }
        var bytes = text.bytes
        var index = bytes.firstIndex(of: 0xC2)
        while let current = index, current + 1 < bytes.count {
            if bytes[current + 1] == 0x85 {
                if repairs.controlPlaceholder == nil {
                    repairs.controlPlaceholder = placeholders.first { !bytes.contains($0) }
                }
                guard let placeholder = repairs.controlPlaceholder else { return text }
                repairs.controls.append((text.mark(atByteOffset: current), 0x85))
                bytes[current] = placeholder
                bytes[current + 1] = controlDigits[5]
            }
            index = bytes[(current + 1)...].firstIndex(of: 0xC2)
        }
        return repairs.controls.isEmpty ? text : SourceText(path: text.path, bytes: bytes)
    }

    /// The text with the character an error is about replaced by the placeholder, if it is one of those above.
    private static func repair(_ error: Diagnostic, in text: SourceText, recording repairs: inout Repairs) -> SourceText? {
        guard repairs.count < limit, let mark = error.mark else { return nil }
        let offset = mark.offset
        var bytes = text.bytes
        let isTab =
            error.message.hasPrefix("found a tab character where an indentation space is expected (while scanning a block scalar")
            && offset < bytes.count && bytes[offset] == 0x09
        let isControl =
            error.message.hasPrefix("invalid input: control characters are not allowed") && offset + 1 < bytes.count
            && bytes[offset] == 0xC2 && (0x80...0x9F).contains(bytes[offset + 1])
        guard isTab || isControl else { return nil }
        func unused() -> UInt8? {
            placeholders.first { $0 != repairs.tabPlaceholder && $0 != repairs.controlPlaceholder && !bytes.contains($0) }
        }
        if isTab {
            if repairs.tabPlaceholder == nil { repairs.tabPlaceholder = unused() }
            guard let placeholder = repairs.tabPlaceholder else { return nil }
            bytes[offset] = placeholder
            repairs.tabs.append(mark)
        } else {
            if repairs.controlPlaceholder == nil { repairs.controlPlaceholder = unused() }
            guard let placeholder = repairs.controlPlaceholder else { return nil }
            let scalar = UInt32(bytes[offset + 1])
            bytes[offset] = placeholder
            bytes[offset + 1] = controlDigits[Int(scalar - 0x80)]
            repairs.controls.append((mark, scalar))
        }
        return SourceText(path: text.path, bytes: bytes)
    }

    /// The tree with each placeholder in scalar text turned back into the character it stands for.
    private static func restore(_ node: Node, _ repairs: Repairs) -> Node {
        var node = node
        switch node.content {
        case .scalar(var scalar):
            let bytes = Array(scalar.value.utf8)
            guard bytes.contains(where: { $0 == repairs.tabPlaceholder || $0 == repairs.controlPlaceholder }) else { return node }
            scalar.value = restore(bytes, repairs)
            node.content = .scalar(scalar)
        case .sequence(let items):
            node.content = .sequence(items.map { restore($0, repairs) })
        case .mapping(let pairs):
            node.content = .mapping(pairs.map { Pair(key: restore($0.key, repairs), value: restore($0.value, repairs)) })
        }
        return node
    }

    /// The tab placeholder stands for a tab; the control placeholder and the digit after it for a C1 character.
    private static func restore(_ bytes: [UInt8], _ repairs: Repairs) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == repairs.tabPlaceholder {
                result.append(0x09)
            } else if byte == repairs.controlPlaceholder, index + 1 < bytes.count, let digit = controlDigits.firstIndex(of: bytes[index + 1]) {
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
