import Foundation

/// Checks a JSON text's nesting depth and array lengths in one pass over its bytes, before a decoder builds
/// anything from it. Only the structure is read: a text that is not JSON passes, and the decoder then says why.
enum JSONShape {
    /// The first limit `bytes` breaks, as a failure answered with 413; `nil` when it keeps both.
    static func check(_ bytes: some Collection<UInt8>, maxDepth: Int, maxArrayElements: Int) -> ValidationFailure? {
        // One entry per open array or object: whether it is an array, its elements so far, and whether the
        // current element has started (a `,` ends one).
        var open: [(isArray: Bool, elements: Int, inElement: Bool)] = []
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: ","):
                if !open.isEmpty { open[open.count - 1].inElement = false }
                continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if !open.isEmpty { open.removeLast() }
                continue
            default:
                break
            }
            // Any other byte starts or continues a value: an element of the innermost array when none has begun.
            if let innermost = open.last, innermost.isArray, !innermost.inElement {
                open[open.count - 1].inElement = true
                open[open.count - 1].elements += 1
                if innermost.elements + 1 > maxArrayElements {
                    return failure("maxArrayElements", "an array has more than \(maxArrayElements) elements")
                }
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                guard open.count < maxDepth else {
                    return failure("maxJSONDepth", "arrays and objects nest more than \(maxDepth) deep")
                }
                open.append((byte == UInt8(ascii: "["), 0, false))
            default:
                break
            }
        }
        return nil
    }

    /// Whether a body of this content type is read as JSON: a JSON media type, or none and a body that opens
    /// an array or object.
    static func readsAsJSON(contentType: String?, _ bytes: Data) -> Bool {
        guard let contentType else {
            let first = bytes.first {
                ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains($0)
            }
            return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
        }
        return Wire.isJSON(contentType)
    }

    private static func failure(_ rule: String, _ message: String) -> ValidationFailure {
        ValidationFailure(location: "request", name: "", rule: rule, message: message)
    }
}
