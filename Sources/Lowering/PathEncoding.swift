/// The literal text of a path template as it travels on the wire. A path key is a URL path, so characters a
/// path cannot hold (`"`, `\`, `#`, `?`, spaces, control characters, non-ASCII) are percent-encoded as UTF-8;
/// what a path may hold, and `%XX` escapes the document already wrote, stay as they are.
public enum PathEncoding {
    /// `/items/"a b"` → `/items/%22a%20b%22`.
    public static func encodeLiteral(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) {
                result.append(contentsOf: bytes[index...index + 2])
                index += 3
                continue
            }
            if isPathCharacter(byte) {
                result.append(byte)
            } else {
                result.append(UInt8(ascii: "%"))
                result.append(hexDigits[Int(byte >> 4)])
                result.append(hexDigits[Int(byte & 0xF)])
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The path template with its literal text encoded and its `{parameter}` placeholders as written: the
    /// route a server transport registers.
    public static func encodeTemplate(_ path: String) -> String {
        var result = ""
        var literal = ""
        var placeholder: String?
        for character in path {
            if placeholder == nil, character == "{" {
                result += encodeLiteral(literal)
                literal = ""
                placeholder = "{"
            } else if placeholder != nil {
                placeholder!.append(character)
                if character == "}" {
                    result += placeholder!
                    placeholder = nil
                }
            } else {
                literal.append(character)
            }
        }
        return result + encodeLiteral(literal + (placeholder ?? ""))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// RFC 3986 `pchar` and `/`: unreserved, sub-delims, `:` and `@`.
    private static func isPathCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            Array("-._~!$&'()*+,;=:@/".utf8).contains(byte)
        }
    }
}
