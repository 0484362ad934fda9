import Lowering
import Source

/// The one sanitiser for document text that lands in a comment. Text becomes `///` lines: any line break the
/// document holds starts a new `///` line, so no text can leave the comment; control and bidirectional
/// characters are dropped, so no text can hide or reorder what a reviewer reads.
public enum DocComment {
    /// `///` lines for a declaration: summary, details, and where it came from.
    public static func lines(_ documentation: Documentation, remark: String? = nil) -> [String] {
        var paragraphs: [[String]] = []
        let summary = sanitizedLines(documentation.summary ?? "")
        let details = sanitizedLines(documentation.details ?? "")
        if !summary.isEmpty { paragraphs.append(summary) }
        if !details.isEmpty, details != summary { paragraphs.append(details) }
        if let remark { paragraphs.append(sanitizedLines(remark)) }
        return paragraphs.enumerated().flatMap { index, lines in
            (index == 0 ? [] : ["///"]) + lines.map { $0.isEmpty ? "///" : "/// " + $0 }
        }
    }

    /// The text of a one-line comment or a name inside prose: one line, no control characters.
    public static func inline(_ text: String) -> String {
        sanitizedLines(text).joined(separator: " ")
    }

    /// The text as one inline code span, `` `text` ``: `inline`, with backticks (which would end the span)
    /// written as `'`.
    public static func code(_ text: String) -> String {
        "`" + inline(text).replacingOccurrences(of: "`", with: "'") + "`"
    }

    /// Lines of text with every kind of line break split, invisible characters removed, trailing spaces
    /// trimmed, and leading and trailing blank lines dropped.
    static func sanitizedLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where previousWasCR:
                previousWasCR = false
                continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                lines.append(trimmed(current))
                current = String.UnicodeScalarView()
                previousWasCR = scalar.value == 0x0D
                continue
            case 0x09:
                current.append(" ")
            default:
                if !InvisibleCharacters.contains(scalar) { current.append(scalar) }
            }
            previousWasCR = false
        }
        lines.append(trimmed(current))
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private static func trimmed(_ scalars: String.UnicodeScalarView) -> String {
        var text = String(scalars)
        while text.last == " " { text.removeLast() }
        return text
    }
}
