import Foundation
import OpenAPIRuntime

/// `application/x-www-form-urlencoded` bodies, field by field: each top-level property is one field, written and
/// read as a query parameter in the style its `encoding` gives (`form`, exploded, by default; `deepObject` for
/// nested values: `metadata[plan]=pro`, `items[0][price]=p_1`).
@_spi(Generated)
extension Wire {
    /// The style of one field, by its wire name, where the document's `encoding` sets one.
    public typealias FormStyles = [String: (style: ParameterStyle, explode: Bool)]

    /// A value as a form body. A field nested deeper than its style can write fails with rule `style`.
    public static func form(_ value: some Encodable, styles: FormStyles = [:]) throws(ValidationFailure) -> HTTPBody {
        HTTPBody(try formText(value, styles: styles))
    }

    /// A value as the text of a form body: `name=Rex&tags=a&tags=b`.
    public static func formText(_ value: some Encodable, styles: FormStyles = [:]) throws(ValidationFailure) -> String {
        let tree: ParameterTree?
        do {
            tree = try ParameterEncoder.tree(value)
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type", message: "cannot be written as form fields: \(error)")
        }
        guard let tree else { return "" }
        guard case .map(let entries) = tree else {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type", message: "must be an object to be written as form fields")
        }
        var pairs: [String] = []
        for entry in entries {
            let (style, explode) = styles[entry.key] ?? (.form, true)
            do {
                pairs += try style.pairs(entry.value, name: entry.key, explode: explode)
            } catch {
                var failure = error
                failure.location = "body"
                throw failure
            }
        }
        return pairs.joined(separator: "&")
    }

    /// A form body read as its type: each field in its style; fields the type does not name are ignored.
    public static func form<Value: Decodable>(_ data: Data, as type: Value.Type, styles: FormStyles = [:])
        throws(ValidationFailure) -> Value
    {
        let text = String(decoding: data, as: UTF8.self)
        let pairs = text.split(separator: "&").map { pair -> (name: String, value: String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (formDecoded(String(parts[0])), parts.count > 1 ? String(parts[1]) : "")
        }
        // A field is named by the text before its first `[`: `metadata[plan]` belongs to `metadata`.
        var fields: [String] = []
        for pair in pairs {
            let field = pair.name.firstIndex(of: "[").map { String(pair.name[..<$0]) } ?? pair.name
            if !fields.contains(field) { fields.append(field) }
        }
        let entries = fields.compactMap { field -> (key: String, value: ReceivedParameter)? in
            let (style, explode) = styles[field] ?? (.form, true)
            return style.read(pairs: pairs, name: field, explode: explode, claimed: nil) { formDecoded(String($0)) }.map
            { (field, $0) }
        }
        do {
            return try ParameterDecoder.value(Value.self, from: ReceivedParameter(text: nil, entries: entries))
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "schema", message: "does not match the document: \(error)")
        }
    }
}
