import Foundation
import OpenAPIRuntime

/// What every operation's error enum can express, so the shared client and server code can build them. Each
/// generated `…Error` enum conforms with these cases, beside one case per documented error status.
public protocol OperationError: Error {
    /// An argument broke a documented rule; nothing was sent.
    static func invalidArgument(_ failure: ValidationFailure) -> Self
    /// The request could not be sent, or the response could not be received.
    static func transport(_ error: any Error) -> Self
    /// The response does not match the document.
    static func invalidResponse(status: Int, reason: String) -> Self
    /// A status the document does not declare, with the raw body.
    static func undocumented(status: Int, body: Data) -> Self
}

@_spi(Generated)
extension OperationError {
    /// The longest response body a client collects: 64 MiB. Streamed bodies are not collected.
    public static var maxResponseBytes: Int { 64 << 20 }

    /// Collects a response body: `transport` when it cannot be read, `invalidResponse` past `maxResponseBytes`.
    public static func collect(_ body: HTTPBody?, status: Int) async throws(Self) -> Data {
        guard let body else { return Data() }
        let data: Data?
        do {
            data = try await Wire.collect(body, upTo: maxResponseBytes)
        } catch {
            throw .transport(error)
        }
        guard let data else {
            throw .invalidResponse(status: status, reason: "the body is longer than \(maxResponseBytes) bytes")
        }
        return data
    }

    /// Decodes a JSON response body, or fails with `invalidResponse`.
    public static func decode<Body: Decodable>(_ type: Body.Type, from data: Data, status: Int) throws(Self) -> Body {
        do {
            return try Wire.decoder.decode(Body.self, from: data)
        } catch {
            throw .invalidResponse(status: status, reason: "the body does not match the document: \(error)")
        }
    }

    /// Decodes a JSON response body and checks its rules, or fails with `invalidResponse`.
    public static func decode<Body: Decodable & Validatable>(_ type: Body.Type, from data: Data, status: Int)
        throws(Self) -> Body
    {
        let body: Body
        do {
            body = try Wire.decoder.decode(Body.self, from: data)
        } catch {
            throw .invalidResponse(status: status, reason: "the body does not match the document: \(error)")
        }
        do {
            try body.validate(at: "")
        } catch {
            throw .invalidResponse(status: status, reason: "the body breaks the document: \(error)")
        }
        return body
    }

    /// Reads a form response body, field by field, or fails with `invalidResponse`.
    public static func form<Body: Decodable>(
        _ type: Body.Type, from data: Data, status: Int, styles: Wire.FormStyles = [:]
    ) throws(Self) -> Body {
        do {
            return try Wire.form(data, as: Body.self, styles: styles)
        } catch {
            throw .invalidResponse(status: status, reason: "the body \(error.message)")
        }
    }

    /// Reads a multipart response body, part by part, or fails with `invalidResponse`.
    public static func multipart<Body: Decodable>(
        _ type: Body.Type, from data: Data, contentType: String?, status: Int, styles: Wire.FormStyles = [:]
    ) throws(Self) -> Body {
        do {
            return try Wire.multipart(data, contentType: contentType, as: Body.self, styles: styles)
        } catch {
            throw .invalidResponse(status: status, reason: "the body \(error.message)")
        }
    }

    /// Reads a text response body, or fails with `invalidResponse`.
    public static func text(from data: Data, status: Int) throws(Self) -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidResponse(status: status, reason: "the body is not UTF-8 text")
        }
        return text
    }
}
