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
        let text = inline(text)
        guard text.utf8.contains(UInt8(ascii: "`")) else { return "`" + text + "`" }
        return "`" + String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "`" ? "'" : $0 })) + "`"
    }

    /// Lines of text with every kind of line break split, invisible characters removed, trailing spaces
    /// trimmed, and leading and trailing blank lines dropped. Works on UTF-8 bytes, copying runs of visible
    /// ones: this sees every description of a document, and appending scalar by scalar cost a fifth of a run.
    static func sanitizedLines(_ text: String) -> [String] {
        var text = text
        // State stays local to the closure and `endLine` takes it inout: captured by a nested function, it
        // would be boxed and every append checked for exclusive access at run time.
        var lines = text.withUTF8 { bytes in
            var lines: [String] = []
            var current: [UInt8] = []
            var previousWasCR = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case 0x0A where previousWasCR:
                        previousWasCR = false
                        continue
                    case 0x0A, 0x0B, 0x0C, 0x0D:
                        endLine(&current, in: &lines)
                        previousWasCR = byte == 0x0D
                        continue
                    case 0x09: current.append(UInt8(ascii: " "))
                    case 0..<0x20, 0x7F: break
                    default: current.append(byte)
                    }
                    previousWasCR = false
                    continue
                }
                // A scalar of two to four bytes (the text is valid UTF-8): its value decides.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                previousWasCR = false
                switch value {
                case 0x85, 0x2028, 0x2029:
                    endLine(&current, in: &lines)
                default:
                    if let scalar = Unicode.Scalar(value), !InvisibleCharacters.contains(scalar) {
                        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                    }
                }
                index += length
            }
            endLine(&current, in: &lines)
            return lines
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Ends a line of `sanitizedLines`: its trailing spaces trimmed.
    private static func endLine(_ current: inout [UInt8], in lines: inout [String]) {
        while current.last == UInt8(ascii: " ") { current.removeLast() }
        lines.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
    }
}
