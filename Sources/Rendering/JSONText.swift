import Lowering

/// A document value as compact JSON text, `{"id": 1, "tags": ["a"]}`: how a doc comment shows the value an enum
/// case stands for. Keys keep the document's order; strings are escaped as JSON escapes them.
enum JSONText {
    static func of(_ value: LiteralValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): String(describing: number)
        case .string(let text): string(text)
        case .array(let items): "[" + items.map(of).joined(separator: ", ") + "]"
        case .object(let keys, let values):
            "{" + zip(keys, values).map { string($0) + ": " + of($1) }.joined(separator: ", ") + "}"
        }
    }

    private static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
