import Lowering

/// The one encoder for document text that lands in a Swift literal. Every string from the document that the
/// generated code quotes goes through `string(_:)`, so no document text can end a literal or start code.
public enum SwiftLiteral {
    /// A double-quoted Swift string literal of `text`: backslash, quote and every control, separator and
    /// bidirectional-formatting character escaped; interpolation (`\(`) cannot survive because `\` is escaped.
    public static func string(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A literal for a document value: numbers and booleans as themselves, strings quoted.
    public static func value(_ value: LiteralValue) -> String {
        switch value {
        case .null: "nil"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let items): "[" + items.map(Self.value).joined(separator: ", ") + "]"
        case .object(let keys, let values):
            keys.isEmpty ? "[:]" : "[" + zip(keys, values).map { string($0) + ": " + Self.value($1) }.joined(separator: ", ") + "]"
        }
    }

    /// A floating-point literal Swift accepts (`1.0e+20`, never `inf`).
    static func double(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// Characters that are invisible, reorder text, or end lines in some tools.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            true
        default:
            false
        }
    }
}
