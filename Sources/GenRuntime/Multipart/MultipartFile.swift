import Foundation
import OpenAPIRuntime

/// A file part of a `multipart/form-data` body: its bytes as they are read, its file name and its media type.
///
/// The client streams `body` into the request as it reads it, so a large file is never held in memory whole;
/// the server collects a multipart request (up to `ServerOptions.maxBodyBytes`) and hands each file over as
/// an `HTTPBody` of its bytes. Give a `filename`: most servers take a part as a file only when it has one.
public struct MultipartFile: Sendable, Hashable {
    /// The file's bytes, read as they arrive.
    public var body: HTTPBody
    /// The `filename` of the part's `Content-Disposition`.
    public var filename: String?
    /// The part's `Content-Type`; when `nil`, the document's `encoding` for the field, else
    /// `application/octet-stream`.
    public var contentType: String?

    /// A file part streamed from a body, with an optional file name and media type.
    public init(_ body: HTTPBody, filename: String? = nil, contentType: String? = nil) {
        self.body = body
        self.filename = filename
        self.contentType = contentType
    }

    /// A file part of bytes in memory, with an optional file name and media type.
    public init(_ data: Data, filename: String? = nil, contentType: String? = nil) {
        self.init(HTTPBody(data), filename: filename, contentType: contentType)
    }

    /// The file's bytes, collected; throws past `limit` bytes.
    public func data(upTo limit: Int = .max) async throws -> Data {
        try await Data(collecting: body, upTo: limit)
    }
}

/// A file part travels only in a multipart body: the multipart coders of `Wire+Multipart.swift` take it whole,
/// and any other coder (JSON, a form) fails with a message that says so.
extension MultipartFile: Codable {
    /// Decodes a file from base64 text, as a `format: binary` value travels in JSON.
    public init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(
            MultipartFile.self,
            .init(
                codingPath: decoder.codingPath, debugDescription: "a file is read only from a multipart/form-data part")
        )
    }

    /// Encodes the file's bytes as base64 text; a streamed body is collected first.
    public func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(
            self,
            .init(
                codingPath: encoder.codingPath, debugDescription: "a file is written only as a multipart/form-data part"
            ))
    }
}
