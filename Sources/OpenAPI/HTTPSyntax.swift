/// What HTTP lets a document put in the places generated code sends verbatim: header and cookie names, media
/// types, server URLs. Text that breaks these rules cannot be sent as written, so lowering reports it instead of
/// generating code that would send something else, and the decoder refuses method names that are not tokens.
public enum HTTPSyntax {
    /// An RFC 9110 token: header field names, cookie names, media type names and parameter names.
    public static func isToken(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isTokenCharacter)
    }

    /// `type/subtype` followed by `; name=value` parameters, where a value is a token or a quoted string
    /// (RFC 9110 §8.3.1).
    public static func isMediaType(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func token() -> Bool {
            let length = bytes.prefix(while: isTokenCharacter).count
            bytes = bytes.dropFirst(length)
            return length > 0
        }
        func skipWhitespace() { bytes = bytes.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }
        func take(_ character: Unicode.Scalar) -> Bool {
            guard bytes.first == UInt8(ascii: character) else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        func quotedString() -> Bool {
            guard take("\"") else { return false }
            while let byte = bytes.first {
                bytes = bytes.dropFirst()
                switch byte {
                case UInt8(ascii: "\""): return true
                case UInt8(ascii: "\\"):
                    guard let escaped = bytes.first,
                        isQuotedCharacter(escaped) || escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\")
                    else {
                        return false
                    }
                    bytes = bytes.dropFirst()
                default:
                    guard isQuotedCharacter(byte) else { return false }
                }
            }
            return false
        }
        guard token(), take("/"), token() else { return false }
        while true {
            skipWhitespace()
            if bytes.isEmpty { return true }
            guard take(";") else { return false }
            skipWhitespace()
            if bytes.isEmpty { return true }
            guard token(), take("=") else { return false }
            guard bytes.first == UInt8(ascii: "\"") ? quotedString() : token() else { return false }
        }
    }

    /// Whether every character may appear in a URI (RFC 3986: unreserved, reserved and `%`), so that
    /// `URL(string:)` reads it as written.
    public static func isURI(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                isAlphanumeric(byte) || "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
            }
    }

    /// RFC 3986 `pchar` and `/`: unreserved, sub-delims, `:` and `@`.
    public static func isPathCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "-._~!$&'()*+,;=:@/".utf8.contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }

    /// Visible ASCII, space and tab, except `"` and `\`: what a quoted string holds without an escape.
    private static func isQuotedCharacter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\t")
            || (0x20...0x7E).contains(byte) && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }
}
