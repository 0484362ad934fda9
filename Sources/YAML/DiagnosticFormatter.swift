/// Prints diagnostics as compilers do: the summary line, the source line, and a caret under the column.
public enum DiagnosticFormatter {
    /// The full form of a diagnostic; `source` supplies the snippet when it is the diagnostic's file.
    public static func format(_ diagnostic: Diagnostic, source: SourceText?) -> String {
        var text = diagnostic.summary
        guard let mark = diagnostic.mark, let source, source.path == diagnostic.file else { return text }
        let line = printable(source.line(mark.line))
        guard !line.isEmpty else { return text }
        let prefix = line.unicodeScalars.prefix(max(0, mark.column - 1))
        let padding = String(prefix.map { $0 == "\t" ? "\t" : " " })
        text += "\n" + line + "\n" + padding + "^"
        return text
    }

    /// The source line with control characters made visible, so a snippet can never break the terminal.
    private static func printable(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F {
                result.append(Unicode.Scalar(0x2400 + (scalar.value == 0x7F ? 0x21 : scalar.value))!)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
