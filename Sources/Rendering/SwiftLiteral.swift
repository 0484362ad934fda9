import Lowering
import Source

/// The one encoder for document text that lands in a Swift literal. Every string from the document that the
/// generated code quotes goes through `string(_:)`, so no document text can end a literal or start code.
public enum SwiftLiteral {
    /// A double-quoted Swift string literal of `text`: backslash, quote and every control, separator and
    /// bidirectional-formatting character escaped; interpolation (`\(`) cannot survive because `\` is escaped.
    public static func string(_ text: String) -> String {
        // Most literals are printable ASCII without quotes or backslashes: written as they are.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if let escape = escape(scalar) {
                    result += escape
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// How Swift spells an invisible character inside a string literal (`\n`, `\0`, `\u{202E}`); `nil` for any
    /// other character.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case "\0": "\\0"
        default:
            InvisibleCharacters.contains(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : nil
        }
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
            keys.isEmpty
                ? "[:]"
                : "[" + zip(keys, values).map { string($0) + ": " + Self.value($1) }.joined(separator: ", ") + "]"
        }
    }

    /// A `JSONValue` expression for a document value: `.object(["id": .int(1)])`.
    public static func jsonValue(_ value: LiteralValue) -> String {
        switch value {
        case .null: ".null"
        case .bool(let flag): ".bool(\(flag))"
        case .int(let number): ".int(\(number))"
        case .double(let number): ".double(\(double(number)))"
        case .string(let text): ".string(\(string(text)))"
        case .array(let items): ".array([" + items.map(jsonValue).joined(separator: ", ") + "])"
        case .object(let keys, let values):
            keys.isEmpty
                ? ".object([:])"
                : ".object([" + zip(keys, values).map { string($0) + ": " + jsonValue($1) }.joined(separator: ", ")
                    + "])"
        }
    }

    /// A floating-point literal Swift accepts (`1.0e+20`, never `inf`).
    static func double(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }
}
