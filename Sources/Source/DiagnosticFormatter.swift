import Foundation

/// Prints diagnostics as compilers do: the summary line, the source line, and a caret under the column.
public enum DiagnosticFormatter {
    /// The full form of a diagnostic; `source` supplies the snippet when it is the diagnostic's file.
    public static func format(_ diagnostic: Diagnostic, source: SourceText?) -> String {
        var text = escaped(diagnostic.summary)
        guard let mark = diagnostic.mark, let source, source.path == diagnostic.file else { return text }
        let excerpt = source.excerpt(line: mark.line, at: mark.offset)
        var line = printable(excerpt.text)
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return text }
        var caretColumn = excerpt.column
        if excerpt.cutStart {
            line = "…" + line
            caretColumn += 1
        }
        if excerpt.cutEnd { line += "…" }
        let prefix = line.unicodeScalars.prefix(max(0, caretColumn - 1))
        let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
        text += "\n" + line + "\n" + padding + "^"
        return text
    }

    /// The source line with control characters made visible, one character for one, so the caret still lines
    /// up and a snippet can never break the terminal or reorder what it shows.
    private static func printable(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                result.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                result.append(Unicode.Scalar(0x2400 + (scalar.value == 0x7F ? 0x21 : scalar.value))!)
            } else if InvisibleCharacters.contains(scalar) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The summary line with document text that could break it escaped as Swift writes it: a diagnostic is
    /// always one line, and bidirectional overrides in a name cannot disguise it.
    public static func escaped(_ summary: String) -> String {
        guard summary.unicodeScalars.contains(where: InvisibleCharacters.contains) else {
            return summary
        }
        var result = ""
        for scalar in summary.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if InvisibleCharacters.contains(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
