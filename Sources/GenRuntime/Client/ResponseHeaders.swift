import HTTPTypes

/// The headers a response documents, as a generated struct (`ListItemsHeaders`): the client reads them from
/// the response, the server writes them into it. A required header that is missing, or a value that does not
/// parse, fails the reading; a value that cannot be a header field (a line break) fails the writing.
public protocol ResponseHeaders: Hashable, Sendable {
    init(reading fields: HTTPFields) throws(ValidationFailure)
    func fields() throws(ValidationFailure) -> HTTPFields
}

@_spi(Generated)
extension OperationError {
    /// Reads a response's documented headers, or fails with `invalidResponse`.
    public static func headers<Headers: ResponseHeaders>(_ type: Headers.Type, from fields: HTTPFields, status: Int)
        throws(Self) -> Headers
    {
        do {
            return try Headers(reading: fields)
        } catch {
            throw .invalidResponse(status: status, reason: "the headers do not match the document: \(error)")
        }
    }
}
