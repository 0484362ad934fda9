import OpenAPI

/// A path key read once: literal text and `{name}` placeholders. A path key is a URL path, so its literal text
/// travels percent-encoded: characters a path cannot hold (`"`, `\`, `#`, `?`, spaces, control characters,
/// non-ASCII) become UTF-8 `%XX`; what a path may hold, and `%XX` escapes the document already wrote, stay.
public enum PathTemplate {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case placeholder(String)
    }

    /// `/items/{id}/tags` → `/items/`, `{id}`, `/tags`. A `{` without its `}` is literal text.
    public static func segments(_ path: String) -> [Segment] {
        var segments: [Segment] = []
        var literal = ""
        var placeholder: String?
        for character in path {
            if character == "{" {
                if let open = placeholder { literal += "{" + open }
                placeholder = ""
            } else if character == "}", let name = placeholder {
                if !literal.isEmpty { segments.append(.literal(literal)) }
                segments.append(.placeholder(name))
                literal = ""
                placeholder = nil
            } else if placeholder != nil {
                placeholder!.append(character)
            } else {
                literal.append(character)
            }
        }
        if let open = placeholder { literal += "{" + open }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return segments
    }

    /// The placeholders' names, in order.
    public static func placeholders(_ segments: [Segment]) -> [String] {
        segments.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The route a server transport registers: literal text encoded, placeholders as written.
    public static func route(_ segments: [Segment]) -> String {
        segments.map { segment in
            switch segment {
            case .literal(let text): encodeLiteral(text)
            case .placeholder(let name): "{" + name + "}"
            }
        }.joined()
    }

    /// `/items/"a b"` → `/items/%22a%20b%22`.
    public static func encodeLiteral(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]),
                isHexDigit(bytes[index + 2])
            {
                result.append(contentsOf: bytes[index...index + 2])
                index += 3
                continue
            }
            if HTTPSyntax.isPathCharacter(byte) {
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

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"),
            UInt8(ascii: "a")...UInt8(ascii: "f"):
            true
        default: false
        }
    }
}
