import Foundation
public import Source
import YAML

/// A `$ref` as written, split into the file it names (if any) and the decoded JSON pointer segments.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    /// The text of the `$ref`, exactly as written.
    public var raw: String
    /// A relative file path before `#`, or `nil` for a reference into the same document.
    public var file: String?
    /// The pointer after `#`, percent-decoded, still with JSON-pointer escapes (`~0`, `~1`).
    public var pointer: String
    /// Where the `$ref` value is written.
    public var mark: Mark
    /// The pointer's segments with `~1` → `/` and `~0` → `~` undone, split once.
    public let segments: [String]

    public init(raw: String, file: String?, pointer: String, mark: Mark) {
        self.raw = raw
        self.file = file
        self.pointer = pointer
        self.mark = mark
        self.segments = JSONPointer.segments(of: pointer)
    }

    /// For `#/components/<kind>/<name>`, the kind and name.
    public var component: (kind: String, name: String)? {
        guard segments.count == 3, segments[0] == "components" else { return nil }
        return (segments[1], segments[2])
    }

    public var description: String { raw }

    public static func == (lhs: Reference, rhs: Reference) -> Bool {
        lhs.file == rhs.file && lhs.pointer == rhs.pointer
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(pointer)
    }
}

/// A value written in place or a `$ref` to one.
public enum Referable<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)
}

/// JSON pointers (RFC 6901) as `#/a/b~1c` strings.
public enum JSONPointer {
    /// The segments of a pointer such as `/components/schemas/a~1b`.
    public static func segments(of pointer: String) -> [String] {
        guard !pointer.isEmpty else { return [] }
        var body = Substring(pointer)
        if body.first == "/" { body = body.dropFirst() }
        return body.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map {
            unescape(String(Substring($0)))
        }
    }

    /// A pointer with one more segment, escaped.
    public static func appending(_ pointer: String, _ segment: String) -> String {
        pointer + "/" + escape(segment)
    }

    public static func escape(_ segment: String) -> String {
        guard segment.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return segment
        }
        var result = ""
        for character in segment.unicodeScalars {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    public static func unescape(_ segment: String) -> String {
        guard segment.utf8.contains(UInt8(ascii: "~")) else { return segment }
        var result = ""
        var scalars = segment.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "~" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalars.next() {
            case "0": result += "~"
            case "1": result += "/"
            case let other?: result += "~" + String(other)
            case nil: result += "~"
            }
        }
        return result
    }
}
