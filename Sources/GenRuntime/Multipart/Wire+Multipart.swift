import Foundation
import OpenAPIRuntime

/// `multipart/form-data` bodies, part by part: each top-level property of a generated struct is a part (see
/// `MultipartEncoder` and `MultipartDecoder`), files stream in as they are read on the client.
@_spi(Generated)
extension Wire {
    /// A multipart body and the `Content-Type` that names its boundary.
    public struct Multipart: Sendable {
        /// The body, streamed part by part.
        public var body: HTTPBody
        /// The `Content-Type`, `multipart/form-data` with the body's boundary.
        public var contentType: String
    }

    /// A value as a multipart body. `partTypes` holds the `Content-Type` the document's `encoding` gives a field,
    /// `styles` the style it gives one.
    public static func multipart(
        _ value: some Encodable, partTypes: [String: String] = [:], styles: FormStyles = [:]
    ) throws(ValidationFailure) -> Multipart {
        let parts: [MultipartPart]
        do {
            parts = try MultipartEncoder.parts(value, partTypes: partTypes, styles: styles)
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type",
                message: "cannot be written as multipart/form-data: \(error)")
        }
        let boundary = MultipartFraming.makeBoundary()
        return Multipart(
            body: MultipartFraming.body(parts, boundary: boundary),
            contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// A collected multipart body read as its type; fails when `contentType` names no boundary or the body is not
    /// framed by it.
    public static func multipart<Value: Decodable>(
        _ data: Data, contentType: String?, as type: Value.Type, styles: FormStyles = [:]
    ) throws(ValidationFailure) -> Value {
        guard let boundary = MultipartFraming.boundary(of: contentType) else {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type",
                message: "is multipart/form-data without a boundary in its Content-Type")
        }
        guard let parts = MultipartFraming.parts(of: data, boundary: boundary) else {
            throw ValidationFailure(
                location: "body", name: "body", rule: "type",
                message: "is not a multipart/form-data body framed by its boundary")
        }
        do {
            return try MultipartDecoder.value(Value.self, from: parts, styles: styles)
        } catch {
            throw ValidationFailure(
                location: "body", name: "body", rule: "schema", message: "does not match the document: \(error)")
        }
    }
}
